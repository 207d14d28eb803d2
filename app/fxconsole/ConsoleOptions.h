// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/SessionInfo.h"

#include <QStringList>

#include <optional>

// fxconsole's command line: --demo ROLE, --lang de|en, --page NAME, --grab FILE, --ticket T --search Q.
struct ConsoleOptions {
    QString demoRole;
    QString language;
    std::optional<Page> page;
    QString grabFile;
    QString ticket; // with --search: fills the Users page and opens the first learner found
    QString search;

    // On a usage error, returns nullopt with the message in error.
    static std::optional<ConsoleOptions> parse(const QStringList& arguments, QString* error, bool* helpShown);
};
