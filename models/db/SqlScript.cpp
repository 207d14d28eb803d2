// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlScript.h"

#include "SqlError.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace SqlScript {

namespace {

bool isBlankOrComment(const QString& statement)
{
    static const QRegularExpression meaningful(QStringLiteral("^(\\s*(--[^\\n]*|/\\*.*?\\*/))*\\s*$"),
                                               QRegularExpression::DotMatchesEverythingOption);
    return meaningful.match(statement).hasMatch();
}

} // namespace

QStringList split(const QString& script)
{
    QStringList statements;
    QString current;
    const qsizetype n = script.size();
    qsizetype i = 0;
    auto flush = [&] {
        if (!isBlankOrComment(current))
            statements << current.trimmed();
        current.clear();
    };
    while (i < n) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            const qsizetype end = script.indexOf(QLatin1Char('\n'), i);
            const qsizetype stop = end < 0 ? n : end + 1;
            current += script.mid(i, stop - i);
            i = stop;
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype end = script.indexOf(QStringLiteral("*/"), i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            current += script.mid(i, stop - i);
            i = stop;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // E'...' strings allow backslash escapes; standard ones double the quote.
            const bool backslashes = c == QLatin1Char('\'') && i > 0 &&
                                     (script.at(i - 1) == QLatin1Char('E') || script.at(i - 1) == QLatin1Char('e'));
            qsizetype j = i + 1;
            while (j < n) {
                if (backslashes && script.at(j) == QLatin1Char('\\')) {
                    j += 2;
                    continue;
                }
                if (script.at(j) == c) {
                    if (j + 1 < n && script.at(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const qsizetype stop = std::min(n, j + 1);
            current += script.mid(i, stop - i);
            i = stop;
        } else if (c == QLatin1Char('$')) {
            static const QRegularExpression tagPattern(QStringLiteral("\\G\\$([A-Za-z_][A-Za-z_0-9]*)?\\$"));
            const auto match = tagPattern.match(script, i);
            const bool precededByWord =
                i > 0 && (script.at(i - 1).isLetterOrNumber() || script.at(i - 1) == QLatin1Char('_'));
            if (match.hasMatch() && !precededByWord) {
                const QString tag = match.captured(0);
                const qsizetype end = script.indexOf(tag, i + tag.size());
                const qsizetype stop = end < 0 ? n : end + tag.size();
                current += script.mid(i, stop - i);
                i = stop;
            } else {
                current += c;
                ++i;
            }
        } else if (c == QLatin1Char(';')) {
            flush();
            ++i;
        } else {
            current += c;
            ++i;
        }
    }
    flush();
    return statements;
}

bool run(QSqlDatabase db, const QString& script, QString* error)
{
    QSqlQuery q(db);
    for (const QString& statement : split(script)) {
        if (!q.exec(statement)) {
            *error = SqlError::reason(q.lastError());
            return false;
        }
    }
    return true;
}

} // namespace SqlScript
