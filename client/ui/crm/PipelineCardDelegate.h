#pragma once

#include <QStyledItemDelegate>

namespace erp::client {

// Paints a lead as a card: title (bold), company, and a bottom line with the
// owner on the left and the value on the right; a rounded frame that turns
// the highlight colour when selected and dims while a move awaits the
// server. Nothing is shortened: text wraps at word boundaries (inside a word
// only when the word alone is wider than the card) and the card grows with
// it, so large text (150 %, 200 %) and long German words stay whole. When
// owner and value do not fit side by side, the value takes its own line.
class PipelineCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace erp::client
