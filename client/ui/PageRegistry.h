#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace erp::client {

class ApiClient;
class Page;
class Session;

// What the main window can show, module by module. A module appears only
// when the user may see at least one of its pages; a page only when the
// user holds one of its permissions (the server checks again: hiding is
// convenience, not security). New modules (CRM, purchasing, ...) add their
// pages here with an icon and a shortcut of their own; the navigation, the
// Go menu and permission gating follow.
class PageRegistry
{
    Q_DECLARE_TR_FUNCTIONS(erp::client::PageRegistry)

public:
    struct Module
    {
        QString id; // "admin", "crm", ...
        std::function<QString()> title; // translated at call time
    };
    struct PageDefinition
    {
        QString id; // "users"
        QString module; // "admin"
        QStringList anyOf; // permissions; empty = every signed-in user
        std::function<QString(const Session &)> title;
        std::function<Page *(ApiClient *)> create;
        QString icon; // a name for Icons::icon() ("view-pim-contacts")
        // Fixed per page, whichever other pages the user's roles show, so a
        // shortcut learnt once stays right (Ctrl+1..9 for everyday pages,
        // Ctrl+G then a letter for the others; unique, tst_keyboard checks).
        QKeySequence shortcut;
    };

    static const QList<Module> &modules();
    static const QList<PageDefinition> &pages();
    // The pages this session may see, in navigation order (module by module).
    static QList<PageDefinition> pagesFor(const Session &session);
    static QString moduleTitle(const QString &moduleId);
};

} // namespace erp::client
