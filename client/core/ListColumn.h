#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariant>

#include <functional>

namespace erp::client {

// One column of a PagedListModel: which JSON member it shows, its header,
// how it is aligned and formatted, and which API sort key (if any) sorting
// by it uses.
struct ListColumn
{
    QString key;                     // JSON member of an item, e.g. "email"
    QString title;                   // header text (translated by the caller)
    QString sortKey;                 // API sort key ("email"); empty = not sortable
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    // DisplayRole text/value; default: the member as a string (booleans as
    // "Yes"/"No", arrays joined with ", ", timestamps in the local time zone).
    std::function<QVariant(const QJsonObject &item)> format;
    // Optional extra roles (e.g. Qt::ToolTipRole, Qt::ForegroundRole, Qt::DecorationRole).
    std::function<QVariant(const QJsonObject &item, int role)> data;

    static ListColumn text(const QString &key, const QString &title, const QString &sortKey = {})
    {
        ListColumn c;
        c.key = key;
        c.title = title;
        c.sortKey = sortKey;
        return c;
    }
};

} // namespace erp::client
