// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditEntry.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Access-log entries as people read them: each entry one sentence ("anna viewed the course
// enrolments of learner 498 for ticket SUP-1"), its flags as reasons, its details as labelled
// lines, and the codes of roles, outcomes, settings and filters as labels. language is "de" or
// "en"; empty means the language of the user interface. Never a raw code: an action this file
// does not know still becomes a sentence.
namespace AuditSentence {

QString sentence(const AuditEntry& entry, const QString& language = QString());
QString flagReason(const AuditFlag& flag, const QString& language = QString());
QString flagReasons(const QList<AuditFlag>& flags, const QString& language = QString());
// The details of an entry as (label, value) lines, without JSON.
QList<QPair<QString, QString>> detailLines(const AuditEntry& entry, const QString& language = QString());

QString actionLabel(const QString& action, const QString& language = QString()); // for a filter list
QString roleLabel(const QString& role, const QString& language = QString());
QString outcomeLabel(const QString& outcome, const QString& language = QString());
QString purposeLabel(const QString& purpose, const QString& language = QString()); // the console's own purposes
QString settingLabel(const QString& key, const QString& language = QString());
QString settingValue(const QString& key, const QString& value, const QString& language = QString());
QString filterKeyLabel(const QString& key, const QString& language = QString());

// Every action the privacy functions write, for the filter list and the tests.
QStringList knownActions();
QStringList outcomes(); // justified, followed_up, escalated

} // namespace AuditSentence
