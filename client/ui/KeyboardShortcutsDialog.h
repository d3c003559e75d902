#pragma once

#include <QDialog>
#include <QKeySequence>

class QLineEdit;
class QTreeWidget;

namespace erp::client {

// Help > Keyboard Shortcuts: every action of a window that has a shortcut,
// found on the window itself when the dialog opens (its menus, then each
// page's own actions under the page's title), so the list can never drift
// from what the keys really do. A filter box narrows it down.
class KeyboardShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    KeyboardShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    struct Entry
    {
        QString group; // "Go", "Leads"
        QString text; // "Leads", "Mark as done"
        QKeySequence shortcut;
    };
    // What the window offers, in the order shown.
    static QList<Entry> collect(QWidget *window);

    QTreeWidget *list() const { return m_list; }

private:
    void filter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_list;
};

} // namespace erp::client
