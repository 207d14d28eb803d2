// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QTranslator>

// Text for a learner, in the learner's language (de or en) whatever the console's language is:
// the export report, the note about an extended deadline.
class SubjectLanguage
{
public:
    explicit SubjectLanguage(const QString& language);

    QString translate(const char* context, const char* source) const;
    const QLocale& locale() const { return m_locale; }
    QString code() const { return m_code; }

private:
    QString m_code;
    QLocale m_locale;
    QTranslator m_translator;
    bool m_loaded = false;
};
