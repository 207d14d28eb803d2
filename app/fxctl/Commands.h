// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// One function per noun; each takes the verb and its arguments and returns the exit code.
namespace Commands {
int db(const QString& verb, const QStringList& args);
int demo(const QString& verb, const QStringList& args);
int staff(const QString& verb, const QStringList& args);
int audit(const QString& verb, const QStringList& args);
int lookup(const QStringList& args);
int user(const QString& verb, const QStringList& args);
int request(const QString& verb, const QStringList& args);
int exportPackage(const QStringList& args);
int erasure(const QString& verb, const QStringList& args);
int retention(const QString& verb, const QStringList& args);
int processors(const QString& verb, const QStringList& args);
// Administrators: retention rules|set, processors list|add|edit.
int retentionRules(const QString& verb, const QStringList& args);
int processorRegistry(const QString& verb, const QStringList& args);
int incident(const QString& verb, const QStringList& args);
int policy(const QString& verb, const QStringList& args);
} // namespace Commands
