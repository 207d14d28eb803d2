// SPDX-License-Identifier: GPL-3.0-or-later
// The authority draft uses what the incident holds: the description given when it was opened
// reaches (a), the ticked containment measures reach (d); only what is truly missing is marked.
#include "incidents/Incident.h"
#include "incidents/IncidentDraft.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace {

QJsonObject incident(const QString& nature, const QString& measures)
{
    const QJsonObject contained{{QStringLiteral("id"), 1},
                                {QStringLiteral("section"), QStringLiteral("containment")},
                                {QStringLiteral("key"), QStringLiteral("stop_breach")},
                                {QStringLiteral("title_en"), QStringLiteral("Stop the breach")},
                                {QStringLiteral("title_de"), QStringLiteral("Die Verletzung beenden")},
                                {QStringLiteral("done_by"), QStringLiteral("dpo1")},
                                {QStringLiteral("done_at"), QStringLiteral("2026-11-30T10:00:00Z")},
                                {QStringLiteral("note"), QStringLiteral("bucket made private")}};
    const QJsonObject open{{QStringLiteral("id"), 2},
                           {QStringLiteral("section"), QStringLiteral("containment")},
                           {QStringLiteral("key"), QStringLiteral("rotate_keys")},
                           {QStringLiteral("title_en"), QStringLiteral("Rotate the keys")},
                           {QStringLiteral("title_de"), QStringLiteral("Schlüssel tauschen")}};
    return {{QStringLiteral("id"), 7},
            {QStringLiteral("title"), QStringLiteral("Course export left readable")},
            {QStringLiteral("description"), QStringLiteral("A storage bucket with course exports was public.")},
            {QStringLiteral("status"), QStringLiteral("open")},
            {QStringLiteral("detected_at"), QStringLiteral("2026-11-30T08:00:00Z")},
            {QStringLiteral("aware_at"), QStringLiteral("2026-11-30T09:00:00Z")},
            {QStringLiteral("authority_deadline"), QStringLiteral("2026-12-03T09:00:00Z")},
            {QStringLiteral("server_now"), QStringLiteral("2026-11-30T11:00:00Z")},
            {QStringLiteral("seconds_left"), 3600 * 70},
            {QStringLiteral("nature"), nature},
            {QStringLiteral("measures"), measures},
            {QStringLiteral("items"), QJsonArray{contained, open}}};
}

QString section(const QString& draft, const QString& heading, const QString& next)
{
    const qsizetype from = draft.indexOf(heading);
    const qsizetype to = draft.indexOf(next, from);
    return from < 0 ? QString() : draft.mid(from, to < 0 ? -1 : to - from);
}

} // namespace

class TestIncidentDraft : public QObject
{
    Q_OBJECT
private slots:
    void descriptionAndTickedMeasuresAppear()
    {
        const Incident bare = Incident::fromJson(incident(QString(), QString()));
        QCOMPARE(bare.description, QStringLiteral("A storage bucket with course exports was public."));
        const QString draft = IncidentDraft::text(bare, IncidentDraft::Kind::Authority, QStringLiteral("en"));
        const QString a = section(draft, QStringLiteral("(a) Nature"), QStringLiteral("(b) "));
        QVERIFY2(a.contains(QLatin1String("A storage bucket with course exports was public.")), qPrintable(a));
        QVERIFY2(!a.section(QLatin1Char('\n'), 1, 1).contains(QLatin1String("[missing")), qPrintable(a));
        const QString d = section(draft, QStringLiteral("(d) Measures"), QStringLiteral("Risk assessment"));
        QVERIFY2(d.contains(QLatin1String("Stop the breach")) && d.contains(QLatin1String("bucket made private")),
                 qPrintable(d));
        QVERIFY2(!d.contains(QLatin1String("Rotate the keys")), qPrintable(d)); // not ticked
        QVERIFY2(!d.contains(QLatin1String("[missing")), qPrintable(d));
        // What nothing holds is still marked: the consequences.
        const QString c = section(draft, QStringLiteral("(c) Likely"), QStringLiteral("(d) "));
        QVERIFY2(c.contains(QLatin1String("[missing")), qPrintable(c));
        // The people's draft tells them the same.
        const QString people = IncidentDraft::text(bare, IncidentDraft::Kind::Subjects, QStringLiteral("en"));
        QVERIFY(people.contains(QLatin1String("A storage bucket with course exports was public.")));
        QVERIFY(people.contains(QLatin1String("Stop the breach")));
    }

    void describedContentComesFirstAndDescriptionStays()
    {
        const Incident described =
            Incident::fromJson(incident(QStringLiteral("Misconfigured bucket"), QStringLiteral("links rotated")));
        const QString draft = IncidentDraft::text(described, IncidentDraft::Kind::Authority, QStringLiteral("en"));
        const QString a = section(draft, QStringLiteral("(a) Nature"), QStringLiteral("(b) "));
        QVERIFY2(a.indexOf(QLatin1String("Misconfigured bucket")) < a.indexOf(QLatin1String("A storage bucket")),
                 qPrintable(a));
        const QString d = section(draft, QStringLiteral("(d) Measures"), QStringLiteral("Risk assessment"));
        QVERIFY(d.contains(QLatin1String("links rotated")) && d.contains(QLatin1String("Stop the breach")));
        // In German, the item's German title.
        const QString german = IncidentDraft::text(described, IncidentDraft::Kind::Authority, QStringLiteral("de"));
        QVERIFY2(german.contains(QLatin1String("Die Verletzung beenden")), qPrintable(german));
    }
};

QTEST_GUILESS_MAIN(TestIncidentDraft)
#include "tst_incidentdraft.moc"
