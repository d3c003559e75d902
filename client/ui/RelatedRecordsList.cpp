#include "client/ui/RelatedRecordsList.h"

#include "client/core/ApiReply.h" // PagedListModel.h's QPointer<ApiReply>
#include "client/core/ErrorText.h"
#include "client/core/PagedListModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace erp::client {

RelatedRecordsList::RelatedRecordsList(ApiClient *api, const QString &path, QWidget *parent)
    : QWidget(parent)
    , m_model(new PagedListModel(api, path, this))
    , m_view(new QTableView(this))
    , m_state(new QLabel(this))
{
    m_view->setObjectName(u"relatedView"_s);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_state->setObjectName(u"relatedState"_s);
    m_state->setWordWrap(true);
    QPalette dim = m_state->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    m_state->setPalette(dim);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_state);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit opened(m_model->itemAt(index.row())); });
    connect(m_model, &PagedListModel::stateChanged, this, &RelatedRecordsList::updateState);
    connect(m_model, &PagedListModel::modelReset, this, &RelatedRecordsList::updateState);
    connect(m_model, &PagedListModel::rowsInserted, this, &RelatedRecordsList::updateState);
    connect(m_model, &PagedListModel::reloaded, this, [this] {
        m_view->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount() - 1; ++c)
            m_view->setColumnWidth(c, qBound(60, m_view->columnWidth(c) + 12, 280));
    });
}

void RelatedRecordsList::setColumns(const QList<ListColumn> &columns)
{
    m_model->setColumns(columns);
}

void RelatedRecordsList::setSort(const QString &sortExpression)
{
    m_model->setSort(sortExpression);
}

void RelatedRecordsList::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateState();
}

void RelatedRecordsList::showFor(const QString &filter, qint64 id)
{
    m_model->setFilter(filter, QString::number(id));
    m_model->reload();
}

void RelatedRecordsList::reload()
{
    m_model->reload();
}

QString RelatedRecordsList::stateText() const
{
    return m_state->text();
}

void RelatedRecordsList::updateState()
{
    using State = PagedListModel::State;
    switch (m_model->state()) {
    case State::Idle:
        m_state->clear();
        break;
    case State::Loading:
        if (m_model->rowCount() == 0)
            m_state->setText(tr("Loading…"));
        break;
    case State::Empty:
        m_state->setText(m_emptyText);
        break;
    case State::Error:
        m_state->setText(ErrorText::forError(m_model->lastError()));
        break;
    case State::Ready:
        m_state->clear();
        break;
    }
    m_state->setVisible(!m_state->text().isEmpty());
    emit countChanged(m_model->rowCount());
}

} // namespace erp::client
