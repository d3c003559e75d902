#include "client/ui/TextFit.h"
#include "client/ui/ListPage.h"
#include "client/core/JsonId.h"
#include "client/ui/ColorScheme.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/core/LocaleFormat.h"
#include "client/core/PagedListModel.h"
#include "client/ui/Accessibility.h"
#include "client/ui/BusyIndicator.h"
#include "client/ui/FlowLayout.h"
#include "client/ui/Icons.h"
#include "client/ui/KeyboardNavigation.h"
#include "client/ui/PlainTextLabels.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {
// The search field shows its whole hint ("Search SKU, barcode or product
// name") at any text size: wider than its usual 320 px when it must.
void fitSearchField(QLineEdit *search)
{
    search->setMaximumWidth(qMax(320, TextFit::lineEditWidthFor(search, search->placeholderText())));
    TextFit::keepPlaceholderWhole(search);
}
} // namespace

ListPage::ListPage(ApiClient *api, const QString &path, QWidget *parent)
    : Page(parent)
    , m_api(api)
    , m_model(new PagedListModel(api, path, this))
{
    KeyboardNavigation::install();
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setObjectName(u"listToolBar"_s);
    m_createAction = m_toolBar->addAction(QString(), this, &ListPage::createRequested);
    m_createAction->setObjectName(u"createAction"_s);
    m_createAction->setVisible(false);
    m_pageActionsAnchor = m_toolBar->addSeparator();
    m_refreshAction = m_toolBar->addAction(QString(), this, &ListPage::refresh);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_exportAction = m_toolBar->addAction(QString(), this, &ListPage::exportCsv);
    m_exportAction->setObjectName(u"exportAction"_s);
    m_pageActionsAnchor->setVisible(false);
    m_deleteAction = new QAction(this);
    m_deleteAction->setObjectName(u"deleteAction"_s);
    m_deleteAction->setVisible(false);
    m_deleteAction->setEnabled(false);
    connect(m_deleteAction, &QAction::triggered, this, &ListPage::deleteCurrent);
    m_toolBar->insertAction(m_pageActionsAnchor, m_deleteAction);
    setStandardIcon(m_deleteAction);
    connect(m_deleteAction, &QAction::changed, this, &ListPage::updateToolBarSeparator);
    for (QAction *action : {m_createAction, m_refreshAction, m_exportAction})
        setStandardIcon(action);
    // Refresh and Export are known by their pictures (tooltips, the Edit
    // menu, F5 and Ctrl+E say the rest), so the tool bar fits at 900 px.
    for (QAction *action : {m_refreshAction, m_exportAction})
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);

    // Row 1: actions on the left, search on the right. Row 2: the page's
    // filters, left-aligned, only when it has any. Two rows keep both
    // readable in every language and at any window width.
    // Narrower than its buttons (long translations at 900 px), the tool bar
    // moves the last ones into its » menu rather than widening the window.
    m_toolBar->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    m_search->setMaximumWidth(320);
    m_search->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_filterBar = new QWidget(this);
    m_filterBar->setObjectName(u"filterBar"_s);
    // Filters wrap to further rows when the window is narrow or the
    // language long, a label always on the row of its field.
    m_filterLayout = new FlowLayout(m_filterBar);
    m_filterLayout->setContentsMargins(4, 0, 0, 0);
    m_filterBar->hide();

    auto *top = new QVBoxLayout;
    top->setSpacing(4);
    auto *actionsRow = new QHBoxLayout;
    actionsRow->addWidget(m_toolBar);
    actionsRow->addStretch(1);
    actionsRow->addWidget(m_search);
    top->addLayout(actionsRow);
    top->addWidget(m_filterBar);

    m_errorBar = new QWidget(this);
    m_errorBar->setObjectName(u"errorBar"_s);
    m_errorBar->setAutoFillBackground(true);
    QPalette errorPalette = m_errorBar->palette();
    errorPalette.setColor(QPalette::Window, ColorScheme::colour(ColorScheme::Signal::ErrorBackground));
    errorPalette.setColor(QPalette::WindowText, ColorScheme::colour(ColorScheme::Signal::Error));
    m_errorBar->setPalette(errorPalette);
    PlainTextLabels::install();
    Accessibility::install();
    m_errorBarText = new QLabel(m_errorBar);
    m_errorBarText->setWordWrap(true);
    m_errorBarRetry = new QPushButton(m_errorBar);
    auto *errorLayout = new QHBoxLayout(m_errorBar);
    errorLayout->setContentsMargins(8, 4, 8, 4);
    errorLayout->addWidget(m_errorBarText, 1);
    errorLayout->addWidget(m_errorBarRetry);
    m_errorBar->hide();
    connect(m_errorBarRetry, &QPushButton::clicked, m_model, &PagedListModel::retry);

    m_view = new QTableView(this);
    m_view->setObjectName(u"listView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);
    // Tab goes past the table (KeyboardNavigation); a Go shortcut lands here.
    setFocusProxy(m_view);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionClicked, this, &ListPage::headerClicked);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit itemActivated(m_model->itemAt(index.row())); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                updateDeleteAction();
                emit currentItemChanged(current.isValid() ? m_model->itemAt(current.row()) : QJsonObject());
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListPage::updateDeleteAction);

    // The overlay covers the table's viewport: loading, empty and error states.
    m_overlay = new QWidget(m_view->viewport());
    m_overlay->setObjectName(u"listOverlay"_s);
    m_overlayBusy = new BusyIndicator(m_overlay);
    m_overlayText = new QLabel(m_overlay);
    m_overlayText->setObjectName(u"overlayText"_s);
    m_overlayText->setAlignment(Qt::AlignCenter);
    m_overlayText->setWordWrap(true);
    // A role, not a copied colour: follows a change of colour scheme.
    m_overlayText->setForegroundRole(QPalette::PlaceholderText);
    QFont bigger = m_overlayText->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    m_overlayText->setFont(bigger);
    m_retry = new QPushButton(m_overlay);
    m_retry->setObjectName(u"retryButton"_s);
    connect(m_retry, &QPushButton::clicked, m_model, &PagedListModel::retry);
    auto *overlayLayout = new QVBoxLayout(m_overlay);
    overlayLayout->addStretch(1);
    overlayLayout->addWidget(m_overlayBusy, 0, Qt::AlignHCenter);
    overlayLayout->addWidget(m_overlayText);
    overlayLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    overlayLayout->addStretch(2);
    m_overlay->hide();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"countLabel"_s);
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_errorBar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_countLabel);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(300);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(&m_searchTimer, &QTimer::timeout, this, [this] { m_model->setSearchText(m_search->text().trimmed()); });
    // Enter searches at once.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer.stop();
        m_model->setSearchText(m_search->text().trimmed());
    });

    connect(m_model, &PagedListModel::stateChanged, this, &ListPage::updateOverlay);
    connect(m_model, &PagedListModel::modelReset, this, &ListPage::updateOverlay);
    connect(m_model, &PagedListModel::rowsInserted, this, &ListPage::updateOverlay);
    connect(m_model, &PagedListModel::rowsRemoved, this, &ListPage::updateOverlay);
    connect(m_model, &PagedListModel::totalEstimateChanged, this, &ListPage::updateOverlay);
    connect(m_model, &PagedListModel::sortChanged, this, &ListPage::updateSortIndicator);
    connect(m_model, &PagedListModel::reloaded, this, [this] {
        // Size columns to what arrived first; later the user's widths stay.
        if (m_model->rowCount() > 0 && !property("columnsSized").toBool()) {
            setProperty("columnsSized", true);
            m_view->resizeColumnsToContents();
            for (int c = 0; c < m_model->columnCount() - 1; ++c)
                m_view->setColumnWidth(c, qBound(80, m_view->columnWidth(c) + 16, 360));
            TextFit::keepColumnTitlesWhole(m_view->horizontalHeader());
        }
    });
    retranslateBase();
}

