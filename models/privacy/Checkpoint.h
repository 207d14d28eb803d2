// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Signed checkpoints of the access log: the DPO signs "this database's log had N entries and its
// head hash was H" with an Ed25519 key that never enters the database (a passphrase-protected
// PKCS#8 file, OpenSSL). Verifying the chain against a checkpoint also catches a rewrite of the
// whole chain and a truncated tail, which the chain alone cannot.
class Checkpoint
{
public:
    QString database;
    qint64 lastId = 0;
    QByteArray headHash; // 32 bytes
    QDateTime createdAt;
    QByteArray publicKey; // raw Ed25519, 32 bytes
    QByteArray signature; // 64 bytes

    // Writes KEYFILE (encrypted private key, mode 0600) and KEYFILE.pub (public key, PEM).
    static bool generateKey(const QString& keyPath, const QByteArray& passphrase, QString* error);
    static bool sign(const QString& keyPath, const QByteArray& passphrase, const QString& database, qint64 lastId,
                     const QByteArray& headHash, Checkpoint* checkpoint, QString* error);
    // Parses a checkpoint file and checks its signature against the key it names.
    static bool parse(const QByteArray& content, Checkpoint* checkpoint, QString* error);

    QByteArray toJson() const;
    // True if a public key file (PEM, as generateKey writes it) is the key that signed this.
    bool signedBy(const QString& publicKeyPath, QString* error) const;
    QString fingerprint() const; // of the public key: SHA-256, first 16 hex digits

private:
    QByteArray message() const;
};
