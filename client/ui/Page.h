#pragma once

#include <QIcon>
#include <QWidget>

namespace erp::client {

// One screen of the main window (a list of users, the audit log, ...). The
// main window's menus and shortcuts (Ctrl+N, Ctrl+F, F5, Ctrl+E) act on the
// current page through these hooks; a page only implements what it offers.
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(QWidget *parent = nullptr)
        : QWidget(parent)
    {
    }

    // Translated; pages re-emit titleChanged() on QEvent::LanguageChange.
    virtual QString title() const = 0;

    // Called every time the page becomes current; the first call loads data.
    virtual void activate() { }

    virtual bool canCreate() const { return false; }
    virtual void createRecord() { }
    virtual bool canSearch() const { return false; }
    virtual void focusSearch() { }
    virtual bool canRefresh() const { return false; }
    virtual void refresh() { }
    virtual bool canExport() const { return false; }
    virtual void exportCsv() { }

    // True while the page holds edits that closing would lose (open forms).
    virtual bool hasUnsavedChanges() const { return false; }

Q_SIGNALS:
    void titleChanged();
    // The set of available actions changed (canCreate() etc.).
    void actionsChanged();
    // A short note for the status bar ("Saved.", "Exported 120 rows.").
    void statusMessage(const QString &text, int timeoutMs = 5000);
};

} // namespace erp::client
