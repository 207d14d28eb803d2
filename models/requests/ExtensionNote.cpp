// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExtensionNote.h"

#include "core/SubjectLanguage.h"
#include "core/TimeFormat.h"

#include <QCoreApplication>
#include <QDate>

namespace ExtensionNote {

QString text(const RequestDetail& request)
{
    const SubjectLanguage language(request.language);
    const auto t = [&](const char* source) { return language.translate("ExtensionNote", source); };
    const auto date = [&](const QDate& day) { return TimeFormat::date(day, language.code()); };
    QString kind;
    const QString& key = request.kind;
    if (key == QLatin1String("export"))
        kind = t(QT_TRANSLATE_NOOP("ExtensionNote", "your request for a copy of your data"));
    else if (key == QLatin1String("erasure"))
        kind = t(QT_TRANSLATE_NOOP("ExtensionNote", "your request to erase your data"));
    else if (key == QLatin1String("rectification"))
        kind = t(QT_TRANSLATE_NOOP("ExtensionNote", "your request to correct your data"));
    else if (key == QLatin1String("restriction"))
        kind = t(QT_TRANSLATE_NOOP("ExtensionNote", "your request to restrict the processing of your data"));
    else
        kind = t(QT_TRANSLATE_NOOP("ExtensionNote", "your objection to the processing of your data"));
    return t(QT_TRANSLATE_NOOP("ExtensionNote",
                               "Hello,\n\nwe received %1 on %2 (our reference %3). We need more time to answer it "
                               "completely, for this reason:\n\n%4\n\nAs Art. 12(3) GDPR allows, we are extending "
                               "the deadline. You will have our answer by %5 at the latest.\n\nKind regards\n"
                               "Your Fluxariont data protection team"))
        .arg(kind, date(request.receivedOn), request.ticket, request.extensionReason, date(request.dueOn));
}

QString text(const QJsonObject& request)
{
    return text(RequestDetail::fromJson(request));
}

} // namespace ExtensionNote
