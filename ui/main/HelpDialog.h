// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

// The user guide of one page, in the console's language, from the bundled pages (offline).
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    HelpDialog(const QString& pageKey, QWidget* parent = nullptr);

    QString text() const;

private:
    QTextBrowser* m_browser;
};