ListPage::~ListPage()
{
    if (m_exportReply)
        m_exportReply->cancel();
}

void ListPage::setColumns(const QList<ListColumn> &columns)
{
    m_model->setColumns(columns);
    updateSortIndicator();
    TextFit::keepColumnTitlesWhole(m_view->horizontalHeader()); // also while the list is empty
}

void ListPage::setDefaultSort(const QString &sortExpression)
{
    m_model->setSort(sortExpression);
    updateSortIndicator();
}

void ListPage::setPageSize(int rows)
{
    m_model->setPageSize(rows);
}

void ListPage::setSearchEnabled(bool enabled)
{
    m_search->setVisible(enabled);
    emit actionsChanged();
}

void ListPage::setSearchPlaceholder(const QString &text)
{
    m_search->setPlaceholderText(text);
    fitSearchField(m_search);
}

void ListPage::addFilterWidget(QWidget *widget, const QString &label)
{
    if (!label.isEmpty()) {
        auto *l = new QLabel(label, m_filterBar);
        l->setBuddy(widget);
        addFilterGroup({l, widget});
        return;
    }
    // A label added on its own just before its buddy stays with it.
    const int last = m_filterLayout->count() - 1;
    auto *previous = last >= 0 ? qobject_cast<QLabel *>(m_filterLayout->itemAt(last)->widget()) : nullptr;
    const bool joinsLabel = previous && previous->buddy() == widget && !m_filterLayout->keepsWithNext(last);
    addFilterGroup({widget});
    if (joinsLabel)
        m_filterLayout->setKeepWithNext(last, true);
}

