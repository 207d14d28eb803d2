// SPDX-License-Identifier: GPL-3.0-or-later
// The learner's picture as the users page shows it: LearnerSummary and AccountChange filled from
// the real privacy functions, as support and as the DPO, against the tables behind them.
#include "TestDatabase.h"

#include "privacy/LearnerSummary.h"
#include "privacy/UserDirectory.h"

#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

class TestLearnerSummary : public QObject
{
    Q_OBJECT
private:
    QString m_db;
    std::unique_ptr<DatabaseConnection> m_supportConnection;
    std::unique_ptr<DatabaseConnection> m_dpoConnection;
    qint64 m_learner = 0; // with a profile picture, marketing consent and a login; restricted
    qint64 m_other = 0;   // rectified and locked
    const AccessContext m_ticket{QStringLiteral("SUP-4711"), QString()};
    const AccessContext m_purpose{QString(), QStringLiteral("Art. 15 request of 3 May")};
    const QString m_reason = QStringLiteral("accuracy contested (Art. 18(1)(a))");

    UserDirectory support() { return UserDirectory(m_supportConnection->database()); }
    UserDirectory dpo() { return UserDirectory(m_dpoConnection->database()); }

    QSqlRecord row(const QString& sql)
    {
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        if (!q.exec(sql) || !q.next())
            qFatal("%s", qPrintable(sql));
        return q.record();
    }

    QVariant scalar(const QString& sql) { return row(sql).value(0); }

    // What the database holds of a learner, timestamps as milliseconds since the epoch.
    QSqlRecord learnerRow(qint64 userId)
    {
        return row(QStringLiteral("SELECT u.public_id::text AS public_id, u.first_name, u.last_name, u.email, "
                                  "privacy.mask_email(u.email) AS masked_email, u.locale, u.status, "
                                  "(extract(epoch FROM u.created_at) * 1000)::bigint AS created_ms, "
                                  "u.last_login_at, u.password_reset_required, "
                                  "(extract(epoch FROM r.restricted_at) * 1000)::bigint AS restricted_ms, r.reason "
                                  "FROM platform.users u LEFT JOIN privacy.subject_restrictions r ON r.user_id = u.id "
                                  "WHERE u.id = %1")
                       .arg(userId));
    }

    // The rows of a table of the reference platform that refer to a learner, counted in the table.
    qint64 rowsOf(const QString& table, qint64 userId)
    {
        static const QMap<QString, QString> subjects{
            {QStringLiteral("messages"), QStringLiteral("%1 IN (sender_user_id, recipient_user_id)")},
            {QStringLiteral("forum_posts"), QStringLiteral("author_user_id = %1")},
            {QStringLiteral("forum_threads"), QStringLiteral("author_user_id = %1")},
            {QStringLiteral("courses"), QStringLiteral("instructor_user_id = %1")},
        };
        const QString where = subjects.value(table, QStringLiteral("user_id = %1")).arg(userId);
        const QString schema =
            table == QLatin1String("requests") ? QStringLiteral("privacy") : QStringLiteral("platform");
        return scalar(QStringLiteral("SELECT count(*) FROM %1.%2 WHERE %3").arg(schema, table, where)).toLongLong();
    }

    // A moment of the summary against the column in milliseconds (NULL: no moment). The server's
    // microseconds are rounded on both sides.
    static bool sameMoment(const QDateTime& shown, const QVariant& epochMs)
    {
        if (epochMs.isNull())
            return !shown.isValid();
        return shown.isValid() && qAbs(shown.toMSecsSinceEpoch() - epochMs.toLongLong()) <= 1;
    }

