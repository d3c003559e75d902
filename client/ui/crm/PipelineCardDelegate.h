#pragma once

#include <QStyledItemDelegate>

namespace erp::client {

// Paints a lead as a card: title (bold, elided), company, and a bottom line
// with the owner on the left and the value on the right; a rounded frame
// that turns the highlight colour when selected and dims while a move
// awaits the server.
class PipelineCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace erp::client
