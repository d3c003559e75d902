// The dependency arrows of the module seam (docs/decisions/0009): platform
// and the layers below name no module, a module uses another module only
// through the small service header that module publishes for it (listed
// below), and only the composition root (server/app) names modules. Read from the
// source tree, so a stray include fails here before it turns into a cycle.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestModuleSeam : public QObject
{
    Q_OBJECT

private slots:
    void onlyTheCompositionRootNamesModules();
};

void TestModuleSeam::onlyTheCompositionRootNamesModules()
{
    const QString serverDir = QStringLiteral(ERP_SOURCE_DIR) + u"/server"_s;
    const QStringList lower {u"http"_s, u"db"_s, u"auth"_s, u"platform"_s};
    // Every other folder under server/ except app/ is a module.
    QStringList modules;
    for (const QString &dir : QDir(serverDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (!lower.contains(dir) && dir != u"app"_s)
            modules << dir;
    QVERIFY2(modules.contains(u"crm"_s) && modules.contains(u"admin"_s), qPrintable(modules.join(u' ')));

    // The headers a module publishes for other modules to call.
    const QStringList serviceHeaders {u"inventory/StockLedger.h"_s, u"inventory/InsufficientStock.h"_s,
                                      u"inventory/InvalidStockMove.h"_s,
                                      // what is incoming: filled in by the module that orders goods
                                      u"inventory/IncomingStock.h"_s,
                                      // how a move's document is named: filled in by the module
                                      // that books moves for it (decision 0014)
                                      u"inventory/StockMoveReferences.h"_s};
    static const QRegularExpression include(uR"re(^\s*#\s*include\s+"server/(([a-z]+)/[^"]+)")re"_s,
                                            QRegularExpression::MultilineOption);
    QStringList violations;
    int files = 0;
    QDirIterator it(serverDir, {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(serverDir).relativeFilePath(path);
        const QString folder = relative.section(u'/', 0, 0);
        if (folder == u"app"_s || !relative.contains(u'/')) // the root and the one-file main
            continue;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        ++files;
        const QString text = QString::fromUtf8(file.readAll());
        for (auto m = include.globalMatch(text); m.hasNext();) {
            const auto match = m.next();
            const QString header = match.captured(1);
            const QString target = match.captured(2);
            const bool otherModule = modules.contains(target) && target != folder;
            if (target == u"app"_s || (otherModule && !serviceHeaders.contains(header)))
                violations << relative + u" includes server/"_s + header;
        }
    }
    QVERIFY(files > 50);
    // A module's header that other modules may call is added to
    // serviceHeaders on purpose, after review; anything else is a shortcut.
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestModuleSeam)
#include "tst_moduleseam.moc"
