// SPDX-License-Identifier: GPL-3.0-or-later
#include "Checkpoint.h"

#include "core/SecretFile.h"
#include "core/SecretMemory.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Checkpoint)
};

using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;
using DigestContext = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

QByteArray rawPublicKey(EVP_PKEY* key)
{
    size_t size = 32;
    QByteArray raw(32, '\0');
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(raw.data()), &size) != 1 || size != 32)
        return {};
    return raw;
}

} // namespace

QByteArray Checkpoint::message() const
{
    return QByteArrayLiteral("FXCP1\n") + database.toUtf8() + '\n' + QByteArray::number(lastId) + '\n' +
           headHash.toHex() + '\n' + createdAt.toUTC().toString(Qt::ISODate).toUtf8();
}

bool Checkpoint::generateKey(const QString& keyPath, const QByteArray& passphrase, QString* error)
{
    if (passphrase.size() < 12) {
        *error = Tr::tr("The key's passphrase must have at least 12 characters.");
        return false;
    }
    if (QFile::exists(keyPath) || QFile::exists(keyPath + QStringLiteral(".pub"))) {
        *error = Tr::tr("%1 already exists; a key is never overwritten.").arg(keyPath);
        return false;
    }
    EVP_PKEY* generated = nullptr;
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> context(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr),
                                                                        EVP_PKEY_CTX_free);
    if (!context || EVP_PKEY_keygen_init(context.get()) != 1 || EVP_PKEY_keygen(context.get(), &generated) != 1) {
        *error = Tr::tr("OpenSSL could not create an Ed25519 key.");
        return false;
    }
    Key key(generated, EVP_PKEY_free);
    Bio privatePem(BIO_new(BIO_s_mem()), BIO_free);
    Bio publicPem(BIO_new(BIO_s_mem()), BIO_free);
    if (PEM_write_bio_PKCS8PrivateKey(privatePem.get(), key.get(), EVP_aes_256_cbc(), passphrase.constData(),
                                      int(passphrase.size()), nullptr, nullptr) != 1 ||
        PEM_write_bio_PUBKEY(publicPem.get(), key.get()) != 1) {
        *error = Tr::tr("OpenSSL could not write the key.");
        return false;
    }
    if (!SecretFile::write(keyPath, bioBytes(privatePem.get()), error))
        return false;
    QFile pub(keyPath + QStringLiteral(".pub"));
    if (!pub.open(QIODevice::WriteOnly | QIODevice::NewOnly) || pub.write(bioBytes(publicPem.get())) < 0) {
        *error = Tr::tr("Cannot write %1: %2").arg(pub.fileName(), pub.errorString());
        return false;
    }
    return true;
}

bool Checkpoint::sign(const QString& keyPath, const QByteArray& passphrase, const QString& database, qint64 lastId,
                      const QByteArray& headHash, Checkpoint* checkpoint, QString* error)
{
    QByteArray pem;
    if (!SecretFile::read(keyPath, &pem, error))
        return false;
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), BIO_free);
    QByteArray pass = passphrase + '\0';
    Key key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, pass.data()), EVP_PKEY_free);
    SecretMemory::scrub(pass);
    SecretMemory::scrub(pem);
    if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519) {
        *error = Tr::tr("The key file cannot be opened: wrong passphrase, or not an Ed25519 key.");
        return false;
    }
    Checkpoint c;
    c.database = database;
    c.lastId = lastId;
    c.headHash = headHash;
    c.createdAt = QDateTime::currentDateTimeUtc();
    c.publicKey = rawPublicKey(key.get());
    const QByteArray message = c.message();
    DigestContext context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    size_t size = 64;
    c.signature.resize(64);
    if (!context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(c.signature.data()), &size,
                       reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size())) != 1) {
        *error = Tr::tr("OpenSSL could not sign the checkpoint.");
        return false;
    }
    *checkpoint = c;
    return true;
}

QByteArray Checkpoint::toJson() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("fluxariont-access-log-checkpoint")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("database"), database},
                                     {QStringLiteral("last_id"), lastId},
                                     {QStringLiteral("head_hash"), QString::fromLatin1(headHash.toHex())},
                                     {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODate)},
                                     {QStringLiteral("public_key"), QString::fromLatin1(publicKey.toHex())},
                                     {QStringLiteral("signature"), QString::fromLatin1(signature.toHex())}})
        .toJson(QJsonDocument::Indented);
}

bool Checkpoint::parse(const QByteArray& content, Checkpoint* checkpoint, QString* error)
{
    const QJsonObject o = QJsonDocument::fromJson(content).object();
    Checkpoint c;
    c.database = o.value(QLatin1String("database")).toString();
    c.lastId = o.value(QLatin1String("last_id")).toInteger();
    c.headHash = QByteArray::fromHex(o.value(QLatin1String("head_hash")).toString().toLatin1());
    c.createdAt = QDateTime::fromString(o.value(QLatin1String("created_at")).toString(), Qt::ISODate);
    c.publicKey = QByteArray::fromHex(o.value(QLatin1String("public_key")).toString().toLatin1());
    c.signature = QByteArray::fromHex(o.value(QLatin1String("signature")).toString().toLatin1());
    if (o.value(QLatin1String("format")).toString() != QLatin1String("fluxariont-access-log-checkpoint") ||
        c.lastId < 0 || c.headHash.size() != 32 || !c.createdAt.isValid() || c.publicKey.size() != 32 ||
        c.signature.size() != 64) {
        *error = Tr::tr("This is not a checkpoint file, or it is damaged.");
        return false;
    }
    Key key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                        reinterpret_cast<const unsigned char*>(c.publicKey.constData()), 32),
            EVP_PKEY_free);
    const QByteArray message = c.message();
    DigestContext context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!key || !context || EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(c.signature.constData()), 64,
                         reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size())) != 1) {
        *error = Tr::tr("The checkpoint's signature does not match its content: the file was changed.");
        return false;
    }
    *checkpoint = c;
    return true;
}

bool Checkpoint::signedBy(const QString& publicKeyPath, QString* error) const
{
    QFile file(publicKeyPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read %1: %2").arg(publicKeyPath, file.errorString());
        return false;
    }
    const QByteArray pem = file.readAll();
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), BIO_free);
    Key key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr), EVP_PKEY_free);
    if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519) {
        *error = Tr::tr("%1 is not an Ed25519 public key.").arg(publicKeyPath);
        return false;
    }
    if (rawPublicKey(key.get()) != publicKey) {
        *error = Tr::tr("The checkpoint was signed with a different key (%1), not with %2.")
                     .arg(fingerprint(), publicKeyPath);
        return false;
    }
    return true;
}

QString Checkpoint::fingerprint() const
{
    return QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(16));
}
