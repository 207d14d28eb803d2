// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RequestDetail.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// One data-subject request as the queue shows it.
struct RequestRow {
    qint64 id = 0;
    qint64 userId = 0;
    QString kind;   // export, erasure, rectification, restriction, objection
    QString status; // new, in_progress, fulfilled, rejected, withdrawn
    QString ticket;
    QDate receivedOn;
    QDate dueOn;
    int daysLeft = 0;
    bool overdue = false;
    int extendedMonths = 0;
    QString openedBy;
    QString assignee;

    bool isOpen() const { return status == QLatin1String("new") || status == QLatin1String("in_progress"); }
};

struct RequestFilter {
    QString kind;     // empty: any
    QString status;   // empty: any; "open", "closed" or one status
    QString assignee; // empty: anyone; "-": unassigned; else a login
    qint64 userId = 0;
};

// The queue as the requests page shows it.
struct RequestQueue {
    QList<RequestRow> rows;
    int warnDays = 7; // days before the deadline from which an open request counts as due soon
};

// The request functions of schema privacy. Deadlines, the state machine and the access log are
// the database's; this class only calls them.
class RequestStore
{
public:
    explicit RequestStore(QSqlDatabase db);

    static QStringList kinds();
    static QStringList statuses();

    // On success, *request holds the new request (id, due date, …).
    bool open(qint64 userId, const QString& kind, const QString& ticket, const QString& identityCheck,
              const QDate& receivedOn, RequestDetail* request, QString* error);
    bool list(const RequestFilter& filter, QList<RequestRow>* rows, QString* error);
    // Days before the deadline from which an open request counts as due soon (a policy).
    bool warnDays(int* days, QString* error);
    // The requests of the filter, then the days from which one counts as due soon.
    bool queue(const RequestFilter& filter, RequestQueue* result, QString* error);
    // The whole request with its history (events); logged.
    bool get(qint64 requestId, RequestDetail* request, QString* error);
    bool extend(qint64 requestId, int months, const QString& reason, RequestDetail* request, QString* error);
    bool setStatus(qint64 requestId, const QString& status, const QString& note, RequestDetail* request,
                   QString* error);
    bool assign(qint64 requestId, const QString& login, RequestDetail* request, QString* error);

    // The same as the server's JSON, for printing it as it is (fxctl --json).
    bool open(qint64 userId, const QString& kind, const QString& ticket, const QString& identityCheck,
              const QDate& receivedOn, QJsonObject* request, QString* error);
    bool get(qint64 requestId, QJsonObject* request, QString* error);
    bool extend(qint64 requestId, int months, const QString& reason, QJsonObject* request, QString* error);
    bool setStatus(qint64 requestId, const QString& status, const QString& note, QJsonObject* request, QString* error);
    bool assign(qint64 requestId, const QString& login, QJsonObject* request, QString* error);

private:
    QSqlDatabase m_db;
};
