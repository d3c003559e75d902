#pragma once

#include <QByteArray>

namespace erp::server::ProcessMemory {

// Lets the server's allocator keep up to 32 MiB of freed memory for reuse
// (glibc: mmap and trim thresholds 32 MiB, top pad 4 MiB), the settings the
// embedded PostgreSQL runs with (EmbeddedPostgres::mallocTunables). With
// glibc's defaults the threads that assemble and encrypt responses hand the
// memory of every large answer back to the kernel and fault it in again for
// the next; in a virtual machine each hand-back also interrupts the other
// cores to flush their TLBs (docs/operations.md).
//
// glibcTunables is the process's GLIBC_TUNABLES: when it sets any
// glibc.malloc value the administrator's settings stand and nothing is
// changed. Returns whether the settings were applied (never on a C library
// other than glibc).
bool keepFreedMemory(const QByteArray &glibcTunables);

} // namespace erp::server::ProcessMemory
