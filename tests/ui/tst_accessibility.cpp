// SPDX-License-Identifier: GPL-3.0-or-later
// The dialogs by keyboard: every control they let you tab to has an accessible name, and tabbing
// follows reading order (no jump back up the dialog), in English and German.
#include "FocusChain.h"

#include "admin/AddStaffDialog.h"
#include "core/Languages.h"
#include "core/Settings.h"
#include "db/DbSession.h"
#include "incidents/NoticeDialog.h"
#include "incidents/OpenIncidentDialog.h"
#include "login/LoginDialog.h"
#include "main/HelpDialog.h"
#include "main/PreferencesDialog.h"
#include "requests/ExtendDialog.h"
#include "requests/OpenRequestDialog.h"
#include "users/ReasonDialog.h"
#include "users/RectifyDialog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <functional>
#include <memory>

using DialogMaker = std::function<QDialog*()>;
Q_DECLARE_METATYPE(DialogMaker)

class TestAccessibility : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<DbSession> m_session;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Languages> m_languages;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_session = std::make_unique<DbSession>();
        m_settings = std::make_unique<Settings>();
        m_languages = std::make_unique<Languages>();
    }

    void dialogs_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<DialogMaker>("make");
        const QJsonObject incident{{QStringLiteral("id"), 1},
                                   {QStringLiteral("seconds_left"), -5},
                                   {QStringLiteral("required_notices"), QJsonArray{QStringLiteral("authority")}}};
        const QList<QPair<const char*, DialogMaker>> dialogs{
            {"open incident", [] { return new OpenIncidentDialog; }},
            {"record notice", [incident] { return new NoticeDialog(Incident::fromJson(incident)); }},
            {"add staff", [] { return new AddStaffDialog; }},
            {"preferences", [this] { return new PreferencesDialog(m_settings.get(), m_languages.get()); }},
            {"login", [this] { return new LoginDialog(m_session.get(), m_settings.get()); }},
            {"help", [] { return new HelpDialog(QStringLiteral("incidents")); }},
            {"extend", [] { return new ExtendDialog(2); }},
            {"open request",
             [] { return new OpenRequestDialog(QStringLiteral("Anna Weiß"), QStringLiteral("SUP-1")); }},
            {"reason", [] { return new ReasonDialog(QStringLiteral("Reveal"), QStringLiteral("Why?")); }},
            {"rectify",
             [] {
                 return new RectifyDialog({QStringLiteral("Anna"), QStringLiteral("Weiß")});
             }},
        };
        for (const char* language : {"en", "de"})
            for (const auto& [name, make] : dialogs)
                QTest::newRow(
                    qPrintable(QStringLiteral("%1 %2").arg(QString::fromLatin1(name), QString::fromLatin1(language))))
                    << QString::fromLatin1(language) << make;
    }

    void dialogs()
    {
        QFETCH(QString, language);
        QFETCH(DialogMaker, make);
        m_languages->apply(language);
        std::unique_ptr<QDialog> dialog(make());
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        const QStringList unnamed = FocusChain::unnamed(dialog.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
        const QStringList backwards = FocusChain::backwards(dialog.get());
        QVERIFY2(backwards.isEmpty(), qPrintable(backwards.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
