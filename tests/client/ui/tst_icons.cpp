// The client's icons: every icon name the client uses is in its resources
// (16 and 22 px designs), is a valid SVG and draws something; the window,
// its menus, the Go menu, the navigation and the list tool bars show icons
// from those resources (not from a system theme, which this test never asks).
#include "client/ui/Icons.h"
#include "client/ui/ListPage.h"
#include "client/ui/MainWindow.h"
#include "client/ui/PageRegistry.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QSvgRenderer>
#include <QToolBar>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace erp::client;

namespace {

// Pixels that are not fully transparent.
int paintedPixels(const QIcon &icon, int size)
{
    const QImage image = icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
    int painted = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            painted += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    return painted;
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyIconInUseIsInTheResourcesAndDraws_data();
    void everyIconInUseIsInTheResourcesAndDraws();
    void iconsFollowThePaletteTextColour();
    void applicationIconDraws();
    void windowMenusNavigationAndToolBarsShowIcons();

private:
    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_admin;
};

void TestIcons::initTestCase()
{
    // No theme to fall back on: whatever shows comes from the resources.
    QIcon::setThemeSearchPaths({});
    QIcon::setThemeName(QString());
    m_server = std::make_unique<TestServer>(u"ui_icons"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    QVERIFY(m_admin.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
}

void TestIcons::everyIconInUseIsInTheResourcesAndDraws_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = Icons::namesInUse();
    QVERIFY(names.size() >= 30);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestIcons::everyIconInUseIsInTheResourcesAndDraws()
{
    QFETCH(QString, name);
    for (const int design : {16, 22}) {
        const QString path = Icons::resourcePath(name, design);
        QVERIFY2(!path.isEmpty(), qPrintable(u"%1 px design missing"_s.arg(design)));
        QVERIFY(path.startsWith(u":/icons/"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QSvgRenderer renderer(file.readAll());
        QVERIFY(renderer.isValid());
    }
    const QIcon icon = Icons::icon(name);
    QVERIFY(!icon.isNull());
    for (const int size : {16, 22, 32}) {
        // Breeze icons are line drawings: a few dozen pixels at least, not a filled square.
        const int painted = paintedPixels(icon, size);
        QVERIFY2(painted >= size && painted < size * size, qPrintable(u"%1 px: %2 pixels"_s.arg(size).arg(painted)));
    }
}

void TestIcons::iconsFollowThePaletteTextColour()
{
    const QPalette original = QApplication::palette();
    auto colourOf = [](const QIcon &icon) {
        const QImage image = icon.pixmap(22, 22).toImage().convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (qAlpha(image.pixel(x, y)) == 255)
                    return QColor(image.pixel(x, y));
        return QColor();
    };
    QPalette dark = original;
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    QCOMPARE(colourOf(Icons::icon(u"list-add"_s)), QColor(0xee, 0xee, 0xee));
    QPalette light = original;
    light.setColor(QPalette::WindowText, QColor(0x10, 0x20, 0x30));
    QApplication::setPalette(light);
    QCOMPARE(colourOf(Icons::icon(u"list-add"_s)), QColor(0x10, 0x20, 0x30));
    QApplication::setPalette(original);
}

void TestIcons::applicationIconDraws()
{
    const QIcon icon = Icons::applicationIcon();
    QVERIFY(!icon.isNull());
    for (const int size : {16, 32, 64, 256})
        QVERIFY2(paintedPixels(icon, size) > size * size / 2, qPrintable(QString::number(size)));
}

void TestIcons::windowMenusNavigationAndToolBarsShowIcons()
{
    MainWindow window(m_admin.api.get(), m_admin.settings.get());
    window.rebuildPages();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(paintedPixels(window.windowIcon(), 32) > 0);
    // Every menu entry, Go menu included.
    int menuEntries = 0;
    for (QAction *top : window.menuBar()->actions()) {
        QVERIFY(top->menu());
        for (QAction *action : top->menu()->actions()) {
            if (action->isSeparator())
                continue;
            ++menuEntries;
            QVERIFY2(paintedPixels(action->icon(), 16) > 0, qPrintable(action->text()));
        }
    }
    QVERIFY(menuEntries >= 10 + window.pageIds().size());
    // Every page in the navigation.
    for (const QString &id : window.pageIds()) {
        QTreeWidgetItem *item = nullptr;
        const auto found = window.navigation()->findItems(u"*"_s, Qt::MatchWildcard | Qt::MatchRecursive);
        for (QTreeWidgetItem *candidate : found)
            if (candidate->data(0, Qt::UserRole + 1).toString() == id)
                item = candidate;
        QVERIFY2(item, qPrintable(id));
        QVERIFY2(paintedPixels(item->icon(0), 16) > 0, qPrintable(id));
    }
    // The list tool bars: New, Refresh, Export and the page actions the
    // client has an icon for.
    for (const QString &id : window.pageIds()) {
        auto *list = qobject_cast<ListPage *>(window.page(id));
        if (!list)
            continue;
        for (QAction *action : list->toolBar()->actions()) {
            if (action->isSeparator() || Icons::nameForAction(action->objectName()).isEmpty())
                continue;
            QVERIFY2(paintedPixels(action->icon(), 16) > 0, qPrintable(id + u": "_s + action->objectName()));
        }
        QVERIFY(!list->refreshAction()->icon().isNull());
    }
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
