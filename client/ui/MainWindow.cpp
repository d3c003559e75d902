#include "client/ui/MainWindow.h"

#include "client/core/ApiClient.h"
#include "client/core/ClientSettings.h"
#include "client/core/Session.h"
#include "client/ui/ChangePasswordDialog.h"
#include "client/ui/Accessibility.h"
#include "client/ui/Icons.h"
#include "client/ui/KeyboardNavigation.h"
#include "client/ui/KeyboardShortcutsDialog.h"
#include "client/ui/Page.h"
#include "client/ui/PageRegistry.h"

#include <QAction>
#include <QDialog>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTreeWidgetItemIterator>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {

// Only the page shown decides how small the window may be: a stack is
// otherwise as wide as its widest page, so one page's filter bar kept
// every page (and the window) wider than 900 px in German.
void sizeByShownPageOnly(QStackedWidget *stack)
{
    for (int i = 0; i < stack->count(); ++i) {
        QWidget *page = stack->widget(i);
        const char *own = "sizePolicyWhenShown";
        if (!page->property(own).isValid())
            page->setProperty(own, QVariant::fromValue(page->sizePolicy()));
        page->setSizePolicy(i == stack->currentIndex() ? page->property(own).value<QSizePolicy>()
                                                       : QSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored));
    }
    stack->updateGeometry();
}

} // namespace

namespace {
constexpr int PageIdRole = Qt::UserRole + 1;
const QString GeometryKey = u"mainWindow/geometry"_s;
const QString StateKey = u"mainWindow/state"_s;
const QString SplitterKey = u"mainWindow/splitter"_s;
const QString LastPageKey = u"mainWindow/page"_s;
} // namespace

MainWindow::MainWindow(ApiClient *api, ClientSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_api(api)
    , m_settings(settings)
{
    setObjectName(u"mainWindow"_s);
    Accessibility::install();
    KeyboardNavigation::install();
    setWindowIcon(Icons::applicationIcon());
    m_navigation = new QTreeWidget(this);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setHeaderHidden(true);
    m_navigation->setRootIsDecorated(false);
    m_navigation->setIndentation(14);
    m_navigation->setUniformRowHeights(false);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setMinimumWidth(160);
    m_navigation->setFocusPolicy(Qt::StrongFocus);
    updateNavigationPalette();
    connect(m_navigation, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { navigationChanged(current); });

    m_pageTitle = new QLabel(this);
    m_pageTitle->setObjectName(u"pageTitle"_s);
    QFont titleFont = m_pageTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_pageTitle->setFont(titleFont);
    m_pageTitle->setContentsMargins(10, 8, 10, 0);

    m_stack = new QStackedWidget(this);
    // Only the page shown decides how small the window may be: a stack is
    // otherwise as wide as its widest page, so one page's filter bar kept
    // every page (and the window) wider than 900 px in German.
    connect(m_stack, &QStackedWidget::currentChanged, this, [this] { sizeByShownPageOnly(m_stack); });
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setObjectName(u"noModulePage"_s);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setMargin(24);
    // Wraps into whatever width the window has; never widens the window.
    m_emptyLabel->setMinimumSize(200, 100);
    m_stack->addWidget(m_emptyLabel);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(m_pageTitle);
    rightLayout->addWidget(m_stack, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({200, 900});
    setCentralWidget(m_splitter);

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(u"statusUser"_s);
    m_organisationLabel = new QLabel(this);
    m_organisationLabel->setObjectName(u"statusOrganisation"_s);
    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(u"statusServer"_s);
    // Three labelled fields with separators, so they never run together.
    bool first = true;
    for (QLabel *label : {m_userLabel, m_organisationLabel, m_serverLabel}) {
        if (!first) {
            auto *separator = new QFrame(this);
            separator->setFrameShape(QFrame::VLine);
            separator->setFrameShadow(QFrame::Sunken);
            statusBar()->addPermanentWidget(separator);
        }
        first = false;
        label->setContentsMargins(6, 0, 6, 0);
        statusBar()->addPermanentWidget(label);
    }

    createActions();
    retranslate();
    restoreWindowState();

    connect(m_api->session(), &Session::permissionsChanged, this, [this] {
        if (m_api->session()->isSignedIn())
            rebuildPages();
    });
    connect(m_api->session(), &Session::userChanged, this, &MainWindow::updateStatusBar);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::settingsRequested);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setObjectName(u"settingsAction"_s);
    m_fileMenu->addSeparator();
    m_changePasswordAction = m_fileMenu->addAction(QString(), this, &MainWindow::changePassword);
    m_changePasswordAction->setObjectName(u"changePasswordAction"_s);
    m_signOutAction = m_fileMenu->addAction(QString(), this, &MainWindow::signOutRequested);
    m_signOutAction->setObjectName(u"signOutAction"_s);
    m_signOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_quitAction = m_fileMenu->addAction(QString(), this, &MainWindow::quitRequested);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setObjectName(u"quitAction"_s);

    m_editMenu = menuBar()->addMenu(QString());
    m_newAction = m_editMenu->addAction(QString(), this, [this] {
        if (Page *p = currentPage())
            p->createRecord();
    });
    m_newAction->setObjectName(u"newAction"_s);
    m_newAction->setShortcut(QKeySequence::New);
    m_findAction = m_editMenu->addAction(QString(), this, [this] {
        if (Page *p = currentPage())
            p->focusSearch();
    });
    m_findAction->setObjectName(u"findAction"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    m_refreshAction = m_editMenu->addAction(QString(), this, [this] {
        if (Page *p = currentPage())
            p->refresh();
    });
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_exportAction = m_editMenu->addAction(QString(), this, [this] {
        if (Page *p = currentPage())
            p->exportCsv();
    });
    m_exportAction->setObjectName(u"exportAction"_s);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));

    m_goMenu = menuBar()->addMenu(QString());
    m_helpMenu = menuBar()->addMenu(QString());
    // The server's API reference (/api/docs), for integrators, in the browser.
    m_apiReferenceAction = m_helpMenu->addAction(QString(), this, [this] { QDesktopServices::openUrl(apiReferenceUrl()); });
    m_apiReferenceAction->setObjectName(u"apiReferenceAction"_s);
    // Generated from the actions the window really has (menus and pages).
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showKeyboardShortcuts);
    m_shortcutsAction->setObjectName(u"keyboardShortcutsAction"_s);
    m_shortcutsAction->setShortcut(QKeySequence(Qt::Key_F1));
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    applyIcons();
    updatePageActions();
}

