// SPDX-License-Identifier: GPL-3.0-or-later
// Administration: staff roles and access, and policies — only an administrator may, by privilege;
// nobody changes their own login; the last administrator stays; generated passwords meet the
// policy and appear in no log or settings file; each policy value is checked and takes effect.
#include "../cli/CliRunner.h"
#include "TestDatabase.h"

#include "admin/PolicyStore.h"
#include "admin/ProcessorRegistry.h"
#include "admin/RetentionRules.h"
#include "core/AppPaths.h"
#include "core/SecretFile.h"
#include "db/StaffDirectory.h"
#include "db/StaffPassword.h"

#include <QDirIterator>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestAdmin : public QObject
{
    Q_OBJECT
private:
    QString m_db;
    QString m_admin;
    std::unique_ptr<DatabaseConnection> m_adminConnection;

    StaffDirectory admin() { return StaffDirectory(m_adminConnection->database()); }

    bool canConnect(const QString& login)
    {
        DatabaseConnection connection;
        ConnectError error;
        return connection.open(TestDatabase::profile(m_db, login), TestDatabase::staffPassword(), &error);
    }

private slots:
    void initTestCase()
    {
        m_db = TestDatabase::createSeededDatabase(60);
        m_admin = TestDatabase::createStaff(m_db, QStringLiteral("admin"));
        m_adminConnection = TestDatabase::connectAs(m_db, m_admin);
    }

    void onlyAnAdministratorManages_data()
    {
        QTest::addColumn<QString>("role");
        QTest::newRow("support") << QStringLiteral("support");
        QTest::newRow("dpo") << QStringLiteral("dpo");
        QTest::newRow("no fx role") << QString();
    }

    void onlyAnAdministratorManages()
    {
        QFETCH(QString, role);
        QString login;
        if (role.isEmpty()) {
            login = m_db + QStringLiteral("_outsider");
            QVERIFY(TestDatabase::exec(
                m_db, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(login, TestDatabase::staffPassword())));
        } else {
            login = TestDatabase::createStaff(m_db, role);
        }
        const QString target = TestDatabase::createStaff(m_db, QStringLiteral("support"));
        const auto connection = TestDatabase::connectAs(m_db, login);
        StaffDirectory staff(connection->database());
        QList<StaffDirectory::Member> members;
        QString error;
        QVERIFY(!staff.overview(&members, &error));
        QVERIFY(!staff.setRole(target, QStringLiteral("dpo"), &error));
        QVERIFY(!staff.setEnabled(target, false, &error));
        QVERIFY(!staff.remove(target, &error));
        QVERIFY(!staff.add(m_db + QStringLiteral("_x"), QStringLiteral("support"),
                           StaffPassword::generate(m_db + QStringLiteral("_x")), {}, &error));
        QJsonObject policies;
        QVERIFY(!PolicyStore(connection->database()).get(&policies, &error));
        QVERIFY(!PolicyStore(connection->database())
                     .set(QStringLiteral("dpo_contact"), QStringLiteral("me, x@y.z"), &policies, &error));
        // The same calls succeed for the administrator.
        QVERIFY2(admin().setRole(target, QStringLiteral("dpo"), &error), qPrintable(error));
        QVERIFY(admin().overview(&members, &error));
        QVERIFY(PolicyStore(m_adminConnection->database()).get(&policies, &error));
    }

    void roleChangesKeepExactlyOneRole()
    {
        const QString login = TestDatabase::createStaff(m_db, QStringLiteral("support"));
        QString error;
        QVERIFY2(admin().setRole(login, QStringLiteral("dpo"), &error), qPrintable(error));
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        QVERIFY(q.exec(QStringLiteral("SELECT string_agg(g.rolname, ',') FROM pg_auth_members m "
                                      "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                                      "WHERE u.rolname = '%1'")
                           .arg(login)) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("fx_dpo"));
        QVERIFY(!admin().setRole(login, QStringLiteral("superuser"), &error));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM privacy.access_log WHERE action = 'staff.set_role' "
                                      "AND details::jsonb->>'login' = '%1'")
                           .arg(login)) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void disabledLoginCannotSignIn()
    {
        const QString login = TestDatabase::createStaff(m_db, QStringLiteral("support"));
        QVERIFY(canConnect(login));
        QString error;
        QVERIFY2(admin().setEnabled(login, false, &error), qPrintable(error));
        QVERIFY(!canConnect(login));
        QList<StaffDirectory::Member> members;
        QVERIFY(admin().overview(&members, &error));
        const auto it = std::find_if(members.begin(), members.end(), [&](const auto& m) { return m.login == login; });
        QVERIFY(it != members.end() && !it->canLogin);
        QVERIFY(admin().setEnabled(login, true, &error));
        QVERIFY(canConnect(login));
    }

    void nobodyChangesTheirOwnLoginAndTheLastAdminStays()
    {
        QString error;
        QVERIFY(!admin().setRole(m_admin, QStringLiteral("support"), &error));
        QVERIFY2(error.contains(QLatin1String("your own login")), qPrintable(error));
        QVERIFY(!admin().setEnabled(m_admin, false, &error));
        QVERIFY(!admin().remove(m_admin, &error));
        // A second administrator may not demote, disable or remove the first while it is the
        // only other one who can sign in... once the second is disabled, the first is the last.
        const QString second = TestDatabase::createStaff(m_db, QStringLiteral("admin"));
        const auto secondConnection = TestDatabase::connectAs(m_db, second);
        StaffDirectory other(secondConnection->database());
        QVERIFY2(admin().setEnabled(second, false, &error), qPrintable(error));
        // Now m_admin is the last administrator who can sign in; the owner (superuser) tries.
        const auto owner = TestDatabase::connectSuperuser(m_db);
        StaffDirectory asOwner(owner->database());
        QVERIFY(!asOwner.setRole(m_admin, QStringLiteral("dpo"), &error));
        QVERIFY2(error.contains(QLatin1String("last administrator")), qPrintable(error));
        QVERIFY(!asOwner.setEnabled(m_admin, false, &error));
        QVERIFY(!asOwner.remove(m_admin, &error));
        QVERIFY2(error.contains(QLatin1String("last administrator")), qPrintable(error));
        // A disabled administrator may go.
        QVERIFY2(asOwner.remove(second, &error), qPrintable(error));
    }

    void passwordsMeetThePolicy()
    {
        // Two-letter logins are contained in about one random password in fifty to a hundred.
        for (const QString& login : {QStringLiteral("an"), QStringLiteral("jo"), QStringLiteral("anna")}) {
            for (int i = 0; i < 10000; ++i) {
                const QString generated = StaffPassword::generate(login);
                QString error;
                QVERIFY2(StaffPassword::acceptable(login, generated, &error),
                         qPrintable(login + QLatin1Char(' ') + error));
                QCOMPARE(generated.size(), 20);
            }
        }
        QString error;
        QVERIFY(!StaffPassword::acceptable(QStringLiteral("anna"), QStringLiteral("Short1!"), &error));
        QVERIFY(!StaffPassword::acceptable(QStringLiteral("anna"), QStringLiteral("alllowercaseletters"), &error));
        QVERIFY(!StaffPassword::acceptable(QStringLiteral("anna.weiss"), QStringLiteral("Anna.Weiss-2026!"), &error));
        QVERIFY(StaffPassword::acceptable(QStringLiteral("anna"), QStringLiteral("Tr0ub4dor and more"), &error));
        QVERIFY(!admin().add(m_db + QStringLiteral("_weak"), QStringLiteral("support"), QStringLiteral("password"), {},
                             &error));
    }

    void generatedPasswordIsInNoLogOrSettingsFile()
    {
        // fxctl with this suite's own data and config folders, so that every file it writes is seen.
        QTemporaryDir home;
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
        const QString passwordFile = home.filePath(QStringLiteral("pw"));
        QString error;
        QVERIFY(SecretFile::write(passwordFile, TestDatabase::staffPassword().toUtf8(), &error));
        const QString dsn = TestDatabase::dsn(m_db, m_admin);
        const QString login = m_db + QStringLiteral("_fresh");
        const CliRun run =
            runProgram(QStringLiteral("fxctl"),
                       {QStringLiteral("staff"), QStringLiteral("add"), login, QStringLiteral("--role"),
                        QStringLiteral("dpo"), QStringLiteral("--generate-password"), QStringLiteral("--json"),
                        QStringLiteral("--dsn"), dsn, QStringLiteral("--password-file"), passwordFile});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString password = run.json().object().value(QStringLiteral("password")).toString();
        QVERIFY(StaffPassword::acceptable(login, password, &error));
        DatabaseConnection fresh;
        ConnectError connectError;
        ConnectionProfile profile = TestDatabase::profile(m_db, login);
        QVERIFY2(fresh.open(profile, password, &connectError), qPrintable(connectError.message));
        int files = 0;
        QDirIterator it(home.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(password.toUtf8()), qPrintable(file.fileName()));
            ++files;
        }
        QVERIFY(files >= 1); // at least fxctl's log
    }

    void policiesAreCheckedAndTakeEffect()
    {
        PolicyStore policies(m_adminConnection->database());
        QJsonObject values;
        QString error;
        QVERIFY2(policies.get(&values, &error), qPrintable(error));
        for (const QString& key : PolicyStore::keys())
            QVERIFY2(values.contains(key), qPrintable(key));
        QVERIFY(!policies.set(QStringLiteral("ticket_pattern"), QStringLiteral("^([A-Z$"), &values, &error));
        QVERIFY(!policies.set(QStringLiteral("ticket_pattern"), QStringLiteral("TICKET"), &values, &error));
        QVERIFY(!policies.set(QStringLiteral("lookup_max_results"), QStringLiteral("0"), &values, &error));
        QVERIFY(!policies.set(QStringLiteral("work_timezone"), QStringLiteral("Mars/Olympus"), &values, &error));
        QVERIFY(!policies.set(QStringLiteral("ledger_salt"), QStringLiteral("x"), &values, &error));
        QVERIFY2(error.contains(QLatin1String("no policy")), qPrintable(error));
        QVERIFY2(policies.set(QStringLiteral("work_hours"), QStringLiteral("08:00-18:00"), &values, &error),
                 qPrintable(error));
        QCOMPARE(values.value(QLatin1String("work_hours")).toString(), QStringLiteral("08:00-18:00"));
        // A new ticket pattern is what support must now follow.
        QVERIFY2(policies.set(QStringLiteral("ticket_pattern"), QStringLiteral("^INC[0-9]{4}$"), &values, &error),
                 qPrintable(error));
        const QString support = TestDatabase::createStaff(m_db, QStringLiteral("support"));
        const auto connection = TestDatabase::connectAs(m_db, support);
        QSqlQuery q(connection->database());
        QVERIFY(!q.exec(QStringLiteral("SELECT count(*) FROM privacy.lookup('anna', 'SUP-1')")));
        QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM privacy.lookup('anna', 'INC1234')")),
                 qPrintable(q.lastError().text()));
        QVERIFY(policies.set(QStringLiteral("ticket_pattern"), QStringLiteral("^[A-Z][A-Z0-9]{1,9}-[0-9]{1,10}$"),
                             &values, &error));
    }

    void shorterRetentionReleasesRestrictedRecords()
    {
        // Invoices restricted as an erasure leaves them: issued 2019 and 2024, kept 8 years.
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("UPDATE platform.invoices SET issued_at = CASE WHEN id = "
                                                        "(SELECT min(id) FROM platform.invoices) THEN "
                                                        "'2019-06-01'::timestamptz ELSE '2024-06-01' END "
                                                        "WHERE id IN (SELECT id FROM "
                                                        "platform.invoices ORDER BY id LIMIT 2)")));
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("INSERT INTO privacy.restrictions SELECT 'platform.invoices', "
                                                        "id, user_id, privacy.retained_until(issued_at, 8), 'x' FROM "
                                                        "platform.invoices WHERE id IN (SELECT id FROM "
                                                        "platform.invoices ORDER BY id LIMIT 2)")));
        RetentionRules rules(m_adminConnection->database());
        QList<RetentionRules::Rule> list;
        QString error;
        QVERIFY2(rules.list(&list, &error), qPrintable(error));
        const auto invoices =
            std::find_if(list.begin(), list.end(), [](const auto& r) { return r.table == "invoices"; });
        QVERIFY(invoices != list.end() && invoices->action == QLatin1String("retain") && invoices->years == 8);
        // Five years: the 2019 invoice (until end of 2024) is released, the 2024 one (2029) is not.
        QList<RetentionRules::Released> released;
        QVERIFY2(rules.released(QStringLiteral("invoices"), QStringLiteral("retain"), 5, &released, &error),
                 qPrintable(error));
        QCOMPARE(released.size(), 1);
        QCOMPARE(released.first().newUntil, QDate(2024, 12, 31));
        qint64 count = 0;
        const QString en = QStringLiteral("booking voucher, five years (test)");
        const QString de = QStringLiteral("Buchungsbeleg, fünf Jahre (Test)");
        QVERIFY(!rules.set(QStringLiteral("invoices"), QStringLiteral("retain"), 0, en, de, &count, &error));
        QVERIFY(!rules.set(QStringLiteral("invoices"), QStringLiteral("retain"), 5, en, QString(), &count, &error));
        QVERIFY(!rules.set(QStringLiteral("messages"), QStringLiteral("retain"), 5, en, de, &count, &error));
        QVERIFY(!RetentionRules(
                     TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("dpo")))->database())
                     .set(QStringLiteral("invoices"), QStringLiteral("retain"), 5, en, de, &count, &error));
        QVERIFY2(rules.set(QStringLiteral("invoices"), QStringLiteral("retain"), 5, en, de, &count, &error),
                 qPrintable(error));
        QCOMPARE(count, qint64(1));
        // The purge now finds it, and future previews use five years.
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM privacy.restrictions WHERE retained_until < current_date")) &&
            q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT retention_years, basis_de FROM privacy.erasure_rules "
                                      "WHERE table_name = 'platform.invoices'::regclass")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 5);
        QCOMPARE(q.value(1).toString(), de);
        // Deleting instead releases every restricted invoice, and the erasure plan deletes them.
        QList<RetentionRules::Released> all;
        QVERIFY(rules.released(QStringLiteral("invoices"), QStringLiteral("delete"), 0, &all, &error));
        QCOMPARE(all.size(), 2);
        QVERIFY(!rules.set(QStringLiteral("messages"), QStringLiteral("delete"), 0, {}, {}, &count, &error));
        QVERIFY2(error.contains(QLatin1String("only anonymize")), qPrintable(error));
        QVERIFY2(rules.set(QStringLiteral("invoices"), QStringLiteral("delete"), 0, {}, {}, &count, &error),
                 qPrintable(error));
        QCOMPARE(count, qint64(2));
        QVERIFY(q.exec(QStringLiteral("SELECT p.action FROM platform.invoices i, privacy.erasure_plan(i.user_id) p "
                                      "WHERE p.table_name = 'invoices' AND i.id = (SELECT min(id) FROM "
                                      "platform.invoices)")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("delete"));
        QVERIFY(!q.next()); // nothing retained
        QVERIFY(rules.set(QStringLiteral("invoices"), QStringLiteral("retain"), 8,
                          QStringLiteral("booking voucher: 8 years from the end of the calendar year of issue"),
                          QStringLiteral("Buchungsbeleg: 8 Jahre ab Ende des Kalenderjahres der Ausstellung"), &count,
                          &error));
    }

    void processorRegistry()
    {
        ProcessorRegistry registry(m_adminConnection->database());
        ProcessorRegistry::Processor p;
        p.name = QStringLiteral("Mailjet");
        p.category = QStringLiteral("communication");
        p.contact = QStringLiteral("dpo@mailjet.example");
        p.deletionContact = QStringLiteral("https://api.mailjet.example/v3/contacts/erase");
        p.dpaReference = QStringLiteral("AVV-2026-03");
        p.dataCategories = {QStringLiteral("communication"), QStringLiteral("account")};
        int id = 0;
        QString error;
        QVERIFY2(registry.save(p, &id, &error), qPrintable(error));
        QVERIFY(id > 0);
        QVERIFY(!registry.save(p, nullptr, &error)); // the same name again
        QVERIFY2(error.contains(QLatin1String("exists already")), qPrintable(error));
        p.id = id;
        p.dataCategories << QStringLiteral("payment");
        QVERIFY2(registry.save(p, nullptr, &error), qPrintable(error));
        QList<ProcessorRegistry::Processor> list;
        QVERIFY(registry.list(&list, &error));
        const auto it = std::find_if(list.begin(), list.end(), [&](const auto& x) { return x.id == id; });
        QVERIFY(it != list.end());
        QCOMPARE(it->dataCategories,
                 (QStringList{QStringLiteral("account"), QStringLiteral("communication"), QStringLiteral("payment")}));
        QCOMPARE(it->dpaReference, QStringLiteral("AVV-2026-03"));
        ProcessorRegistry::Processor bad = p;
        bad.category = QStringLiteral("friends");
        QVERIFY(!registry.save(bad, nullptr, &error));
        bad = p;
        bad.dataCategories = {QStringLiteral("thoughts")};
        QVERIFY(!registry.save(bad, nullptr, &error));
        const auto dpo = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("dpo")));
        QVERIFY(!ProcessorRegistry(dpo->database()).list(&list, &error));
        QVERIFY(!ProcessorRegistry(dpo->database()).save(p, nullptr, &error));
    }
};

QTEST_GUILESS_MAIN(TestAdmin)
#include "tst_admin.moc"
