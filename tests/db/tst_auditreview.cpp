// SPDX-License-Identifier: GPL-3.0-or-later
// Access-log review: keyset paging over equal timestamps, every filter against brute force,
// each anomaly rule on crafted data (reading the log is never flagged; a demo-like mix gives few
// flags), reviews of flags with their refusals, every action as a sentence in both languages,
// settings, privileges, and the tamper matrix with and without a signed checkpoint.
#include "TestDatabase.h"

#include "privacy/AuditSentence.h"
#include "privacy/AuditStore.h"
#include "privacy/AuditVerifier.h"
#include "privacy/Checkpoint.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>

namespace {

// Appends a chained entry at a chosen time, as log_access does at clock time.
const char* const appendAt = R"(
CREATE FUNCTION public.append_at(p_at timestamptz, p_staff text, p_role text, p_action text, p_subject bigint,
                                 p_ticket text, p_purpose text, p_details text) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    v_head privacy.access_log_head%ROWTYPE;
    v_hash bytea;
BEGIN
    SELECT * INTO v_head FROM privacy.access_log_head FOR UPDATE;
    v_hash := sha256(v_head.last_hash || privacy.access_log_canonical(p_at, p_staff, p_role, p_action, p_subject,
                                                                      p_ticket, p_purpose, p_details));
    INSERT INTO privacy.access_log VALUES (v_head.last_id + 1, p_at, p_staff, p_role, p_action, p_subject, p_ticket,
                                          p_purpose, p_details, v_head.last_hash, v_hash);
    UPDATE privacy.access_log_head SET last_id = v_head.last_id + 1, last_hash = v_hash;
    RETURN v_head.last_id + 1;
END
$$;
-- A forger with superuser rights: recomputes every hash after a change, and the head.
CREATE FUNCTION public.rechain() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    r record;
    v_prev bytea := '\x0000000000000000000000000000000000000000000000000000000000000000';
    v_hash bytea;
    v_last bigint := 0;
BEGIN
    SET LOCAL session_replication_role = replica;
    FOR r IN SELECT * FROM privacy.access_log ORDER BY id LOOP
        v_hash := sha256(v_prev || privacy.access_log_canonical(r.at, r.staff, r.staff_role, r.action, r.subject_id,
                                                                r.ticket, r.purpose, r.details));
        UPDATE privacy.access_log SET prev_hash = v_prev, hash = v_hash WHERE id = r.id;
        v_prev := v_hash;
        v_last := r.id;
    END LOOP;
    UPDATE privacy.access_log_head SET last_id = v_last, last_hash = v_prev;
END
$$;
)";

struct Crafted {
    qint64 id;
    QDateTime at;
    QString staff, role, action, ticket;
    qint64 subject;
};

} // namespace

class TestAuditReview : public QObject
{
    Q_OBJECT
private:
    QString m_ownerDatabase;
    std::unique_ptr<DatabaseConnection> m_owner; // one superuser connection for all appends

    QString freshDatabase()
    {
        const QString db = TestDatabase::createDatabase();
        if (!TestDatabase::exec(db, QLatin1String(appendAt)))
            qFatal("helper functions");
        return db;
    }

