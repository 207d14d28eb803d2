// SPDX-License-Identifier: GPL-3.0-or-later
// Every kind of PDF the console writes copies as plain text, in German and English: no ligature
// turns "officer" into "oﬃcer" or an address into "privacy@ﬂuxariont.example". The drafts are
// read in tst_incidents and the review report in tst_auditpage and tst_cli, from real data.
#include "PdfText.h"

#include "core/PdfDocument.h"
#include "erasure/ErasureCertificate.h"
#include "incidents/BreachRegister.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestPdfText : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QJsonObject executedErasure(const QString& language)
    {
        const QJsonArray plan{
            QJsonObject{{QStringLiteral("table_name"), QStringLiteral("certificates")},
                        {QStringLiteral("action"), QStringLiteral("delete")},
                        {QStringLiteral("rows"), 2}},
            QJsonObject{{QStringLiteral("table_name"), QStringLiteral("invoices")},
                        {QStringLiteral("action"), QStringLiteral("retain")},
                        {QStringLiteral("rows"), 1},
                        {QStringLiteral("retained_until"), QStringLiteral("2034-12-31")},
                        {QStringLiteral("basis_en"), QStringLiteral("booking voucher, official filing duty")},
                        {QStringLiteral("basis_de"), QStringLiteral("Buchungsbeleg, Aufbewahrungspflicht")}},
        };
        return {{QStringLiteral("id"), 41},
                {QStringLiteral("kind"), QStringLiteral("erasure")},
                {QStringLiteral("status"), QStringLiteral("fulfilled")},
                {QStringLiteral("ticket"), QStringLiteral("SUP-4711")},
                {QStringLiteral("language"), language},
                {QStringLiteral("erasure_summary"), QJsonObject{{QStringLiteral("plan"), plan}}}};
    }

    static QJsonObject registerEntry()
    {
        return {{QStringLiteral("id"), 7},
                {QStringLiteral("title"), QStringLiteral("Misfiled office export")},
                {QStringLiteral("status"), QStringLiteral("closed")},
                {QStringLiteral("risk"), QStringLiteral("risk")},
                {QStringLiteral("nature"), QStringLiteral("An official file was readable by affiliated staff.")},
                {QStringLiteral("risk_reasoning"), QStringLiteral("Officer informed: privacy@fluxariont.example")},
                {QStringLiteral("detected_at"), QStringLiteral("2026-11-02T09:00:00Z")},
                {QStringLiteral("aware_at"), QStringLiteral("2026-11-02T10:00:00Z")},
                {QStringLiteral("authority_deadline"), QStringLiteral("2026-11-05T10:00:00Z")}};
    }

    QString written(const QString& name, const std::function<bool(const QString&, QString*)>& write)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!write(path, &error))
            qFatal("cannot write %s: %s", qPrintable(name), qPrintable(error));
        return PdfText::read(path);
    }

private slots:
    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }

    void documentCopiesAsWritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("plain.pdf"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            PdfDocument::write(
                &file,
                QStringLiteral("<p>The officer filed an affidavit: privacy@fluxariont.example.</p>"
                               "<p>Der Beauftragte hat die Pflichtangaben geprüft; Auflage erfüllt.</p>"),
                QStringLiteral("Office"));
        }
        const QString text = PdfText::read(path);
        QCOMPARE(PdfText::ligatures(text), QString());
        for (const char* words : {"The officer filed an affidavit: privacy@fluxariont.example.",
                                  "Der Beauftragte hat die Pflichtangaben geprüft; Auflage erfüllt."})
            QVERIFY2(text.contains(QString::fromUtf8(words)), qPrintable(text));
    }

    void erasureCertificate_data() { languages_data(); }
    void erasureCertificate()
    {
        QFETCH(QString, language);
        const QString text =
            written(QStringLiteral("certificate-%1.pdf").arg(language), [&](const QString& path, QString* error) {
                return ErasureCertificate::write(executedErasure(language), language, path, error);
            });
        QCOMPARE(PdfText::ligatures(text), QString());
        QVERIFY2(text.contains(QLatin1String("SUP-4711")), qPrintable(text));
        QVERIFY2(text.contains(language == QLatin1String("de") ? QLatin1String("Aufbewahrungspflicht")
                                                               : QLatin1String("official filing duty")),
                 qPrintable(text));
    }

    void breachRegister_data() { languages_data(); }
    void breachRegister()
    {
        QFETCH(QString, language);
        const QString text =
            written(QStringLiteral("register-%1.pdf").arg(language), [&](const QString& path, QString* error) {
                return BreachRegister::write({registerEntry()}, language, path, error);
            });
        QCOMPARE(PdfText::ligatures(text), QString());
        // Table cells come out interleaved; each phrase stays whole.
        for (const char* words : {"Misfiled office export", "An official file", "affiliated",
                                  "Officer informed:", "privacy@fluxariont.example"})
            QVERIFY2(text.contains(QLatin1String(words)), qPrintable(text));
    }
};

QTEST_MAIN(TestPdfText)
#include "tst_pdftext.moc"
