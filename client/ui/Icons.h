#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>

namespace erp::client {

// The client's icons, from its own resources (:/icons, a subset of KDE's
// Breeze icons; resources/icons/README.md), never from the system theme, so
// every platform shows the same pictures. Icons are drawn in the current
// palette's text colour, so they stay visible in dark and high-contrast
// palettes. Names are Breeze names ("list-add").
class Icons
{
public:
    static QIcon icon(const QString &name);
    // The application's own icon (window, task bar, installer).
    static QIcon applicationIcon();
    // The resource file of a design size (16 or 22); empty when the name is unknown.
    static QString resourcePath(const QString &name, int designSize);
    // The icon for a list page's tool-bar action by its object name
    // ("editAction" -> "document-edit"); empty when there is none.
    static QString nameForAction(const QString &objectName);
    // Every icon name the client uses (pages, menus, tool bars): for tests.
    static QStringList namesInUse();
    // Icons drawn for an earlier palette are dropped (after a palette change).
    static void clearCache();
};

} // namespace erp::client
