// SPDX-License-Identifier: GPL-3.0-or-later
// Lookup, the whole picture, reveal and account operations — through the database, as each role.
#include "TestDatabase.h"

#include "privacy/UserDirectory.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

class TestLookup : public QObject
{
    Q_OBJECT
private:
    QString m_db;
    QString m_support;
    QString m_dpo;
    std::unique_ptr<DatabaseConnection> m_supportConnection;
    std::unique_ptr<DatabaseConnection> m_dpoConnection;
    const AccessContext m_ticket{QStringLiteral("SUP-4711"), QString()};

    UserDirectory support() { return UserDirectory(m_supportConnection->database()); }
    UserDirectory dpo() { return UserDirectory(m_dpoConnection->database()); }

    QVariant scalar(const QString& sql)
    {
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        if (!q.exec(sql) || !q.next())
            qFatal("%s", qPrintable(sql));
        return q.value(0);
    }

    qint64 logCount() { return scalar(QStringLiteral("SELECT count(*) FROM privacy.access_log")).toLongLong(); }

    QList<qint64> ids(const QList<LookupHit>& hits)
    {
        QList<qint64> result;
        for (const auto& h : hits)
            result << h.userId;
        return result;
    }

private slots:
    void initTestCase()
    {
        m_db = TestDatabase::createSeededDatabase(800, QDate(2026, 11, 1));
        m_support = TestDatabase::createStaff(m_db, QStringLiteral("support"));
        m_dpo = TestDatabase::createStaff(m_db, QStringLiteral("dpo"));
        m_supportConnection = TestDatabase::connectAs(m_db, m_support);
        m_dpoConnection = TestDatabase::connectAs(m_db, m_dpo);
    }

