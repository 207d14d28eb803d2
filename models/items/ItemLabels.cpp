// SPDX-License-Identifier: GPL-3.0-or-later
#include "ItemLabels.h"

#include <QCoreApplication>
#include <QMap>

namespace ItemLabels {

namespace {

const char* const context = "ItemLabels";

QString lookup(const QMap<QString, const char*>& names, const QString& code)
{
    const char* source = names.value(code);
    return source ? QCoreApplication::translate(context, source) : code;
}

} // namespace

QString usageKind(const QString& code)
{
    static const QMap<QString, const char*> names{
        {QStringLiteral("course_view"), QT_TRANSLATE_NOOP("ItemLabels", "Course viewed")},
        {QStringLiteral("lesson_view"), QT_TRANSLATE_NOOP("ItemLabels", "Lesson viewed")},
        {QStringLiteral("download"), QT_TRANSLATE_NOOP("ItemLabels", "File downloaded")},
        {QStringLiteral("video_play"), QT_TRANSLATE_NOOP("ItemLabels", "Video played")},
    };
    return lookup(names, code);
}

QString device(const QString& code)
{
    static const QMap<QString, const char*> names{
        {QStringLiteral("desktop"), QT_TRANSLATE_NOOP("ItemLabels", "Computer")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("ItemLabels", "Phone")},
        {QStringLiteral("tablet"), QT_TRANSLATE_NOOP("ItemLabels", "Tablet")},
    };
    return lookup(names, code);
}

QString messageDirection(const QString& code)
{
    static const QMap<QString, const char*> names{
        {QStringLiteral("sent"), QT_TRANSLATE_NOOP("ItemLabels", "sent")},
        {QStringLiteral("received"), QT_TRANSLATE_NOOP("ItemLabels", "received")},
    };
    return lookup(names, code);
}

QString processorCategory(const QString& code)
{
    static const QMap<QString, const char*> names{
        {QStringLiteral("analytics"), QT_TRANSLATE_NOOP("ItemLabels", "Analytics")},
        {QStringLiteral("video_hosting"), QT_TRANSLATE_NOOP("ItemLabels", "Video hosting")},
        {QStringLiteral("payment"), QT_TRANSLATE_NOOP("ItemLabels", "Payment")},
        {QStringLiteral("cloud_cdn"), QT_TRANSLATE_NOOP("ItemLabels", "Cloud and CDN")},
        {QStringLiteral("communication"), QT_TRANSLATE_NOOP("ItemLabels", "Communication")},
    };
    return lookup(names, code);
}

QString socialProvider(const QString& code)
{
    // Brand names, the same in every language.
    static const QMap<QString, QString> names{{QStringLiteral("google"), QStringLiteral("Google")},
                                              {QStringLiteral("apple"), QStringLiteral("Apple")},
                                              {QStringLiteral("microsoft"), QStringLiteral("Microsoft")},
                                              {QStringLiteral("github"), QStringLiteral("GitHub")}};
    return names.value(code, code);
}

QString language(const QString& code)
{
    static const QMap<QString, const char*> names{
        {QStringLiteral("de"), QT_TRANSLATE_NOOP("ItemLabels", "German")},
        {QStringLiteral("en"), QT_TRANSLATE_NOOP("ItemLabels", "English")},
    };
    return lookup(names, code);
}

QString role(const QString& code)
{
    static const QMap<QString, const char*> names{
        {QStringLiteral("support"), QT_TRANSLATE_NOOP("ItemLabels", "Support")},
        {QStringLiteral("dpo"), QT_TRANSLATE_NOOP("ItemLabels", "Data protection officer")},
        {QStringLiteral("admin"), QT_TRANSLATE_NOOP("ItemLabels", "Administrator")},
    };
    return lookup(names, code);
}

QString categoryValue(const QString& column, const QString& value)
{
    if (column == QLatin1String("kind"))
        return usageKind(value);
    if (column == QLatin1String("device"))
        return device(value);
    if (column == QLatin1String("direction"))
        return messageDirection(value);
    if (column == QLatin1String("category"))
        return processorCategory(value);
    if (column == QLatin1String("provider"))
        return socialProvider(value);
    return value;
}

} // namespace ItemLabels
