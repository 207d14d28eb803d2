// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admin/RetentionRules.h"

#include <QWidget>

class DbSession;
class MessageBanner;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

// The retention rules: per table what erasure does; for retained records the period and the legal
// basis in English and German. Before a shorter period is saved, the tab lists the restricted
// records it would release.
class RetentionTab : public QWidget
{
    Q_OBJECT
public:
    RetentionTab(DbSession* session, MessageBanner* banner, QWidget* parent = nullptr);

    void refresh();
    const QList<RetentionRules::Rule>& rules() const { return m_rules; }
    void select(const QString& table);
    void setPeriod(int years, const QString& basisEn, const QString& basisDe);
    void setAction(const QString& action); // retain or delete, where the table allows it
    // What "Save" does after the user has seen what would be released.
    void showReleased();
    void save();
    QString releasedText() const;

signals:
    void refreshed();
    void releasedShown();
    void saved(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showRules();
    void onSelection();
    void updateFields();
    void askSave();
    QString actionText(const QString& action) const;

    DbSession* m_session;
    MessageBanner* m_banner;
    QTableWidget* m_table;
    QLabel* m_actionLabel;
    QComboBox* m_action;
    QLabel* m_yearsLabel;
    QSpinBox* m_years;
    QLabel* m_basisEnLabel;
    QLineEdit* m_basisEn;
    QLabel* m_basisDeLabel;
    QLineEdit* m_basisDe;
    QPushButton* m_preview;
    QPushButton* m_save;
    QLabel* m_released;
    QList<RetentionRules::Rule> m_rules;
    QString m_tableName;
    qint64 m_releasedCount = -1;
};
