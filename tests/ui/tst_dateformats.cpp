// SPDX-License-Identifier: GPL-3.0-or-later
// Every date and time the console shows, and the PDFs it writes, follow one convention: German
// 24.12.2026 14:05, English 24 Dec 2026 14:05, four-digit years, no ISO on screen. Each role's
// pages are opened in both languages and every text on them is read and checked.
#include "PdfText.h"
#include "TestDatabase.h"

#include "core/Languages.h"
#include "core/Settings.h"
#include "db/DatabaseConnection.h"
#include "db/DbSession.h"
#include "erasure/ErasureCertificate.h"
#include "incidents/BreachRegister.h"
#include "incidents/ChecklistTemplate.h"
#include "incidents/IncidentDraft.h"
#include "incidents/IncidentStore.h"
#include "incidents/IncidentView.h"
#include "incidents/IncidentsPage.h"
#include "main/MainWindow.h"
#include "privacy/AuditPdfReport.h"
#include "requests/RequestStore.h"
#include "requests/RequestsPage.h"
#include "users/UserDetailView.h"
#include "users/UsersPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTimeZone>

#include <ctime>

namespace {

// One piece of text and where it was shown.
struct Shown {
    QString where;
    QString text;
};

struct Rule {
    const char* name;
    QRegularExpression pattern;
};

QRegularExpression re(const char* pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::UseUnicodePropertiesOption);
}

// Patterns for what the convention rules out. Lookarounds keep IP addresses (10.0.12.1,
// 203.0.113.0/24), versions (6.4.2), ticket numbers (SUP-2026-12) and hashes from tripping them.
QList<Rule> rules(const QString& language)
{
    QList<Rule> r{
        {"US order", re(R"((?<![\w./-])\d{1,2}/\d{1,2}/\d{2,4}(?![\w/]))")},
        {"ISO date", re(R"((?<![\w.-])\d{4}-\d{2}-\d{2}(?![\d-]))")},
        {"two-digit year", re(R"((?<![\w.])\d{1,2}\.\d{1,2}\.\d{2}(?![\d.]))")},
        {"two-digit year",
         re(R"(\b\d{1,2}\.? (?:Jan|Feb|Mar|Mär|Apr|May|Mai|Jun|Jul|Aug|Sep|Oct|Okt|Nov|Dec|Dez)[a-zä]{0,6}\.? \d{2}(?![\d:]))")},
        {"AM/PM", re(R"(\b\d{1,2}:\d{2}(?::\d{2})?\s?(?:AM|PM|am|pm|a\.m\.|p\.m\.)(?!\w))")},
    };
    if (language == QLatin1String("de")) {
        // German dates are numeric: no month names at all, and no English weekdays before a date.
        r.append(
            {"month name in German",
             re(R"(\b\d{1,2}\.? ?(?:Jan|Feb|Mar|Mär|Apr|May|Mai|Jun|Jul|Aug|Sep|Oct|Okt|Nov|Dec|Dez)[a-zä]*\.? \d{4}\b)")});
        r.append({"English weekday in German", re(R"(\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2}[ .])")});
        r.append({"English zone in German", re(R"(\d{2}:\d{2} (?:CET|CEST)\b)")});
    } else {
        r.append(
            {"German month in English",
             re(R"(\b\d{1,2}\.? ?(?:Januar|Februar|März|Mär|Mai|Juni|Juli|Oktober|Okt|Dezember|Dez)\.?(?![a-z]))")});
        r.append({"German numeric date in English", re(R"((?<![\w.])\d{2}\.\d{2}\.(?:\d{4})?(?![\d.]))")});
        r.append({"month before day",
                  re(R"(\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}\b)")});
        r.append({"weekday before date", re(R"(\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4})")});
        r.append({"German zone in English", re(R"(\d{2}:\d{2} (?:MEZ|MESZ)\b)")});
    }
    return r;
}

