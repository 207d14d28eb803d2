// SPDX-License-Identifier: GPL-3.0-or-later
#include "Languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

Languages::Languages(QObject* parent)
    : QObject(parent)
{}

QString Languages::resolve(const QString& setting)
{
    if (available().contains(setting))
        return setting;
    // The languages of messages, as LANGUAGE, LC_ALL, LC_MESSAGES and LANG give them on Unix; the
    // C locale means English whatever LANGUAGE says, as with gettext.
    if (QLocale::system().language() == QLocale::C)
        return QStringLiteral("en");
    for (const QString& wanted : QLocale::system().uiLanguages()) {
        if (available().contains(wanted.left(2)))
            return wanted.left(2);
    }
    return QStringLiteral("en");
}

void Languages::apply(const QString& setting)
{
    const QString language = resolve(setting);
    if (language == m_current)
        return;
    removeAll();
    m_app = std::make_unique<QTranslator>();
    if (m_app->load(QStringLiteral(":/i18n/fxconsole_") + language))
        QCoreApplication::installTranslator(m_app.get());
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    QLocale::setDefault(QLocale(language));
    m_current = language;
    emit changed(language);
}

void Languages::removeAll()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}
