// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessHardening.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace ProcessHardening {

void apply()
{
#if defined(NDEBUG) && defined(Q_OS_UNIX)
    const rlimit none{0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
#if defined(Q_OS_LINUX)
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
#endif
}

bool coreDumpsDisabled()
{
#if defined(Q_OS_UNIX)
    rlimit limit{};
    return ::getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0 && limit.rlim_max == 0;
#else
    return false;
#endif
}

} // namespace ProcessHardening
