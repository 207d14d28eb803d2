// SPDX-License-Identifier: GPL-3.0-or-later
#include "DbSession.h"

#include "DbWorker.h"
#include "core/SecretMemory.h"

#include <QPointer>

DbSession::DbSession(QObject* parent)
    : QObject(parent)
    , m_worker(new DbWorker(m_generation))
    , m_longWorker(new DbWorker(m_generation))
{
    qRegisterMetaType<ConnectionProfile>();
    qRegisterMetaType<SessionInfo>();
    qRegisterMetaType<ConnectError>();
    m_thread.setObjectName(QStringLiteral("db-session"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DbWorker::opened, this, &DbSession::onOpened);
    connect(m_worker, &DbWorker::failed, this, &DbSession::onFailed);
    connect(m_worker, &DbWorker::uncertainChangeChecked, this, &DbSession::uncertainChangeChecked);
    connect(m_worker, &DbWorker::lost, this, [this](const ConnectError& error) {
        m_open = false;
        emit connectionLost(error);
    });
    m_thread.start();
    // The long-job connection reports nothing of its own: the interactive one speaks for the
    // session, and a long job on a lost connection fails with its reason.
    m_longThread.setObjectName(QStringLiteral("db-long-jobs"));
    m_longWorker->moveToThread(&m_longThread);
    connect(&m_longThread, &QThread::finished, m_longWorker, &QObject::deleteLater);
    m_longThread.start();
    QMetaObject::invokeMethod(m_longWorker, [worker = m_longWorker] { worker->setHeartbeatInterval(0); });
}

DbSession::~DbSession()
{
    m_generation->fetch_add(1);
    QMetaObject::invokeMethod(m_worker, &DbWorker::close, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(m_longWorker, &DbWorker::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_longThread.quit();
    m_thread.wait();
    m_longThread.wait();
}

void DbSession::open(const ConnectionProfile& profile, const QString& password)
{
    const int generation = m_generation->fetch_add(1) + 1;
    m_profile = profile;
    m_open = false;
    m_connecting = true;
    for (DbWorker* worker : {m_worker, m_longWorker}) {
        QMetaObject::invokeMethod(worker, [worker, generation, profile, secret = QString(password)]() mutable {
            worker->open(generation, profile, secret);
            SecretMemory::scrub(secret);
        });
    }
}

void DbSession::cancel()
{
    m_generation->fetch_add(1);
    m_connecting = false;
}

void DbSession::close()
{
    m_generation->fetch_add(1);
    m_open = false;
    m_connecting = false;
    QMetaObject::invokeMethod(m_worker, &DbWorker::close);
    QMetaObject::invokeMethod(m_longWorker, &DbWorker::close);
}

void DbSession::setHeartbeatInterval(int milliseconds)
{
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, milliseconds] { worker->setHeartbeatInterval(milliseconds); });
}

void DbSession::run(QObject* context, std::function<QVariant(QSqlDatabase&)> job,
                    std::function<void(const QVariant&)> done, Lane lane)
{
    QPointer<QObject> receiver(context);
    DbWorker* const worker = lane == Lane::Long ? m_longWorker : m_worker;
    // The result goes back through the session, which lives in the GUI thread: only there may it
    // be asked whether the receiver still exists, as only there is the receiver deleted. The
    // session outlives the job, since its destructor waits for both threads.
    QMetaObject::invokeMethod(worker, [this, worker, receiver, job = std::move(job), done = std::move(done)] {
        QSqlDatabase db = worker->database();
        const QVariant result = job(db);
        QMetaObject::invokeMethod(this, [receiver, done, result] {
            if (receiver)
                done(result);
        });
    });
}

void DbSession::onOpened(int generation, const SessionInfo& info)
{
    if (generation != m_generation->load())
        return;
    m_info = info;
    m_open = true;
    m_connecting = false;
    emit opened(info);
}

void DbSession::onFailed(int generation, const ConnectError& error)
{
    if (generation != m_generation->load())
        return;
    m_connecting = false;
    emit failed(error);
}
