// SPDX-License-Identifier: GPL-3.0-or-later
// The export package: complete (every referencing table, discovered from the catalog), isolated
// (nothing of anybody else), valid (schema, CSV, manifest), encrypted for real, and all-or-nothing
// under cancel, unwritable targets, a full disk and a lost connection.
#include "TestDatabase.h"
#include "ZipReader.h"

#include "export/Csv.h"
#include "export/ExportApproval.h"
#include "export/ExportPackage.h"
#include "export/Passphrase.h"
#include "requests/RequestStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>

namespace {

QString csvText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toInteger());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private:
    QString m_db;
    QString m_support;
    std::unique_ptr<DatabaseConnection> m_connection;
    std::unique_ptr<DatabaseConnection> m_dpo; // approves each export (the policy export_needs_approval)
    QTemporaryDir m_out;
    qint64 m_nextUser = 20;

    QVariant scalar(const QString& sql)
    {
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0);
    }

    qint64 openExport(qint64 userId)
    {
        QJsonObject request;
        QString error;
        if (!RequestStore(m_connection->database())
                 .open(userId, QStringLiteral("export"), QStringLiteral("SUP-9"), QStringLiteral("passport seen"),
                       QDate(), &request, &error))
            qFatal("%s", qPrintable(error));
        const qint64 id = request.value(QLatin1String("id")).toInteger();
        if (!ExportApproval(m_dpo->database()).approve(id, QStringLiteral("identity verified"), &request, &error))
            qFatal("%s", qPrintable(error));
        return id;
    }

    QString statusOf(qint64 requestId)
    {
        return scalar(QStringLiteral("SELECT status FROM privacy.requests WHERE id = %1").arg(requestId)).toString();
    }

    qint64 exportsLogged()
    {
        return scalar(QStringLiteral("SELECT count(*) FROM privacy.access_log WHERE action = 'request.export'"))
            .toLongLong();
    }

    // Nothing at all may be left in the folder after a failed export.
    void verifyNothingLeft(const QString& folder)
    {
        const QStringList left =
            QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }

    QJsonObject m_heavyData;
    QMap<QString, QByteArray> m_heavyMembers;