void ListPage::addFilterGroup(const QList<QWidget *> &widgets)
{
    m_filterBar->show();
    for (int i = 0; i < widgets.size(); ++i) {
        QWidget *widget = widgets.at(i);
        // Filters show their whole choice ("All records", a long owner name) in
        // every language: as wide as their longest entry.
        if (auto *combo = qobject_cast<QComboBox *>(widget))
            combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_filterLayout->insertWidget(-1, widget, i + 1 < widgets.size());
    }
    fitFilters();
}

void ListPage::fitFilters()
{
    // A filter field's hint ("All locations") shows whole, as the search
    // field's does.
    for (int i = 0; i < m_filterLayout->count(); ++i)
        if (auto *edit = qobject_cast<QLineEdit *>(m_filterLayout->itemAt(i)->widget()))
            TextFit::keepPlaceholderWhole(edit);
}

void ListPage::setStandardIcon(QAction *action)
{
    if (!action->icon().isNull() && !action->property("standardIcon").isValid())
        return;
    const QString name = Icons::nameForAction(action->objectName());
    if (name.isEmpty())
        return;
    action->setProperty("standardIcon", name);
    action->setIcon(Icons::icon(name));
}

void ListPage::addPageAction(QAction *action)
{
    setStandardIcon(action);
    m_toolBar->insertAction(m_deleteAction, action); // Delete stays last
    connect(action, &QAction::changed, this, &ListPage::updateToolBarSeparator);
    updateToolBarSeparator();
}

void ListPage::updateToolBarSeparator()
{
    // The separator divides page actions from Refresh/Export; alone at the
    // start of the tool bar it would only be a stray line.
    bool any = false;
    for (QAction *a : m_toolBar->actions()) {
        if (a == m_pageActionsAnchor)
            break;
        any = any || a->isVisible();
    }
    m_pageActionsAnchor->setVisible(any);
}

void ListPage::setDetailWidget(QWidget *widget)
{
    m_splitter->addWidget(widget);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
}

void ListPage::setEmptyTexts(const QString &noRecords, const QString &noMatches)
{
    m_customEmptyTexts = true;
    m_noRecordsText = noRecords;
    m_noMatchesText = noMatches;
    updateOverlay();
}

void ListPage::setCreateText(const QString &text)
{
    m_createAction->setText(text);
    m_createAction->setVisible(!text.isEmpty());
    updateToolBarSeparator();
    emit actionsChanged();
}

void ListPage::setCreateEnabled(bool enabled)
{
    m_createAction->setVisible(enabled && !m_createAction->text().isEmpty());
    updateToolBarSeparator();
    emit actionsChanged();
}

QJsonObject ListPage::currentItem() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->itemAt(current.row()) : QJsonObject();
}

qint64 ListPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

bool ListPage::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

void ListPage::refreshAndSelect(qint64 id)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_model, &PagedListModel::reloaded, this, [this, id, connection] {
        disconnect(*connection);
        selectId(id);
    });
    refresh();
}

QString ListPage::overlayText() const
{
    return m_overlay->isHidden() ? QString() : m_overlayText->text();
}

bool ListPage::isOverlayVisible() const
{
    return !m_overlay->isHidden();
}

void ListPage::updateAccessibility()
{
    // A screen reader announces the table by what it lists ("Leads") and
    // the search field by what it searches, with the placeholder's hint
    // ("title, company, contact or email") as its description.
    const QString what = title();
    m_view->setAccessibleName(what);
    m_view->setAccessibleDescription(tr("Enter opens the selected row. Click a column header to sort."));
    m_search->setAccessibleName(tr("Search %1").arg(what));
    m_search->setAccessibleDescription(
        tr("%1. The list updates as you type; Enter searches at once.").arg(m_search->placeholderText()));
    m_toolBar->setAccessibleName(tr("%1 actions").arg(what));
    m_countLabel->setAccessibleName(QString());
}

