// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClockStyle.h"

#include <QApplication>
#include <QColor>
#include <QLabel>
#include <QStyle>

namespace ClockStyle {

namespace {

using IncidentTexts::Clock;

QColor background(Clock clock)
{
    if (clock == Clock::Overdue)
        return QColor(0xf8, 0xd7, 0xda);
    if (clock == Clock::Soon)
        return QColor(0xff, 0xe8, 0xb0);
    return {};
}

QIcon icon(Clock clock)
{
    QStyle* style = QApplication::style();
    if (clock == Clock::Overdue)
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    if (clock == Clock::Soon)
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    return {};
}

} // namespace

QVariant data(Clock clock, int role)
{
    const QColor color = background(clock);
    if (role == Qt::BackgroundRole && color.isValid())
        return color;
    if (role == Qt::ForegroundRole && color.isValid())
        return QColor(Qt::black);
    if (role == Qt::DecorationRole && !icon(clock).isNull())
        return icon(clock);
    return {};
}

void apply(QLabel* label, Clock clock, const QString& text)
{
    const QColor color = background(clock);
    const QIcon sign = icon(clock);
    const QString image =
        sign.isNull() ? QString() : QStringLiteral("&#9888; "); // a warning sign in the text as well as colour
    label->setTextFormat(Qt::RichText);
    label->setText(image + text.toHtmlEscaped());
    label->setStyleSheet(color.isValid() ? QStringLiteral("QLabel { background: %1; color: black; padding: 4px; "
                                                          "border-radius: 3px; font-weight: bold; }")
                                               .arg(color.name())
                                         : QStringLiteral("QLabel { padding: 4px; font-weight: bold; }"));
}

} // namespace ClockStyle
