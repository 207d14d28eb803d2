// SPDX-License-Identifier: GPL-3.0-or-later
// Every refusal the database raises has a code, and the console has its sentence in English and
// German with the same parameters. The SQL is read as shipped: every RAISE in resources/sql/.
#include "TestDatabase.h"

#include "core/Languages.h"
#include "db/Refusal.h"
#include "db/RefusalTexts.h"
#include "db/SqlError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

namespace {

struct Raise {
    QString file;
    QString message; // the literal, '' unescaped
    int placeholders = 0;
    QString code;
    QStringList parameters; // keys of the HINT's json_build_object, in order
};

// Arguments of a call, split at its top-level commas; text from just after "(" to its ")".
QStringList topLevelArguments(const QString& text, qsizetype open, qsizetype* close)
{
    QStringList parts;
    QString current;
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (!quoted && c == QLatin1Char('('))
            ++depth;
        if (!quoted && c == QLatin1Char(')') && depth-- == 0) {
            parts << current.trimmed();
            *close = i;
            return parts;
        }
        if (!quoted && depth == 0 && c == QLatin1Char(',')) {
            parts << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    *close = -1;
    return {};
}

// The RAISE EXCEPTION statements of one file, outside comments, each to its ";".
QStringList raiseStatements(const QString& sql)
{
    QStringList statements;
    bool quoted = false;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        if (!quoted && sql.mid(i, 2) == QLatin1String("--")) {
            i = sql.indexOf(QLatin1Char('\n'), i);
            if (i < 0)
                break;
            continue;
        }
        if (sql.at(i) == QLatin1Char('\''))
            quoted = !quoted;
        if (quoted || !sql.mid(i).startsWith(QLatin1String("RAISE EXCEPTION")))
            continue;
        qsizetype end = i;
        bool inText = false;
        for (; end < sql.size(); ++end) {
            if (sql.at(end) == QLatin1Char('\''))
                inText = !inText;
            else if (!inText && sql.at(end) == QLatin1Char(';'))
                break;
        }
        statements << sql.mid(i, end - i);
        i = end;
    }
    return statements;
}

Raise readRaise(const QString& file, const QString& statement)
{
    Raise raise;
    raise.file = file;
    static const QRegularExpression literals(QStringLiteral("^RAISE EXCEPTION\\s+((?:'(?:[^']|'')*'\\s*)+)"));
    const auto head = literals.match(statement);
    static const QRegularExpression literal(QStringLiteral("'((?:[^']|'')*)'"));
    for (auto it = literal.globalMatch(head.captured(1)); it.hasNext();)
        raise.message += it.next().captured(1);
    raise.message.replace(QStringLiteral("''"), QStringLiteral("'"));
    raise.placeholders = int(raise.message.count(QLatin1Char('%')));
    static const QRegularExpression hint(
        QStringLiteral("HINT\\s*=\\s*'fx:([a-z]+\\.[a-z0-9_]+)( ?)'(\\s*\\|\\|\\s*json_build_object\\()?"));
    const auto found = hint.match(statement);
    if (!found.hasMatch())
        return raise;
    raise.code = found.captured(1);
    if (found.capturedLength(3) > 0) {
        qsizetype close = 0;
        const QStringList args = topLevelArguments(statement, found.capturedEnd(3), &close);
        for (qsizetype i = 0; i < args.size(); i += 2)
            raise.parameters << args.at(i).mid(1).chopped(1); // 'name'
    }
    return raise;
}

QSet<QString> placeholdersOf(const QString& text)
{
    QSet<QString> names;
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        names.insert(it.next().captured(1));
    return names;
}

// Released migrations are never edited; their two RAISEs are not reached through the console:
// the encoding check runs after Migrator's own, and 014 redefines the access log's trigger
// function with its code.
const QMap<QString, int> releasedExceptions{{QStringLiteral("001_roles.sql"), 1},
                                            {QStringLiteral("003_access_log.sql"), 1}};

QList<Raise> allRaises()
{
    QList<Raise> raises;
    const QString root = qEnvironmentVariable("FX_SOURCE_DIR") + QStringLiteral("/resources/sql/");
    for (const QString& folder : {QStringLiteral("functions"), QStringLiteral("migrations")}) {
        const QDir dir(root + folder);
        for (const QString& name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(file.fileName()));
            const QStringList statements = raiseStatements(QString::fromUtf8(file.readAll()));
            if (releasedExceptions.contains(name)) {
                if (statements.size() != releasedExceptions.value(name))
                    qFatal("%s: %d RAISE statements, expected %d", qPrintable(name), int(statements.size()),
                           releasedExceptions.value(name));
                continue;
            }
            for (const QString& statement : statements)
                raises << readRaise(folder + QLatin1Char('/') + name, statement);
        }
    }
    return raises;
}

