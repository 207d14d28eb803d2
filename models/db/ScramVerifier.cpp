// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScramVerifier.h"

#include "core/SecretMemory.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <stdexcept>

namespace ScramVerifier {

namespace {

QByteArray hmacSha256(const QByteArray& key, const QByteArray& message)
{
    QByteArray out(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()), reinterpret_cast<const unsigned char*>(message.constData()),
         size_t(message.size()), reinterpret_cast<unsigned char*>(out.data()), &length);
    return out;
}

QByteArray sha256(const QByteArray& data)
{
    QByteArray out(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size()),
           reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

} // namespace

QString compute(const QString& password, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), int(salt.size())) != 1)
        throw std::runtime_error("no random bytes from OpenSSL");
    return compute(password, salt, iterations);
}

QString compute(const QString& password, const QByteArray& salt, int iterations)
{
    // PostgreSQL applies SASLprep; for the passwords it accepts that amounts to NFKC.
    QByteArray secret = password.normalized(QString::NormalizationForm_KC).toUtf8();
    QByteArray salted(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()), reinterpret_cast<const unsigned char*>(salt.constData()),
                      int(salt.size()), iterations, EVP_sha256(), int(salted.size()),
                      reinterpret_cast<unsigned char*>(salted.data()));
    SecretMemory::scrub(secret);
    const QByteArray storedKey = sha256(hmacSha256(salted, QByteArrayLiteral("Client Key")));
    const QByteArray serverKey = hmacSha256(salted, QByteArrayLiteral("Server Key"));
    SecretMemory::scrub(salted);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

} // namespace ScramVerifier
