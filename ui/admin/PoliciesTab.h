// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QWidget>

class DbSession;
class MessageBanner;
class QLabel;
class QLineEdit;
class QPushButton;

// The policies: ticket-reference pattern, the DPO's contact, the privacy-policy version learners
// accept, search and finder limits, and the access-log review's thresholds and working hours
// (the same settings the DPO sees there). The database checks each value; changes are logged.
class PoliciesTab : public QWidget
{
    Q_OBJECT
public:
    PoliciesTab(DbSession* session, MessageBanner* banner, QWidget* parent = nullptr);

    void refresh();
    void setValue(const QString& key, const QString& value);
    QString value(const QString& key) const;
    // Saves every changed value, one by one; stops at the first the database refuses.
    void save();

signals:
    void refreshed();
    void saved(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showPolicies(const QJsonObject& policies);

    DbSession* m_session;
    MessageBanner* m_banner;
    QMap<QString, QLineEdit*> m_edits;
    QMap<QString, QLabel*> m_labels;
    QPushButton* m_save;
    QJsonObject m_policies;
};