// A time in UTC is shown only inside legal()'s parentheses, after the local time.
const QRegularExpression utcTime = re(R"(\b\d{1,2}:\d{2}(?::\d{2})? UTC\b)");
const QRegularExpression legalPrefix =
    re(R"(\d{2}:\d{2} [A-Z]{2,5} \((?:\d{2}\.\d{2}\.\d{4} |\d{1,2} [A-Z][a-z]{2} \d{4} )?$)");

QStringList offences(const QList<Shown>& shown, const QString& language)
{
    const QList<Rule> checks = rules(language);
    QStringList found;
    for (const Shown& s : shown) {
        for (const Rule& rule : checks) {
            auto it = rule.pattern.globalMatch(s.text);
            while (it.hasNext()) {
                const auto m = it.next();
                found << QStringLiteral("[%1] %2 \"%3\" in %4: %5")
                             .arg(language, QLatin1String(rule.name), m.captured(), s.where, s.text.left(300));
            }
        }
        auto it = utcTime.globalMatch(s.text);
        while (it.hasNext()) {
            const auto m = it.next();
            if (!legalPrefix.match(s.text.left(m.capturedStart())).hasMatch())
                found << QStringLiteral("[%1] UTC without local time \"%2\" in %3: %4")
                             .arg(language, m.captured(), s.where, s.text.left(300));
        }
    }
    found.removeDuplicates();
    return found;
}

QString plain(const QString& text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

QString name(const QObject* object)
{
    QStringList path;
    for (const QObject* o = object; o; o = o->parent())
        path.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName());
    return path.join(QLatin1Char('/'));
}

void collectModel(const QAbstractItemModel* model, const QModelIndex& parent, const QString& where, QList<Shown>* out)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                const QVariant v = index.data(role);
                // Dates kept as values for sorting are not text; only strings are shown as written.
                if (v.typeId() == QMetaType::QString && !v.toString().isEmpty())
                    out->append({QStringLiteral("%1 [%2,%3]").arg(where).arg(row).arg(column), plain(v.toString())});
            }
            if (column == 0 && model->hasChildren(index))
                collectModel(model, index, where, out);
        }
    }
}

void collect(QWidget* root, const QString& context, QList<Shown>* out)
{
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        const QString where = context + QLatin1Char(' ') + name(w);
        const auto add = [&](const QString& what, const QString& text) {
            if (!text.trimmed().isEmpty())
                out->append({where + QLatin1Char(' ') + what, plain(text)});
        };
        add(QStringLiteral("tooltip"), w->toolTip());
        if (auto* label = qobject_cast<QLabel*>(w))
            add(QStringLiteral("label"), label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(QStringLiteral("button"), button->text());
        else if (auto* line = qobject_cast<QLineEdit*>(w))
            add(QStringLiteral("line edit"), line->displayText());
        else if (auto* spin = qobject_cast<QAbstractSpinBox*>(w)) // QDateTimeEdit, QDateEdit
            add(QStringLiteral("spin box"), spin->text());
        else if (auto* text = qobject_cast<QTextEdit*>(w))
            add(QStringLiteral("text"), text->toPlainText());
        else if (auto* plainText = qobject_cast<QPlainTextEdit*>(w))
            add(QStringLiteral("text"), plainText->toPlainText());
        else if (auto* group = qobject_cast<QGroupBox*>(w))
            add(QStringLiteral("group"), group->title());
        if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(QStringLiteral("combo item"), combo->itemText(i));
        }
        if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(QStringLiteral("tab"), tabs->tabText(i));
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
            const QAbstractItemModel* model = view->model();
            collectModel(model, view->rootIndex(), where, out);
            for (int c = 0; c < model->columnCount(); ++c)
                add(QStringLiteral("header"), model->headerData(c, Qt::Horizontal).toString());
            for (int r = 0; r < model->rowCount() && r < 200; ++r)
                add(QStringLiteral("row header"), model->headerData(r, Qt::Vertical).toString());
        }
    }
}

