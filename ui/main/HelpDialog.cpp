// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpDialog.h"

#include "core/UserGuide.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

HelpDialog::HelpDialog(const QString& pageKey, QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("User guide"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(false);
    const QString language = QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
    const QString html = UserGuide::html(pageKey, language);
    m_browser->setHtml(html.isEmpty() ? tr("There is no guide for this page yet.") : html);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(560, 480);
}

QString HelpDialog::text() const
{
    return m_browser->toPlainText();
}
