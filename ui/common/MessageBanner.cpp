// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBanner.h"

#include "core/Logging.h"
#include "core/TextCheck.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

#include <spdlog/spdlog.h>

namespace {
// Where a message appeared, for the log: the page or dialog that holds the banner, by class.
const char* placeOf(const QWidget* banner)
{
    for (const QWidget* w = banner->parentWidget(); w; w = w->parentWidget()) {
        const QByteArray name = w->metaObject()->className();
        if (name.endsWith("Page") || name.endsWith("Dialog") || name.endsWith("View") || w->isWindow())
            return w->metaObject()->className();
    }
    return "banner";
}
} // namespace

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("messageTextLabel"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // messages may quote data: never interpret them as markup
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("messageActionButton"));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString& text, const QString& actionText)
{
    m_kind = kind;
    if (kind != Kind::Information) // the code is logged where the failure happened; never the text
        Logging::area("ui")->warn("{} shown in {}", kind == Kind::Error ? "error" : "warning", placeOf(this));
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString colour = QStringLiteral("#e8f0fe");
    if (kind == Kind::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        colour = QStringLiteral("#fff4d6");
    } else if (kind == Kind::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        colour = QStringLiteral("#fde7e9");
    }
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(24, 24));
    setStyleSheet(
        QStringLiteral("#messageBanner { background: %1; border: 1px solid palette(mid); border-radius: 4px; }"
                       "#messageBanner QLabel { color: #1f1f1f; }")
            .arg(colour));
    QString shown = TextCheck::printable(text, true);
    if (!shown.isEmpty()) // refusals are written to follow "fxctl: "; a banner starts a sentence
        shown[0] = shown.at(0).toUpper();
    m_text->setText(shown);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

void MessageBanner::clear()
{
    m_text->clear();
    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}
