// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseConnection.h"

#include "SqlError.h"

#include <QAtomicInteger>
#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace {
QAtomicInteger<quint64> g_counter;
}

DatabaseConnection::DatabaseConnection()
    : m_name(QStringLiteral("fx-%1").arg(g_counter.fetchAndAddRelaxed(1)))
{}

DatabaseConnection::~DatabaseConnection()
{
    close();
}

bool DatabaseConnection::open(const ConnectionProfile& profile, const QString& password, ConnectError* error)
{
    close();
    m_profile = profile;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        if (!db.isValid()) {
            *error = ConnectError::make(ConnectError::Kind::Other, profile,
                                        QCoreApplication::translate("DatabaseConnection",
                                                                    "the PostgreSQL driver for Qt (QPSQL) is not "
                                                                    "installed"));
            return false;
        }
        profile.applyTo(db, QCoreApplication::applicationName());
        if (!password.isEmpty())
            db.setPassword(password);
        if (!db.open()) {
            *error = ConnectError::fromSqlError(db.lastError(), profile);
            spdlog::warn("connect failed: kind {}", int(error->kind));
            db.setPassword(QString());
            return false;
        }
        db.setPassword(QString());
    }
    spdlog::info("connected (connection {})", m_name.toStdString());
    return true;
}

void DatabaseConnection::close()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase DatabaseConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool DatabaseConnection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && database().isOpen();
}