void ListPage::activate()
{
    updateAccessibility();
    if (m_started)
        return;
    m_started = true;
    m_model->reload();
    updateOverlay();
}

bool ListPage::canCreate() const
{
    return m_createAction->isVisible() && m_createAction->isEnabled();
}

void ListPage::createRecord()
{
    if (canCreate())
        emit createRequested();
}

bool ListPage::canSearch() const
{
    return !m_search->isHidden();
}

void ListPage::focusSearch()
{
    if (!canSearch())
        return;
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ListPage::refresh()
{
    m_started = true;
    m_model->reload();
    updateOverlay();
}

void ListPage::headerClicked(int section)
{
    const QList<ListColumn> &columns = m_model->columns();
    if (section < 0 || section >= columns.size() || columns[section].sortKey.isEmpty()) {
        updateSortIndicator();
        return;
    }
    // A second click on the sorted column reverses it; a new column starts ascending.
    const Qt::SortOrder order = section == m_model->sortColumn() && m_model->sortOrder() == Qt::AscendingOrder
        ? Qt::DescendingOrder
        : Qt::AscendingOrder;
    m_model->sort(section, order);
    updateSortIndicator();
}

void ListPage::updateSortIndicator()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QSignalBlocker block(header);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void ListPage::updateOverlay()
{
    using State = PagedListModel::State;
    const State state = m_model->state();
    const bool noRows = m_model->rowCount() == 0;
    const bool filtered = !m_model->searchText().isEmpty() || !m_model->filters().isEmpty();

    bool showOverlay = false;
    bool busy = false;
    bool retry = false;
    QString text;
    if (state == State::Loading && noRows) {
        showOverlay = busy = true;
        text = tr("Loading…");
    } else if (state == State::Empty || (state == State::Ready && noRows)) {
        showOverlay = true;
        text = filtered ? m_noMatchesText : m_noRecordsText;
    } else if (state == State::Error && noRows) {
        showOverlay = retry = true;
        text = ErrorText::forError(m_model->lastError());
    }
    const bool overlayNews = text != m_overlayText->text() || m_overlay->isHidden() != !showOverlay;
    m_overlayText->setText(text);
    if (retry && overlayNews)
        Accessibility::announceAlert(m_overlayText, text);
    if (busy)
        m_overlayBusy->start();
    else
        m_overlayBusy->stop();
    m_retry->setVisible(retry);
    m_overlay->setVisible(showOverlay);
    if (showOverlay)
        placeOverlay();

    const bool errorBar = state == State::Error && !noRows;
    if (errorBar) {
        const QString message = tr("Could not load more rows: %1").arg(ErrorText::forError(m_model->lastError()));
        const bool news = m_errorBar->isHidden() || m_errorBarText->text() != message;
        m_errorBarText->setText(message);
        m_errorBar->setVisible(true);
        if (news)
            Accessibility::announceAlert(m_errorBarText, message);
    } else {
        m_errorBar->hide();
    }

    const int rows = m_model->rowCount();
    const qint64 total = m_model->totalEstimate();
    if (state == State::Loading && !noRows)
        m_countLabel->setText(tr("Updating…"));
    else if (rows == 0)
        m_countLabel->clear();
    else if (total > rows && m_model->totalIsExact())
        m_countLabel->setText(tr("Showing %1 of %2 rows; scroll down for more.")
                                  .arg(LocaleFormat::count(rows), LocaleFormat::count(total)));
    else if (total > rows)
        m_countLabel->setText(tr("Showing %1 of about %2 rows; scroll down for more.")
                                  .arg(LocaleFormat::count(rows), LocaleFormat::count(total)));
    else
        m_countLabel->setText(tr("%Ln row(s)", nullptr, rows));
}

void ListPage::placeOverlay()
{
    QWidget *viewport = m_view->viewport();
    m_overlay->setGeometry(viewport->rect());
    m_overlay->raise();
}

bool ListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress && m_deleteEnabled
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        deleteCurrent();
        return true;
    }
    if (watched == m_view->viewport() && event->type() == QEvent::Resize && !m_overlay->isHidden())
        placeOverlay();
    return Page::eventFilter(watched, event);
}

