// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/StaffDirectory.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

class DbSession;
class MessageBanner;
class QPushButton;
class QTableWidget;
class Stores;

// Staff logins: role, whether they can sign in, created, last seen in the access log, when the
// role was last confirmed; add one (a strong password generated and shown once, or set), change
// the role (to DPO only after asking), confirm it (access recertification), disable or enable,
// remove. The database refuses changes to one's own login and to the last administrator.
class StaffTab : public QWidget
{
    Q_OBJECT
public:
    StaffTab(DbSession* session, MessageBanner* banner, QWidget* parent = nullptr);

    void refresh();
    const QList<StaffDirectory::Member>& members() const { return m_members; }
    // When the login's present role was last confirmed (invalid: never).
    QDateTime lastConfirmed(const QString& login) const { return m_confirmed.value(login); }
    bool selectLogin(const QString& login);
    // The actions behind the buttons, without their dialogs. An empty password is generated.
    void addStaff(const QString& login, const QString& displayName, const QString& role, const QString& password);
    void setRole(const QString& login, const QString& role);
    // Asks first when the new role is DPO, the most powerful one.
    void changeRole(const QString& login, const QString& role);
    void recertify(const QString& login);
    void setLoginEnabled(const QString& login, bool enabled);
    void removeStaff(const QString& login);

signals:
    void refreshed();
    // A generated password to show once.
    void passwordGenerated(const QString& login, const QString& password);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showStaff();
    QString selectedLogin() const;
    void updateButtons();
    void run(const std::function<bool(Stores&, QString*)>& change, const QString& done);
    void askAdd();
    void askRole();
    void askRemove();
    void showPassword(const QString& login, const QString& password);

    DbSession* m_session;
    MessageBanner* m_banner;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_role;
    QPushButton* m_confirm;
    QPushButton* m_enable;
    QPushButton* m_remove;
    QList<StaffDirectory::Member> m_members;
    QHash<QString, QDateTime> m_confirmed;
    QString m_pendingLogin; // to select when the next refresh brings it
};
