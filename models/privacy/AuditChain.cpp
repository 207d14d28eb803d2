// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditChain.h"

#include <QtEndian>

#include <openssl/evp.h>

namespace AuditChain {

namespace {

void appendField(QByteArray& out, const std::optional<QByteArray>& value)
{
    char length[4];
    if (!value) {
        qToBigEndian<quint32>(0xFFFFFFFFu, length);
        out.append(length, 4);
        return;
    }
    qToBigEndian<quint32>(quint32(value->size()), length);
    out.append(length, 4);
    out.append(*value);
}

std::optional<QByteArray> utf8(const std::optional<QString>& s)
{
    return s ? std::optional<QByteArray>(s->toUtf8()) : std::nullopt;
}

} // namespace

QByteArray genesisHash()
{
    return QByteArray(32, '\0');
}

QByteArray canonicalBytes(const Entry& e)
{
    QByteArray out;
    out.reserve(128 + e.details.size());
    out.append("FXAL1");
    appendField(out, QByteArray::number(e.atMicros));
    appendField(out, e.staff.toUtf8());
    appendField(out, e.staffRole.toUtf8());
    appendField(out, e.action.toUtf8());
    appendField(out, e.subjectId ? std::optional<QByteArray>(QByteArray::number(*e.subjectId)) : std::nullopt);
    appendField(out, utf8(e.ticket));
    appendField(out, utf8(e.purpose));
    appendField(out, e.details.toUtf8());
    return out;
}

QByteArray computeHash(const Entry& e)
{
    const QByteArray canonical = canonicalBytes(e);
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
    EVP_DigestUpdate(ctx, e.prevHash.constData(), size_t(e.prevHash.size()));
    EVP_DigestUpdate(ctx, canonical.constData(), size_t(canonical.size()));
    EVP_DigestFinal_ex(ctx, reinterpret_cast<unsigned char*>(digest.data()), &length);
    EVP_MD_CTX_free(ctx);
    return digest;
}

} // namespace AuditChain
