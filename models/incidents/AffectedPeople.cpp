// SPDX-License-Identifier: GPL-3.0-or-later
#include "AffectedPeople.h"

#include "export/Csv.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace AffectedPeople {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AffectedPeople)
};
} // namespace

QByteArray csv(const QList<AffectedPerson>& people)
{
    QByteArray out = Csv::byteOrderMark() + Csv::record({{QStringLiteral("user_id")},
                                                         {QStringLiteral("email")},
                                                         {QStringLiteral("name")},
                                                         {QStringLiteral("language")}});
    for (const AffectedPerson& p : people)
        out += Csv::record({{QString::number(p.userId), false}, {p.email}, {p.name}, {p.language}});
    return out;
}

bool write(const QList<AffectedPerson>& people, const QString& path, QString* error)
{
    QSaveFile file(path);
    const QByteArray data = csv(people);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(data) != data.size() || !file.commit()) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace AffectedPeople