void MainWindow::applyIcons()
{
    const std::pair<QAction *, const char *> icons[] = {
        {m_settingsAction, "configure"},      {m_signOutAction, "system-log-out"},
        {m_changePasswordAction, "object-unlocked"},
        {m_quitAction, "application-exit"},   {m_newAction, "list-add"},
        {m_findAction, "edit-find"},          {m_refreshAction, "view-refresh"},
        {m_exportAction, "document-export"},  {m_apiReferenceAction, "help-contents"},
        {m_shortcutsAction, "help-keybord-shortcuts"}, {m_aboutAction, "help-about"},
    };
    for (const auto &[action, name] : icons)
        action->setIcon(Icons::icon(QString::fromLatin1(name)));
    for (const auto &def : PageRegistry::pages()) {
        if (QTreeWidgetItem *item = m_items.value(def.id))
            item->setIcon(0, Icons::icon(def.icon));
    }
    for (QAction *go : std::as_const(m_goActions))
        if (!go->isSeparator())
            go->setIcon(Icons::icon(go->property("pageIcon").toString()));
}

void MainWindow::showKeyboardShortcuts()
{
    auto *dialog = new KeyboardShortcutsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_settingsAction->setText(tr("&Settings…"));
    m_signOutAction->setText(tr("Sign &Out"));
    m_changePasswordAction->setText(tr("Change &Password…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_newAction->setText(tr("&New…"));
    m_findAction->setText(tr("&Find"));
    m_refreshAction->setText(tr("&Refresh"));
    m_exportAction->setText(tr("&Export to CSV…"));
    m_goMenu->setTitle(tr("&Go"));
    m_helpMenu->setTitle(tr("&Help"));
    m_apiReferenceAction->setText(tr("&API Reference"));
    m_apiReferenceAction->setToolTip(tr("Open the server's API reference in your web browser"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About"));
    {
        const SessionUser &user = m_api->session()->user();
        const QString organisation = user.organisationName.isEmpty() ? user.organisationSlug : user.organisationName;
        m_emptyLabel->setText(
            tr("No module is open to you yet.\n\nYour roles in %1 do not include any part of the ERP (CRM, "
               "Purchasing, Inventory or Administration).\n\nAsk your organisation's administrator to give you a "
               "role in Administration → Users, for example Sales representative or Purchaser. Then sign out and in "
               "again.\n\nYour own sessions are under Your Account; File → Change Password… changes your password.")
                .arg(organisation));
    }
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setAccessibleDescription(
        tr("Modules and their pages. Arrow keys choose a page, which opens at once; Ctrl+1 to Ctrl+9 go to a page "
           "from anywhere."));
    m_pageTitle->setAccessibleDescription(tr("Current page"));
    // Navigation and titles follow the language too.
    const Session &session = *m_api->session();
    for (const auto &def : PageRegistry::pages()) {
        if (QTreeWidgetItem *item = m_items.value(def.id)) {
            item->setText(0, def.title(session));
            item->setToolTip(0, def.shortcut.isEmpty() ? QString()
                                                        : tr("%1 (%2)").arg(def.title(session),
                                                                           def.shortcut.toString(QKeySequence::NativeText)));
        }
    }
    for (int i = 0; i < m_navigation->topLevelItemCount(); ++i) {
        QTreeWidgetItem *module = m_navigation->topLevelItem(i);
        module->setText(0, PageRegistry::moduleTitle(module->data(0, Qt::UserRole).toString()).toUpper());
    }
    updateNavigationWidth();
    for (QAction *go : std::as_const(m_goActions))
        if (QTreeWidgetItem *item = m_items.value(go->property("pageId").toString()))
            go->setText(item->text(0));
    if (Page *p = currentPage()) {
        m_pageTitle->setText(p->title());
        setWindowTitle(tr("%1 — ERP").arg(p->title()));
    } else {
        m_pageTitle->clear();
        setWindowTitle(tr("ERP"));
    }
    updateStatusBar();
}

void MainWindow::changePassword()
{
    auto *dialog = new ChangePasswordDialog(m_api, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangePasswordDialog::passwordChanged, this, [this] {
        statusBar()->showMessage(tr("Password changed. Your other devices were signed out."), 8000);
    });
    m_changePasswordDialog = dialog;
    dialog->open();
}

void MainWindow::updateStatusBar()
{
    const Session &session = *m_api->session();
    const SessionUser &user = session.user();
    if (!user.isValid()) {
        m_userLabel->clear();
        m_organisationLabel->clear();
        m_serverLabel->clear();
        return;
    }
    const QString name = user.displayName.isEmpty() ? user.email : user.displayName;
    m_userLabel->setText(tr("Signed in as %1").arg(name));
    m_userLabel->setToolTip(user.email);
    m_organisationLabel->setText(
        tr("Organisation: %1").arg(user.organisationName.isEmpty() ? user.organisationSlug : user.organisationName));
    const QUrl server = session.serverUrl().isValid() ? session.serverUrl() : m_api->serverUrl();
    m_serverLabel->setText(
        tr("Server: %1").arg(server.port() > 0 ? u"%1:%2"_s.arg(server.host()).arg(server.port()) : server.host()));
    m_serverLabel->setToolTip(server.toDisplayString());
}

QUrl MainWindow::apiReferenceUrl() const
{
    const Session &session = *m_api->session();
    QUrl url = session.serverUrl().isValid() ? session.serverUrl() : m_api->serverUrl();
    url.setPath(u"/api/docs"_s);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString MainWindow::statusUserText() const
{
    return m_userLabel->text() + u" | "_s + m_organisationLabel->text() + u" | "_s + m_serverLabel->text();
}

void MainWindow::rebuildPages()
{
    const Session &session = *m_api->session();
    const auto definitions = PageRegistry::pagesFor(session);
    QStringList ids;
    for (const auto &def : definitions)
        ids << def.id;
    updateStatusBar();
    if (ids == m_permittedIds && !m_pages.isEmpty()) {
        retranslate(); // titles may depend on permissions ("My Sessions" vs "Sessions")
        return;
    }

    QString keep = currentPageId();
    if (keep.isEmpty())
        keep = QString::fromUtf8(m_settings->uiState(LastPageKey));
    {
        const QSignalBlocker block(m_navigation);
        m_navigation->clear();
    }
    m_items.clear();
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        if (!ids.contains(it.key())) {
            if (it.value()) {
                m_stack->removeWidget(it.value());
                it.value()->deleteLater();
            }
            it = m_pages.erase(it);
        } else {
            ++it;
        }
    }

    QFont moduleFont = m_navigation->font();
    moduleFont.setBold(true);
    moduleFont.setPointSizeF(moduleFont.pointSizeF() * 0.85);
    QTreeWidgetItem *moduleItem = nullptr;
    QString moduleId;
    m_order.clear();
    for (const auto &def : definitions) {
        if (def.module != moduleId) {
            moduleId = def.module;
            moduleItem = new QTreeWidgetItem(m_navigation);
            moduleItem->setData(0, Qt::UserRole, moduleId);
            moduleItem->setText(0, PageRegistry::moduleTitle(moduleId).toUpper());
            moduleItem->setFont(0, moduleFont);
            moduleItem->setForeground(0, m_navigation->palette().brush(QPalette::PlaceholderText));
            moduleItem->setFlags(Qt::ItemIsEnabled);
            moduleItem->setSizeHint(0, QSize(0, m_navigation->fontMetrics().height() + 18));
            moduleItem->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(moduleItem);
        item->setText(0, def.title(session));
        item->setIcon(0, Icons::icon(def.icon));
        item->setData(0, PageIdRole, def.id);
        item->setSizeHint(0, QSize(0, m_navigation->fontMetrics().height() + 12));
        m_items.insert(def.id, item);
        m_order << def.id;
        if (!m_pages.value(def.id)) {
            Page *page = def.create(m_api);
            page->setObjectName(def.id + u"Page"_s);
            m_pages.insert(def.id, page);
            m_stack->addWidget(page);
            connect(page, &Page::titleChanged, this, [this, id = def.id] {
                if (Page *p = m_pages.value(id); p && p == currentPage())
                    m_pageTitle->setText(p->title());
            });
            connect(page, &Page::actionsChanged, this, &MainWindow::updatePageActions);
            connect(page, &Page::statusMessage, this, [this](const QString &text, int timeoutMs) {
                statusBar()->showMessage(text, timeoutMs);
                // Painted messages are read out too ("Saved.", "Exported to …").
                Accessibility::announceStatus(statusBar(), text);
            });
        }
    }
    m_navigation->expandAll();
    updateNavigationWidth();
    sizeByShownPageOnly(m_stack);
    m_permittedIds = ids;

    qDeleteAll(m_goActions);
    m_goActions.clear();
    QString goModule;
    for (const auto &def : definitions) {
        if (!goModule.isEmpty() && def.module != goModule)
            m_goActions << m_goMenu->addSeparator();
        goModule = def.module;
        QAction *go = m_goMenu->addAction(Icons::icon(def.icon), m_items.value(def.id)->text(0));
        go->setObjectName(u"goAction_"_s + def.id);
        go->setProperty("pageId", def.id);
        go->setProperty("pageIcon", def.icon);
        // The page's own shortcut from the registry: the same for every role.
        go->setShortcut(def.shortcut);
        connect(go, &QAction::triggered, this, [this, id = def.id] {
            showPage(id);
            // Straight on to the page's list or first field.
            if (Page *p = m_pages.value(id); p && p->focusProxy())
                p->setFocus(Qt::ShortcutFocusReason);
        });
        m_goActions << go;
    }

    // Only the user's own pages: say so instead of opening one of them.
    const bool opensModule = std::any_of(definitions.begin(), definitions.end(),
                                         [](const auto &def) { return def.module != PageRegistry::AccountModule; });
    if (opensModule && !showPage(keep) && !m_order.isEmpty())
        showPage(m_order.first());
    if (!opensModule) {
        {
            const QSignalBlocker block(m_navigation);
            m_navigation->setCurrentItem(nullptr);
        }
        m_stack->setCurrentWidget(m_emptyLabel);
        retranslate();
    }
}

void MainWindow::clearPages()
{
    {
        const QSignalBlocker block(m_navigation);
        m_navigation->clear();
    }
    m_items.clear();
    for (const auto &page : std::as_const(m_pages)) {
        if (page) {
            m_stack->removeWidget(page);
            page->deleteLater();
        }
    }
    m_pages.clear();
    m_order.clear();
    m_permittedIds.clear();
    qDeleteAll(m_goActions);
    m_goActions.clear();
    m_stack->setCurrentWidget(m_emptyLabel);
    updatePageActions();
    retranslate();
}

QStringList MainWindow::pageIds() const
{
    return m_order;
}

Page *MainWindow::page(const QString &id) const
{
    return m_pages.value(id);
}

QString MainWindow::emptyText() const
{
    return m_stack->currentWidget() == m_emptyLabel ? m_emptyLabel->text() : QString();
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

QString MainWindow::currentPageId() const
{
    QTreeWidgetItem *item = m_navigation->currentItem();
    return item ? item->data(0, PageIdRole).toString() : QString();
}

bool MainWindow::showPage(const QString &id)
{
    QTreeWidgetItem *item = m_items.value(id);
    if (!item)
        return false;
    m_navigation->setCurrentItem(item);
    return true;
}

void MainWindow::navigationChanged(QTreeWidgetItem *current)
{
    const QString id = current ? current->data(0, PageIdRole).toString() : QString();
    Page *page = m_pages.value(id);
    if (!page)
        return;
    m_stack->setCurrentWidget(page);
    page->activate();
    m_settings->setUiState(LastPageKey, id.toUtf8());
    m_pageTitle->setText(page->title());
    setWindowTitle(tr("%1 — ERP").arg(page->title()));
    updatePageActions();
    emit currentPageChanged(id);
}

void MainWindow::updatePageActions()
{
    Page *p = currentPage();
    m_newAction->setEnabled(p && p->canCreate());
    m_findAction->setEnabled(p && p->canSearch());
    m_refreshAction->setEnabled(p && p->canRefresh());
    m_exportAction->setEnabled(p && p->canExport());
}

void MainWindow::saveWindowState()
{
    m_settings->setUiState(GeometryKey, saveGeometry());
    m_settings->setUiState(StateKey, saveState());
    m_settings->setUiState(SplitterKey, m_splitter->saveState());
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_settings->uiState(GeometryKey);
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1100, 700);
    restoreState(m_settings->uiState(StateKey));
    const QByteArray splitter = m_settings->uiState(SplitterKey);
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        emit windowClosed();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About ERP"),
                                tr("ERP desktop client %1\n\nBuilt with Qt %2.")
                                    .arg(QStringLiteral(ERP_VERSION), QString::fromLatin1(qVersion())),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateNavigationPalette()
{
    // A shade of the window colour; recomputed when the colour scheme changes.
    QPalette navPalette = QApplication::palette(m_navigation);
    navPalette.setColor(QPalette::Base, navPalette.color(QPalette::Window).darker(104));
    m_navigation->setPalette(navPalette);
    for (int i = 0; i < m_navigation->topLevelItemCount(); ++i)
        m_navigation->topLevelItem(i)->setForeground(0, navPalette.brush(QPalette::PlaceholderText));
}

void MainWindow::updateNavigationWidth()
{
    // Wide enough for the longest page title in the user's language and
    // text size (large fonts would otherwise cut "Purchase Orders" short).
    // Each item: indentation, icon and text, with the style's margins around both.
    const int margin = style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_navigation) + 1;
    const int icon = m_navigation->iconSize().isValid() ? m_navigation->iconSize().width()
                                                        : style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_navigation);
    int widest = 0;
    for (QTreeWidgetItemIterator it(m_navigation); *it; ++it)
        widest = qMax(widest, QFontMetrics((*it)->font(0)).horizontalAdvance((*it)->text(0)) + 2 * margin
                                  + ((*it)->icon(0).isNull() ? 0 : icon + 2 * margin)
                                  + ((*it)->parent() ? m_navigation->indentation() : 0));
    m_navigation->setMinimumWidth(qMax(160, widest + 16 + m_navigation->frameWidth() * 2
                                                + style()->pixelMetric(QStyle::PM_ScrollBarExtent)));
}

QAction *MainWindow::goAction(const QString &pageId) const
{
    for (QAction *go : m_goActions)
        if (go->property("pageId").toString() == pageId)
            return go;
    return nullptr;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        updateNavigationPalette();
    if (event->type() == QEvent::PaletteChange) {
        // Icons are drawn in the palette's text colour.
        Icons::clearCache();
        applyIcons();
    }
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

ChangePasswordDialog *MainWindow::changePasswordDialog() const
{
    return m_changePasswordDialog;
}

} // namespace erp::client