private slots:
    void initTestCase()
    {
        QVERIFY(m_out.isValid());
        // user 7 is a heavy user; 250/251 are namesakes with near-identical emails
        m_db = TestDatabase::createSeededDatabase(300);
        m_support = TestDatabase::createStaff(m_db, QStringLiteral("support"));
        m_connection = TestDatabase::connectAs(m_db, m_support);
        m_dpo = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("dpo")));
    }

    void heavyUserEncryptedExport()
    {
        const qint64 requestId = openExport(7);
        const qint64 logged = exportsLogged();
        ExportOptions options;
        options.requestId = requestId;
        options.targetPath = m_out.filePath(ExportPackage::defaultFileName(requestId));
        options.passphrase = Passphrase::generate();
        QCOMPARE(options.passphrase.size(), Passphrase::symbols + Passphrase::symbols / 4 - 1);
        QVERIFY(Passphrase::bits >= 128);
        QList<int> progress;
        ExportPackage package(m_connection->database());
        package.setProgress([&](int permille) { progress << permille; });
        ExportResult result;
        QString error;
        QVERIFY2(package.run(options, &result, &error), qPrintable(error));
        QVERIFY(result.rows >= 50000);
        QCOMPARE(progress.last(), 1000);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QCOMPARE(QFile::permissions(result.path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        // Recorded on the request and, once, in the access log.
        QCOMPARE(statusOf(requestId), QStringLiteral("fulfilled"));
        QFile archive(result.path);
        QVERIFY(archive.open(QIODevice::ReadOnly));
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(archive.readAll(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(result.sha256, sha);
        QCOMPARE(scalar(QStringLiteral("SELECT export_sha256 FROM privacy.requests WHERE id = %1").arg(requestId))
                     .toString(),
                 sha);
        QCOMPARE(exportsLogged(), logged + 1);
        QCOMPARE(scalar(QStringLiteral("SELECT details::jsonb->>'sha256' || ':' || (details::jsonb->>'request_id') "
                                       "FROM privacy.access_log WHERE action = 'request.export' ORDER BY id DESC "
                                       "LIMIT 1"))
                     .toString(),
                 sha + QLatin1Char(':') + QString::number(requestId));

        // Encrypted: unreadable without the passphrase, readable with it.
        QMap<QString, QByteArray> members;
        QVERIFY(!readZip(result.path, QString(), &members, &error));
        QVERIFY(!readZip(result.path, QStringLiteral("wrong-passphrase"), &(members = {}), &error));
        members.clear();
        QVERIFY2(readZip(result.path, options.passphrase, &members, &error), qPrintable(error));
        const QString sevenZip = QStandardPaths::findExecutable(QStringLiteral("7z"));
        if (!sevenZip.isEmpty()) {
            QCOMPARE(QProcess::execute(sevenZip,
                                       {QStringLiteral("t"), QStringLiteral("-p") + options.passphrase, result.path}),
                     0);
            QVERIFY(QProcess::execute(sevenZip, {QStringLiteral("t"), QStringLiteral("-pnot-it"), result.path}) != 0);
        }
        // No personal data in member names.
        for (const QString& name : members.keys())
            QVERIFY2(QRegularExpression(QStringLiteral("^(csv/[a-z_]+\\.csv|[a-z]+\\.(json|html|csv))$"))
                         .match(name)
                         .hasMatch(),
                     qPrintable(name));
        m_heavyMembers = members;
        m_heavyData = QJsonDocument::fromJson(members.value(QStringLiteral("data.json"))).object();
        QVERIFY(!m_heavyData.isEmpty());
    }

    void completeAgainstTheCatalog()
    {
        QVERIFY(!m_heavyData.isEmpty());
        QMap<QString, QJsonArray> tables;
        const QJsonObject categories = m_heavyData.value(QLatin1String("categories")).toObject();
        for (const QString& category : categories.keys()) {
            const QJsonObject inCategory = categories.value(category).toObject();
            for (const QString& table : inCategory.keys())
                tables.insert(table, inCategory.value(table).toArray());
        }
        // Every column of every table, in any schema, that refers to platform.users.
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT c.conrelid::regclass::text, t.relname, a.attname FROM pg_constraint c "
            "JOIN pg_class t ON t.oid = c.conrelid JOIN pg_attribute a ON a.attrelid = c.conrelid "
            "AND a.attnum = ANY (c.conkey) WHERE c.contype = 'f' AND c.confrelid = 'platform.users'::regclass "
            "UNION ALL SELECT 'platform.users', 'users', 'id' ORDER BY 1, 3")));
        int checked = 0;
        while (q.next()) {
            const QString qualified = q.value(0).toString();
            const QString table = q.value(1).toString();
            const QString column = q.value(2).toString();
            QVERIFY2(tables.contains(table),
                     qPrintable(QStringLiteral("%1 is missing from the export").arg(qualified)));
            QSqlQuery count(owner->database());
            QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = 7").arg(qualified, column)));
            QVERIFY(count.next());
            qint64 exported = 0;
            for (const QJsonValue& row : tables.value(table))
                exported += row.toObject().value(column).toInteger() == 7 ? 1 : 0;
            QVERIFY2(exported == count.value(0).toLongLong(),
                     qPrintable(QStringLiteral("%1.%2: %3 in the database, %4 exported")
                                    .arg(qualified, column)
                                    .arg(count.value(0).toLongLong())
                                    .arg(exported)));
            ++checked;
        }
        QVERIFY(checked >= 19);
    }

    void validatesAgainstItsSchema()
    {
        QVERIFY(!m_heavyMembers.isEmpty());
        QTemporaryDir dir;
        for (const QString& name : {QStringLiteral("data.json"), QStringLiteral("schema.json")}) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(m_heavyMembers.value(name));
        }
        QProcess python;
        python.start(
            QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import json, sys, jsonschema\n"
                            "schema = json.load(open(sys.argv[2]))\n"
                            "jsonschema.Draft202012Validator.check_schema(schema)\n"
                            "jsonschema.validate(json.load(open(sys.argv[1])), schema,\n"
                            "    cls=jsonschema.Draft202012Validator, format_checker=jsonschema.FormatChecker())\n"
                            "print('valid')"),
             dir.filePath(QStringLiteral("data.json")), dir.filePath(QStringLiteral("schema.json"))});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        // A document that breaks the schema is refused, so the check can fail.
        QJsonObject broken = m_heavyData;
        broken.insert(QStringLiteral("format_version"), 2);
        QFile file(dir.filePath(QStringLiteral("data.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(broken).toJson());
        file.close();
        python.start(python.program(), python.arguments());
        QVERIFY(python.waitForFinished(60000));
        QVERIFY(python.exitCode() != 0);
    }

    void csvParsesBackAndManifestMatches()
    {
        QVERIFY(!m_heavyMembers.isEmpty());
        const QJsonObject categories = m_heavyData.value(QLatin1String("categories")).toObject();
        int tables = 0;
        for (const QString& category : categories.keys()) {
            const QJsonObject inCategory = categories.value(category).toObject();
            for (const QString& table : inCategory.keys()) {
                const QByteArray csv = m_heavyMembers.value(QStringLiteral("csv/%1.csv").arg(table));
                QVERIFY(csv.startsWith(Csv::byteOrderMark()));
                QList<QStringList> records;
                QVERIFY2(Csv::parse(csv, &records), qPrintable(table));
                const QJsonArray rows = inCategory.value(table).toArray();
                QCOMPARE(records.size(), rows.size() + 1);
                const QStringList header = records.first();
                for (int r = 0; r < rows.size(); ++r) {
                    const QJsonObject row = rows[r].toObject();
                    QCOMPARE(records[r + 1].size(), header.size());
                    for (int c = 0; c < header.size(); ++c)
                        QCOMPARE(records[r + 1][c], csvText(row.value(header[c])));
                }
                ++tables;
            }
        }
        QVERIFY(tables >= 19);

        const QJsonObject manifest =
            QJsonDocument::fromJson(m_heavyMembers.value(QStringLiteral("manifest.json"))).object();
        const QJsonArray files = manifest.value(QLatin1String("files")).toArray();
        QCOMPARE(files.size(), m_heavyMembers.size() - 1);
        for (const QJsonValue& entry : files) {
            const QString path = entry.toObject().value(QLatin1String("path")).toString();
            QVERIFY2(m_heavyMembers.contains(path), qPrintable(path));
            QCOMPARE(entry.toObject().value(QLatin1String("sha256")).toString(),
                     QString::fromLatin1(
                         QCryptographicHash::hash(m_heavyMembers.value(path), QCryptographicHash::Sha256).toHex()));
        }
        QVERIFY(manifest.value(QLatin1String("request_id")).toInteger() > 0);
        QVERIFY(!manifest.value(QLatin1String("console_version")).toString().isEmpty());
    }

    void csvGuardsFormulasAndRoundTrips()
    {
        const QStringList values{QStringLiteral("=HYPERLINK(\"x\")"),
                                 QStringLiteral("'=already"),
                                 QStringLiteral("a,b"),
                                 QStringLiteral("line\r\nbreak"),
                                 QStringLiteral("\"quoted\""),
                                 QStringLiteral(" padded "),
                                 QStringLiteral("'plain"),
                                 QStringLiteral("Müller")};
        QList<Csv::Field> fields;
        for (const QString& v : values)
            fields.append({v, true});
        const QByteArray record = Csv::record(fields);
        QVERIFY(record.startsWith("\"'=HYPERLINK"));
        QList<QStringList> parsed;
        QVERIFY(Csv::parse(record, &parsed));
        QCOMPARE(parsed.size(), 1);
        QCOMPARE(parsed.first(), values);
        QVERIFY(Csv::record({{QStringLiteral("-5"), false}}).startsWith("-5"));
        QVERIFY(!Csv::parse("\"open", &parsed));
    }

    void reportInTheLearnersLanguage()
    {
        const QString html = QString::fromUtf8(m_heavyMembers.value(QStringLiteral("index.html")));
        const QString language =
            m_heavyData.value(QLatin1String("subject")).toObject().value(QLatin1String("language")).toString();
        QVERIFY(html.contains(QStringLiteral("lang=\"%1\"").arg(language)));
        const QString complaint = language == QLatin1String("de") ? QStringLiteral("Aufsichtsbehörde")
                                                                  : QStringLiteral("supervisory authority");
        QVERIFY2(html.contains(complaint), qPrintable(language));
        // The other language is used for a learner who speaks it.
        const qint64 other =
            scalar(QStringLiteral("SELECT id FROM platform.users WHERE locale <> '%1' AND id > 20 ORDER BY id LIMIT 1")
                       .arg(language))
                .toLongLong();
        const qint64 requestId = openExport(other);
        ExportOptions options{requestId, m_out.filePath(QStringLiteral("other.zip")), false, QString()};
        ExportResult result;
        QString error;
        QVERIFY2(ExportPackage(m_connection->database()).run(options, &result, &error), qPrintable(error));
        QMap<QString, QByteArray> members;
        QVERIFY(readZip(result.path, QString(), &members, &error));
        const QString otherHtml = QString::fromUtf8(members.value(QStringLiteral("index.html")));
        QVERIFY(otherHtml.contains(language == QLatin1String("de") ? QStringLiteral("supervisory authority")
                                                                   : QStringLiteral("Aufsichtsbehörde")));
        for (const char* topic : {"Art. 77", "Art. 16", "Art. 17", "Art. 18", "Art. 21", "§ 147 AO"})
            QVERIFY2(otherHtml.contains(QString::fromUtf8(topic)), topic);
    }

    // The access report names each consultation of the learner's data: when, what, for what,
    // by which role; never a staff login (CJEU C-579/21).
    void consultationsWithoutStaffNames()
    {
        const qint64 user = 42;
        const QString email = scalar(QStringLiteral("SELECT email FROM platform.users WHERE id = 42")).toString();
        const QString dpoLogin = TestDatabase::createStaff(m_db, QStringLiteral("dpo"));
        const auto dpo = TestDatabase::connectAs(m_db, dpoLogin);
        QSqlQuery support(m_connection->database());
        QVERIFY(support.exec(QStringLiteral("SELECT * FROM privacy.lookup('%1', 'SUP-31')").arg(email)));
        QVERIFY(support.exec(QStringLiteral("SELECT privacy.user_summary(42, 'SUP-31')")));
        QVERIFY(support.exec(QStringLiteral("SELECT * FROM privacy.user_rows(42, 'enrollments', 0, 10, 'SUP-31')")));
        QSqlQuery officer(dpo->database());
        QVERIFY(officer.exec(QStringLiteral("SELECT privacy.user_summary(42, NULL, 'complaint about a grade')")));
        const qint64 requestId = openExport(user);
        const qint64 logged =
            scalar(QStringLiteral("SELECT count(*) FROM privacy.access_log WHERE subject_id = 42 OR "
                                  "(action = 'user.lookup' AND details::jsonb -> 'user_ids' @> '42')"))
                .toLongLong();
        ExportOptions options{requestId, m_out.filePath(QStringLiteral("consulted.zip")), false, QString()};
        ExportResult result;
        QString error;
        QVERIFY2(ExportPackage(m_connection->database()).run(options, &result, &error), qPrintable(error));
        QMap<QString, QByteArray> members;
        QVERIFY(readZip(result.path, QString(), &members, &error));

        // data.json: every entry of the log about the learner until the export began.
        const QJsonArray consultations = QJsonDocument::fromJson(members.value(QStringLiteral("data.json")))
                                             .object()
                                             .value(QLatin1String("consultations"))
                                             .toArray();
        QCOMPARE(consultations.size(), logged);
        QStringList seen;
        for (const QJsonValue v : consultations) {
            const QJsonObject c = v.toObject();
            seen << QStringLiteral("%1/%2/%3")
                        .arg(c.value(QLatin1String("action")).toString(), c.value(QLatin1String("role")).toString(),
                             c.value(QLatin1String("ticket")).toBool() ? QStringLiteral("ticket")
                                                                       : QStringLiteral("none"));
            QVERIFY(QDateTime::fromString(c.value(QLatin1String("at")).toString(), Qt::ISODateWithMs).isValid());
        }
        for (const char* expected : {"user.lookup/support/ticket", "user.view/support/ticket",
                                     "user.view_category/support/ticket", "user.view/dpo/none"})
            QVERIFY2(seen.contains(QLatin1String(expected)), qPrintable(seen.join(QLatin1Char(' '))));
        QVERIFY(QJsonDocument(consultations).toJson().contains("complaint about a grade"));

        // The CSV holds the same rows; the report explains them in the learner's language.
        QList<QStringList> records;
        QVERIFY(Csv::parse(members.value(QStringLiteral("consultations.csv")), &records));
        QCOMPARE(records.size(), consultations.size() + 1);
        const QString language = scalar(QStringLiteral("SELECT locale FROM platform.users WHERE id = 42")).toString();
        const QString html = QString::fromUtf8(members.value(QStringLiteral("index.html")));
        QVERIFY(html.contains(QStringLiteral("C-579/21")));
        QVERIFY(html.contains(language == QLatin1String("de") ? QStringLiteral("Datenschutzbeauftragte")
                                                              : QStringLiteral("data protection officer")));

        // No staff login anywhere in the archive.
        QByteArray everything;
        for (const QByteArray& content : members)
            everything += content;
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery staff(owner->database());
        QVERIFY(staff.exec(QStringLiteral("SELECT login FROM privacy.staff")));
        int logins = 0;
        while (staff.next()) {
            QVERIFY2(!everything.contains(staff.value(0).toString().toUtf8()), qPrintable(staff.value(0).toString()));
            ++logins;
        }
        QVERIFY(logins >= 2);
        QVERIFY(!everything.contains(dpoLogin.toUtf8()));
    }

    void nothingOfAnybodyElse()
    {
        // 251 shares the name of 250 and has a near-identical email address.
        const qint64 requestId = openExport(251);
        ExportOptions options{requestId, m_out.filePath(QStringLiteral("namesake.zip")), false, QString()};
        ExportResult result;
        QString error;
        QVERIFY2(ExportPackage(m_connection->database()).run(options, &result, &error), qPrintable(error));
        QMap<QString, QByteArray> members;
        QVERIFY(readZip(result.path, QString(), &members, &error));
        QByteArray everything;
        for (const QByteArray& content : members)
            everything += content;
        const QString ownEmail = scalar(QStringLiteral("SELECT email FROM platform.users WHERE id = 251")).toString();
        QVERIFY(everything.contains(ownEmail.toUtf8()));
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        QVERIFY(q.exec(QStringLiteral("SELECT email, public_id::text FROM platform.users WHERE id <> 251")));
        int others = 0;
        while (q.next()) {
            QVERIFY2(!everything.contains(q.value(0).toString().toUtf8()), qPrintable(q.value(0).toString()));
            QVERIFY(!everything.contains(q.value(1).toString().toUtf8()));
            ++others;
        }
        QCOMPARE(others, 299);
    }

    void cancelLeavesNothing()
    {
        QTemporaryDir folder;
        const qint64 requestId = openExport(m_nextUser++);
        const qint64 logged = exportsLogged();
        ExportPackage package(m_connection->database());
        package.setProgress([&](int) { package.cancel(); });
        ExportResult result;
        QString error;
        QVERIFY(!package.run({requestId, folder.filePath(QStringLiteral("x.zip")), false, QString()}, &result, &error));
        QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("request is unchanged")));
        verifyNothingLeft(folder.path());
        QCOMPARE(statusOf(requestId), QStringLiteral("in_progress")); // approved, not fulfilled
        QCOMPARE(exportsLogged(), logged);
        // The same request exports fine afterwards, on the same connection.
        package.setProgress({});
        QVERIFY2(package.run({requestId, folder.filePath(QStringLiteral("x.zip")), false, QString()}, &result, &error),
                 qPrintable(error));
    }

    void refusals()
    {
        QTemporaryDir folder;
        const qint64 requestId = openExport(m_nextUser++);
        ExportResult result;
        QString error;
        ExportPackage package(m_connection->database());
        QVERIFY(!package.run({requestId, QStringLiteral("/proc/fluxariont.zip"), false, QString()}, &result, &error));
        QVERIFY2(error.contains(QLatin1String("not writable")), qPrintable(error));
        QVERIFY(!package.run({requestId, folder.filePath(QStringLiteral("no/such/dir/x.zip")), false, QString()},
                             &result, &error));
        QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
        QFile existing(folder.filePath(QStringLiteral("taken.zip")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.close();
        QVERIFY(!package.run({requestId, existing.fileName(), false, QString()}, &result, &error));
        QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
        QCOMPARE(statusOf(requestId), QStringLiteral("in_progress")); // approved, not fulfilled
        // Not an export request; and a closed one.
        QJsonObject request;
        QVERIFY(RequestStore(m_connection->database())
                    .open(m_nextUser++, QStringLiteral("objection"), QStringLiteral("SUP-9"),
                          QStringLiteral("passport seen"), QDate(), &request, &error));
        const qint64 objection = request.value(QLatin1String("id")).toInteger();
        QVERIFY(!package.run({objection, folder.filePath(QStringLiteral("o.zip")), false, QString()}, &result, &error));
        QVERIFY2(error.contains(QLatin1String("not an export request")), qPrintable(error));
        QVERIFY(!package.run({1, folder.filePath(QStringLiteral("1.zip")), false, QString()}, &result, &error));
        QVERIFY2(error.contains(QLatin1String("already closed")), qPrintable(error));
        QFile::remove(existing.fileName());
        verifyNothingLeft(folder.path());
    }

    void fullDiskLeavesNothing()
    {
        QTemporaryDir folder;
        const QByteArray mountPoint = QFile::encodeName(folder.path());
        if (::mount("tmpfs", mountPoint.constData(), "tmpfs", 0, "size=512k,mode=0700") != 0)
            QSKIP("mounting a small tmpfs needs root (CI runs as root)");
        // The heavy learner again (their first request is fulfilled): megabytes into 512 KiB.
        const qint64 requestId = openExport(7);
        ExportResult result;
        QString error;
        const bool exported =
            ExportPackage(m_connection->database())
                .run({requestId, folder.filePath(QStringLiteral("x.zip")), false, QString()}, &result, &error);
        const QStringList left =
            QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        ::umount(mountPoint.constData());
        QVERIFY(!exported);
        QVERIFY2(error.contains(QLatin1String("space")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("request is unchanged")));
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
        QCOMPARE(statusOf(requestId), QStringLiteral("in_progress")); // approved, not fulfilled
    }

    void lostConnectionLeavesNothing()
    {
        QTemporaryDir folder;
        const qint64 requestId = openExport(m_nextUser++);
        const auto connection = TestDatabase::connectAs(m_db, m_support);
        QSqlQuery pid(connection->database());
        QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
        const int backend = pid.value(0).toInt();
        ExportPackage package(connection->database());
        bool terminated = false;
        package.setProgress([&](int) {
            if (!terminated)
                terminated = scalar(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)).toBool();
        });
        ExportResult result;
        QString error;
        QVERIFY(!package.run({requestId, folder.filePath(QStringLiteral("x.zip")), false, QString()}, &result, &error));
        QVERIFY(terminated);
        QVERIFY2(error.contains(QLatin1String("request is unchanged")), qPrintable(error));
        verifyNothingLeft(folder.path());
        QCOMPARE(statusOf(requestId), QStringLiteral("in_progress")); // approved, not fulfilled
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
