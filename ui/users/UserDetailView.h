// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privacy/LearnerSummary.h"
#include "privacy/UserDirectory.h"

#include <QWidget>

class CategoryRowsModel;
class DbSession;
class MessageBanner;
class QLabel;
class QPushButton;
class QTabWidget;
class QToolBar;

// One learner's whole picture: the account and one tab per data category of the privacy policy,
// holding the tables the platform's data map lists there, with counts; account operations in a toolbar; masked fields
// revealed with a reason.
class UserDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit UserDetailView(DbSession* session, QWidget* parent = nullptr);

    void showUser(qint64 userId, const AccessContext& context);
    // What further reads and every operation are logged under; shown above the operations.
    void setContext(const AccessContext& context);
    AccessContext context() const { return m_context; }
    void clear();
    qint64 userId() const { return m_userId; }
    bool isLoading() const { return m_loading; }
    QTabWidget* tabs() const { return m_tabs; }
    static QKeySequence revealShortcut();

signals:
    void loaded();
    void accountChanged(qint64 userId);
    void requestOpened(qint64 requestId);
    void requestsWanted(qint64 userId);
    void accessLogWanted(qint64 userId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void onSummary(const LearnerSummary& summary);
    void updateActions();
    bool hasContext() const;
    bool requireContext();
    QString contextText() const;
    void buildTabs();
    QWidget* accountTab() const;
    QWidget* tableSection(const LearnerTable& table);
    static QString fieldText(const LearnerField& field);
    void runOperation(UserDirectory::Operation operation);
    void rectify();
    void openRequest();
    void restrictProcessing();
    void revealEmail();
    void revealRowField(CategoryRowsModel* model, const QString& column, int row);
    void reveal(const QString& field, std::optional<qint64> rowId, const QString& title, const QString& explanation,
                const QString& shownAs);
    void finish(const QString& message, bool ok);
    QString learnerName() const;
    void retranslateUi();

    DbSession* m_session;
    qint64 m_userId = 0;
    AccessContext m_context;
    LearnerSummary m_summary;
    bool m_hasSummary = false;
    bool m_loading = false;
    QLabel* m_heading;
    QLabel* m_contextLabel;
    QLabel* m_emailLabel;       // the email as shown (masked for support), with the reveal beside it
    QPushButton* m_revealEmail; // the reveal, visible beside the value, not in a toolbar overflow
    MessageBanner* m_banner;
    QToolBar* m_toolbar;
    QToolBar* m_moreOperations; // a second row, so that no operation hides in an overflow
    QToolBar* m_links;          // the learner's requests and access log, and opening a request
    QTabWidget* m_tabs;
    QList<QAction*> m_actions;
};