QString englishOf(const Raise& raise)
{
    QString text = raise.message;
    for (const QString& name : raise.parameters)
        text.replace(text.indexOf(QLatin1Char('%')), 1, QLatin1Char('{') + name + QLatin1Char('}'));
    return text;
}

} // namespace

class TestRefusals : public QObject
{
    Q_OBJECT
private slots:
    void everyRaiseHasACodeWithItsEnglishSentence()
    {
        const QList<Raise> raises = allRaises();
        QVERIFY(raises.size() > 120);
        for (const Raise& raise : raises) {
            const QString where = raise.file + QStringLiteral(": ") + raise.message;
            QVERIFY2(!raise.code.isEmpty(), qPrintable(where + QStringLiteral(" has no HINT = 'fx:<code>'")));
            QVERIFY2(raise.placeholders == raise.parameters.size(),
                     qPrintable(where + QStringLiteral(": its % and its parameters differ")));
            const QString english = Refusal::englishText(raise.code);
            QVERIFY2(!english.isEmpty(), qPrintable(raise.code + QStringLiteral(" has no English sentence")));
            QCOMPARE(english, englishOf(raise));
        }
    }

    void everyCodeIsRaised()
    {
        QSet<QString> raised;
        for (const Raise& raise : allRaises())
            raised.insert(raise.code);
        for (const RefusalTexts::Entry& entry : RefusalTexts::all())
            QVERIFY2(raised.contains(QLatin1String(entry.code)), entry.code);
    }

    void everySentenceHasGermanWithTheSameParameters()
    {
        Languages languages;
        languages.apply(QStringLiteral("de"));
        for (const RefusalTexts::Entry& entry : RefusalTexts::all()) {
            const QString english = QString::fromUtf8(entry.english);
            const QString german = QCoreApplication::translate("Refusal", entry.english);
            QVERIFY2(german != english, qPrintable(QStringLiteral("no German for ") + QLatin1String(entry.code)));
            QCOMPARE(placeholdersOf(german), placeholdersOf(english));
        }
        for (const RefusalTexts::Value& value : RefusalTexts::values()) {
            const QString german = QCoreApplication::translate("Refusal", value.english);
            QVERIFY2(german != QLatin1String(value.english), value.english);
        }
    }

    void parametersAreFilledIn()
    {
        Languages languages;
        languages.apply(QStringLiteral("en"));
        const auto refusal =
            Refusal::fromHint(QStringLiteral("fx:admin.erasure_action {\"table\": \"invoices\", \"allowed\": "
                                             "\"retain or delete\"}"));
        QVERIFY(refusal);
        QCOMPARE(refusal->area(), QStringLiteral("admin"));
        QCOMPARE(refusal->text(), QStringLiteral("the erasure of invoices can only retain or delete"));
        languages.apply(QStringLiteral("de"));
        QCOMPARE(refusal->text(), QStringLiteral("für die Tabelle invoices ist bei der Löschung nur möglich: "
                                                 "aufbewahren oder löschen"));
        const auto fields = Refusal::fromHint(
            QStringLiteral("fx:incidents.notice_content_missing {\"fields\": [\"nature\", \"measures\"]}"));
        QCOMPARE(fields->text(), QStringLiteral("der Meldung fehlen Pflichtangaben: Art der Verletzung, ergriffene "
                                                "oder vorgeschlagene Maßnahmen"));
        // A hostile value cannot steer the terminal or the layout.
        const auto hostile =
            Refusal::fromHint(QStringLiteral("fx:incidents.unknown_field {\"field\": \"x\\u001b[2Jy\"}"));
        QVERIFY(!hostile->text().contains(QChar(0x1b)));
        QVERIFY(!Refusal::fromHint(QStringLiteral("Art. 33(3)(a)-(d)")));
        QVERIFY(!Refusal::fromHint(QStringLiteral("fx:lookup.query_length {not json")));
        QVERIFY(Refusal::fromHint(QStringLiteral("fx:lookup.from_a_newer_database"))->text().isEmpty());
    }

