// Server settings: built-in defaults, the INI file, the environment on top.
#include "server/app/ServerConfig.h"

#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;
using erp::server::ServerConfig;

class tst_ServerConfig : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void databaseWorkersDefaultToTwiceTheCores();
    void databaseWorkersFromTheFile();
    void databaseWorkersFromTheEnvironment();
    void negativeWorkersAreRefused();

private:
    QString writeIni(const QByteArray &text);
    QTemporaryDir m_dir;
};

void tst_ServerConfig::init()
{
    qunsetenv("ERP_DATABASE_WORKERS");
}

void tst_ServerConfig::cleanup()
{
    qunsetenv("ERP_DATABASE_WORKERS");
}

QString tst_ServerConfig::writeIni(const QByteArray &text)
{
    const QString path = m_dir.filePath(u"server.conf"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text);
    return path;
}

void tst_ServerConfig::databaseWorkersDefaultToTwiceTheCores()
{
    // docs/decisions/0019: twice the processor cores, at least 2, at most 32.
    const int cores = QThread::idealThreadCount();
    const int expected = cores <= 1 ? 2 : cores >= 16 ? 32 : 2 * cores;
    ServerConfig config;
    QString error;
    QVERIFY2(config.load(writeIni("[http]\nport=8443\n"), &error), qPrintable(error));
    QCOMPARE(config.databaseWorkers, expected);
    QCOMPARE(ServerConfig().databaseWorkers, expected);
}

void tst_ServerConfig::databaseWorkersFromTheFile()
{
    ServerConfig config;
    QString error;
    QVERIFY2(config.load(writeIni("[database]\nworkers=7\n"), &error), qPrintable(error));
    QCOMPARE(config.databaseWorkers, 7);
}

void tst_ServerConfig::databaseWorkersFromTheEnvironment()
{
    qputenv("ERP_DATABASE_WORKERS", "3");
    ServerConfig config;
    QString error;
    QVERIFY2(config.load(writeIni("[database]\nworkers=7\n"), &error), qPrintable(error));
    QCOMPARE(config.databaseWorkers, 3);
}

void tst_ServerConfig::negativeWorkersAreRefused()
{
    ServerConfig config;
    QString error;
    QVERIFY(!config.load(writeIni("[database]\nworkers=-2\n"), &error));
    QVERIFY2(error.contains(u"database/workers"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_ServerConfig)
#include "tst_serverconfig.moc"
