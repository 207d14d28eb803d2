// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/AuditChain.h"
#include "privacy/AuditVerifier.h"

#include <QTest>

namespace {

AuditChain::Entry entry(qint64 id, const QByteArray& prev)
{
    AuditChain::Entry e;
    e.id = id;
    e.atMicros = 1764201600000000 + id;
    e.staff = QStringLiteral("demo_support");
    e.staffRole = QStringLiteral("support");
    e.action = QStringLiteral("user.view");
    e.subjectId = 4711 + id;
    e.ticket = QStringLiteral("T-%1").arg(id);
    e.details = QStringLiteral("{\"field\": \"email\"}");
    e.prevHash = prev;
    e.hash = AuditChain::computeHash(e);
    return e;
}

QList<AuditChain::Entry> chain(int n)
{
    QList<AuditChain::Entry> result;
    QByteArray prev = AuditChain::genesisHash();
    for (int i = 1; i <= n; ++i) {
        result.append(entry(i, prev));
        prev = result.last().hash;
    }
    return result;
}

AuditVerifier::Result verify(const QList<AuditChain::Entry>& entries)
{
    AuditVerifier v;
    for (const auto& e : entries) {
        if (!v.feed(e))
            break;
    }
    return v.result();
}

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT
private slots:
    void canonicalLayoutIsAsDocumented()
    {
        AuditChain::Entry e;
        e.atMicros = 12;
        e.staff = QStringLiteral("ä");
        e.staffRole = QStringLiteral("dpo");
        e.action = QStringLiteral("x");
        e.details = QStringLiteral("{}");
        const QByteArray expected = QByteArray("FXAL1") + QByteArray::fromHex("00000002") + "12" +
                                    QByteArray::fromHex("00000002c3a4") + QByteArray::fromHex("00000003") + "dpo" +
                                    QByteArray::fromHex("00000001") + "x" + QByteArray::fromHex("ffffffff") +
                                    QByteArray::fromHex("ffffffff") + QByteArray::fromHex("ffffffff") +
                                    QByteArray::fromHex("00000002") + "{}";
        QCOMPARE(AuditChain::canonicalBytes(e).toHex(), expected.toHex());
    }

    void emptyStringDiffersFromNull()
    {
        AuditChain::Entry a = entry(1, AuditChain::genesisHash());
        AuditChain::Entry b = a;
        b.ticket = QString();
        a.ticket = std::nullopt;
        QVERIFY(AuditChain::computeHash(a) != AuditChain::computeHash(b));
    }

    void intactChainVerifies()
    {
        const auto entries = chain(50);
        const auto r = verify(entries);
        QVERIFY(r.intact);
        QCOMPARE(r.entriesChecked, 50);
        QCOMPARE(r.lastId, 50);
        QCOMPARE(r.headHash, entries.last().hash);
    }

    void changedEntryIsNamed()
    {
        auto entries = chain(10);
        entries[6].details = QStringLiteral("{\"field\": \"phone\"}");
        const auto r = verify(entries);
        QVERIFY(!r.intact);
        QCOMPARE(r.problem, AuditVerifier::Problem::Changed);
        QCOMPARE(r.badId, 7);
        QCOMPARE(r.lastId, 6);
    }

    void missingEntryIsNamed()
    {
        auto entries = chain(10);
        entries.removeAt(3);
        const auto r = verify(entries);
        QCOMPARE(r.problem, AuditVerifier::Problem::Missing);
        QCOMPARE(r.badId, 4);
    }

    void swappedPairIsNamed()
    {
        auto entries = chain(10);
        // Exchange the contents of entries 5 and 6, keeping the ids in place.
        std::swap(entries[4], entries[5]);
        std::swap(entries[4].id, entries[5].id);
        const auto r = verify(entries);
        QCOMPARE(r.problem, AuditVerifier::Problem::Reordered);
        QCOMPARE(r.badId, 5);
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