    // What a real server sends arrives as a sentence of the user's language, parameters and all.
    void theServersRefusalsReadInGerman()
    {
        const QString database = TestDatabase::createDatabase();
        const auto support =
            TestDatabase::connectAs(database, TestDatabase::createStaff(database, QStringLiteral("support")));
        const auto dpo = TestDatabase::connectAs(database, TestDatabase::createStaff(database, QStringLiteral("dpo")));
        Languages languages;
        languages.apply(QStringLiteral("de"));
        const auto refusalOf = [](QSqlDatabase db, const QString& sql) {
            QSqlQuery q(db);
            return q.exec(sql) ? QString() : SqlError::reason(q.lastError());
        };
        QCOMPARE(refusalOf(support->database(), QStringLiteral("SELECT privacy.lookup(repeat('a', 250), 'SUP-1')")),
                 QStringLiteral("der Suchtext ist zu lang (250 Zeichen; höchstens 200)"));
        const QString admin = TestDatabase::createStaff(database, QStringLiteral("admin"));
        QCOMPARE(refusalOf(TestDatabase::connectAs(database, admin)->database(),
                           QStringLiteral("SELECT privacy.staff_set_role('%1', 'support')").arg(admin)),
                 QStringLiteral("Die Datenbank hat das für Ihre Anmeldung abgelehnt: Sie können Ihre eigene "
                                "Anmeldung nicht ändern; bitten Sie eine andere Administratorin oder einen anderen "
                                "Administrator."));
        QCOMPARE(refusalOf(support->database(), QStringLiteral("SELECT privacy.incident_get(1)")),
                 QStringLiteral("Die Datenbank hat das für Ihre Anmeldung abgelehnt."));
        QSqlQuery open(dpo->database());
        QVERIFY(open.exec(QStringLiteral(
            "SELECT (privacy.incident_open('Lost laptop', '', now() - interval '2 hours', now() - interval '1 hour', "
            "'IT', '[{\"section\": \"containment\", \"applies\": \"always\", \"key\": \"k1\", \"title_en\": "
            "\"Contain\", \"title_de\": \"Eindämmen\", \"mandatory\": true}]')->>'id')::bigint")));
        QVERIFY(open.next());
        const QString id = open.value(0).toString();
        QCOMPARE(refusalOf(dpo->database(),
                           QStringLiteral("SELECT privacy.incident_describe(%1, '{\"colour\": \"red\"}')").arg(id)),
                 QStringLiteral("ein Vorfall hat kein Feld colour"));
        QVERIFY(refusalOf(dpo->database(),
                          QStringLiteral("SELECT privacy.incident_triage(%1, 'none', 'nothing was exposed')").arg(id))
                    .isEmpty());
        QCOMPARE(
            refusalOf(dpo->database(), QStringLiteral("SELECT privacy.incident_close(%1, 'done and dusted')").arg(id)),
            QStringLiteral("Pflichtpunkte der Checkliste sind noch offen: Eindämmen"));
        languages.apply(QStringLiteral("en"));
        QCOMPARE(
            refusalOf(dpo->database(), QStringLiteral("SELECT privacy.incident_close(%1, 'done and dusted')").arg(id)),
            QStringLiteral("mandatory checklist items are still open: Contain"));
        QCOMPARE(refusalOf(dpo->database(), QStringLiteral("UPDATE privacy.access_log SET action = action")),
                 QStringLiteral("The database refused this for your login."));
    }
};

QTEST_GUILESS_MAIN(TestRefusals)
#include "tst_refusals.moc"
