// Client start-up benchmark: time from process start to the login dialog on
// screen, and peak memory (VmHWM) at that moment. Runs the real client
// start-up (clientMain: QApplication, translations, IT configuration,
// settings, trust store, login dialog) in fresh child processes and prints
// every run and the median. Not a test: it never fails on speed.
//
//     bench_client_startup [runs]      (default 9; QT_QPA_PLATFORM defaults to offscreen)
#include "client/ui/ClientApplication.h"
#include "client/ui/ClientMain.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

const char ChildVariable[] = "ERP_BENCH_STARTUP_CHILD";

long peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

int child(int argc, char **argv, const QElapsedTimer &sinceMain)
{
    return erp::client::clientMain(argc, argv, [&sinceMain](erp::client::ClientApplication &app) {
        QObject::connect(&app, &erp::client::ClientApplication::loginDialogDisplayed, &app, [&sinceMain] {
            std::printf("startup-ns=%lld vmhwm-kb=%ld\n", static_cast<long long>(sinceMain.nsecsElapsed()),
                        peakResidentKb());
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        });
    });
}

template<typename T> T median(std::vector<T> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (qEnvironmentVariableIsSet(ChildVariable))
        return child(argc, argv, sinceMain);

    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 9;
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(ChildVariable), QStringLiteral("1"));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    std::printf("client start-up to login dialog shown (%s, %d runs, fresh process each)\n",
                qPrintable(env.value(QStringLiteral("QT_QPA_PLATFORM"))), runs);

    std::vector<double> inProcessMs, wallMs;
    std::vector<long> peakKb;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        process.setProcessEnvironment(env);
        // Own settings and no keychain: the user's real settings play no part.
        const QStringList arguments {QStringLiteral("--settings"), dir.filePath(QStringLiteral("settings.ini")),
                                     QStringLiteral("--config"), dir.filePath(QStringLiteral("none.ini")),
                                     QStringLiteral("--no-keychain")};
        QElapsedTimer wall;
        wall.start();
        process.start(QCoreApplication::applicationFilePath(), arguments);
        if (!process.waitForStarted(10000)) {
            std::fprintf(stderr, "cannot start the child: %s\n", qPrintable(process.errorString()));
            return 1;
        }
        QByteArray line;
        while (!line.contains('\n') && process.waitForReadyRead(30000))
            line += process.readAllStandardOutput();
        const double wallElapsed = wall.nsecsElapsed() / 1e6;
        process.waitForFinished(10000);
        long long ns = 0;
        long kb = 0;
        if (std::sscanf(line.constData(), "startup-ns=%lld vmhwm-kb=%ld", &ns, &kb) != 2) {
            std::fprintf(stderr, "run %d: no result (output: %s; errors: %s)\n", i + 1, line.constData(),
                         process.readAllStandardError().constData());
            return 1;
        }
        inProcessMs.push_back(ns / 1e6);
        wallMs.push_back(wallElapsed);
        peakKb.push_back(kb);
        std::printf("  run %d: main() -> dialog shown %7.1f ms, process spawn -> dialog shown %7.1f ms, "
                    "peak RSS %6.1f MiB\n",
                    i + 1, ns / 1e6, wallElapsed, kb / 1024.0);
    }
    std::printf("median: main() -> dialog shown %.1f ms; spawn -> dialog shown %.1f ms; peak RSS (VmHWM) %.1f MiB\n",
                median(inProcessMs), median(wallMs), median(peakKb) / 1024.0);
    return 0;
}
