// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The external processors (privacy.processor_*, administrators): name, category, contact, how to
// ask them to erase, the data processing agreement, and the data categories each receives.
class ProcessorRegistry
{
public:
    struct Processor {
        int id = 0; // 0: not saved yet
        QString name;
        QString category; // analytics, video_hosting, payment, cloud_cdn, communication
        QString contact;
        QString deletionContact;
        QString dpaReference;
        QStringList dataCategories;
        qint64 people = 0;
    };

    explicit ProcessorRegistry(QSqlDatabase db);

    static QStringList categories();
    static QString categoryTitle(const QString& category); // translated
    static QStringList dataCategories();
    bool list(QList<Processor>* processors, QString* error);
    // Adds (id 0) or changes a processor; *id receives its id.
    bool save(const Processor& processor, int* id, QString* error);

private:
    QSqlDatabase m_db;
};
