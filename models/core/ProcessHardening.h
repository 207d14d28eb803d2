// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Release builds never write a core dump: it would hold passwords, passphrases and the learner
// data on screen. On Linux the process is also marked non-dumpable, which keeps other processes
// of the same user from attaching a debugger to read its memory. Debug builds keep both for
// developers.
namespace ProcessHardening {
void apply();
bool coreDumpsDisabled(); // what apply() achieved, for --version and tests
} // namespace ProcessHardening
