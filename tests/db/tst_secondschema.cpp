// SPDX-License-Identifier: GPL-3.0-or-later
// A platform unlike the reference one, described by its own map: another subject table and key
// type, no foreign keys at all, notes whose readers are reached through a members table, an
// erasure that blanks columns and keeps the row, and retention. Look-up, the account operations,
// the export package, the erasure plan and the erasure follow the map, and afterwards no text
// column of the schema holds the person.
#include "TestDatabase.h"
#include "ZipReader.h"

#include "datamap/DataMapFile.h"
#include "datamap/DataMapStore.h"
#include "db/Migrator.h"
#include "export/ExportApproval.h"
#include "export/ExportPackage.h"
#include "incidents/IncidentStore.h"
#include "privacy/LearnerSummary.h"
#include "privacy/UserDirectory.h"
#include "requests/RequestStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
const char* const schema = R"sql(
CREATE SCHEMA campus;
CREATE TABLE campus.people (pid integer PRIMARY KEY, mail text NOT NULL, full_name text NOT NULL, lang text,
                            gone boolean NOT NULL DEFAULT false, barred smallint NOT NULL DEFAULT 0);
CREATE INDEX ON campus.people (privacy.fold(full_name));
CREATE INDEX ON campus.people USING gist (privacy.fold(full_name) ext.gist_trgm_ops);
CREATE INDEX ON campus.people (lower(mail) text_pattern_ops);
CREATE INDEX ON campus.people (privacy.email_stem(mail));
CREATE TABLE campus.circle_members (circle integer NOT NULL, person integer NOT NULL, PRIMARY KEY (circle, person));
CREATE INDEX ON campus.circle_members (person);
CREATE TABLE campus.notes (id integer PRIMARY KEY, circle integer NOT NULL, author integer, title text NOT NULL,
                           body text NOT NULL);
CREATE INDEX ON campus.notes (author);
CREATE INDEX ON campus.notes (circle);
CREATE TABLE campus.circles (id integer PRIMARY KEY, label text NOT NULL);
CREATE TABLE campus.visits (id integer PRIMARY KEY, person integer NOT NULL, ip inet NOT NULL, agent text NOT NULL,
                            seen bigint NOT NULL DEFAULT extract(epoch FROM now())::bigint);
CREATE INDEX ON campus.visits (person);
CREATE INDEX ON campus.visits (ip);
CREATE INDEX ON campus.visits (seen);
CREATE TABLE campus.receipts (id integer PRIMARY KEY, person integer NOT NULL, payer text NOT NULL,
                              paid_on date NOT NULL);
CREATE INDEX ON campus.receipts (person);
GRANT USAGE ON SCHEMA campus TO fx_owner;
GRANT SELECT, UPDATE, DELETE ON ALL TABLES IN SCHEMA campus TO fx_owner;
INSERT INTO campus.people VALUES (1, 'zora.quill@campus.example', 'Zora Quill', 'de'),
                                 (2, 'ben.other@campus.example', 'Ben Other', 'en');
INSERT INTO campus.circle_members VALUES (10, 1), (10, 2), (11, 2);
INSERT INTO campus.notes VALUES (100, 10, 1, 'Zora''s plan', 'Zora Quill writes: meet at noon'),
                                (101, 10, 2, 'Re: plan', 'Ben answers'),
                                (102, 11, 2, 'Ben alone', 'private to Ben');
INSERT INTO campus.circles VALUES (10, 'Reading circle'), (11, 'Chess club');
INSERT INTO campus.visits VALUES (1, 1, '192.0.2.7', 'ZoraBrowser/1.0', extract(epoch FROM now() - interval '3 days')),
                                 (2, 2, '192.0.2.8', 'Other/2', extract(epoch FROM now() - interval '40 days'));
INSERT INTO campus.receipts VALUES (1, 1, 'Zora Quill', current_date - 30),
                                   (2, 1, 'Zora Quill', date '2001-03-01');
)sql";

const char* const map = R"yaml(
name: campus
version: "1"
schema: campus
subject: {table: people, key: pid, email: mail, name: [full_name], language: lang, erased: {column: gone, value: "true"},
          locked: {column: barred, value: "1"}}
