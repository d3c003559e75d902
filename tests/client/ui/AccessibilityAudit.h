#pragma once

// What a screen reader can read, checked the way one reads it: through the
// QAccessibleInterface tree Qt hands to AT-SPI (Orca), UI Automation
// (Narrator) and NSAccessibility (VoiceOver). The rules are the issue's:
// every focusable control has a name, every table and list has a name and
// exposes its column headers, every pipeline card has a name and the
// actions to move and open it. Written against Qt's public accessibility
// API only, independent of how the client sets its names.
#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QAccessibleInterface>
#include <QAccessibleTableInterface>
#include <QSet>
#include <QStringList>
#include <QWidget>

// Activating accessibility needs the platform's accessibility object: the
// offscreen platform has one but never switches it on (no assistive
// technology asks), so the test does what a screen reader's bridge does.
#include <QtGui/private/qguiapplication_p.h>
#include <qpa/qplatformaccessibility.h>
#include <qpa/qplatformintegration.h>

namespace erp::test {

inline bool activateAccessibility()
{
    QPlatformIntegration *integration = QGuiApplicationPrivate::platformIntegration();
    if (!integration || !integration->accessibility())
        return false;
    integration->accessibility()->setActive(true);
    return QAccessible::isActive();
}

struct AccessibilityAudit
{
    QStringList problems;
    int focusable = 0;
    int tables = 0;
    int cards = 0;
    // Action names a pipeline card must offer (set by the test).
    QStringList cardActions;

    static QString roleName(QAccessible::Role role)
    {
        switch (role) {
        case QAccessible::Table: return QStringLiteral("table");
        case QAccessible::List: return QStringLiteral("list");
        case QAccessible::Tree: return QStringLiteral("tree");
        case QAccessible::ListItem: return QStringLiteral("list item");
        case QAccessible::EditableText: return QStringLiteral("text field");
        case QAccessible::ComboBox: return QStringLiteral("combo box");
        case QAccessible::SpinBox: return QStringLiteral("spin box");
        case QAccessible::PushButton: return QStringLiteral("button");
        case QAccessible::CheckBox: return QStringLiteral("check box");
        case QAccessible::RadioButton: return QStringLiteral("radio button");
        case QAccessible::ButtonMenu: return QStringLiteral("menu button");
        case QAccessible::PageTab: return QStringLiteral("tab");
        default: return QStringLiteral("role 0x%1").arg(int(role), 0, 16);
        }
    }

    static QString describe(QAccessibleInterface *iface, const QString &path)
    {
        QString id = roleName(iface->role());
        if (QObject *o = iface->object()) {
            id += QLatin1Char(' ') + QString::fromLatin1(o->metaObject()->className());
            if (!o->objectName().isEmpty())
                id += QLatin1Char(' ') + o->objectName();
        }
        return path + QStringLiteral(" > ") + id;
    }

    void walk(QAccessibleInterface *iface, const QString &path = QString(), bool insideComboBox = false)
    {
        if (!iface || !iface->isValid())
            return;
        const QAccessible::State state = iface->state();
        // Hidden pages and widgets are not read; a combo box's list is
        // hidden until opened but screen readers list it all the same.
        if (state.invisible && !insideComboBox)
            return;
        const QAccessible::Role role = iface->role();
        const QString name = iface->text(QAccessible::Name).trimmed();
        const QString here = describe(iface, path);
        if (state.focusable) {
            ++focusable;
            if (name.isEmpty())
                problems << here + QStringLiteral(": focusable without a name");
        }
        QObject *object = iface->object();
        if (object && object->objectName() == QStringLiteral("searchEdit")
            && iface->text(QAccessible::Description).trimmed().isEmpty())
            problems << here + QStringLiteral(": search field without a description");
        if (role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree) {
            ++tables;
            if (name.isEmpty())
                problems << here + QStringLiteral(": table or list without a name");
            if (role == QAccessible::Table)
                checkHeaders(iface, here);
            if (object && object->objectName() == QStringLiteral("cards"))
                checkCards(iface, here);
            return; // rows and cells are data, not controls
        }
        // The path names only the objects that have a name, to stay readable.
        const QString childPath = object && !object->objectName().isEmpty() && !object->objectName().startsWith(QStringLiteral("qt_"))
            ? path + QLatin1Char('/') + object->objectName()
            : path;
        for (int i = 0; i < iface->childCount(); ++i)
            walk(iface->child(i), childPath, role == QAccessible::ComboBox);
    }

    void checkHeaders(QAccessibleInterface *table, const QString &here)
    {
        QAccessibleTableInterface *t = table->tableInterface();
        if (!t) {
            problems << here + QStringLiteral(": table without a table interface");
            return;
        }
        const int columns = t->columnCount();
        int named = 0;
        // The header row comes first (after a corner cell when row headers exist).
        const int headerCells = qMin(table->childCount(), columns + 1);
        for (int i = 0; i < headerCells; ++i) {
            QAccessibleInterface *c = table->child(i);
            if (c && c->role() == QAccessible::ColumnHeader && !c->text(QAccessible::Name).trimmed().isEmpty())
                ++named;
        }
        if (columns > 0 && named < columns)
            problems << here + QStringLiteral(": %1 of %2 column headers exposed").arg(named).arg(columns);
    }

    void checkCards(QAccessibleInterface *list, const QString &here)
    {
        for (int i = 0; i < list->childCount(); ++i) {
            QAccessibleInterface *card = list->child(i);
            if (!card)
                continue;
            ++cards;
            const QString cardId = here + QStringLiteral(" > card %1").arg(i);
            if (card->text(QAccessible::Name).trimmed().isEmpty())
                problems << cardId + QStringLiteral(": without a name");
            if (!card->state().focusable)
                problems << cardId + QStringLiteral(": not focusable");
            QAccessibleActionInterface *actions = card->actionInterface();
            const QStringList offered = actions ? actions->actionNames() : QStringList();
            for (const QString &a : cardActions)
                if (!offered.contains(a))
                    problems << cardId + QStringLiteral(": no action \"%1\"").arg(a);
        }
    }

    void walkWidget(QWidget *top, const QString &label)
    {
        walk(QAccessible::queryAccessibleInterface(top), label);
    }
};

} // namespace erp::test
