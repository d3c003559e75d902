#pragma once

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace erp::client {

class ApiClient;
class ChangePasswordDialog;
class ClientSettings;
class Page;

// The application window: navigation by module on the left (only what the
// signed-in user's permissions allow), the current page on the right, the
// user, organisation and server in the status bar. Shortcuts: each page its
// own from the PageRegistry (Go menu), Ctrl+N new, Ctrl+F search, F5
// refresh, Ctrl+E export, F1 the list of all of them (Help > Keyboard
// Shortcuts). Window geometry, state and splitter are remembered.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ApiClient *api, ClientSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Creates the pages the session may see (called after every sign-in and
    // when the user's permissions change); keeps the current page when it is
    // still allowed.
    void rebuildPages();
    // Drops every page (after sign-out).
    void clearPages();

    QStringList pageIds() const;
    QString currentPageId() const;
    Page *currentPage() const;
    Page *page(const QString &id) const;
    bool showPage(const QString &id);
    QTreeWidget *navigation() const { return m_navigation; }

    QAction *newAction() const { return m_newAction; }
    QAction *findAction() const { return m_findAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *signOutAction() const { return m_signOutAction; }
    QAction *changePasswordAction() const { return m_changePasswordAction; }
    ChangePasswordDialog *changePasswordDialog() const;
    QString emptyText() const;
    QAction *keyboardShortcutsAction() const { return m_shortcutsAction; }
    // The Go menu's action of a page (null when the page is not shown).
    QAction *goAction(const QString &pageId) const;
    QMenu *goMenu() const { return m_goMenu; }
    QString statusUserText() const;
    // The server's human-readable API reference (Help > API Reference).
    QUrl apiReferenceUrl() const;

Q_SIGNALS:
    void signOutRequested();
    void settingsRequested();
    void quitRequested();
    void currentPageChanged(const QString &id);
    // The user closed the window (the application then ends).
    void windowClosed();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void changePassword();
    void createActions();
    void retranslate();
    void updateStatusBar();
    void updatePageActions();
    void navigationChanged(QTreeWidgetItem *current);
    void saveWindowState();
    void restoreWindowState();
    void showAbout();
    void updateNavigationPalette();
    void updateNavigationWidth();
    void showKeyboardShortcuts();
    void applyIcons();

    ApiClient *m_api;
    ClientSettings *m_settings;
    QSplitter *m_splitter;
    QTreeWidget *m_navigation;
    QStackedWidget *m_stack;
    QLabel *m_pageTitle;
    QLabel *m_emptyLabel;
    QHash<QString, QPointer<Page>> m_pages;
    QHash<QString, QTreeWidgetItem *> m_items;
    QStringList m_order;
    QStringList m_permittedIds;
    QList<QAction *> m_goActions;

    QMenu *m_fileMenu;
    QMenu *m_editMenu;
    QMenu *m_goMenu;
    QMenu *m_helpMenu;
    QAction *m_settingsAction;
    QAction *m_signOutAction;
    QAction *m_changePasswordAction;
    QPointer<ChangePasswordDialog> m_changePasswordDialog;
    QAction *m_quitAction;
    QAction *m_newAction;
    QAction *m_findAction;
    QAction *m_refreshAction;
    QAction *m_exportAction;
    QAction *m_aboutAction;
    QAction *m_apiReferenceAction;
    QAction *m_shortcutsAction;
    QLabel *m_userLabel;
    QLabel *m_organisationLabel;
    QLabel *m_serverLabel;
    bool m_restored = false;
};

} // namespace erp::client
