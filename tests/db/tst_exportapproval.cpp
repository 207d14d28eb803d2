// SPDX-License-Identifier: GPL-3.0-or-later
// The policy export_needs_approval: while it is on (the default), export_begin refuses an export
// request that no second person approved, with a coded refusal the console reads in German; the
// approval is the DPO's, never the opener's, and is recorded as an erasure's is. Off, it builds.
#include "TestDatabase.h"

#include "admin/PolicyStore.h"
#include "core/Languages.h"
#include "db/SqlError.h"
#include "export/ExportApproval.h"
#include "export/ExportPackage.h"
#include "requests/RequestStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestExportApproval : public QObject
{
    Q_OBJECT
private:
    QString m_db;
    std::unique_ptr<DatabaseConnection> m_support;
    std::unique_ptr<DatabaseConnection> m_dpo;
    std::unique_ptr<DatabaseConnection> m_otherDpo;
    std::unique_ptr<DatabaseConnection> m_admin;
    QTemporaryDir m_out;
    qint64 m_nextUser = 20;

    qint64 openExport(DatabaseConnection* as)
    {
        RequestDetail request;
        QString error;
        if (!RequestStore(as->database())
                 .open(m_nextUser++, QStringLiteral("export"), QStringLiteral("SUP-9"), QStringLiteral("passport seen"),
                       QDate(), &request, &error))
            qFatal("%s", qPrintable(error));
        return request.id;
    }

    static QString refusalOf(QSqlDatabase db, const QString& sql)
    {
        QSqlQuery q(db);
        return q.exec(sql) ? QString() : SqlError::reason(q.lastError());
    }

    bool build(qint64 requestId, QString* error)
    {
        ExportResult result;
        return ExportPackage(m_support->database())
            .run({requestId, m_out.filePath(ExportPackage::defaultFileName(requestId)), false, QString()}, &result,
                 error);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_out.isValid());
        m_db = TestDatabase::createSeededDatabase(40);
        m_support = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("support")));
        m_dpo = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("dpo")));
        m_otherDpo = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("dpo")));
        m_admin = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("admin")));
    }

    void onByDefaultAndListed()
    {
        bool needed = false;
        QString error;
        QVERIFY2(ExportApproval(m_support->database()).needed(&needed, &error), qPrintable(error));
        QVERIFY(needed);
        QVERIFY(PolicyStore::keys().contains(QStringLiteral("export_needs_approval")));
        QJsonObject policies;
        QVERIFY2(PolicyStore(m_admin->database()).get(&policies, &error), qPrintable(error));
        QCOMPARE(policies.value(QStringLiteral("export_needs_approval")).toString(), QStringLiteral("true"));
        QVERIFY(!PolicyStore(m_admin->database())
                     .set(QStringLiteral("export_needs_approval"), QStringLiteral("maybe"), &policies, &error));
    }

    void unapprovedExportIsRefusedInGerman()
    {
        const qint64 id = openExport(m_support.get());
        RequestDetail request;
        QString error;
        QVERIFY(RequestStore(m_support->database()).get(id, &request, &error));
        QVERIFY(request.needsApproval);
        Languages languages;
        languages.apply(QStringLiteral("de"));
        QCOMPARE(refusalOf(m_support->database(), QStringLiteral("SELECT privacy.export_begin(%1)").arg(id)),
                 QStringLiteral("eine Datenschutzbeauftragte oder ein Datenschutzbeauftragter, die oder der diese "
                                "Exportanfrage nicht eröffnet hat, muss sie zuerst genehmigen"));
        languages.apply(QStringLiteral("en"));
        QVERIFY(!build(id, &error));
        QVERIFY2(error.contains(QLatin1String("must approve it first")), qPrintable(error));
        QVERIFY(RequestStore(m_support->database()).get(id, &request, &error));
        QCOMPARE(request.status, QStringLiteral("new"));
    }

    void approvedBySecondDpoBuilds()
    {
        const qint64 id = openExport(m_dpo.get());
        RequestDetail request;
        QString error;
        // Four eyes: not by the opener, not by support, and only with a reason.
        QVERIFY(!ExportApproval(m_dpo->database()).approve(id, QStringLiteral("identity verified"), &request, &error));
        QVERIFY2(error.contains(QLatin1String("second person")), qPrintable(error));
        QVERIFY(
            !ExportApproval(m_support->database()).approve(id, QStringLiteral("identity verified"), &request, &error));
        QVERIFY(!ExportApproval(m_otherDpo->database()).approve(id, QStringLiteral("ok"), &request, &error));
        QVERIFY2(error.contains(QLatin1String("reason")), qPrintable(error));
        QVERIFY2(
            ExportApproval(m_otherDpo->database()).approve(id, QStringLiteral("identity verified"), &request, &error),
            qPrintable(error));
        QVERIFY(request.isApproved());
        QVERIFY(!request.needsApproval);
        QCOMPARE(request.status, QStringLiteral("in_progress"));
        QVERIFY(
            !ExportApproval(m_otherDpo->database()).approve(id, QStringLiteral("identity verified"), &request, &error));
        QVERIFY2(error.contains(QLatin1String("already approved")), qPrintable(error));
        QVERIFY2(build(id, &error), qPrintable(error));
        QVERIFY(RequestStore(m_support->database()).get(id, &request, &error));
        QCOMPARE(request.status, QStringLiteral("fulfilled"));
        QCOMPARE(request.events.at(1).event, QStringLiteral("approved"));
        // Only an export request is approved here.
        RequestDetail erasure;
        QVERIFY(RequestStore(m_support->database())
                    .open(m_nextUser++, QStringLiteral("erasure"), QStringLiteral("SUP-9"),
                          QStringLiteral("passport seen"), QDate(), &erasure, &error));
        QVERIFY(!ExportApproval(m_otherDpo->database())
                     .approve(erasure.id, QStringLiteral("identity verified"), &request, &error));
        QVERIFY2(error.contains(QLatin1String("not an export request")), qPrintable(error));
    }

    void offTheExportBuildsWithoutApproval()
    {
        QJsonObject policies;
        QString error;
        QVERIFY2(PolicyStore(m_admin->database())
                     .set(QStringLiteral("export_needs_approval"), QStringLiteral("false"), &policies, &error),
                 qPrintable(error));
        const qint64 id = openExport(m_support.get());
        RequestDetail request;
        QVERIFY(RequestStore(m_support->database()).get(id, &request, &error));
        QVERIFY(!request.needsApproval);
        QVERIFY2(build(id, &error), qPrintable(error));
        QVERIFY(PolicyStore(m_admin->database())
                    .set(QStringLiteral("export_needs_approval"), QStringLiteral("true"), &policies, &error));
    }
};

QTEST_GUILESS_MAIN(TestExportApproval)
#include "tst_exportapproval.moc"