# Visits count their time in seconds since 1970.
identity: {addresses: [{table: visits, column: ip, subject: person, at: seen}]}
courses: {table: circles, key: id, title: label, members: {table: circle_members, subject: person, course: circle}}
operations:
  lock: {set: {barred: "1"}}
  unlock: {set: {barred: "0"}}
  revoke_sessions: {table: visits, subject: person, delete: true}
discovery: {subject_columns: [person, author]}
tables:
  - table: people
    category: account
    origin: provided
    subject: pid
    purposes: [service]
    erasure: {action: anonymize, set: {mail: "gone-{key}@invalid", full_name: ""}}
  - {table: circle_members, category: communication, origin: provided, subject: person, order_by: circle,
     purposes: [communication], erasure: delete}
  # A note is the author's, and its circle's members read it.
  - table: notes
    category: communication
    origin: provided
    subject: author
    purposes: [communication]
    via: [{column: circle, table: circle_members, key: circle, subject: person}]
    erasure: {action: anonymize, set: {title: "", body: ""}, where: author}
  - {table: visits, category: technical, origin: observed, subject: person, purposes: [security], erasure: delete}
  - table: receipts
    category: payment
    origin: provided
    subject: person
    purposes: [legal_obligation]
    masked: [payer]
    erasure:
      action: retain
      years: 10
      from: paid_on
      basis: {en: "receipts: 10 years (tax law)", de: "Belege: 10 Jahre (Steuerrecht)"}
)yaml";
} // namespace

class TestSecondSchema : public QObject
{
    Q_OBJECT
private:
    QString m_db;
    std::unique_ptr<DatabaseConnection> m_superuser;
    std::unique_ptr<DatabaseConnection> m_admin;
    std::unique_ptr<DatabaseConnection> m_support;
    DataMapFile m_map;