void ListPage::exportCsv()
{
    if (m_exportReply)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = (m_exportBaseName.isEmpty() ? u"export"_s : m_exportBaseName) + u"-"_s
        + QDate::currentDate().toString(Qt::ISODate) + u".csv"_s;
    auto *dialog = new QFileDialog(this, tr("Export to CSV"), QDir(dir).filePath(name), tr("CSV files (*.csv)"));
    dialog->setObjectName(u"exportFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { exportTo(path); });
    dialog->open();
}

ApiReply *ListPage::exportTo(const QString &path)
{
    if (m_exportReply)
        return nullptr;
    delete m_exportFile;
    m_exportFile = new QSaveFile(path, this);
    if (!m_exportFile->open(QIODevice::WriteOnly)) {
        const QString message
            = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), m_exportFile->errorString());
        delete m_exportFile;
        m_exportFile = nullptr;
        emit exportFinished(path, false, message);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Failed"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return nullptr;
    }
    ApiReply *reply = m_model->exportCsv(m_exportFile);
    m_exportReply = reply;
    m_exportAction->setEnabled(false);

    m_progress = new QProgressDialog(tr("Exporting to %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->setWindowTitle(tr("Export to CSV"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, reply, &ApiReply::cancel);
    connect(reply, &ApiReply::downloadProgress, this, [this, path](qint64 received, qint64 total) {
        if (!m_progress)
            return;
        if (total > 0) {
            m_progress->setMaximum(1000);
            m_progress->setValue(int(received * 1000 / total));
        }
        m_progress->setLabelText(
            tr("Exporting to %1… %2 written").arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(received)));
    });
    connect(reply, &ApiReply::finished, this, [this, reply] { exportDone(reply); });
    emit statusMessage(tr("Exporting…"), 0);
    return reply;
}

void ListPage::exportDone(ApiReply *reply)
{
    const QString path = m_exportFile ? m_exportFile->fileName() : QString();
    bool ok = reply->isSuccess();
    QString message;
    if (ok && !m_exportFile->commit()) {
        ok = false;
        message = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), m_exportFile->errorString());
    } else if (!ok) {
        m_exportFile->cancelWriting();
        message = reply->error().kind() == ApiError::Kind::Cancelled ? tr("Export cancelled.")
                                                                     : ErrorText::forError(reply->error());
    } else {
        message = tr("Exported to %1.").arg(QDir::toNativeSeparators(path));
    }
    delete m_exportFile;
    m_exportFile = nullptr;
    m_exportReply = nullptr;
    m_exportAction->setEnabled(true);
    if (m_progress)
        m_progress->close();
    emit statusMessage(message, 8000);
    emit exportFinished(path, ok, message);
    if (!ok && reply->error().kind() != ApiError::Kind::Cancelled) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Failed"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void ListPage::retranslateBase()
{
    m_refreshAction->setText(tr("Refresh"));
    m_refreshAction->setToolTip(tr("Load the list again from the server (F5)"));
    m_exportAction->setText(tr("Export…"));
    m_deleteAction->setText(tr("Delete…"));
    m_deleteAction->setToolTip(tr("Delete the selected record (Del)"));
    m_exportAction->setToolTip(tr("Save the rows matching the current search and filters as a CSV file (Ctrl+E)"));
    m_retry->setText(tr("Try Again"));
    m_errorBarRetry->setText(tr("Try Again"));
    if (m_search->placeholderText().isEmpty())
        m_search->setPlaceholderText(tr("Search"));
    if (!m_customEmptyTexts) {
        m_noRecordsText = tr("Nothing here yet.");
        m_noMatchesText = tr("Nothing matches the search or filters.");
    }
}

void ListPage::retranslate() { }

QString ListPage::recordNameOf(const QJsonObject &item) const
{
    for (const QString &key : {u"name"_s, u"title"_s, u"display_name"_s, u"code"_s, u"number"_s})
        if (!item.value(key).toString().isEmpty())
            return item.value(key).toString();
    return tr("#%1").arg(jsonId(item.value(u"id"_s)));
}

QString ListPage::deleteNote(const QJsonObject &) const
{
    return {};
}

QMessageBox *ListPage::deletePrompt() const
{
    return m_deletePrompt;
}

QMessageBox *ListPage::deleteError() const
{
    return m_deleteError;
}

void ListPage::setDeleteEnabled(bool enabled)
{
    m_deleteEnabled = enabled;
    m_deleteAction->setVisible(enabled);
    updateDeleteAction();
    updateToolBarSeparator();
}

void ListPage::updateDeleteAction()
{
    m_deleteAction->setEnabled(m_deleteEnabled && !m_deleting && currentId() > 0);
}