// Shows every tab of every tab widget under root in turn (the asynchronous loads get time), and
// collects after each.
void collectAllTabs(QWidget* root, const QString& context, QList<Shown>* out)
{
    QTest::qWait(600);
    collect(root, context, out);
    for (QTabWidget* tabs : root->findChildren<QTabWidget*>()) {
        if (!tabs->isVisible())
            continue;
        const int was = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(400);
            collect(tabs->widget(i), context + QStringLiteral(" tab ") + tabs->tabText(i), out);
        }
        tabs->setCurrentIndex(was);
    }
}

} // namespace

class TestDateFormats : public QObject
{
    Q_OBJECT
private:
    QString m_db;
    qint64 m_requestId = 0;
    qint64 m_incidentId = 0;
    Incident m_incident;

    static constexpr qint64 learner = 12;

private slots:
    void initTestCase()
    {
        // A zone with summer time, so that the zone names and the UTC parts show.
        qputenv("TZ", "Europe/Berlin");
        tzset();
        QStandardPaths::setTestModeEnabled(true);
        m_db = TestDatabase::createSeededDatabase(60);
        QString error;
        // A request and an incident to look at, made as a support agent and a DPO would.
        const auto support = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("support")));
        RequestDetail request;
        QVERIFY2(RequestStore(support->database())
                     .open(learner, QStringLiteral("erasure"), QStringLiteral("SUP-4711"),
                           QStringLiteral("Replied from the account's address"), QDate::currentDate().addDays(-3),
                           &request, &error),
                 qPrintable(error));
        m_requestId = request.id;
        const auto dpo = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("dpo")));
        QList<ChecklistItem> checklist;
        QVERIFY2(ChecklistTemplate::loadBuiltIn(&checklist, &error), qPrintable(error));
        QVERIFY2(IncidentStore(dpo->database())
                     .open({QStringLiteral("Lost laptop"), QStringLiteral("left on a train"),
                            QStringLiteral("operations"), QDateTime::currentDateTime().addSecs(-30 * 3600),
                            QDateTime::currentDateTime().addSecs(-26 * 3600)},
                           checklist, &m_incident, &error),
                 qPrintable(error));
        m_incidentId = m_incident.id;
    }

    void everyPageOfEveryRole_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("language");
        for (const char* role : {"support", "dpo", "admin"})
            for (const char* language : {"en", "de"})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(role), QLatin1String(language))))
                    << QString::fromLatin1(role) << QString::fromLatin1(language);
    }

    void everyPageOfEveryRole()
    {
        QFETCH(QString, role);
        QFETCH(QString, language);
        DbSession session;
        QSignalSpy opened(&session, &DbSession::opened);
        session.open(TestDatabase::profile(m_db, TestDatabase::createStaff(m_db, role)), TestDatabase::staffPassword());
        QVERIFY(opened.wait(15000));
        // The language first, so that every page loads its data already in it.
        Languages languages;
        languages.apply(language);
        Settings settings;
        MainWindow window(&session, &languages, &settings);
        window.resize(1400, 900);
        window.show();
        QList<Shown> shown;
        QString error;
        for (Page page : window.offeredPages()) {
            QVERIFY2(window.showPage(page, &error), qPrintable(error));
            collectAllTabs(&window, QStringLiteral("page %1").arg(window.currentPageKey()), &shown);
        }
        if (UsersPage* users = window.usersPage(); users && window.offeredPages().contains(Page::Users)) {
            QVERIFY(window.showPage(Page::Users, &error));
            users->setTicket(QStringLiteral("SUP-4711"));
            QSignalSpy loaded(users->detail(), &UserDetailView::loaded);
            users->openUser(learner);
            QVERIFY(loaded.wait(5000));
            collectAllTabs(&window, QStringLiteral("learner %1").arg(learner), &shown);
        }
        if (RequestsPage* requests = window.requestsPage();
            requests && window.offeredPages().contains(Page::Requests)) {
            QVERIFY(window.showPage(Page::Requests, &error));
            QSignalSpy refreshed(requests, &RequestsPage::refreshed);
            requests->refresh();
            QVERIFY(refreshed.wait(5000));
            QTRY_VERIFY_WITH_TIMEOUT(requests->selectRequest(m_requestId), 5000);
            collectAllTabs(&window, QStringLiteral("request %1").arg(m_requestId), &shown);
        }
        if (IncidentsPage* incidents = window.incidentsPage();
            incidents && window.offeredPages().contains(Page::Incidents)) {
            QVERIFY(window.showPage(Page::Incidents, &error));
            QSignalSpy refreshed(incidents, &IncidentsPage::refreshed);
            incidents->refresh();
            QVERIFY(refreshed.wait(5000));
            QSignalSpy loaded(incidents->view(), &IncidentView::loaded);
            if (incidents->selectIncident(m_incidentId))
                loaded.wait(5000);
            collectAllTabs(&window, QStringLiteral("incident %1").arg(m_incidentId), &shown);
        }
        QVERIFY(!shown.isEmpty());
        const QStringList found = offences(shown, language);
        for (const QString& f : found)
            qWarning().noquote() << f;
        QVERIFY2(
            found.isEmpty(),
            qPrintable(
                QStringLiteral("%1 date/time(s) off the convention, first: %2").arg(found.size()).arg(found.value(0))));
    }

    void pdfsInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("de") << "de";
    }

    void pdfsInBothLanguages()
    {
        QFETCH(QString, language);
        QTemporaryDir folder;
        QString error;
        QList<Shown> shown;

        RequestDetail erasure;
        erasure.id = 41;
        erasure.userId = learner;
        erasure.kind = QStringLiteral("erasure");
        erasure.status = QStringLiteral("fulfilled");
        erasure.ticket = QStringLiteral("SUP-4711");
        erasure.receivedOn = QDate(2026, 11, 3);
        erasure.dueOn = QDate(2026, 12, 3);
        erasure.closedAt = QDateTime(QDate(2026, 11, 20), QTime(16, 45), QTimeZone::utc());
        erasure.language = language;
        erasure.erasureSummary.plan = {{QStringLiteral("invoices"), QStringLiteral("payments"),
                                        QStringLiteral("retain"), 3, QDate(2036, 12, 31), QStringLiteral("§ 147 AO"),
                                        QStringLiteral("§ 147 AO")},
                                       {QStringLiteral("sessions"), QStringLiteral("usage"), QStringLiteral("delete"),
                                        12, QDate(), QString(), QString()}};
        const QString certificate = folder.filePath(QStringLiteral("certificate.pdf"));
        QVERIFY2(ErasureCertificate::write(erasure, language, certificate, &error), qPrintable(error));
        shown.append({QStringLiteral("erasure certificate"), PdfText::read(certificate)});

        for (IncidentDraft::Kind kind : {IncidentDraft::Kind::Authority, IncidentDraft::Kind::Subjects}) {
            const QString path = folder.filePath(QStringLiteral("draft-%1.pdf").arg(int(kind)));
            QVERIFY2(IncidentDraft::write(m_incident, kind, language, path, &error), qPrintable(error));
            shown.append({QStringLiteral("incident draft %1").arg(int(kind)), PdfText::read(path)});
        }

        // The DPO's review report, with the entries the pages above wrote.
        const auto dpo = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("dpo")));
        const QString reviewPath = folder.filePath(QStringLiteral("review.pdf"));
        qint64 reviewed = 0;
        QVERIFY2(AuditPdfReport::write(dpo->database(), AuditFilter(), language, reviewPath, &reviewed, &error),
                 qPrintable(error));
        shown.append({QStringLiteral("access-log review"), PdfText::read(reviewPath)});

        // Around midnight UTC and on both sides of a clock change.
        const QList<QJsonObject> entries{
            {{QStringLiteral("id"), 1},
             {QStringLiteral("title"), QStringLiteral("Lost laptop")},
             {QStringLiteral("status"), QStringLiteral("closed")},
             {QStringLiteral("risk"), QStringLiteral("risk")},
             {QStringLiteral("aware_at"), QStringLiteral("2026-03-28T23:30:00.000+00:00")},
             {QStringLiteral("authority_notified_at"), QStringLiteral("2026-03-29T01:15:00.000+00:00")},
             {QStringLiteral("close_summary"), QStringLiteral("Laptop wiped remotely; case 2026/17.")}},
            {{QStringLiteral("id"), 2},
             {QStringLiteral("title"), QStringLiteral("Readable export")},
             {QStringLiteral("status"), QStringLiteral("open")},
             {QStringLiteral("risk"), QStringLiteral("high")},
             {QStringLiteral("aware_at"), QStringLiteral("2026-10-25T00:30:00.000+00:00")},
             {QStringLiteral("subjects_notified_at"), QStringLiteral("2026-10-26T09:00:00.000+00:00")}}};
        const QString registerPath = folder.filePath(QStringLiteral("register.pdf"));
        QVERIFY2(BreachRegister::write(entries, language, registerPath, &error), qPrintable(error));
        shown.append({QStringLiteral("breach register"), PdfText::read(registerPath)});

        for (const Shown& s : shown)
            QVERIFY2(!s.text.isEmpty(), qPrintable(s.where));
        const QStringList found = offences(shown, language);
        for (const QString& f : found)
            qWarning().noquote() << f;
        QVERIFY2(
            found.isEmpty(),
            qPrintable(
                QStringLiteral("%1 date/time(s) off the convention, first: %2").arg(found.size()).arg(found.value(0))));
        // The register's times carry their zone and UTC.
        QVERIFY2(shown.last().text.contains(QLatin1String(" UTC)")), qPrintable(shown.last().text));
    }

    // The patterns catch what users saw, and let legitimate text pass.
    void patternsAreTight()
    {
        const auto count = [](const QString& text, const QString& language) {
            return offences({{QStringLiteral("sample"), text}}, language).size();
        };
        QVERIFY(count(QStringLiteral("3/18/17 9:25 PM"), QStringLiteral("en")) >= 2);
        QVERIFY(count(QStringLiteral("2026-12-01 19:05:32"), QStringLiteral("en")) >= 1);
        QVERIFY(count(QStringLiteral("Wed 2 Dec 2026 08:30 UTC"), QStringLiteral("en")) >= 2);
        QVERIFY(count(QStringLiteral("01.12."), QStringLiteral("en")) >= 1);
        QVERIFY(count(QStringLiteral("01/12/2026"), QStringLiteral("en")) >= 1);
        QVERIFY(count(QStringLiteral("24.12.26 14:05"), QStringLiteral("de")) >= 1);
        QVERIFY(count(QStringLiteral("24 Dec 2026"), QStringLiteral("de")) >= 1);
        QVERIFY(count(QStringLiteral("24. Dezember 2026"), QStringLiteral("en")) >= 1);
        QVERIFY(count(QStringLiteral("20:08 UTC"), QStringLiteral("de")) >= 1);
        for (const QString& fine :
             {QStringLiteral("24 Dec 2026 14:05"), QStringLiteral("24 Dec 2026 14:05 CET (13:05 UTC)"),
              QStringLiteral("25 Dec 2026 00:30 CET (24 Dec 2026 23:30 UTC)"), QStringLiteral("SUP-2026-12-01"),
              QStringLiteral("10.0.12.1"), QStringLiteral("203.0.113.0/24"), QStringLiteral("192.168.10.20"),
              QStringLiteral("Qt 6.4.2"), QStringLiteral("csv/sessions.csv"), QStringLiteral("case 2026/17")})
            QVERIFY2(count(fine, QStringLiteral("en")) == 0, qPrintable(fine));
        for (const QString& fine :
             {QStringLiteral("24.12.2026 14:05"), QStringLiteral("24.12.2026 14:05 MEZ (13:05 UTC)"),
              QStringLiteral("25.12.2026 00:30 MEZ (24.12.2026 23:30 UTC)"), QStringLiteral("10.0.12.1"),
              QStringLiteral("§ 147 AO")})
            QVERIFY2(count(fine, QStringLiteral("de")) == 0, qPrintable(fine));
    }
};

QTEST_MAIN(TestDateFormats)
#include "tst_dateformats.moc"
