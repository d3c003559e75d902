#include "server/app/ProcessMemory.h"
#include "tests/support/TestServer.h"

#include <QTest>

#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace erp::server;
using erp::test::TestServer;

// The server's allocator keeps freed memory for reuse instead of handing it
// back to the kernel after every large answer (ProcessMemory, docs/operations.md).
class tst_ProcessMemory : public QObject
{
    Q_OBJECT

private slots:
    void anAdministratorsMallocTunablesStand();
    void aStartedServerKeepsFreedMemory();
};

void tst_ProcessMemory::anAdministratorsMallocTunablesStand()
{
    QVERIFY(!ProcessMemory::keepFreedMemory("glibc.malloc.trim_threshold=131072"));
    QVERIFY(!ProcessMemory::keepFreedMemory("glibc.pthread.rseq=0:glibc.malloc.arena_max=2"));
}

void tst_ProcessMemory::aStartedServerKeepsFreedMemory()
{
#if !defined(__GLIBC__)
    QSKIP("the settings are glibc's");
#else
    if (qgetenv("GLIBC_TUNABLES").contains("glibc.malloc."))
        QSKIP("GLIBC_TUNABLES sets the allocator's thresholds for this run");
    // The settings are the process's: starting the server applies them
    // (nothing in this test applies them itself).
    TestServer server(QStringLiteral("process_memory"));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    // 8 MiB in 4 KiB blocks (above the sizes glibc caches per thread) at the
    // top of the main heap, freed in reverse: they merge into the heap's free
    // top. glibc's default trim threshold (128 KiB) gives all but its 128 KiB
    // top pad back to the kernel; with the server's settings (trim threshold
    // 32 MiB) the top keeps them. mallinfo2().keepcost is the size of that top.
    constexpr std::size_t Block = 4096;
    constexpr std::size_t Blocks = 2048;
    std::vector<void *> blocks(Blocks);
    for (void *&b : blocks) {
        b = std::malloc(Block);
        QVERIFY(b);
        static_cast<char *>(b)[0] = 1;
    }
    for (auto b = blocks.rbegin(); b != blocks.rend(); ++b)
        std::free(*b);
    const std::size_t kept = mallinfo2().keepcost;
    QVERIFY2(kept >= Block * Blocks, qPrintable(QStringLiteral("free top of the heap: %1 bytes").arg(kept)));
#endif
}

QTEST_GUILESS_MAIN(tst_ProcessMemory)
#include "tst_processmemory.moc"
