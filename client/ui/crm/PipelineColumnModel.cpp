#include "client/ui/crm/PipelineColumnModel.h"
#include "client/core/JsonId.h"

#include "client/core/LocaleFormat.h"
#include "client/ui/crm/CrmText.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace erp::client {

PipelineColumnModel::PipelineColumnModel(qint64 stageId, QObject *parent)
    : QAbstractListModel(parent)
    , m_stageId(stageId)
{
}

void PipelineColumnModel::setLeads(const QList<QJsonObject> &leads)
{
    beginResetModel();
    m_leads = leads;
    m_pending.clear();
    endResetModel();
}

void PipelineColumnModel::appendLeads(const QList<QJsonObject> &leads)
{
    QList<QJsonObject> fresh;
    for (const QJsonObject &lead : leads)
        if (rowOfId(jsonId(lead.value(u"id"_s))) < 0)
            fresh.append(lead);
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_leads.size()), int(m_leads.size() + fresh.size() - 1));
    m_leads.append(fresh);
    endInsertRows();
}

QJsonObject PipelineColumnModel::leadAt(int row) const
{
    return row >= 0 && row < m_leads.size() ? m_leads.at(row) : QJsonObject();
}

int PipelineColumnModel::rowOfId(qint64 id) const
{
    for (int r = 0; r < m_leads.size(); ++r)
        if (jsonId(m_leads.at(r).value(u"id"_s)) == id)
            return r;
    return -1;
}

void PipelineColumnModel::insertLead(const QJsonObject &lead, int row)
{
    if (row < 0 || row > m_leads.size())
        row = int(m_leads.size());
    beginInsertRows({}, row, row);
    m_leads.insert(row, lead);
    endInsertRows();
}

QJsonObject PipelineColumnModel::takeLead(qint64 id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return {};
    beginRemoveRows({}, row, row);
    const QJsonObject lead = m_leads.takeAt(row);
    m_pending.remove(id);
    endRemoveRows();
    return lead;
}

bool PipelineColumnModel::updateLead(const QJsonObject &lead)
{
    const int row = rowOfId(jsonId(lead.value(u"id"_s)));
    if (row < 0)
        return false;
    m_leads[row] = lead;
    emit dataChanged(index(row), index(row));
    return true;
}

void PipelineColumnModel::setPending(qint64 id, bool pending)
{
    const int row = rowOfId(id);
    if (pending)
        m_pending.insert(id);
    else
        m_pending.remove(id);
    if (row >= 0)
        emit dataChanged(index(row), index(row), {PendingRole});
}

int PipelineColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_leads.size());
}

QVariant PipelineColumnModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &lead = m_leads.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return lead.value(u"title"_s).toString();
    case Qt::ToolTipRole: {
        QStringList lines {lead.value(u"title"_s).toString()};
        for (const QString &key : {u"company"_s, u"contact_name"_s})
            if (!lead.value(key).toString().isEmpty())
                lines << lead.value(key).toString();
        if (!lead.value(u"expected_close_date"_s).toString().isEmpty())
            lines << tr("Expected close: %1").arg(LocaleFormat::date(lead.value(u"expected_close_date"_s).toString()));
        return lines.join(u'\n');
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3, owner %4")
            .arg(lead.value(u"title"_s).toString(), lead.value(u"company"_s).toString(),
                 data(index, ValueRole).toString(), lead.value(u"owner_name"_s).toString());
    case LeadRole:
        return lead;
    case IdRole:
        return jsonId(lead.value(u"id"_s));
    case CompanyRole:
        return lead.value(u"company"_s).toString();
    case ValueRole:
        return LocaleFormat::amount(lead.value(u"estimated_value"_s).toString(), lead.value(u"currency"_s).toString());
    case OwnerRole:
        return lead.value(u"owner_name"_s).toString();
    case PendingRole:
        return m_pending.contains(jsonId(lead.value(u"id"_s)));
    default:
        return {};
    }
}

Qt::ItemFlags PipelineColumnModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_pending.contains(qint64(m_leads.at(index.row()).value(u"id"_s).toDouble())))
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QHash<int, QByteArray> PipelineColumnModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(LeadRole, "lead");
    names.insert(IdRole, "leadId");
    names.insert(TitleRole, "title");
    names.insert(CompanyRole, "company");
    names.insert(ValueRole, "value");
    names.insert(OwnerRole, "owner");
    names.insert(PendingRole, "pending");
    return names;
}

Qt::DropActions PipelineColumnModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions PipelineColumnModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList PipelineColumnModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

QMimeData *PipelineColumnModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    const qint64 id = indexes.first().data(IdRole).toLongLong();
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << id << m_stageId;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(MimeType), bytes);
    mime->setText(indexes.first().data(TitleRole).toString());
    return mime;
}

qint64 PipelineColumnModel::leadIdFrom(const QMimeData *data, qint64 *fromStage)
{
    if (!data || !data->hasFormat(QString::fromLatin1(MimeType)))
        return 0;
    QDataStream in(data->data(QString::fromLatin1(MimeType)));
    qint64 id = 0;
    qint64 stage = 0;
    in >> id >> stage;
    if (in.status() != QDataStream::Ok)
        return 0;
    if (fromStage)
        *fromStage = stage;
    return id;
}

bool PipelineColumnModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                          const QModelIndex &) const
{
    return action == Qt::MoveAction && leadIdFrom(data) > 0;
}

bool PipelineColumnModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                       const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    qint64 from = 0;
    const qint64 id = leadIdFrom(data, &from);
    // Dropped onto a card: insert before it.
    if (row < 0 && parent.isValid())
        row = parent.row();
    emit leadDropped(id, from, m_stageId, row);
    // The board moves the card itself; returning false keeps the view from
    // removing the source row a second time.
    return false;
}

} // namespace erp::client
