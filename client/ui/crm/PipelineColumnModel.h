#pragma once

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>
#include <QSet>

namespace erp::client {

// The open leads of one pipeline stage, one card each, for a column of the
// board, in the order people gave them. Cards can be dragged to another
// column or to another place in their own: mimeData() carries the lead id
// and its stage; dropping does not move rows itself but emits
// leadDropped(), and the board moves the card and asks the server (so a
// mouse drop and a keyboard move take the same path).
class PipelineColumnModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr char MimeType[] = "application/x-erp-lead";

    enum Role {
        LeadRole = Qt::UserRole + 1, // the lead as a QJsonObject
        IdRole,
        TitleRole,
        CompanyRole,
        ValueRole,   // formatted money with currency
        OwnerRole,
        PendingRole, // a move to this stage awaits the server
    };
    Q_ENUM(Role)

    explicit PipelineColumnModel(qint64 stageId, QObject *parent = nullptr);

    qint64 stageId() const { return m_stageId; }
    void setLeads(const QList<QJsonObject> &leads);
    // The next page of the column, below the cards already shown (a lead
    // already shown, e.g. moved here meanwhile, is not added twice).
    void appendLeads(const QList<QJsonObject> &leads);
    QJsonObject leadAt(int row) const;
    int rowOfId(qint64 id) const;
    // Inserts at row (clamped; -1 = end).
    void insertLead(const QJsonObject &lead, int row = -1);
    QJsonObject takeLead(qint64 id);
    bool updateLead(const QJsonObject &lead);
    void setPending(qint64 id, bool pending);
    bool isPending(qint64 id) const { return m_pending.contains(id); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Reads the lead id and stage from a drag's data (0 when not a card).
    static qint64 leadIdFrom(const QMimeData *data, qint64 *fromStage = nullptr);

Q_SIGNALS:
    // A card from another column was dropped here, at row (-1: the end).
    void leadDropped(qint64 leadId, qint64 fromStageId, qint64 toStageId, int row);

private:
    qint64 m_stageId;
    QList<QJsonObject> m_leads;
    QSet<qint64> m_pending;
};

} // namespace erp::client
