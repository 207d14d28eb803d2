// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidents/IncidentStore.h"

#include <functional>

// A change to the shown incident, run on the database thread by the incident view, which then
// reloads the incident and says what happened.
using IncidentChange = std::function<bool(IncidentStore& store, QString* error)>;

// Whether the console speaks German, for the German texts the incident holds.
bool consoleSpeaksGerman();