    QStringList column(const QString& sql)
    {
        QSqlQuery q(m_superuser->database());
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        QStringList values;
        while (q.next())
            values << q.value(0).toString();
        return values;
    }

private slots:
    void initTestCase()
    {
        m_db = TestDatabase::createDatabase();
        QVERIFY(TestDatabase::exec(m_db, QString::fromUtf8(schema)));
        m_superuser = TestDatabase::connectSuperuser(m_db);
        m_admin = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("admin")));
        m_support = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("support")));
        QString error;
        QVERIFY2(DataMapFile::parse(map, &m_map, &error), qPrintable(error));
    }

    void theMapIsCorrectAndCoversTheSchema()
    {
        QList<MapFinding> findings;
        QString error;
        QVERIFY2(DataMapStore(m_admin->database()).check(m_map, &findings, &error), qPrintable(error));
        QStringList texts;
        for (const MapFinding& f : findings)
            texts << f.text();
        QVERIFY2(findings.isEmpty(), qPrintable(texts.join(QLatin1Char('\n'))));
        MapApplying applying;
        QVERIFY2(DataMapStore(m_admin->database()).apply(m_map, true, &applying, &error), qPrintable(error));
        QVERIFY(applying.applied);
    }

    // The statements of look-up and the picture are compiled from the map in force, and compiled
    // anew from it when the migrations run again, as on every "fxctl db init".
    void theMapIsCompiledIntoStatements()
    {
        Migrator::Result result;
        QString error;
        QVERIFY2(Migrator(m_superuser->database()).migrate(&result, &error), qPrintable(error));
        const QString byKey =
            column(QStringLiteral("SELECT pg_get_functiondef('privacy.mapped_by_key(bigint)'::regprocedure)")).value(0);
        QVERIFY2(byKey.contains(QLatin1String("FROM campus.people u WHERE u.pid = $1")), qPrintable(byKey));
        QVERIFY(!byKey.contains(QLatin1String("EXECUTE")));
        // What the map does not bind (a public id, references) is compiled to find nobody.
        QCOMPARE(column(QStringLiteral("SELECT cardinality(privacy.mapped_by_public_id("
                                       "'00000000-0000-0000-0000-000000000001'))")),
                 QStringList{QStringLiteral("0")});
        QCOMPARE(column(QStringLiteral("SELECT cardinality(privacy.mapped_by_reference(1, 'INV-1', 10))")),
                 QStringList{QStringLiteral("0")});
        QCOMPARE(column(QStringLiteral("SELECT privacy.mapped_status(1)")), QStringList{QStringLiteral("active")});
        // The platform's addresses are known by their letters, so a typo finds them.
        QCOMPARE(column(QStringLiteral("SELECT h.user_id FROM unnest(privacy.mapped_similar_emails("
                                       "'zroa.quil@campus.example', 5)) h")),
                 QStringList{QStringLiteral("1")});
    }

    void aMembersTableWithoutAnIndexIsNamed()
    {
        QString error;
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("DROP INDEX campus.circle_members_person_idx")));
        QList<MapFinding> findings;
        QVERIFY2(DataMapStore(m_admin->database()).check(m_map, &findings, &error), qPrintable(error));
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.first().code, QStringLiteral("missing_index"));
        QVERIFY2(findings.first().text().contains(QLatin1String("CREATE INDEX ON campus.circle_members (person);")),
                 qPrintable(findings.first().text()));
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("CREATE INDEX ON campus.circle_members (person)")));
    }

    // Look-up searches the columns the map names: the key, the address, the name, the visits.
    QStringList lookUp(const QString& query)
    {
        QList<LookupHit> hits;
        QString error;
        if (!UserDirectory(m_support->database()).lookup(query, {QStringLiteral("SUP-7"), {}}, 10, &hits, &error))
            return {error};
        QStringList found;
        for (const LookupHit& h : hits)
            found << QStringLiteral("%1 %2 %3 %4 %5").arg(h.userId).arg(h.name, h.email, h.status, h.matched);
        return found;
    }

    void lookUpFollowsTheMap()
    {
        QCOMPARE(lookUp(QStringLiteral("1")),
                 QStringList{QStringLiteral("1 Zora Quill z***@campus.example active id")});
        QCOMPARE(lookUp(QStringLiteral("Zora.Quill@campus.example")),
                 QStringList{QStringLiteral("1 Zora Quill z***@campus.example active email")});
        QCOMPARE(lookUp(QStringLiteral("ben.ot")),
                 QStringList{QStringLiteral("2 Ben Other b***@campus.example active email_prefix")});
        QCOMPARE(lookUp(QStringLiteral("Zora Quil")),
                 QStringList{QStringLiteral("1 Zora Quill z***@campus.example active name")});
        QCOMPARE(lookUp(QStringLiteral("192.0.2.0/24")),
                 (QStringList{QStringLiteral("1 Zora Quill z***@campus.example active ip"),
                              QStringLiteral("2 Ben Other b***@campus.example active ip")}));
        QCOMPARE(column(QStringLiteral("SELECT count(*) FROM privacy.access_log WHERE action = 'user.lookup'")),
                 QStringList{QStringLiteral("5")});
    }

    void aTableTheConsoleMayNotChangeIsNamed()
    {
        QString error;
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("REVOKE DELETE ON campus.visits FROM fx_owner")));
        QList<MapFinding> findings;
        QVERIFY2(DataMapStore(m_admin->database()).check(m_map, &findings, &error), qPrintable(error));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().code, QStringLiteral("missing_privilege"));
        QVERIFY2(findings.first().text().contains(QLatin1String("GRANT DELETE ON campus.visits TO fx_owner;")),
                 qPrintable(findings.first().text()));
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("GRANT DELETE ON campus.visits TO fx_owner")));
    }

    // The operations the map binds run on this schema; one it leaves out is refused with the reason.
    void operationsFollowTheMap()
    {
        UserDirectory support(m_support->database());
        const AccessContext ticket{QStringLiteral("SUP-8"), {}};
        AccountChange change;
        QString error;
        QVERIFY2(support.operate(2, UserDirectory::Operation::Lock, ticket, &change, &error), qPrintable(error));
        QCOMPARE(column(QStringLiteral("SELECT barred || ':' || (SELECT count(*) FROM campus.visits WHERE person = 2) "
                                       "FROM campus.people WHERE pid = 2")),
                 QStringList{QStringLiteral("1:0")});
        QCOMPARE(lookUp(QStringLiteral("2")), QStringList{QStringLiteral("2 Ben Other b***@campus.example locked id")});
        QVERIFY(!support.operate(2, UserDirectory::Operation::ForcePasswordReset, ticket, &change, &error));
        QVERIFY2(error.contains(QLatin1String("binds no such account operation")), qPrintable(error));
        QVERIFY2(support.operate(2, UserDirectory::Operation::Unlock, ticket, &change, &error), qPrintable(error));
        QCOMPARE(column(QStringLiteral("SELECT barred FROM campus.people WHERE pid = 2")),
                 QStringList{QStringLiteral("0")});
        QCOMPARE(column(QStringLiteral("SELECT string_agg(action || ':' || subject_id, ' ' ORDER BY id) FROM "
                                       "privacy.access_log WHERE action IN ('user.lock', 'user.unlock', "
                                       "'user.force_password_reset')")),
                 QStringList{QStringLiteral("user.lock:2 user.unlock:2")});
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("INSERT INTO campus.visits VALUES (2, 2, '192.0.2.8', "
                                                        "'Other/2', extract(epoch FROM now() - interval '40 days'))")));
    }

    // The finder searches the visits in seconds since 1970, the circles' members and the receipts,
    // and offers no processor, as the map links none.
    QString found(const QJsonObject& criteria)
    {
        FinderCount count;
        QString error;
        if (!IncidentStore(m_admin->database()).find(FinderCriteria::fromJson(criteria), &count, &error))
            return error;
        QStringList categories;
        for (const FinderCategoryCount& c : count.categories)
            categories << QStringLiteral("%1:%2").arg(c.category).arg(c.people);
        categories.sort();
        return (QStringList{QString::number(count.people)} + categories).join(QLatin1Char(' '));
    }

    void theFinderFollowsTheMap()
    {
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        const QString weekAgo = QDateTime::currentDateTimeUtc().addDays(-7).toString(Qt::ISODate);
        QCOMPARE(found({{QStringLiteral("from"), weekAgo}, {QStringLiteral("to"), now}}),
                 QStringLiteral("1 account:1 communication:1 payment:1 technical:1"));
        QCOMPARE(found({{QStringLiteral("network"), QStringLiteral("192.0.2.8")}}),
                 QStringLiteral("1 account:1 communication:1 technical:1"));
        QCOMPARE(found({{QStringLiteral("from"), weekAgo}, {QStringLiteral("network"), QStringLiteral("192.0.2.8")}}),
                 QStringLiteral("0"));
        QCOMPARE(found({{QStringLiteral("course_id"), 11}}), QStringLiteral("1 account:1 communication:1 technical:1"));
        QCOMPARE(found({{QStringLiteral("payment"), true}}),
                 QStringLiteral("1 account:1 communication:1 payment:1 technical:1"));
        QVERIFY2(found({{QStringLiteral("processor_id"), 1}}).contains(QLatin1String("which processor holds")),
                 qPrintable(found({{QStringLiteral("processor_id"), 1}})));
        FinderChoices choices;
        QString error;
        QVERIFY2(IncidentStore(m_admin->database()).finderChoices(&choices, &error), qPrintable(error));
        QVERIFY(choices.window && choices.network && choices.payment);
        QCOMPARE(choices.processors.size(), 0);
        QCOMPARE(choices.courses.size(), 2);
        QCOMPARE(choices.courses.first().title, QStringLiteral("Chess club"));
    }

    // The picture shows the subject table's columns and every mapped table under its category,
    // masks what the map masks, and reveals it row by row with a reason.
    void thePictureFollowsTheMap()
    {
        UserDirectory support(m_support->database());
        const AccessContext ticket{QStringLiteral("SUP-9"), {}};
        LearnerSummary summary;
        QString error;
        QVERIFY2(support.summary(1, ticket, &summary, &error), qPrintable(error));
        QCOMPARE(summary.account.name, QStringLiteral("Zora Quill"));
        QCOMPARE(summary.account.nameParts.size(), 1);
        QCOMPARE(summary.account.nameParts.first().column, QStringLiteral("full_name"));
        QCOMPARE(summary.account.email, QStringLiteral("z***@campus.example"));
        QVERIFY(summary.fields.isEmpty()); // every column of people is named by the map
        // The categories of the other tables (the account is the subject table itself), and her requests.
        QCOMPARE(summary.categories(), (QStringList{QStringLiteral("communication"), QStringLiteral("technical"),
                                                    QStringLiteral("payment"), QStringLiteral("requests")}));
        QStringList counts;
        for (const LearnerTable& table : summary.tables)
            if (table.rows > 0)
                counts << QStringLiteral("%1:%2").arg(table.table).arg(table.rows);
        QCOMPARE(counts, (QStringList{QStringLiteral("circle_members:1"), QStringLiteral("notes:2"),
                                      QStringLiteral("visits:1"), QStringLiteral("receipts:2")}));
        QCOMPARE(summary.tablesOf(QStringLiteral("payment")).first().masked, QStringList{QStringLiteral("payer")});

        // Her notes: her own and the reply in her circle, not Ben's note elsewhere.
        QList<CategoryRow> rows;
        QVERIFY2(support.rows(1, QStringLiteral("notes"), 0, 10, ticket, &rows, &error), qPrintable(error));
        QStringList titles;
        for (const CategoryRow& row : rows)
            titles << row.data.value(QStringLiteral("title")).toString();
        QCOMPARE(titles, (QStringList{QStringLiteral("Zora's plan"), QStringLiteral("Re: plan")}));
        QVERIFY2(support.rows(1, QStringLiteral("receipts"), 0, 10, ticket, &rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows.first().data.value(QStringLiteral("payer")).isNull());
        QVERIFY(rows.first().data.value(QStringLiteral("payer_masked")).toBool());
        QString value;
        QVERIFY2(support.reveal(1, QStringLiteral("receipts.payer"), rows.first().rowId, QStringLiteral("SUP-9"),
                                QStringLiteral("learner asks about a receipt"), &value, &error),
                 qPrintable(error));
        QCOMPARE(value, QStringLiteral("Zora Quill"));
        QVERIFY(!support.reveal(1, QStringLiteral("notes.body"), 100, QStringLiteral("SUP-9"),
                                QStringLiteral("not a masked column"), &value, &error));
        QVERIFY2(error.contains(QLatin1String("cannot be revealed")), qPrintable(error));

        // Rectify and restrict on this schema: one name column, the console's own restriction.
        AccountChange change;
        QVERIFY2(support.rectify(2, QStringLiteral("Ben Otter"), {}, {}, ticket, &change, &error), qPrintable(error));
        QVERIFY(!support.rectify(2, QStringLiteral("Ben"), QStringLiteral("Otter"), {}, ticket, &change, &error));
        QVERIFY2(error.contains(QLatin1String("binds no such account operation")), qPrintable(error));
        QVERIFY2(support.restrictProcessing(2, QStringLiteral("accuracy contested"), ticket, &change, &error),
                 qPrintable(error));
        QVERIFY2(support.summary(2, ticket, &summary, &error), qPrintable(error));
        QCOMPARE(summary.account.name, QStringLiteral("Ben Otter"));
        QVERIFY(summary.account.restricted);
        QCOMPARE(summary.account.restrictionReason, QStringLiteral("accuracy contested"));
        QCOMPARE(column(QStringLiteral("SELECT string_agg(action, ' ' ORDER BY id) FROM privacy.access_log WHERE "
                                       "ticket = 'SUP-9'")),
                 QStringList{QStringLiteral("user.view user.view_category user.view_category user.reveal "
                                            "user.rectify user.restrict user.view")});
        QVERIFY(
            TestDatabase::exec(m_db, QStringLiteral("UPDATE campus.people SET full_name = 'Ben Other' WHERE pid = 2; "
                                                    "DELETE FROM privacy.subject_restrictions")));
    }

    void theExportCountsFollowTheMap()
    {
        // Zora's notes: the one she wrote, and the one of her circle she reads.
        QCOMPARE(column(QStringLiteral("SELECT privacy.export_count('campus.notes', '{}', 1)")),
                 QStringList{QStringLiteral("2")});
        QCOMPARE(column(QStringLiteral("SELECT privacy.export_count('campus.notes', '{}', 2)")),
                 QStringList{QStringLiteral("3")});
        QCOMPARE(column(QStringLiteral("SELECT string_agg(table_name || ':' || action || ':' || rows, ' ' ORDER BY "
                                       "table_name, action) FROM privacy.erasure_plan(1)")),
                 QStringList{QStringLiteral("circle_members:delete:1 notes:anonymize:2 people:anonymize:1 "
                                            "receipts:delete:1 receipts:retain:1 visits:delete:1")});
    }

    // The package holds, table by table, every row the map says is Zora's, and names her as the
    // map composes the name.
    void theExportIsCompleteAgainstTheMap()
    {
        const auto dpo = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("dpo")));
        QJsonObject request;
        QString error;
        QVERIFY2(RequestStore(m_support->database())
                     .open(1, QStringLiteral("export"), QStringLiteral("SUP-10"), QStringLiteral("passport seen"),
                           QDate(), &request, &error),
                 qPrintable(error));
        const qint64 id = request.value(QLatin1String("id")).toInteger();
        QVERIFY2(ExportApproval(dpo->database()).approve(id, QStringLiteral("identity verified"), &request, &error),
                 qPrintable(error));
        QTemporaryDir folder;
        ExportOptions options;
        options.requestId = id;
        options.targetPath = folder.filePath(QStringLiteral("zora.zip"));
        ExportResult result;
        QVERIFY2(ExportPackage(m_support->database()).run(options, &result, &error), qPrintable(error));
        QMap<QString, QByteArray> members;
        QVERIFY2(readZip(result.path, QString(), &members, &error), qPrintable(error));
        const QJsonObject categories = QJsonDocument::fromJson(members.value(QStringLiteral("data.json")))
                                           .object()
                                           .value(QLatin1String("categories"))
                                           .toObject();
        QStringList exported;
        for (const QString& category : categories.keys())
            for (const QString& table : categories.value(category).toObject().keys())
                exported << QStringLiteral("%1:%2").arg(table).arg(
                    categories.value(category).toObject().value(table).toArray().size());
        exported.sort();
        QCOMPARE(exported,
                 (QStringList{QStringLiteral("circle_members:1"), QStringLiteral("notes:2"), QStringLiteral("people:1"),
                              QStringLiteral("receipts:2"), QStringLiteral("requests:1"), QStringLiteral("visits:1")}));
        QVERIFY(members.value(QStringLiteral("index.html")).contains("Zora Quill"));
        // The reply in her circle is hers to see; Ben's note in a circle without her is not.
        QVERIFY(members.value(QStringLiteral("data.json")).contains("Ben answers"));
        QVERIFY(!members.value(QStringLiteral("data.json")).contains("private to Ben"));
    }

    void erasureLeavesOnlyWhatTheMapKeeps()
    {
        const QStringList counts = column(QStringLiteral("SELECT privacy.erase_learner(1, 424242)::text"));
        QVERIFY2(counts.first().contains(QLatin1String("\"notes.anonymize\": 2")), qPrintable(counts.first()));
        // Every text column of the schema, every row: nothing names Zora but the retained receipt.
        QStringList residue;
        for (const QString& c : column(QStringLiteral(
                 "SELECT format('%I.%I', table_name, column_name) FROM information_schema.columns WHERE table_schema "
                 "= 'campus' AND data_type IN ('text', 'character varying', 'inet') ORDER BY 1"))) {
            const QString table = c.section(QLatin1Char('.'), 0, 0);
            const QString name = c.section(QLatin1Char('.'), 1, 1);
            if (column(QStringLiteral("SELECT count(*) FROM campus.%1 WHERE %2::text ILIKE '%zora%' OR %2::text = "
                                      "'192.0.2.7'")
                           .arg(table, name))
                    .first() != QLatin1String("0"))
                residue << c;
        }
        QCOMPARE(residue, QStringList{QStringLiteral("receipts.payer")});
        QCOMPARE(
            column(QStringLiteral("SELECT retained_until > current_date FROM privacy.restrictions WHERE table_name = "
                                  "'campus.receipts'::regclass")),
            QStringList{QStringLiteral("true")});
        // The row of the person stays, marked as the map says; Ben keeps his notes and the reply
        // in Zora's circle, which lost only her membership.
        QCOMPARE(column(QStringLiteral("SELECT gone::text || ' ' || mail FROM campus.people WHERE pid = 1")),
                 QStringList{QStringLiteral("true gone-1@invalid")});
        QCOMPARE(column(QStringLiteral("SELECT id || ':' || coalesce(author::text, '-') || ':' || body FROM "
                                       "campus.notes ORDER BY id")),
                 (QStringList{QStringLiteral("100:-:"), QStringLiteral("101:2:Ben answers"),
                              QStringLiteral("102:2:private to Ben")}));
        QCOMPARE(column(QStringLiteral("SELECT count(*) FROM campus.circle_members WHERE person = 2")),
                 QStringList{QStringLiteral("2")});
        // Found by key, shown as the map marks an erased person; by the old address, not at all.
        QCOMPARE(lookUp(QStringLiteral("1")), QStringList{QStringLiteral("1  g***@invalid erased id")});
        QCOMPARE(lookUp(QStringLiteral("zora.quill@campus.example")), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestSecondSchema)
#include "tst_secondschema.moc"