    void ticketRules_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("ticket");
        QTest::addColumn<QString>("purpose");
        QTest::addColumn<QString>("expected"); // empty: allowed
        QTest::newRow("support without ticket") << "support"
                                                << ""
                                                << ""
                                                << "ticket reference is required";
        QTest::newRow("support purpose only") << "support"
                                              << ""
                                              << "curiosity"
                                              << "ticket reference is required";
        QTest::newRow("support bad ticket") << "support"
                                            << "hello world"
                                            << ""
                                            << "agreed form";
        QTest::newRow("support sql ticket") << "support"
                                            << "SUP-1'; DROP TABLE x;--"
                                            << ""
                                            << "agreed form";
        QTest::newRow("support ticket") << "support"
                                        << "SUP-4711"
                                        << ""
                                        << "";
        QTest::newRow("dpo nothing") << "dpo"
                                     << ""
                                     << ""
                                     << "or a purpose";
        QTest::newRow("dpo purpose") << "dpo"
                                     << ""
                                     << "Art. 15 request of 3 May"
                                     << "";
        QTest::newRow("dpo long purpose") << "dpo"
                                          << "" << QString(600, QLatin1Char('p')) << "too long";
    }

    void ticketRules()
    {
        QFETCH(QString, role);
        QFETCH(QString, ticket);
        QFETCH(QString, purpose);
        QFETCH(QString, expected);
        UserDirectory users = role == QLatin1String("dpo") ? dpo() : support();
        QList<LookupHit> hits;
        QString error;
        const bool ok = users.lookup(QStringLiteral("42"), {ticket, purpose}, 10, &hits, &error);
        if (expected.isEmpty()) {
            QVERIFY2(ok, qPrintable(error));
            QCOMPARE(ids(hits), QList<qint64>{42});
        } else {
            QVERIFY(!ok);
            QVERIFY2(error.contains(expected), qPrintable(error));
        }
    }

    void adminMayNotLookUp()
    {
        const QString admin = TestDatabase::createStaff(m_db, QStringLiteral("admin"));
        const auto connection = TestDatabase::connectAs(m_db, admin);
        QList<LookupHit> hits;
        QString error;
        QVERIFY(!UserDirectory(connection->database()).lookup(QStringLiteral("42"), m_ticket, 10, &hits, &error));
        QVERIFY2(error.contains(QLatin1String("refused")), qPrintable(error));
    }

    void emailIsMaskedForSupportOnly()
    {
        const QString email = scalar(QStringLiteral("SELECT email FROM platform.users WHERE id = 42")).toString();
        QList<LookupHit> hits;
        QString error;
        QVERIFY2(support().lookup(email, m_ticket, 10, &hits, &error), qPrintable(error));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().userId, 42);
        QCOMPARE(hits.first().matched, QStringLiteral("email"));
        QVERIFY2(hits.first().email.contains(QLatin1String("***@")), qPrintable(hits.first().email));
        QVERIFY(hits.first().email != email);
        QVERIFY2(dpo().lookup(email.toUpper(), {QString(), QStringLiteral("audit")}, 10, &hits, &error),
                 qPrintable(error));
        QCOMPARE(hits.first().email, email);
    }

    void nearDuplicateEmailsAreBothFound()
    {
        // User 501 shares the name of 500, with the same local part on another domain.
        const QString email = scalar(QStringLiteral("SELECT email FROM platform.users WHERE id = 500")).toString();
        const QString local = email.section(QLatin1Char('@'), 0, 0);
        QList<LookupHit> hits;
        QString error;
        QVERIFY2(support().lookup(local + QLatin1Char('@'), m_ticket, 10, &hits, &error), qPrintable(error));
        QVERIFY(ids(hits).contains(500));
        QVERIFY(ids(hits).contains(501));
    }

    void emailsWithTyposAreFound()
    {
        // Two letters swapped and a digit changed in the local part: no exact or prefix match.
        const QString email = scalar(QStringLiteral("SELECT email FROM platform.users WHERE id = 500")).toString();
        QString typo = email;
        std::swap(typo[1], typo[2]);
        const qsizetype at = typo.indexOf(QLatin1Char('@'));
        typo[at - 1] = typo[at - 1] == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
        QList<LookupHit> hits;
        QString error;
        QVERIFY2(support().lookup(typo, m_ticket, 10, &hits, &error), qPrintable(error));
        QVERIFY2(!hits.isEmpty() && hits.first().matched == QLatin1String("email_fuzzy"), qPrintable(typo));
        QVERIFY2(ids(hits).mid(0, 3).contains(500), qPrintable(typo));
        // A learner whose address was just changed is found by the new one, typo and all.
        QJsonObject result;
        QVERIFY2(support().rectify(321, QString(), QString(), QStringLiteral("quirinus.zwack@example.org"), m_ticket,
                                   &result, &error),
                 qPrintable(error));
        QVERIFY2(support().lookup(QStringLiteral("quirinus.zwakc@example.org"), m_ticket, 10, &hits, &error),
                 qPrintable(error));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().userId, 321);
        // Nothing alike: nothing found, rather than anyone.
        QVERIFY(support().lookup(QStringLiteral("xq@example.org"), m_ticket, 10, &hits, &error));
        QVERIFY(hits.isEmpty());
    }

    void namesFoldUmlautsAndTransliteration()
    {
        const QVariant id = scalar(QStringLiteral("SELECT min(id) FROM platform.users WHERE last_name = 'Müller'"));
        QVERIFY(!id.isNull());
        for (const QString& query : {QStringLiteral("muller"), QStringLiteral("Mueller"), QStringLiteral("MÜLLER")}) {
            QList<LookupHit> hits;
            QString error;
            QVERIFY2(support().lookup(query, m_ticket, 200, &hits, &error), qPrintable(error));
            QVERIFY2(ids(hits).contains(id.toLongLong()), qPrintable(query));
            QCOMPARE(hits.first().matched, QStringLiteral("name"));
        }
    }

    void findsByIpCidrInvoiceAndPublicId()
    {
        const QString ip6 =
            scalar(QStringLiteral(
                       "SELECT host(ip) FROM platform.login_events WHERE family(ip) = 6 "
                       "AND user_id = (SELECT min(user_id) FROM platform.login_events WHERE family(ip) = 6) LIMIT 1"))
                .toString();
        const qint64 ip6User =
            scalar(QStringLiteral("SELECT min(user_id) FROM platform.login_events WHERE family(ip) = 6")).toLongLong();
        const QString invoice = scalar(QStringLiteral("SELECT number FROM platform.invoices WHERE user_id = (SELECT "
                                                      "min(user_id) FROM platform.invoices) LIMIT 1"))
                                    .toString();
        const qint64 invoiceUser = scalar(QStringLiteral("SELECT min(user_id) FROM platform.invoices")).toLongLong();
        const QString publicId =
            scalar(QStringLiteral("SELECT public_id::text FROM platform.users WHERE id = 77")).toString();
        const QList<QPair<QString, qint64>> cases{
            {ip6, ip6User},
            {scalar(QStringLiteral("SELECT network(set_masklen(ip, 64))::text FROM platform.login_events "
                                   "WHERE family(ip) = 6 AND user_id = %1 LIMIT 1")
                        .arg(ip6User))
                 .toString(),
             ip6User},
            {invoice.toLower(), invoiceUser},
            {publicId.toUpper(), 77}};
        for (const auto& [query, expected] : cases) {
            QList<LookupHit> hits;
            QString error;
            QVERIFY2(support().lookup(query, m_ticket, 200, &hits, &error),
                     qPrintable(query + QLatin1Char(' ') + error));
            QVERIFY2(ids(hits).contains(expected), qPrintable(query));
        }
    }

    void badInputGetsAClearMessage_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("10k characters") << QString(10000, QLatin1Char('a')) << "too long";
        QTest::newRow("control") << QStringLiteral("anna\x01") << "control characters";
        QTest::newRow("bidi override") << QStringLiteral("\u202Eanna") << "direction mark";
        QTest::newRow("empty") << QStringLiteral("   ") << "Type something";
        QTest::newRow("bad ip") << QStringLiteral("10.0.0.999") << "not a valid IP";
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE platform.users; --") << "";
        QTest::newRow("like wildcards") << QStringLiteral("%@%") << "";
    }

    void badInputGetsAClearMessage()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QList<LookupHit> hits;
        QString error;
        const bool ok = support().lookup(query, m_ticket, 50, &hits, &error);
        if (expected.isEmpty()) {
            QVERIFY2(ok, qPrintable(error));
            QVERIFY(hits.size() < 50);
        } else {
            QVERIFY(!ok);
            QVERIFY2(error.contains(expected), qPrintable(error));
            QVERIFY(error.size() < 200);
        }
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM platform.users")).toInt(), 800);
    }

    void everyReadIsLoggedInItsTransaction()
    {
        qint64 before = logCount();
        QJsonObject summary;
        QString error;
        QVERIFY2(support().summary(7, m_ticket, &summary, &error), qPrintable(error));
        QCOMPARE(logCount(), before + 1);
        QCOMPARE(scalar(QStringLiteral("SELECT action || ' ' || subject_id || ' ' || ticket FROM privacy.access_log "
                                       "ORDER BY id DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("user.view 7 SUP-4711"));

        // A read whose transaction never commits leaves no entry — and was never shown.
        before = logCount();
        const auto connection = TestDatabase::connectAs(m_db, m_support);
        QSqlDatabase db = connection->database();
        QVERIFY(db.transaction());
        QVERIFY2(UserDirectory(db).summary(7, m_ticket, &summary, &error), qPrintable(error));
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                        "WHERE usename = '%1' AND state = 'idle in transaction'")
                                             .arg(m_support)));
        QVERIFY(!db.commit());
        QCOMPARE(logCount(), before);
    }

    void wholePictureIsMaskedByRole()
    {
        const qint64 user = scalar(QStringLiteral("SELECT min(user_id) FROM platform.invoices WHERE user_id IN "
                                                  "(SELECT sender_user_id FROM platform.messages)"))
                                .toLongLong();
        QJsonObject summary;
        QString error;
        QVERIFY2(support().summary(user, m_ticket, &summary, &error), qPrintable(error));
        // Every table of the map but the learner's own, with its rows.
        QCOMPARE(summary.value(QStringLiteral("tables")).toArray().size(), 19);
        QVERIFY(summary.value(QStringLiteral("account")).toObject().value(QStringLiteral("email_masked")).toBool());

        QList<CategoryRow> rows;
        QVERIFY2(support().rows(user, QStringLiteral("messages"), 0, 100, m_ticket, &rows, &error), qPrintable(error));
        QVERIFY(!rows.isEmpty());
        QVERIFY(rows.first().data.value(QStringLiteral("body")).isNull());
        QVERIFY(rows.first().data.value(QStringLiteral("body_masked")).toBool());
        QVERIFY2(support().rows(user, QStringLiteral("invoices"), 0, 100, m_ticket, &rows, &error), qPrintable(error));
        QVERIFY(rows.first().data.value(QStringLiteral("billing_address")).isNull());
        QVERIFY(!rows.first().data.value(QStringLiteral("number")).toString().isEmpty());
        QVERIFY2(
            dpo().rows(user, QStringLiteral("invoices"), 0, 100, {QString(), QStringLiteral("audit")}, &rows, &error),
            qPrintable(error));
        const QString address = rows.first().data.value(QStringLiteral("billing_address")).toString();
        QVERIFY(!address.isEmpty());
        // Support sees a masked value of a row after a reveal with a reason; only masked columns reveal.
        QVERIFY2(support().rows(user, QStringLiteral("invoices"), 0, 100, m_ticket, &rows, &error), qPrintable(error));
        QString value;
        QVERIFY2(support().reveal(user, QStringLiteral("invoices.billing_address"), rows.first().rowId, m_ticket.ticket,
                                  QStringLiteral("the customer asks where the invoice went"), &value, &error),
                 qPrintable(error));
        QCOMPARE(value, address);
        QVERIFY(!support().reveal(user, QStringLiteral("invoices.number"), rows.first().rowId, m_ticket.ticket,
                                  QStringLiteral("the customer asks where the invoice went"), &value, &error));
        QVERIFY2(error.contains(QLatin1String("cannot be revealed")), qPrintable(error));
        QVERIFY(!support().reveal(user, QStringLiteral("users.password_hash"), user, m_ticket.ticket,
                                  QStringLiteral("the customer asks where the invoice went"), &value, &error));
        QVERIFY(!support().rows(user, QStringLiteral("pg_authid"), 0, 10, m_ticket, &rows, &error));
        QVERIFY2(error.contains(QLatin1String("unknown data category")), qPrintable(error));
    }

    void heavyUserPagesThroughEverything()
    {
        const qint64 total =
            scalar(QStringLiteral("SELECT count(*) FROM platform.usage_events WHERE user_id = 7")).toLongLong();
        QVERIFY(total >= 20000);
        qint64 seen = 0;
        qint64 after = 0;
        QList<CategoryRow> rows;
        QString error;
        do {
            QVERIFY2(dpo().rows(7, QStringLiteral("usage_events"), after, 1000, {QString(), QStringLiteral("audit")},
                                &rows, &error),
                     qPrintable(error));
            seen += rows.size();
            if (!rows.isEmpty())
                after = rows.last().rowId;
        } while (!rows.isEmpty());
        QCOMPARE(seen, total);
    }

    void revealNeedsAReasonAndIsLogged()
    {
        const QString email = scalar(QStringLiteral("SELECT email FROM platform.users WHERE id = 99")).toString();
        QString value;
        QString error;
        QVERIFY(!support().reveal(99, QStringLiteral("email"), std::nullopt, m_ticket.ticket, QStringLiteral("hm"),
                                  &value, &error));
        QVERIFY2(error.contains(QLatin1String("reason")), qPrintable(error));
        QVERIFY2(support().reveal(99, QStringLiteral("email"), std::nullopt, m_ticket.ticket,
                                  QStringLiteral("customer asked to confirm the address"), &value, &error),
                 qPrintable(error));
        QCOMPARE(value, email);
        QCOMPARE(
            scalar(QStringLiteral("SELECT action || ' ' || purpose FROM privacy.access_log ORDER BY id DESC LIMIT 1"))
                .toString(),
            QStringLiteral("user.reveal customer asked to confirm the address"));
        QVERIFY(!support().reveal(99, QStringLiteral("password_hash"), std::nullopt, m_ticket.ticket,
                                  QStringLiteral("just curious, really"), &value, &error));
    }

    void accountOperationsAreAuditedWithoutValues()
    {
        QJsonObject result;
        QString error;
        QVERIFY2(support().operate(123, UserDirectory::Operation::Lock, m_ticket, &result, &error), qPrintable(error));
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM platform.users WHERE id = 123")).toString(),
                 QStringLiteral("locked"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM platform.sessions WHERE user_id = 123")).toInt(), 0);
        QVERIFY2(support().operate(123, UserDirectory::Operation::Unlock, m_ticket, &result, &error),
                 qPrintable(error));
        QVERIFY2(support().operate(123, UserDirectory::Operation::WithdrawMarketing, m_ticket, &result, &error),
                 qPrintable(error));
        QVERIFY(!scalar(QStringLiteral("SELECT marketing_opt_in FROM platform.consents WHERE user_id = 123")).toBool());
        QVERIFY2(support().operate(123, UserDirectory::Operation::ForcePasswordReset, m_ticket, &result, &error),
                 qPrintable(error));
        QVERIFY(scalar(QStringLiteral("SELECT password_reset_required FROM platform.users WHERE id = 123")).toBool());

        const QString newEmail = QStringLiteral("renee.groß@example.org");
        QVERIFY2(support().rectify(123, QStringLiteral("Renée"), QString(), newEmail, m_ticket, &result, &error),
                 qPrintable(error));
        QCOMPARE(result.value(QStringLiteral("changed")).toArray().size(), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT email FROM platform.users WHERE id = 123")).toString(), newEmail);
        const QString details =
            scalar(QStringLiteral("SELECT details FROM privacy.access_log ORDER BY id DESC LIMIT 1")).toString();
        QVERIFY2(details.contains(QLatin1String("first_name")) && !details.contains(QLatin1String("Renée")) &&
                     !details.contains(QLatin1String("example.org")),
                 qPrintable(details));
        QVERIFY(
            !support().rectify(123, QString(), QString(), QStringLiteral("not-an-address"), m_ticket, &result, &error));
        QVERIFY2(error.contains(QLatin1String("valid email")), qPrintable(error));

        QVERIFY(!support().restrictProcessing(123, QString(), m_ticket, &result, &error));
        QVERIFY2(support().restrictProcessing(123, QStringLiteral("accuracy contested (Art. 18(1)(a))"), m_ticket,
                                              &result, &error),
                 qPrintable(error));
        const QStringList actions =
            scalar(QStringLiteral("SELECT string_agg(action, ',' ORDER BY id) FROM privacy.access_log "
                                  "WHERE subject_id = 123 AND action <> 'user.view'"))
                .toString()
                .split(QLatin1Char(','));
        QCOMPARE(actions, (QStringList{"user.lock", "user.unlock", "user.withdraw_marketing",
                                       "user.force_password_reset", "user.rectify", "user.restrict"}));
    }

    void erasedAccountsAreRefused()
    {
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("UPDATE platform.users SET status = 'erased' WHERE id = 300")));
        QJsonObject result;
        QString error;
        QVERIFY(!support().operate(300, UserDirectory::Operation::Lock, m_ticket, &result, &error));
        QVERIFY2(error.contains(QLatin1String("was erased")), qPrintable(error));
        QList<LookupHit> hits;
        const QString name =
            scalar(QStringLiteral("SELECT first_name || ' ' || last_name FROM platform.users WHERE id = 300"))
                .toString();
        QVERIFY2(support().lookup(name, m_ticket, 200, &hits, &error), qPrintable(error));
        QVERIFY(!ids(hits).contains(300));
    }
};

QTEST_GUILESS_MAIN(TestLookup)
#include "tst_lookup.moc"
