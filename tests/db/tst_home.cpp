// SPDX-License-Identifier: GPL-3.0-or-later
// The home page's reading, per role: support sees only their own open requests; the DPO sees
// deadlines, erasure approvals (never their own), incident clocks, unreviewed flags, processors
// to confirm, records due for purge and the freshness of the log's verification and checkpoint;
// the administrator sees incident clocks, unused logins and roles to confirm. Reading writes
// nothing to the access log; another role's function is refused. Access recertification is
// logged and refused for an unknown login and for one's own.
#include "TestDatabase.h"

#include "admin/PolicyStore.h"
#include "db/SqlError.h"
#include "home/AuditNotes.h"
#include "home/HomeStore.h"
#include "home/Recertifications.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <utility>

namespace {

// Appends a chained entry at a chosen time (as log_access does at clock time), for a checkpoint
// noted days ago.
const char* const appendAt = R"(
CREATE FUNCTION public.append_at(p_at timestamptz, p_staff text, p_role text, p_action text, p_details text)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    v_head privacy.access_log_head%ROWTYPE;
    v_hash bytea;
BEGIN
    SELECT * INTO v_head FROM privacy.access_log_head FOR UPDATE;
    v_hash := sha256(v_head.last_hash || privacy.access_log_canonical(p_at, p_staff, p_role, p_action, NULL, NULL,
                                                                      'test', p_details));
    INSERT INTO privacy.access_log VALUES (v_head.last_id + 1, p_at, p_staff, p_role, p_action, NULL, NULL, 'test',
                                          p_details, v_head.last_hash, v_hash);
    UPDATE privacy.access_log_head SET last_id = v_head.last_id + 1, last_hash = v_hash;
    RETURN v_head.last_id + 1;
END
$$;
)";

QList<qint64> requestIds(const QList<HomeItems::Request>& requests)
{
    QList<qint64> ids;
    for (const auto& r : requests)
        ids << r.id;
    return ids;
}

QList<qint64> approvalIds(const QList<HomeItems::Approval>& approvals)
{
    QList<qint64> ids;
    for (const auto& a : approvals)
        ids << a.id;
    return ids;
}

QStringList logins(const QList<HomeItems::Recertification>& due)
{
    QStringList list;
    for (const auto& r : due)
        list << r.login;
    return list;
}

QStringList logins(const QList<HomeItems::StaffLogin>& stale)
{
    QStringList list;
    for (const auto& s : stale)
        list << s.login;
    return list;
}

} // namespace

class TestHome : public QObject
{
    Q_OBJECT
private:
    QString m_db;
    QString m_support, m_otherSupport, m_dpo, m_otherDpo, m_admin;

    qint64 scalar(const QString& sql)
    {
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql.left(80)), qPrintable(q.lastError().text()));
        return q.value(0).toLongLong();
    }

    // A request as the console would have opened it, due in `days` (negative: overdue).
    qint64 addRequest(const QString& kind, const QString& openedBy, const QString& assignee, int days,
                      const QString& status = QStringLiteral("new"))
    {
        return scalar(QStringLiteral("INSERT INTO privacy.requests (user_id, kind, status, ticket, identity_check, "
                                     "received_on, due_on, opened_by, assignee) "
                                     "SELECT min(id), '%1', '%2', 'SUP-1', 'email', current_date - 3, "
                                     "current_date + %3, '%4', %5 FROM platform.users RETURNING id")
                          .arg(kind, status)
                          .arg(days)
                          .arg(openedBy, assignee.isEmpty() ? QStringLiteral("NULL")
                                                            : QLatin1Char('\'') + assignee + QLatin1Char('\'')));
    }

    HomeItems read(const QString& login, StaffRole role)
    {
        const auto connection = TestDatabase::connectAs(m_db, login);
        HomeItems items;
        QString error;
        if (!HomeStore(connection->database()).items(role, &items, &error))
            qFatal("home as %s: %s", qPrintable(login), qPrintable(error));
        return items;
    }

    qint64 logEntries() { return scalar(QStringLiteral("SELECT count(*) FROM privacy.access_log")); }

    // The refusal's code (or SQLSTATE) of a statement as a login.
    QString refusal(const QString& login, const QString& sql)
    {
        const auto connection = TestDatabase::connectAs(m_db, login);
        QSqlQuery q(connection->database());
        if (q.exec(sql))
            return QString();
        const QString code = SqlError::code(q.lastError());
        return code.isEmpty() ? SqlError::sqlState(q.lastError()) : code;
    }

