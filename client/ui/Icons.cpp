#include "client/ui/Icons.h"

#include "client/ui/PageRegistry.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

// The resource of a static library is registered by hand (outside any namespace).
static void registerIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace erp::client {

namespace {

// Breeze marks the drawing colour with this value (class ColorScheme-Text).
constexpr auto BreezeTextColour = "#232629";

struct ActionIcon
{
    const char *objectName;
    const char *icon;
};

// Tool-bar actions of the list pages, by object name, so every page's
// Edit, Delete, Import ... looks the same without each page choosing.
constexpr ActionIcon ActionIcons[] = {
    {"createAction", "list-add"},        {"refreshAction", "view-refresh"},
    {"exportAction", "document-export"}, {"editAction", "document-edit"},
    {"openAction", "document-open"},     {"deleteAction", "edit-delete"},
    {"importAction", "document-import"}, {"revokeAction", "system-log-out"},
    {"activationAction", "im-user"},     {"unlockAction", "object-unlocked"},
    {"doneAction", "checkmark"},         {"adjustAction", "edit-entry"},
    {"transferAction", "transform-move"}, {"approveAction", "dialog-ok-apply"},
    {"rejectAction", "dialog-cancel"},
};

// The menu actions of the main window.
constexpr const char *MenuIcons[] = {"list-add",     "edit-find",     "view-refresh", "document-export",
                                     "configure",    "system-log-out", "application-exit", "help-contents",
                                     "help-about",   "help-keybord-shortcuts"};

QHash<QString, QIcon> &cache()
{
    static QHash<QString, QIcon> icons;
    return icons;
}

void ensureResources()
{
    static const bool registered = [] {
        registerIconResources();
        return true;
    }();
    Q_UNUSED(registered);
}

QPixmap render(const QByteArray &svg, int size, qreal dpr)
{
    QSvgRenderer renderer(svg);
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.fill(Qt::transparent);
    if (!renderer.isValid())
        return pixmap;
    QPainter painter(&pixmap);
    renderer.render(&painter, QRectF(0, 0, pixmap.width(), pixmap.height()));
    painter.end();
    pixmap.setDevicePixelRatio(dpr);
    return pixmap;
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QString Icons::resourcePath(const QString &name, int designSize)
{
    ensureResources();
    const QString path = u":/icons/%1/%2.svg"_s.arg(designSize).arg(name);
    return QFile::exists(path) ? path : QString();
}

QIcon Icons::icon(const QString &name)
{
    const QPalette palette = QApplication::palette();
    const QString colour = palette.color(QPalette::Active, QPalette::WindowText).name();
    const QString key = name + u'|' + colour;
    if (const auto it = cache().constFind(key); it != cache().constEnd())
        return *it;
    const QString small = resourcePath(name, 16);
    const QString large = resourcePath(name, 22);
    QIcon result;
    if (!small.isEmpty() && !large.isEmpty()) {
        auto recoloured = [&](const QString &path) {
            return readResource(path).replace(BreezeTextColour, colour.toLatin1());
        };
        const QByteArray smallSvg = recoloured(small);
        const QByteArray largeSvg = recoloured(large);
        // Breeze draws each design for its size; larger sizes scale the 22 px one.
        for (const qreal dpr : {1.0, 2.0}) {
            result.addPixmap(render(smallSvg, 16, dpr));
            for (const int size : {22, 24, 32, 48})
                result.addPixmap(render(largeSvg, size, dpr));
        }
    }
    cache().insert(key, result);
    return result;
}

QIcon Icons::applicationIcon()
{
    ensureResources();
    const QByteArray svg = readResource(u":/icons/erp-client.svg"_s);
    QIcon result;
    for (const int size : {16, 22, 32, 48, 64, 128, 256})
        result.addPixmap(render(svg, size, 1.0));
    return result;
}

QString Icons::nameForAction(const QString &objectName)
{
    for (const ActionIcon &a : ActionIcons)
        if (objectName == QLatin1String(a.objectName))
            return QString::fromLatin1(a.icon);
    return {};
}

QStringList Icons::namesInUse()
{
    QStringList names;
    for (const auto &page : PageRegistry::pages())
        names << page.icon;
    for (const ActionIcon &a : ActionIcons)
        names << QString::fromLatin1(a.icon);
    for (const char *name : MenuIcons)
        names << QString::fromLatin1(name);
    names.removeDuplicates();
    return names;
}

void Icons::clearCache()
{
    cache().clear();
}

} // namespace erp::client
