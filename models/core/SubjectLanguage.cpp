// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubjectLanguage.h"

SubjectLanguage::SubjectLanguage(const QString& language)
    : m_code(language == QLatin1String("de") ? QStringLiteral("de") : QStringLiteral("en"))
    , m_locale(m_code == QLatin1String("de") ? QLocale(QLocale::German, QLocale::Germany)
                                             : QLocale(QLocale::English, QLocale::UnitedKingdom))
{
    // English is the source language; German comes from the console's own translation.
    if (m_code != QLatin1String("en"))
        m_loaded = m_translator.load(QStringLiteral(":/i18n/fxconsole_") + m_code);
}

QString SubjectLanguage::translate(const char* context, const char* source) const
{
    const QString translated = m_loaded ? m_translator.translate(context, source) : QString();
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}