private slots:
    void initTestCase()
    {
        m_db = TestDatabase::createSeededDatabase(20);
        QVERIFY(TestDatabase::exec(m_db, QLatin1String(appendAt)));
        m_support = TestDatabase::createStaff(m_db, QStringLiteral("support"));
        m_otherSupport = TestDatabase::createStaff(m_db, QStringLiteral("support"));
        m_dpo = TestDatabase::createStaff(m_db, QStringLiteral("dpo"));
        m_otherDpo = TestDatabase::createStaff(m_db, QStringLiteral("dpo"));
        m_admin = TestDatabase::createStaff(m_db, QStringLiteral("admin"));
    }

    void supportSeesOnlyOwnRequests()
    {
        const qint64 opened = addRequest(QStringLiteral("export"), m_support, {}, -2);
        const qint64 assigned =
            addRequest(QStringLiteral("rectification"), m_otherSupport, m_support, 20, QStringLiteral("in_progress"));
        const qint64 others = addRequest(QStringLiteral("export"), m_otherSupport, {}, 1);
        const qint64 closed = addRequest(QStringLiteral("export"), m_support, {}, 5, QStringLiteral("fulfilled"));
        const qint64 before = logEntries();
        const HomeItems items = read(m_support, StaffRole::Support);
        QCOMPARE(logEntries(), before); // ids and deadlines only: nothing to log
        QCOMPARE(items.role, QStringLiteral("support"));
        QCOMPARE(requestIds(items.requests), (QList<qint64>{opened, assigned})); // overdue first
        QVERIFY(items.requests.first().overdue);
        QVERIFY(!items.requests.last().overdue);
        QVERIFY(!items.requests.last().dueSoon);
        QVERIFY(!requestIds(items.requests).contains(others));
        QVERIFY(!requestIds(items.requests).contains(closed));
        QVERIFY(items.approvals.isEmpty());
        QVERIFY(items.incidents.isEmpty());
        QVERIFY(!items.chain);
    }

    void dpoSeesDeadlinesAndApprovalsNeverOwn()
    {
        const qint64 overdue = addRequest(QStringLiteral("export"), m_support, {}, -1);
        const qint64 soon = addRequest(QStringLiteral("export"), m_support, {}, 3);
        const qint64 later = addRequest(QStringLiteral("export"), m_support, {}, 25);
        const qint64 ownErasure = addRequest(QStringLiteral("erasure"), m_dpo, {}, 25);
        const qint64 erasure = addRequest(QStringLiteral("erasure"), m_support, {}, 25);
        const HomeItems items = read(m_dpo, StaffRole::Dpo);
        const QList<qint64> due = requestIds(items.requests);
        QVERIFY(due.contains(overdue));
        QVERIFY(due.contains(soon));
        QVERIFY(!due.contains(later));
        QVERIFY(due.indexOf(overdue) < due.indexOf(soon));
        for (const auto& r : items.requests)
            QVERIFY(r.overdue || r.dueSoon);
        QVERIFY(approvalIds(items.approvals).contains(erasure));
        QVERIFY(!approvalIds(items.approvals).contains(ownErasure)); // four eyes
        // The other DPO may decide on both.
        const HomeItems other = read(m_otherDpo, StaffRole::Dpo);
        QVERIFY(approvalIds(other.approvals).contains(ownErasure));
        QVERIFY(approvalIds(other.approvals).contains(erasure));
        // Approved: no longer waiting.
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("UPDATE privacy.requests SET approved_by = '%1', approved_at "
                                                        "= now(), status = 'in_progress' WHERE id = %2")
                                             .arg(m_otherDpo)
                                             .arg(erasure)));
        QVERIFY(!approvalIds(read(m_dpo, StaffRole::Dpo).approvals).contains(erasure));
    }

    void incidentClocksForDpoAndAdmin()
    {
        const qint64 id = scalar(QStringLiteral(
            "INSERT INTO privacy.incidents (title, detected_at, aware_at, authority_deadline, opened_by) "
            "SELECT 'Lost laptop', t, t, t + interval '72 hours', 'someone' FROM (SELECT now() - interval '10 hours' "
            "AS t) s RETURNING id"));
        for (const auto& [login, role] : {std::pair{m_dpo, StaffRole::Dpo}, std::pair{m_admin, StaffRole::Admin}}) {
            const HomeItems items = read(login, role);
            QCOMPARE(items.incidents.size(), 1);
            QCOMPARE(items.incidents.first().id, id);
            QVERIFY(qAbs(items.incidents.first().secondsLeft - 62 * 3600) < 120);
            QVERIFY(items.incidents.first().authorityDeadline.isValid());
        }
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("UPDATE privacy.incidents SET status = 'closed', closed_at = "
                                                        "now(), closed_by = 'someone' WHERE id = %1")
                                             .arg(id)));
        QVERIFY(read(m_dpo, StaffRole::Dpo).incidents.isEmpty());
    }

    void unreviewedFlagsMatchADirectCount()
    {
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("INSERT INTO privacy.access_log_anomalies (entry_id, rule) "
                                                        "VALUES (1, 'off_hours'), (2, 'off_hours'), (2, 'volume'), "
                                                        "(3, 'no_request')")));
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("INSERT INTO privacy.anomaly_reviews (entry_id, outcome, "
                                                        "note, reviewed_by) VALUES (3, 'justified', 'ticket', '%1')")
                                             .arg(m_otherDpo)));
        const qint64 direct = scalar(
            QStringLiteral("SELECT count(DISTINCT entry_id) FROM privacy.access_log_anomalies a WHERE NOT EXISTS "
                           "(SELECT 1 FROM privacy.anomaly_reviews r WHERE r.entry_id = a.entry_id)"));
        QCOMPARE(direct, 2);
        QCOMPARE(read(m_dpo, StaffRole::Dpo).unreviewedFlags, direct);
    }

    void processorTasksAndPurge()
    {
        const qint64 request = addRequest(QStringLiteral("erasure"), m_support, {}, 10, QStringLiteral("in_progress"));
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("INSERT INTO privacy.processor_tasks (request_id, "
                                                        "processor_id, external_id, what) SELECT %1, id, 'x-1', "
                                                        "'delete' FROM privacy.processors ORDER BY id LIMIT 2")
                                             .arg(request)));
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("INSERT INTO privacy.restrictions SELECT "
                                                        "'platform.invoices', id, user_id, current_date - 5, 'x' FROM "
                                                        "platform.invoices WHERE id IN (SELECT id FROM "
                                                        "platform.invoices ORDER BY id LIMIT 3)")));
        const HomeItems items = read(m_dpo, StaffRole::Dpo);
        bool found = false;
        for (const auto& t : items.processorTasks)
            if (t.requestId == request)
                found = t.open == scalar(QStringLiteral("SELECT count(*) FROM privacy.processor_tasks WHERE "
                                                        "request_id = %1 AND done_at IS NULL")
                                             .arg(request));
        QVERIFY(found);
        QCOMPARE(
            items.purge.records,
            scalar(QStringLiteral("SELECT count(*) FROM privacy.restrictions WHERE retained_until < current_date")));
        QCOMPARE(items.purge.since, QDate::currentDate().addDays(-5));
    }

    void checkpointWarningPastThePolicy()
    {
        const auto dpo = TestDatabase::connectAs(m_db, m_dpo);
        HomeItems items = read(m_dpo, StaffRole::Dpo);
        QVERIFY(items.chain);
        QVERIFY(!items.chain->checkpointAt.isValid());
        QVERIFY(items.chain->warning); // never signed
        QCOMPARE(items.chain->warnDays, 7);

        QString error;
        QVERIFY2(AuditNotes::verified(dpo->database(), 42, true, &error), qPrintable(error));
        QVERIFY2(AuditNotes::checkpoint(dpo->database(), 40, QStringLiteral("0123456789abcdef"), &error),
                 qPrintable(error));
        items = read(m_dpo, StaffRole::Dpo);
        QVERIFY(items.chain->verifiedAt.isValid());
        QCOMPARE(items.chain->verifiedEntries.value_or(-1), 42);
        QVERIFY(items.chain->intact);
        QCOMPARE(items.chain->checkpointAgeDays.value_or(-1), 0);
        QVERIFY(!items.chain->warning);
        QVERIFY(!AuditNotes::checkpoint(dpo->database(), 40, QStringLiteral("not hex"), &error));

        // The latest checkpoint ten days old: past the default of 7, within a policy of 30.
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("SELECT public.append_at(now() - interval '10 days', '%1', "
                                                        "'dpo', 'audit.checkpoint', '{\"last_id\": 50}')")
                                             .arg(m_dpo)));
        items = read(m_dpo, StaffRole::Dpo);
        QCOMPARE(items.chain->checkpointAgeDays.value_or(-1), 10);
        QVERIFY(items.chain->warning);
        const auto admin = TestDatabase::connectAs(m_db, m_admin);
        QJsonObject policies;
        QVERIFY2(PolicyStore(admin->database())
                     .set(QStringLiteral("checkpoint_warn_days"), QStringLiteral("30"), &policies, &error),
                 qPrintable(error));
        QCOMPARE(policies.value(QStringLiteral("checkpoint_warn_days")).toString(), QStringLiteral("30"));
        QVERIFY(!PolicyStore(admin->database())
                     .set(QStringLiteral("checkpoint_warn_days"), QStringLiteral("0"), &policies, &error));
        QVERIFY(!PolicyStore(admin->database())
                     .set(QStringLiteral("recertify_days"), QStringLiteral("5"), &policies, &error));
        items = read(m_dpo, StaffRole::Dpo);
        QCOMPARE(items.chain->warnDays, 30);
        QVERIFY(!items.chain->warning);
    }

    void adminSeesStaleLoginsAndRolesToConfirm()
    {
        const QString old = TestDatabase::createStaff(m_db, QStringLiteral("support"));
        QVERIFY(TestDatabase::exec(
            m_db, QStringLiteral("UPDATE privacy.staff SET created_at = now() - interval '200 days' WHERE login IN "
                                 "('%1', '%2')")
                      .arg(old, m_admin)));
        const qint64 before = logEntries();
        HomeItems items = read(m_admin, StaffRole::Admin);
        QCOMPARE(logEntries(), before);
        QVERIFY(logins(items.staleLogins).contains(old));        // created 200 days ago, never seen
        QVERIFY(!logins(items.staleLogins).contains(m_support)); // created today
        QVERIFY(logins(items.recertification).contains(old));
        QVERIFY(!logins(items.recertification).contains(m_support));
        QVERIFY(!logins(items.recertification).contains(m_admin)); // another administrator confirms it
        QCOMPARE(items.recertifyDays, 180);

        const auto admin = TestDatabase::connectAs(m_db, m_admin);
        QString error;
        QVERIFY2(Recertifications(admin->database()).confirm(old, &error), qPrintable(error));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM privacy.access_log WHERE action = 'staff.recertify' "
                                       "AND staff = '%1' AND details::jsonb ->> 'login' = '%2' AND "
                                       "details::jsonb ->> 'role' = 'support'")
                            .arg(m_admin, old)),
                 1);
        QHash<QString, QDateTime> confirmed;
        QVERIFY(Recertifications(admin->database()).lastConfirmed(&confirmed, &error));
        QVERIFY(confirmed.value(old).isValid());
        QVERIFY(!confirmed.contains(m_support));
        items = read(m_admin, StaffRole::Admin);
        QVERIFY(!logins(items.recertification).contains(old));
        QVERIFY(logins(items.staleLogins).contains(old)); // confirmed, but still unused

        // A new role needs its own confirmation.
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("SELECT privacy.staff_set_role('%1', 'dpo')").arg(old)));
        QVERIFY(logins(read(m_admin, StaffRole::Admin).recertification).contains(old));
    }

    void recertificationRefusals()
    {
        QCOMPARE(refusal(m_admin, QStringLiteral("SELECT privacy.staff_recertify('%1')").arg(m_admin)),
                 QStringLiteral("staff.recertify_own"));
        QCOMPARE(refusal(m_admin, QStringLiteral("SELECT privacy.staff_recertify('nobody_%1')").arg(m_db)),
                 QStringLiteral("admin.no_such_login"));
        QCOMPARE(refusal(m_admin, QStringLiteral("SELECT privacy.staff_recertify(NULL)")),
                 QStringLiteral("admin.no_such_login"));
        QCOMPARE(refusal(m_dpo, QStringLiteral("SELECT privacy.staff_recertify('%1')").arg(m_support)),
                 QStringLiteral("42501"));
        QCOMPARE(
            scalar(
                QStringLiteral("SELECT count(*) FROM privacy.staff_recertifications WHERE login = '%1'").arg(m_admin)),
            0);
    }

    void anotherRolesFunctionIsRefused()
    {
        QCOMPARE(refusal(m_support, QStringLiteral("SELECT privacy.home_dpo()")), QStringLiteral("42501"));
        QCOMPARE(refusal(m_support, QStringLiteral("SELECT privacy.home_admin()")), QStringLiteral("42501"));
        QCOMPARE(refusal(m_dpo, QStringLiteral("SELECT privacy.home_admin()")), QStringLiteral("42501"));
        QCOMPARE(refusal(m_admin, QStringLiteral("SELECT privacy.home_dpo()")), QStringLiteral("42501"));
        QCOMPARE(refusal(m_support, QStringLiteral("SELECT privacy.home_requests(false)")), QStringLiteral("42501"));
        QCOMPARE(refusal(m_support, QStringLiteral("SELECT privacy.audit_note_verified(1, true)")),
                 QStringLiteral("42501"));
        const auto support = TestDatabase::connectAs(m_db, m_support);
        HomeItems items;
        QString error;
        QVERIFY(!HomeStore(support->database()).items(StaffRole::Dpo, &items, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHome)
#include "tst_home.moc"