    LearnerSummary summaryAs(const QString& role, qint64 userId)
    {
        LearnerSummary summary;
        QString error;
        const bool ok = role == QLatin1String("dpo") ? dpo().summary(userId, m_purpose, &summary, &error)
                                                     : support().summary(userId, m_ticket, &summary, &error);
        if (!ok)
            qFatal("summary of %lld as %s: %s", userId, qPrintable(role), qPrintable(error));
        return summary;
    }

private slots:
    void initTestCase()
    {
        m_db = TestDatabase::createSeededDatabase(300);
        m_supportConnection = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("support")));
        m_dpoConnection = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("dpo")));
        m_learner = scalar(QStringLiteral("SELECT min(u.id) FROM platform.users u "
                                          "JOIN platform.profiles p ON p.user_id = u.id "
                                          "JOIN platform.consents c ON c.user_id = u.id "
                                          "WHERE u.status = 'active' AND u.last_login_at IS NOT NULL "
                                          "AND p.picture_path IS NOT NULL AND p.biography IS NOT NULL "
                                          "AND cardinality(p.interests) > 0 AND c.marketing_opt_in "
                                          "AND c.marketing_changed_at IS NOT NULL"))
                        .toLongLong();
        QVERIFY(m_learner > 0);
        m_other = scalar(QStringLiteral(
                             "SELECT min(u.id) FROM platform.users u JOIN platform.profiles p ON p.user_id = u.id "
                             "JOIN platform.consents c ON c.user_id = u.id WHERE u.status = 'active' AND u.id <> %1")
                             .arg(m_learner))
                      .toLongLong();
        QVERIFY(m_other > 0);

        // Every field the account tab shows is set: a restriction and a forced password reset.
        AccountChange change;
        QString error;
        QVERIFY2(support().restrictProcessing(m_learner, m_reason, m_ticket, &change, &error), qPrintable(error));
        QVERIFY(change.changed.isEmpty());
        QVERIFY2(support().operate(m_learner, UserDirectory::Operation::ForcePasswordReset, m_ticket, &change, &error),
                 qPrintable(error));
        QVERIFY(change.changed.isEmpty());
    }

    void everyFieldIsFilled_data()
    {
        QTest::addColumn<QString>("role");
        QTest::newRow("support") << QStringLiteral("support");
        QTest::newRow("dpo") << QStringLiteral("dpo");
    }

    void everyFieldIsFilled()
    {
        QFETCH(QString, role);
        const bool isDpo = role == QLatin1String("dpo");
        const LearnerSummary summary = summaryAs(role, m_learner);
        const QSqlRecord db = learnerRow(m_learner);

        const LearnerAccount& account = summary.account;
        QCOMPARE(account.id, m_learner);
        QVERIFY(!account.publicId.isEmpty());
        QCOMPARE(account.publicId, db.value(QStringLiteral("public_id")).toString());
        QCOMPARE(account.nameParts.size(), 2);
        QCOMPARE(account.nameParts.at(0).value, db.value(QStringLiteral("first_name")).toString());
        QCOMPARE(account.nameParts.at(1).value, db.value(QStringLiteral("last_name")).toString());
        QCOMPARE(account.name, db.value(QStringLiteral("first_name")).toString() + QLatin1Char(' ') +
                                   db.value(QStringLiteral("last_name")).toString());
        QVERIFY(!account.email.isEmpty());
        QCOMPARE(account.emailMasked, !isDpo);
        QCOMPARE(account.email, db.value(isDpo ? QStringLiteral("email") : QStringLiteral("masked_email")).toString());
        if (!isDpo)
            QVERIFY(account.email != db.value(QStringLiteral("email")).toString());
        QVERIFY(!account.locale.isEmpty());
        QCOMPARE(account.locale, db.value(QStringLiteral("locale")).toString());
        QCOMPARE(account.status, QStringLiteral("active"));
        QVERIFY(account.isActive());
        QVERIFY(!account.isLocked());
        QVERIFY(!account.isErased());
        QVERIFY(account.createdAt.isValid());
        QVERIFY(sameMoment(account.createdAt, db.value(QStringLiteral("created_ms"))));
        QVERIFY(account.restricted);
        QVERIFY(account.restrictedAt.isValid());
        QVERIFY(sameMoment(account.restrictedAt, db.value(QStringLiteral("restricted_ms"))));
        QCOMPARE(account.restrictionReason, m_reason);
        QCOMPARE(account.restrictionReason, db.value(QStringLiteral("reason")).toString());

        // The other columns of the learner's row, credentials left out.
        QStringList columns;
        for (const LearnerField& field : summary.fields)
            columns << field.column;
        QCOMPARE(columns, (QStringList{QStringLiteral("last_login_at"), QStringLiteral("password_reset_required")}));
        QVERIFY(summary.fields.at(0).value.isString());
        QCOMPARE(summary.fields.at(1).value.toBool(), true);
        QCOMPARE(summary.fields.at(1).value.toBool(), db.value(QStringLiteral("password_reset_required")).toBool());

        // Every table of the map, in map order, with the learner's rows counted in the table.
        QCOMPARE(summary.tables.size(), 19); // the map's tables and the learner's requests
        QCOMPARE(summary.categories(),
                 (QStringList{QStringLiteral("account"), QStringLiteral("profile"), QStringLiteral("consents"),
                              QStringLiteral("education"), QStringLiteral("technical"), QStringLiteral("communication"),
                              QStringLiteral("payment"), QStringLiteral("processors"), QStringLiteral("requests")}));
        qint64 total = 0;
        for (const LearnerTable& table : summary.tables) {
            QCOMPARE(table.rows, rowsOf(table.table, m_learner));
            QVERIFY2(!table.columns.isEmpty(), qPrintable(table.table));
            QVERIFY2(!table.titleIn(QStringLiteral("de")).isEmpty(), qPrintable(table.table));
            total += table.rows;
        }
        QVERIFY(total > 0);
        const LearnerTable invoices = summary.tablesOf(QStringLiteral("payment")).first();
        QCOMPARE(invoices.table, QStringLiteral("invoices"));
        QCOMPARE(invoices.titleIn(QStringLiteral("de")), QStringLiteral("Rechnungen"));
        QCOMPARE(invoices.masked, QStringList{QStringLiteral("billing_address")});
        QVERIFY(!invoices.columns.contains(QStringLiteral("user_id")));
        // A column the map titles: a login provider's "subject" is no message subject.
        const LearnerTable social = summary.tablesOf(QStringLiteral("account")).first();
        QCOMPARE(social.table, QStringLiteral("social_identities"));
        QCOMPARE(social.columnTitle(QStringLiteral("subject")), QStringLiteral("Account at the provider"));
        QCOMPARE(social.columnTitle(QStringLiteral("provider")), QStringLiteral("Provider"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(social.columnTitle(QStringLiteral("subject")), QStringLiteral("Konto beim Anbieter"));
        QLocale::setDefault(QLocale::c());
        const LearnerTable payment = summary.tablesOf(QStringLiteral("payment")).last();
        QVERIFY(!payment.columns.contains(QStringLiteral("token_encrypted")));
    }

    // A learner without consents or profile: the parts are empty, as the account tab expects.
    void missingPartsAreEmpty()
    {
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("DELETE FROM platform.consents WHERE user_id = %1; "
                                                        "DELETE FROM platform.profiles WHERE user_id = %1")
                                             .arg(m_other)));
        const LearnerSummary summary = summaryAs(QStringLiteral("support"), m_other);
        QVERIFY(!summary.account.name.isEmpty());
        QVERIFY(!summary.account.restricted);
        QVERIFY(!summary.account.restrictedAt.isValid());
        QCOMPARE(summary.count(QStringLiteral("consents")), 0);
        QCOMPARE(summary.count(QStringLiteral("profiles")), 0);
    }

    void rectifyNamesTheChangedFields()
    {
        AccountChange change;
        QString error;
        const QString email = QStringLiteral("learner.summary.%1@example.org").arg(m_other);
        QVERIFY2(
            support().rectify(m_other, QStringLiteral("Sólveig-Mareike"), QString(), email, m_ticket, &change, &error),
            qPrintable(error));
        QCOMPARE(change.changed, (QStringList{QStringLiteral("first_name"), QStringLiteral("email")}));
        const LearnerSummary summary = summaryAs(QStringLiteral("dpo"), m_other);
        QCOMPARE(summary.account.nameParts.at(0).value, QStringLiteral("Sólveig-Mareike"));
        QCOMPARE(summary.account.email, email);
        QVERIFY(!summary.account.emailMasked);

        QVERIFY2(support().rectify(m_other, QStringLiteral("Sólveig-Mareike"), QString(), QString(), m_ticket, &change,
                                   &error),
                 qPrintable(error));
        QVERIFY(change.changed.isEmpty());
    }

    void lockShowsAsLocked()
    {
        AccountChange change;
        QString error;
        QVERIFY2(support().operate(m_other, UserDirectory::Operation::Lock, m_ticket, &change, &error),
                 qPrintable(error));
        QVERIFY(change.changed.isEmpty());
        const LearnerSummary summary = summaryAs(QStringLiteral("support"), m_other);
        QCOMPARE(summary.account.status, QStringLiteral("locked"));
        QVERIFY(summary.account.isLocked());
        QVERIFY(!summary.account.isActive());
        QVERIFY(!summary.account.isErased());
    }

    // fxctl prints the server's object as it is; the typed value is read from the same object.
    void jsonOverloadKeepsTheServersObject()
    {
        QJsonObject json;
        QString error;
        QVERIFY2(support().summary(m_learner, m_ticket, &json, &error), qPrintable(error));
        for (const char* key : {"account", "restriction"})
            QVERIFY2(json.value(QLatin1String(key)).isObject(), key);
        for (const char* key : {"fields", "tables", "operations"})
            QVERIFY2(json.value(QLatin1String(key)).isArray(), key);
        const LearnerSummary summary = LearnerSummary::fromJson(json);
        QCOMPARE(summary.account.publicId, summaryAs(QStringLiteral("support"), m_learner).account.publicId);
    }
};

QTEST_GUILESS_MAIN(TestLearnerSummary)
#include "tst_learnersummary.moc"