    qint64 append(const QString& db, const QDateTime& at, const QString& staff, const QString& role,
                  const QString& action, qint64 subject, const QString& ticket,
                  const QString& details = QStringLiteral("{}"))
    {
        if (m_ownerDatabase != db) {
            m_owner = TestDatabase::connectSuperuser(db);
            m_ownerDatabase = db;
        }
        QSqlQuery q(m_owner->database());
        q.prepare(QStringLiteral("SELECT public.append_at(?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(at);
        q.addBindValue(staff);
        q.addBindValue(role);
        q.addBindValue(action);
        q.addBindValue(subject > 0 ? QVariant(subject) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(ticket.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(ticket));
        q.addBindValue(QStringLiteral("test"));
        q.addBindValue(details);
        if (!q.exec() || !q.next())
            qFatal("append_at: %s", qPrintable(q.lastError().text()));
        return q.value(0).toLongLong();
    }

    QList<qint64> allPages(AuditStore& store, const AuditFilter& filter, int pageSize, bool ascending)
    {
        QList<qint64> ids;
        QList<AuditEntry> page;
        qint64 cursor = ascending ? 0 : 0;
        QString error;
        do {
            if (!store.page(filter, ascending ? 0 : cursor, ascending ? cursor : -1, pageSize, &page, &error))
                qFatal("%s", qPrintable(error));
            for (const AuditEntry& e : page) {
                ids << e.id;
                cursor = e.id;
            }
        } while (page.size() == pageSize);
        return ids;
    }

    static QDateTime berlin(int y, int m, int d, int h, int min = 0)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/Berlin"));
    }

private slots:
    void pagingOverEqualTimestamps()
    {
        const QString db = freshDatabase();
        const QString dpo = TestDatabase::createStaff(db, QStringLiteral("dpo"));
        const QDateTime t0 = berlin(2026, 3, 3, 10);
        QList<qint64> appended;
        for (int i = 0; i < 250; ++i)
            appended << append(db, t0.addSecs(i / 50), QStringLiteral("s1"), QStringLiteral("support"),
                               QStringLiteral("user.view"), 100 + i % 7, QStringLiteral("SUP-1"));
        const auto connection = TestDatabase::connectAs(db, dpo);
        AuditStore store(connection->database());
        AuditFilter filter;
        filter.staff = QStringLiteral("s1");
        const QList<qint64> newest = allPages(store, filter, 7, false);
        QList<qint64> expected = appended;
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(newest, expected);
        QCOMPARE(allPages(store, filter, 13, true), appended);
    }

    void filtersAgainstBruteForce()
    {
        const QString db = freshDatabase();
        const QString dpo = TestDatabase::createStaff(db, QStringLiteral("dpo"));
        const QStringList staff{QStringLiteral("anna"), QStringLiteral("ben"), QStringLiteral("carla")};
        const QStringList roles{QStringLiteral("support"), QStringLiteral("support"), QStringLiteral("dpo")};
        const QStringList actions{QStringLiteral("user.view"), QStringLiteral("user.lookup"),
                                  QStringLiteral("user.reveal"), QStringLiteral("user.lock")};
        QList<Crafted> all;
        for (int i = 0; i < 400; ++i) {
            const int s = (i * 7) % 3;
            const QDateTime at = berlin(2026, 4, 1, 8).addSecs(qint64(i) * 1800);
            const QString ticket = i % 5 == 0 ? QString() : QStringLiteral("SUP-%1").arg(i % 9);
            const qint64 subject = i % 4 == 0 ? 0 : 200 + i % 11;
            const QString action = actions[(i * 3) % 4];
            const qint64 id =
                append(db, at, staff[s], roles[s], action, subject, ticket,
                       action == QLatin1String("user.reveal") ? QStringLiteral("{\"field\": \"message_body\"}")
                                                              : QStringLiteral("{}"));
            all.append({id, at, staff[s], roles[s], action, ticket, subject});
        }
        const auto connection = TestDatabase::connectAs(db, dpo);
        AuditStore store(connection->database());
        QList<AuditEntry> warmup;
        QString error;
        QVERIFY2(store.page({}, 0, -1, 1, &warmup, &error), qPrintable(error)); // runs the anomaly scan
        QSet<qint64> flagged;
        {
            const auto owner = TestDatabase::connectSuperuser(db);
            QSqlQuery q(owner->database());
            QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT entry_id FROM privacy.access_log_anomalies")));
            while (q.next())
                flagged.insert(q.value(0).toLongLong());
        }
        QVERIFY(!flagged.isEmpty());

        struct Case {
            const char* name;
            std::function<void(AuditFilter&)> set;
            std::function<bool(const Crafted&)> keep;
        };
        const QDateTime from = berlin(2026, 4, 3, 0), to = berlin(2026, 4, 5, 12);
        const QList<Case> cases{
            {"none", [](AuditFilter&) {}, [](const Crafted&) { return true; }},
            {"since", [&](AuditFilter& f) { f.since = from; }, [&](const Crafted& c) { return c.at >= from; }},
            {"until", [&](AuditFilter& f) { f.until = to; }, [&](const Crafted& c) { return c.at < to; }},
            {"staff", [](AuditFilter& f) { f.staff = QStringLiteral("ben"); },
             [](const Crafted& c) { return c.staff == QLatin1String("ben"); }},
            {"role", [](AuditFilter& f) { f.role = QStringLiteral("dpo"); },
             [](const Crafted& c) { return c.role == QLatin1String("dpo"); }},
            {"action", [](AuditFilter& f) { f.action = QStringLiteral("user.lock"); },
             [](const Crafted& c) { return c.action == QLatin1String("user.lock"); }},
            {"subject", [](AuditFilter& f) { f.subjectId = 205; }, [](const Crafted& c) { return c.subject == 205; }},
            {"ticket", [](AuditFilter& f) { f.ticket = QStringLiteral("SUP-4"); },
             [](const Crafted& c) { return c.ticket == QLatin1String("SUP-4"); }},
            {"no ticket", [](AuditFilter& f) { f.noTicket = true; },
             [](const Crafted& c) { return c.ticket.isEmpty(); }},
            {"anomalies", [](AuditFilter& f) { f.anomaliesOnly = true; },
             [&](const Crafted& c) { return flagged.contains(c.id); }},
            {"time window, staff, no ticket",
             [&](AuditFilter& f) {
                 f.since = from;
                 f.until = to;
                 f.staff = QStringLiteral("anna");
                 f.noTicket = true;
             },
             [&](const Crafted& c) {
                 return c.at >= from && c.at < to && c.staff == QLatin1String("anna") && c.ticket.isEmpty();
             }},
            {"role, action, anomalies",
             [](AuditFilter& f) {
                 f.role = QStringLiteral("support");
                 f.action = QStringLiteral("user.reveal");
                 f.anomaliesOnly = true;
             },
             [&](const Crafted& c) {
                 return c.role == QLatin1String("support") && c.action == QLatin1String("user.reveal") &&
                        flagged.contains(c.id);
             }},
        };
        for (const Case& c : cases) {
            AuditFilter filter;
            c.set(filter);
            QList<qint64> expected;
            for (auto it = all.crbegin(); it != all.crend(); ++it)
                if (c.keep(*it))
                    expected << it->id;
            QList<qint64> got = allPages(store, filter, 17, false);
            // Without the entries around the crafted ones: adding the DPO, and the review's own queries.
            got.removeIf([&](qint64 id) { return id < all.first().id || id > all.last().id; });
            QVERIFY2(got == expected, qPrintable(QStringLiteral("%1: %2 entries, expected %3; first %4 vs %5")
                                                     .arg(QLatin1String(c.name))
                                                     .arg(got.size())
                                                     .arg(expected.size())
                                                     .arg(got.value(0))
                                                     .arg(expected.value(0))));
            QVERIFY2(!expected.isEmpty() || QByteArray(c.name) == "none", c.name);
        }
    }

    void anomalyRules()
    {
        const QString db = freshDatabase();
        const QString dpo = TestDatabase::createStaff(db, QStringLiteral("dpo"));
        // Working hours (Mon-Fri 07:00-19:00 Berlin): a Sunday and a late evening stand out.
        const qint64 sunday = append(db, berlin(2026, 3, 8, 10), QStringLiteral("eva"), QStringLiteral("support"),
                                     QStringLiteral("user.view"), 5, QStringLiteral("SUP-1"));
        const qint64 late = append(db, berlin(2026, 3, 10, 23), QStringLiteral("eva"), QStringLiteral("support"),
                                   QStringLiteral("user.view"), 5, QStringLiteral("SUP-1"));
        const qint64 normal = append(db, berlin(2026, 3, 10, 10), QStringLiteral("eva"), QStringLiteral("support"),
                                     QStringLiteral("user.view"), 5, QStringLiteral("SUP-1"));
        // Reveals of message or payment data stand out; of an email address not.
        const qint64 reveal = append(db, berlin(2026, 3, 10, 11), QStringLiteral("eva"), QStringLiteral("support"),
                                     QStringLiteral("user.reveal"), 6, QStringLiteral("SUP-2"),
                                     QStringLiteral("{\"field\": \"billing_address\"}"));
        const qint64 emailReveal =
            append(db, berlin(2026, 3, 10, 11, 5), QStringLiteral("eva"), QStringLiteral("support"),
                   QStringLiteral("user.reveal"), 6, QStringLiteral("SUP-2"), QStringLiteral("{\"field\": \"email\"}"));
        // Without ticket and without an open request.
        const qint64 noRequest = append(db, berlin(2026, 3, 10, 12), QStringLiteral("dora"), QStringLiteral("dpo"),
                                        QStringLiteral("user.view"), 7, QString());
        // Volume: ten ordinary hours of 3 people each, then one hour of 30 people and one of 15.
        for (int h = 0; h < 10; ++h)
            for (int p = 0; p < 3; ++p)
                append(db, berlin(2026, 3, 11 + h / 8, 8 + h % 8, p), QStringLiteral("finn"), QStringLiteral("support"),
                       QStringLiteral("user.view"), 300 + p, QStringLiteral("SUP-3"));
        QList<qint64> burst;
        for (int p = 0; p < 30; ++p)
            burst << append(db, berlin(2026, 3, 16, 9, p), QStringLiteral("finn"), QStringLiteral("support"),
                            QStringLiteral("user.view"), 400 + p, QStringLiteral("SUP-3"));
        QList<qint64> busy;
        for (int p = 0; p < 15; ++p)
            busy << append(db, berlin(2026, 3, 16, 11, p), QStringLiteral("finn"), QStringLiteral("support"),
                           QStringLiteral("user.view"), 500 + p, QStringLiteral("SUP-3"));

        // Refused operations: the third within an hour stands out, not the first two.
        QList<qint64> refusals;
        for (int i = 0; i < 3; ++i)
            refusals << append(db, berlin(2026, 3, 17, 10, 10 * i), QStringLiteral("gert"), QStringLiteral("support"),
                               QStringLiteral("refused"), 0, QString(),
                               QStringLiteral("{\"operation\": \"erasure_execute\", \"sqlstate\": \"42501\"}"));
        const qint64 lateRefusal =
            append(db, berlin(2026, 3, 17, 14), QStringLiteral("gert"), QStringLiteral("support"),
                   QStringLiteral("refused"), 0, QString(), QStringLiteral("{}"));

        const auto connection = TestDatabase::connectAs(db, dpo);
        AuditStore store(connection->database());
        QList<AuditEntry> entries;
        QString error;
        QVERIFY2(store.page({}, 0, -1, 1000, &entries, &error), qPrintable(error));
        QMap<qint64, QStringList> rules;
        for (const AuditEntry& e : entries)
            for (const AuditFlag& f : e.flags)
                rules[e.id] << f.rule;
        QVERIFY(rules.value(sunday).contains(QStringLiteral("off_hours")));
        QVERIFY(rules.value(late).contains(QStringLiteral("off_hours")));
        QVERIFY(rules.value(normal).isEmpty());
        QCOMPARE(rules.value(reveal), QStringList{QStringLiteral("sensitive_reveal")});
        QVERIFY(rules.value(emailReveal).isEmpty());
        QCOMPARE(rules.value(noRequest), QStringList{QStringLiteral("no_request")});
        QVERIFY(!rules.value(refusals[0]).contains(QStringLiteral("refusals")));
        QVERIFY(!rules.value(refusals[1]).contains(QStringLiteral("refusals")));
        QVERIFY(rules.value(refusals[2]).contains(QStringLiteral("refusals")));
        QVERIFY(!rules.value(lateRefusal).contains(QStringLiteral("refusals")));
        for (qint64 id : burst)
            QVERIFY2(rules.value(id).contains(QStringLiteral("volume")), qPrintable(QString::number(id)));
        for (qint64 id : busy)
            QVERIFY(!rules.value(id).contains(QStringLiteral("volume")));
        // In words.
        for (const AuditEntry& e : entries)
            if (e.id == burst.first())
                QVERIFY2(AuditSentence::flagReason(e.flags.first(), QStringLiteral("en"))
                             .contains(QLatin1String("30 different")),
                         qPrintable(AuditSentence::flagReason(e.flags.first(), QStringLiteral("en"))));

        // An open request makes an access without ticket ordinary.
        QVERIFY(TestDatabase::exec(
            db,
            QStringLiteral(
                "INSERT INTO privacy.requests (user_id, kind, ticket, identity_check, received_on, due_on, opened_by, "
                "opened_at) SELECT 8, 'export', 'SUP-5', 'checked', '2026-03-01', '2026-04-01', 'x', '2026-03-01' "
                "WHERE EXISTS (SELECT 1 FROM platform.users WHERE id = 8)")));

        // The DPO moves the working hours: the flags follow, and the change is logged.
        QVERIFY2(store.setSetting(QStringLiteral("work_days"), QStringLiteral("1-7"), &error), qPrintable(error));
        QVERIFY2(store.setSetting(QStringLiteral("work_hours"), QStringLiteral("00:00-23:59"), &error),
                 qPrintable(error));
        QVERIFY(!store.setSetting(QStringLiteral("work_hours"), QStringLiteral("9 to 5"), &error));
        QVERIFY2(error.contains(QLatin1String("does not fit")), qPrintable(error));
        QVERIFY(store.page({}, 0, -1, 1000, &entries, &error));
        for (const AuditEntry& e : entries)
            for (const AuditFlag& f : e.flags)
                QVERIFY(f.rule != QLatin1String("off_hours"));
        AuditFilter changes;
        changes.action = QStringLiteral("settings.change");
        QVERIFY(store.page(changes, 0, -1, 10, &entries, &error));
        QCOMPARE(entries.size(), 2);
    }

    // The DPO paging through the log, at night and on a Sunday, about learners and without ticket:
    // never flagged. Nor is administration.
    void readingTheLogIsNeverFlagged()
    {
        const QString db = freshDatabase();
        const QString dpo = TestDatabase::createStaff(db, QStringLiteral("dpo"));
        QList<qint64> reading;
        for (int i = 0; i < 12; ++i)
            reading << append(db, berlin(2026, 3, 8 + i % 3, i % 2 ? 23 : 5, i), QStringLiteral("dora"),
                              QStringLiteral("dpo"),
                              i % 3 ? QStringLiteral("audit.query") : QStringLiteral("audit.report"),
                              i % 2 ? 40 + i : 0, QString(), QStringLiteral("{\"anomalies\": true}"));
        reading << append(db, berlin(2026, 3, 8, 22), QStringLiteral("dora"), QStringLiteral("dpo"),
                          QStringLiteral("settings.change"), 0, QString(),
                          QStringLiteral("{\"key\": \"work_hours\", \"value\": \"08:00-18:00\"}"));
        reading << append(db, berlin(2026, 3, 8, 22, 5), QStringLiteral("adam"), QStringLiteral("admin"),
                          QStringLiteral("staff.add"), 0, QString(),
                          QStringLiteral("{\"login\": \"neo\", \"role\": \"support\"}"));
        const auto connection = TestDatabase::connectAs(db, dpo);
        AuditStore store(connection->database());
        QList<AuditEntry> entries;
        QString error;
        // The real thing too: this review's own queries, whatever the time of the run.
        for (int i = 0; i < 3; ++i) {
            AuditFilter about;
            about.subjectId = 41;
            QVERIFY2(store.page(about, 0, -1, 10, &entries, &error), qPrintable(error));
        }
        QVERIFY2(store.page({}, 0, -1, 1000, &entries, &error), qPrintable(error));
        QVERIFY(entries.size() >= reading.size() + 3);
        for (const AuditEntry& e : entries)
            QVERIFY2(!e.flagged(), qPrintable(QStringLiteral("entry %1 (%2) flagged: %3")
                                                  .arg(e.id)
                                                  .arg(e.action, AuditSentence::flagReasons(e.flags, "en"))));
    }

    // An access to a learner outside working hours is flagged, with the local time and the
    // working hours in its reason.
    void offHoursAccessToALearnerIsFlagged()
    {
        const QString db = freshDatabase();
        const QString dpo = TestDatabase::createStaff(db, QStringLiteral("dpo"));
        const qint64 late = append(db, berlin(2026, 3, 10, 22, 15), QStringLiteral("eva"), QStringLiteral("support"),
                                   QStringLiteral("user.view_category"), 498, QStringLiteral("SUP-1"),
                                   QStringLiteral("{\"category\": \"enrollments\", \"rows\": 3}"));
        const qint64 lookup = append(db, berlin(2026, 3, 10, 22, 20), QStringLiteral("eva"), QStringLiteral("support"),
                                     QStringLiteral("user.lookup"), 0, QStringLiteral("SUP-1"),
                                     QStringLiteral("{\"kind\": \"name\", \"results\": 2}"));
        const auto connection = TestDatabase::connectAs(db, dpo);
        QList<AuditEntry> entries;
        QString error;
        QVERIFY2(AuditStore(connection->database()).page({}, 0, -1, 100, &entries, &error), qPrintable(error));
        bool seen = false;
        for (const AuditEntry& e : entries) {
            if (e.id == lookup)
                QVERIFY2(!e.flagged(), "a search names no learner: not an access to one");
            if (e.id != late)
                continue;
            seen = true;
            QCOMPARE(e.flags.size(), 1);
            const AuditFlag& f = e.flags.first();
            QCOMPARE(f.rule, QStringLiteral("off_hours"));
            QCOMPARE(f.localTime, QStringLiteral("2026-03-10T22:15"));
            QCOMPARE(f.workHours, QStringLiteral("07:00-19:00"));
            QCOMPARE(f.workDays, QStringLiteral("1-5"));
            QCOMPARE(f.timeZone, QStringLiteral("Europe/Berlin"));
            const QString reason = AuditSentence::flagReason(f, QStringLiteral("en"));
            QVERIFY2(reason.contains(QLatin1String("22:15")) && reason.contains(QLatin1String("07:00")) &&
                         reason.contains(QLatin1String("Monday")),
                     qPrintable(reason));
            QCOMPARE(
                AuditSentence::sentence(e, QStringLiteral("en")),
                QStringLiteral("eva viewed the course enrolments of learner 498 for ticket SUP-1 (purpose: test)"));
        }
        QVERIFY(seen);
    }

    // A realistic day: 100 support look-ups and views within hours, 20 DPO log queries after
    // hours, 3 views of learners late at night: exactly those 3 are flagged.
    void demoLikeMixGivesFewFlags()
    {
        const QString db = freshDatabase();
        const QString dpo = TestDatabase::createStaff(db, QStringLiteral("dpo"));
        for (int i = 0; i < 100; ++i) {
            const QDateTime at = berlin(2026, 3, 2 + (i / 20), 8 + (i % 20) / 2, (i % 2) * 30);
            if (i % 4 == 0)
                append(db, at, QStringLiteral("sam"), QStringLiteral("support"), QStringLiteral("user.lookup"), 0,
                       QStringLiteral("SUP-%1").arg(i), QStringLiteral("{\"kind\": \"email\", \"results\": 1}"));
            else
                append(db, at, QStringLiteral("sam"), QStringLiteral("support"), QStringLiteral("user.view"), 100 + i,
                       QStringLiteral("SUP-%1").arg(i));
        }
        for (int i = 0; i < 20; ++i)
            append(db, berlin(2026, 3, 2 + i / 4, 19 + i % 4, 10), QStringLiteral("dora"), QStringLiteral("dpo"),
                   QStringLiteral("audit.query"), i % 2 ? 100 + i : 0, QString(),
                   QStringLiteral("{\"no_ticket\": false, \"anomalies\": true}"));
        QSet<qint64> night;
        for (int i = 0; i < 3; ++i)
            night << append(db, berlin(2026, 3, 3 + i, 23, 40), QStringLiteral("sam"), QStringLiteral("support"),
                            QStringLiteral("user.view_category"), 300 + i, QStringLiteral("SUP-9%1").arg(i),
                            QStringLiteral("{\"category\": \"messages\", \"rows\": 4}"));
        const auto owner = TestDatabase::connectSuperuser(db);
        const auto connection = TestDatabase::connectAs(db, dpo);
        QList<AuditEntry> entries;
        QString error;
        QVERIFY2(AuditStore(connection->database()).page({}, 0, -1, 10, &entries, &error), qPrintable(error));
        QSqlQuery q(owner->database());
        // Only the crafted entries (March 2026): the query above is logged at clock time.
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT a.entry_id FROM privacy.access_log_anomalies a "
                                      "JOIN privacy.access_log l ON l.id = a.entry_id WHERE l.at < '2026-04-01'")));
        QSet<qint64> flagged;
        while (q.next())
            flagged.insert(q.value(0).toLongLong());
        QCOMPARE(flagged, night);
    }

    // The DPO marks a flag reviewed: stored, logged, off the open queue; refused without a flag,
    // without a note, twice, and on one's own access.
    void reviewAFlag()
    {
        const QString db = freshDatabase();
        const QString dpo = TestDatabase::createStaff(db, QStringLiteral("dpo"));
        const auto connection = TestDatabase::connectAs(db, dpo);
        const qint64 late = append(db, berlin(2026, 3, 10, 23), QStringLiteral("eva"), QStringLiteral("support"),
                                   QStringLiteral("user.view"), 5, QStringLiteral("SUP-1"));
        const qint64 normal = append(db, berlin(2026, 3, 10, 10), QStringLiteral("eva"), QStringLiteral("support"),
                                     QStringLiteral("user.view"), 5, QStringLiteral("SUP-1"));
        const qint64 own = append(db, berlin(2026, 3, 10, 23, 30), dpo, QStringLiteral("dpo"),
                                  QStringLiteral("user.view"), 6, QStringLiteral("SUP-2"));
        AuditStore store(connection->database());
        AuditFilter open;
        open.anomaliesOnly = true;
        QList<AuditEntry> entries;
        QString error;
        QVERIFY2(store.page(open, 0, -1, 100, &entries, &error), qPrintable(error));
        QList<qint64> ids;
        for (const AuditEntry& e : entries)
            ids << e.id;
        QVERIFY(ids.contains(late) && ids.contains(own) && !ids.contains(normal));

        AuditReview review;
        QVERIFY(!store.review(normal, QStringLiteral("justified"), QStringLiteral("fine"), &review, &error));
        QVERIFY2(error.contains(QLatin1String("not flagged")), qPrintable(error));
        QVERIFY(!store.review(late, QStringLiteral("justified"), QStringLiteral("   "), &review, &error));
        QVERIFY2(error.contains(QLatin1String("note")), qPrintable(error));
        QVERIFY(!store.review(late, QStringLiteral("fine"), QStringLiteral("a note"), &review, &error));
        QVERIFY2(error.contains(QLatin1String("outcome")), qPrintable(error));
        QVERIFY(!store.review(own, QStringLiteral("justified"), QStringLiteral("my own"), &review, &error));
        QVERIFY2(error.contains(QLatin1String("your own access")), qPrintable(error));

        QVERIFY2(store.review(late, QStringLiteral("followed_up"), QStringLiteral("asked eva: ticket was urgent"),
                              &review, &error),
                 qPrintable(error));
        QCOMPARE(review.outcome, QStringLiteral("followed_up"));
        QCOMPARE(review.note, QStringLiteral("asked eva: ticket was urgent"));
        QCOMPARE(review.reviewedBy, dpo);
        QVERIFY(review.reviewedAt.isValid());
        QVERIFY(!store.review(late, QStringLiteral("escalated"), QStringLiteral("again"), &review, &error));
        QVERIFY2(error.contains(QLatin1String("reviewed already")), qPrintable(error));

        // Off the open queue; with the reviewed ones, it shows its outcome.
        QVERIFY(store.page(open, 0, -1, 100, &entries, &error));
        for (const AuditEntry& e : entries)
            QVERIFY(e.id != late);
        AuditFilter all = open;
        all.withReviewed = true;
        QVERIFY(store.page(all, 0, -1, 100, &entries, &error));
        bool shown = false;
        for (const AuditEntry& e : entries)
            if (e.id == late) {
                shown = true;
                QCOMPARE(e.review.outcome, QStringLiteral("followed_up"));
            }
        QVERIFY(shown);
        // Logged, once.
        AuditFilter reviews;
        reviews.action = QStringLiteral("audit.review");
        QVERIFY(store.page(reviews, 0, -1, 10, &entries, &error));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().detailsObject().value(QLatin1String("entry_id")).toInteger(), late);
        QCOMPARE(entries.first().staff, dpo);
        // The home page's count: flags without a review.
        const auto owner = TestDatabase::connectSuperuser(db);
        QSqlQuery q(owner->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT a.entry_id) FROM privacy.access_log_anomalies a WHERE "
                                      "NOT EXISTS (SELECT 1 FROM privacy.anomaly_reviews v WHERE v.entry_id = "
                                      "a.entry_id) AND a.entry_id IN (%1, %2)")
                           .arg(late)
                           .arg(own)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // Every action the privacy functions write reads as a sentence in English and German: no raw
    // code, no underscore, no placeholder left.
    void everyActionIsASentence()
    {
        QSet<QString> actions;
        const QDir dir(qEnvironmentVariable("FX_SOURCE_DIR") + QStringLiteral("/resources/sql/functions"));
        static const QRegularExpression call(QStringLiteral("log_access\\(([^;]*?),"),
                                             QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression literal(QStringLiteral("'([a-z]+\\.[a-z_]+|refused)'"));
        for (const QString& name : dir.entryList({QStringLiteral("*.sql")})) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString sql = QString::fromUtf8(file.readAll());
            for (auto m = call.globalMatch(sql); m.hasNext();) {
                const QString first = m.next().captured(1);
                for (auto l = literal.globalMatch(first); l.hasNext();)
                    actions.insert(l.next().captured(1));
            }
        }
        QVERIFY2(actions.size() > 30, qPrintable(QString::number(actions.size())));
        // Built from a status or an event: the values the functions pass.
        for (const char* a : {"request.in_progress", "request.fulfilled", "request.rejected", "request.withdrawn",
                              "incident.open", "incident.tick", "incident.untick", "incident.triage",
                              "incident.describe", "incident.notify", "incident.close", "incident.find"})
            actions.insert(QLatin1String(a));
        actions.remove(QStringLiteral("request.")); // the prefix of those
        actions.remove(QStringLiteral("incident."));
        actions.insert(QStringLiteral("made.up_action")); // the fallback
        const QStringList known = AuditSentence::knownActions();
        for (const QString& action : std::as_const(actions)) {
            QVERIFY2(known.contains(action) || action == QLatin1String("made.up_action"),
                     qPrintable(QStringLiteral("no sentence for %1").arg(action)));
            for (const qint64 subject : {qint64(0), qint64(498)}) {
                AuditEntry e;
                e.id = 7;
                e.staff = QStringLiteral("anna");
                e.role = QStringLiteral("support");
                e.action = action;
                e.subjectId = subject;
                e.ticket = QStringLiteral("SUP-1");
                e.purpose = QStringLiteral("access-log review");
                e.details = QStringLiteral(
                    "{\"request_id\": 3, \"kind\": \"export\", \"category\": \"test_results\", \"field\": "
                    "\"billing_address\", \"incident_id\": 2, \"entry_id\": 9, \"outcome\": \"followed_up\", "
                    "\"key\": \"work_hours\", \"value\": \"07:00-19:00\", \"login\": \"ben\", \"role\": \"dpo\", "
                    "\"from\": \"support\", \"to\": \"admin\", \"months\": 2, \"results\": 1, \"people\": 4, "
                    "\"invoices\": 2, \"entries\": 10, \"last_id\": 12, \"format\": \"pdf\", \"table\": \"invoices\", "
                    "\"processor_id\": 5, \"operation\": \"erasure_execute\", \"anomalies\": true}");
                for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
                    const QString text = AuditSentence::sentence(e, language);
                    QVERIFY2(text.contains(QLatin1String("anna")), qPrintable(text));
                    const bool code = action.contains(QLatin1Char('.')) && text.contains(action);
                    QVERIFY2(!text.contains(QLatin1Char('_')) && !text.contains(QLatin1Char('{')) && !code,
                             qPrintable(QStringLiteral("%1 (%2): %3").arg(action, language, text)));
                    QVERIFY2(!AuditSentence::actionLabel(action, language).contains(QLatin1Char('_')),
                             qPrintable(action));
                    for (const auto& [label, value] : AuditSentence::detailLines(e, language))
                        QVERIFY2(!label.contains(QLatin1Char('_')), qPrintable(label));
                }
            }
        }
        for (const QString& role : {QStringLiteral("support"), QStringLiteral("dpo"), QStringLiteral("admin")})
            for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")})
                QVERIFY(AuditSentence::roleLabel(role, language) != role);
        QCOMPARE(AuditSentence::roleLabel(QStringLiteral("dpo"), QStringLiteral("en")),
                 QStringLiteral("Data protection officer"));
    }

    void onlyTheDpoReadsTheLog()
    {
        const QString db = TestDatabase::createDatabase();
        for (const QString& role : {QStringLiteral("support"), QStringLiteral("admin")}) {
            const auto connection = TestDatabase::connectAs(db, TestDatabase::createStaff(db, role));
            QList<AuditEntry> entries;
            QString error;
            QVERIFY(!AuditStore(connection->database()).page({}, 0, -1, 10, &entries, &error));
            QVERIFY2(error.contains(QLatin1String("refused this for your login")), qPrintable(error));
            QSqlQuery q(connection->database());
            QVERIFY(!q.exec(QStringLiteral("SELECT count(*) FROM privacy.access_log")));
            QVERIFY(!q.exec(QStringLiteral("SELECT * FROM privacy.access_log_page(0, 10)")));
        }
    }

    void tamperMatrix_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<bool>("chainCatches");
        QTest::newRow("changed field") << "UPDATE privacy.access_log SET purpose = 'other' WHERE id = 3" << true;
        QTest::newRow("deleted entry") << "DELETE FROM privacy.access_log WHERE id = 3" << true;
        QTest::newRow("inserted entry")
            << "INSERT INTO privacy.access_log SELECT 100, at, staff, staff_role, action, subject_id, ticket, purpose, "
               "details, hash, hash FROM privacy.access_log WHERE id = 8"
            << true;
        QTest::newRow("swapped entries")
            << "UPDATE privacy.access_log a SET subject_id = b.subject_id, at = b.at FROM privacy.access_log b "
               "WHERE (a.id, b.id) IN ((3, 4), (4, 3))"
            << true;
        QTest::newRow("truncated tail")
            << "DELETE FROM privacy.access_log WHERE id > 6; UPDATE privacy.access_log_head SET last_id = 6, "
               "last_hash = (SELECT hash FROM privacy.access_log WHERE id = 6)"
            << false;
        QTest::newRow("whole chain recomputed")
            << "UPDATE privacy.access_log SET purpose = 'rewritten' WHERE id = 2; SELECT public.rechain()" << false;
    }

    void tamperMatrix()
    {
        QFETCH(QString, tamper);
        QFETCH(bool, chainCatches);
        const QString db = freshDatabase();
        const QString dpo = TestDatabase::createStaff(db, QStringLiteral("dpo"));
        for (int i = 0; i < 8; ++i)
            append(db, berlin(2026, 5, 4, 9, i), QStringLiteral("gus"), QStringLiteral("support"),
                   QStringLiteral("user.view"), 10 + i, QStringLiteral("SUP-9"));
        const auto connection = TestDatabase::connectAs(db, dpo);
        QTemporaryDir keys;
        const QString key = keys.filePath(QStringLiteral("dpo.key"));
        QString error;
        QVERIFY2(Checkpoint::generateKey(key, "a long passphrase", &error), qPrintable(error));
        AuditVerifier before;
        QVERIFY(before.verify(connection->database(), &error) && before.result().intact);
        Checkpoint checkpoint;
        QVERIFY2(Checkpoint::sign(key, "a long passphrase", db, before.result().lastId, before.result().headHash,
                                  &checkpoint, &error),
                 qPrintable(error));
        QVERIFY(Checkpoint::parse(checkpoint.toJson(), &checkpoint, &error));
        QVERIFY(checkpoint.signedBy(key + QStringLiteral(".pub"), &error));

        QVERIFY(TestDatabase::exec(db, QStringLiteral("SET session_replication_role = replica; ") + tamper));
        AuditVerifier after;
        QVERIFY2(after.verify(connection->database(), &error), qPrintable(error));
        QCOMPARE(!after.result().intact, chainCatches);
        QString verdict;
        const bool matches = after.result().intact &&
                             AuditStore(connection->database()).checkAgainst(checkpoint, after.result(), &verdict);
        QVERIFY2(!matches, qPrintable(verdict)); // with the checkpoint, every tampering is caught
        if (!chainCatches)
            QVERIFY2(verdict.contains(QLatin1String("removed")) || verdict.contains(QLatin1String("rewritten")),
                     qPrintable(verdict));
    }

    void checkpointKeys()
    {
        QTemporaryDir keys;
        const QString a = keys.filePath(QStringLiteral("a.key"));
        const QString b = keys.filePath(QStringLiteral("b.key"));
        QString error;
        QVERIFY(!Checkpoint::generateKey(a, "short", &error));
        QVERIFY(Checkpoint::generateKey(a, "passphrase of a", &error));
        QVERIFY(Checkpoint::generateKey(b, "passphrase of b", &error));
        QVERIFY(!Checkpoint::generateKey(a, "passphrase of a", &error)); // never overwritten
        QCOMPARE(QFile::permissions(a) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        Checkpoint c;
        QVERIFY(!Checkpoint::sign(a, "wrong passphrase", QStringLiteral("db"), 5, QByteArray(32, 'x'), &c, &error));
        QVERIFY2(error.contains(QLatin1String("passphrase")), qPrintable(error));
        QVERIFY(Checkpoint::sign(a, "passphrase of a", QStringLiteral("db"), 5, QByteArray(32, 'x'), &c, &error));
        QVERIFY(c.signedBy(a + QStringLiteral(".pub"), &error));
        QVERIFY(!c.signedBy(b + QStringLiteral(".pub"), &error));
        QVERIFY2(error.contains(QLatin1String("different key")), qPrintable(error));
        // Any change to the file breaks its signature.
        QByteArray forged = c.toJson();
        forged.replace("\"last_id\": 5", "\"last_id\": 4");
        Checkpoint parsed;
        QVERIFY(!Checkpoint::parse(forged, &parsed, &error));
        QVERIFY2(error.contains(QLatin1String("signature")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestAuditReview)
#include "tst_auditreview.moc"
