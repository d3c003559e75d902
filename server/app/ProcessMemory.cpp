#include "server/app/ProcessMemory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace erp::server::ProcessMemory {

bool keepFreedMemory(const QByteArray &glibcTunables)
{
#if defined(__GLIBC__)
    if (glibcTunables.contains("glibc.malloc."))
        return false;
    // Kept in step with EmbeddedPostgres::mallocTunables.
    constexpr int Threshold = 32 * 1024 * 1024;
    constexpr int TopPad = 4 * 1024 * 1024;
    return mallopt(M_MMAP_THRESHOLD, Threshold) == 1 && mallopt(M_TRIM_THRESHOLD, Threshold) == 1
        && mallopt(M_TOP_PAD, TopPad) == 1;
#else
    Q_UNUSED(glibcTunables);
    return false;
#endif
}

} // namespace erp::server::ProcessMemory
