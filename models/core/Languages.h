// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTranslator>

#include <memory>

// Installs the console's and Qt's own translations. Switching posts LanguageChange to every
// widget, so open windows retranslate without a restart.
class Languages : public QObject
{
    Q_OBJECT
public:
    explicit Languages(QObject* parent = nullptr);

    // "system", "de" or "en".
    void apply(const QString& setting);
    QString current() const { return m_current; }

    static QStringList available() { return {QStringLiteral("de"), QStringLiteral("en")}; }
    static QString resolve(const QString& setting);

signals:
    void changed(const QString& language);

private:
    void removeAll();

    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};
