#include "client/ui/crm/PipelineColumn.h"

#include "client/core/LocaleFormat.h"
#include "client/ui/crm/CrmText.h"
#include "client/ui/crm/PipelineCardAccessibility.h"
#include "client/ui/crm/PipelineCardDelegate.h"
#include "client/ui/crm/PipelineColumnModel.h"

#include <QEvent>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace erp::client {

PipelineColumn::PipelineColumn(qint64 stageId, const QString &name, QWidget *parent)
    : QFrame(parent)
    , m_name(name)
    , m_model(new PipelineColumnModel(stageId, this))
{
    PipelineCardAccessibility::install(); // before the card list exists
    setObjectName(u"stage_%1"_s.arg(stageId));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    fitWidthToFont();

    m_title = new QLabel(name, this);
    m_title->setObjectName(u"stageTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"stageSummary"_s);
    m_summary->setWordWrap(true);
    // Two lines in every column (count, totals) so that the cards of all
    // columns start at the same height whatever each summary says.
    m_summary->setMinimumHeight(2 * m_summary->fontMetrics().lineSpacing());
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_title->setWordWrap(false);
    m_title->setMinimumHeight(m_title->sizeHint().height());
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_view = new QListView(this);
    m_view->setObjectName(u"cards"_s);
    m_view->setModel(m_model);
    auto *cards = new PipelineCardDelegate(m_view);
    m_view->setItemDelegate(cards);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setFrameShape(QFrame::NoFrame);
    // Cards grow with their text (large fonts, long words), so each has its
    // own height, and they are laid out again when the column's width changes.
    m_view->setResizeMode(QListView::Adjust);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The cards lie on the column's background (the view paints none).
    m_view->viewport()->setAutoFillBackground(false);
    m_view->setAutoFillBackground(false);
    m_view->installEventFilter(this);
    connect(m_view, &QListView::activated, this,
            [this](const QModelIndex &index) { emit openRequested(index.data(PipelineColumnModel::IdRole).toLongLong()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addSpacing(4);
    layout->addWidget(m_view, 1);
    m_loadMore = new QPushButton(this);
    m_loadMore->setObjectName(u"loadMoreButton"_s);
    m_loadMore->setAutoDefault(false);
    m_loadMore->hide();
    connect(m_loadMore, &QPushButton::clicked, this, &PipelineColumn::loadMoreRequested);
    layout->addWidget(m_loadMore);
    connect(m_model, &PipelineColumnModel::rowsInserted, this, &PipelineColumn::updateSummary);
    connect(m_model, &PipelineColumnModel::rowsRemoved, this, &PipelineColumn::updateSummary);
    connect(m_model, &PipelineColumnModel::modelReset, this, &PipelineColumn::updateSummary);
    // A card whose text changed may need another height.
    connect(m_model, &PipelineColumnModel::dataChanged, cards,
            [cards](const QModelIndex &topLeft) { emit cards->sizeHintChanged(topLeft); });
    updateSummary();
}

void PipelineColumn::fitWidthToFont()
{
    // 230 to 340 px at the usual text size (about 33 to 48 average
    // characters), wider in proportion with larger text so cards keep
    // their shape at 150 % and 200 %.
    const int character = fontMetrics().averageCharWidth();
    setMinimumWidth(qMax(230, 33 * character));
    setMaximumWidth(qMax(340, 48 * character));
}

qint64 PipelineColumn::stageId() const
{
    return m_model->stageId();
}

QString PipelineColumn::summaryText() const
{
    return m_summary->text();
}

void PipelineColumn::setSummary(int openLeads, const QJsonArray &totals)
{
    m_openLeads = openLeads;
    m_totals = totals;
    updateSummary();
}

void PipelineColumn::updateSummary()
{
    QStringList parts {tr("%Ln open lead(s)", nullptr, m_openLeads)};
    QStringList sums;
    for (const QJsonValue &v : m_totals) {
        const QJsonObject t = v.toObject();
        sums << LocaleFormat::amount(t.value(u"total"_s).toString(), t.value(u"currency"_s).toString());
    }
    if (!sums.isEmpty())
        parts << sums.join(u" · "_s);
    m_summary->setText(parts.join(u'\n'));
    // "Load more (120 of 2,350 shown)": the count in the language's digit grouping.
    m_loadMore->setText(tr("Load more (%1 of %2 shown)")
                            .arg(LocaleFormat::count(m_model->rowCount()), LocaleFormat::count(m_openLeads)));
    m_view->setAccessibleName(tr("Stage %1, %2").arg(m_name, parts.join(u", "_s)));
}

bool PipelineColumn::focusLead(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row));
    m_view->scrollTo(m_model->index(row));
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void PipelineColumn::focusRow(int row)
{
    m_view->setFocus(Qt::OtherFocusReason);
    if (m_model->rowCount() == 0)
        return;
    const QModelIndex index = m_model->index(qBound(0, row, m_model->rowCount() - 1));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void PipelineColumn::setMoreAvailable(bool more)
{
    m_more = more;
    m_loadMore->setVisible(more);
    m_loadMore->setEnabled(true);
    updateSummary();
}

void PipelineColumn::setLoadingMore(bool loading)
{
    m_loadMore->setEnabled(!loading);
}

qint64 PipelineColumn::currentLeadId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(PipelineColumnModel::IdRole).toLongLong() : 0;
}

int PipelineColumn::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0;
}

bool PipelineColumn::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int direction = key->key() == Qt::Key_Left ? -1 : key->key() == Qt::Key_Right ? 1 : 0;
        const int vertical = key->key() == Qt::Key_Up ? -1 : key->key() == Qt::Key_Down ? 1 : 0;
        if (vertical != 0 && (key->modifiers() & Qt::ControlModifier)) {
            if (const qint64 id = currentLeadId())
                emit reorderRequested(id, vertical);
            return true;
        }
        if (direction != 0) {
            if (key->modifiers() & Qt::ControlModifier) {
                if (const qint64 id = currentLeadId())
                    emit moveRequested(id, direction);
            } else {
                emit focusNeighbourRequested(direction, currentRow());
            }
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void PipelineColumn::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        // Totals and the cards' values are written in the language's form.
        updateSummary();
        m_view->viewport()->update();
    }
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange
        || event->type() == QEvent::FontChange) {
        if (event->type() == QEvent::FontChange)
            fitWidthToFont();
        // Longer values or larger text: the cards take their new heights.
        if (m_model->rowCount() > 0)
            emit m_view->itemDelegate()->sizeHintChanged(m_model->index(0));
    }
    QFrame::changeEvent(event);
}

} // namespace erp::client