void ListPage::deleteCurrent()
{
    const QJsonObject item = currentItem();
    if (!m_deleteEnabled || m_deleting || item.isEmpty() || m_deletePrompt)
        return;
    const QString name = recordNameOf(item);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete"), tr("Delete “%1”?").arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"deletePrompt"_s);
    box->setTextFormat(Qt::PlainText);
    const QString note = deleteNote(item);
    box->setInformativeText(note.isEmpty() ? tr("This cannot be undone.")
                                           : note + u' ' + tr("This cannot be undone."));
    QPushButton *confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmDelete"_s);
    box->addButton(QMessageBox::Cancel);
    // A slip of the Enter key must not delete.
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_deletePrompt = box;
    connect(box, &QMessageBox::finished, this, [this, box, confirm, item] {
        if (box->clickedButton() == confirm)
            sendDelete(item);
    });
    box->open();
}

void ListPage::sendDelete(const QJsonObject &item)
{
    const qint64 id = jsonId(item.value(u"id"_s));
    const QByteArray etag = '"' + QByteArray::number(item.value(u"version"_s).toInt()) + '"';
    ApiReply *reply = m_api->remove(u"%1/%2"_s.arg(m_model->path()).arg(id), etag);
    m_deleting = true;
    updateDeleteAction();
    connect(reply, &ApiReply::finished, this, [this, reply, item, id] {
        m_deleting = false;
        const QString name = recordNameOf(item);
        if (reply->isSuccess()) {
            m_model->removeItem(id);
            updateDeleteAction();
            emit statusMessage(tr("“%1” deleted.").arg(name), 5000);
            emit recordDeleted(id);
            return;
        }
        updateDeleteAction();
        const ApiError &error = reply->error();
        QString text = ErrorText::forError(error);
        if (error.isHttp() && error.httpStatus() == 412) {
            text = tr("Someone else changed “%1” a moment ago. The list has been refreshed; please check and try "
                      "again.")
                       .arg(name);
            refresh();
        } else if (error.isHttp() && error.httpStatus() == 404) {
            refresh();
        }
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Not Deleted"),
                                    tr("“%1” was not deleted.").arg(name), QMessageBox::Ok, this);
        box->setObjectName(u"deleteError"_s);
        box->setTextFormat(Qt::PlainText);
        box->setInformativeText(text);
        box->setAttribute(Qt::WA_DeleteOnClose);
        m_deleteError = box;
        box->open();
    });
}

void ListPage::updateTabOrder()
{
    // Widgets join the focus chain as they are made, so filters and page
    // actions that subclasses add later would come after the table. Tab
    // follows the screen instead: tool bar, search, filters, table, details.
    QList<QWidget *> chain;
    for (QAction *action : m_toolBar->actions())
        if (QWidget *button = m_toolBar->widgetForAction(action))
            chain << button;
    chain << m_search;
    for (int i = 0; i < m_filterLayout->count(); ++i)
        if (QWidget *w = m_filterLayout->itemAt(i)->widget(); w && !qobject_cast<QLabel *>(w))
            chain << w;
    chain << m_view;
    for (int i = 1; i < m_splitter->count(); ++i)
        chain << m_splitter->widget(i);
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain[i - 1], chain[i]);
}

void ListPage::showEvent(QShowEvent *event)
{
    updateTabOrder();
    fitSearchField(m_search);
    fitFilters();
    Page::showEvent(event);
}

void ListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        // Icons are drawn in the palette's text colour.
        for (QAction *action : m_toolBar->actions())
            if (const QString name = action->property("standardIcon").toString(); !name.isEmpty())
                action->setIcon(Icons::icon(name));
    }
    if (event->type() == QEvent::LocaleChange) {
        // Numbers and dates in the rows and the count follow the new language.
        updateOverlay();
        m_view->viewport()->update();
    }
    if (event->type() == QEvent::LanguageChange) {
        m_search->setPlaceholderText(QString());
        retranslateBase();
        retranslate();
        updateAccessibility();
        updateOverlay();
        fitSearchField(m_search);
        fitFilters();
        TextFit::keepColumnTitlesWhole(m_view->horizontalHeader());
        emit titleChanged();
    }
    if (event->type() == QEvent::FontChange) {
        fitSearchField(m_search);
        fitFilters();
        TextFit::keepColumnTitlesWhole(m_view->horizontalHeader());
    }
    Page::changeEvent(event);
}

} // namespace erp::client
