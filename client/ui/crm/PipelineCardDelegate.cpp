#include "client/ui/crm/PipelineCardDelegate.h"

#include "client/ui/crm/PipelineColumnModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace erp::client {

namespace {
constexpr int Margin = 4;   // around the card
constexpr int Padding = 8;  // inside the card
} // namespace

QSize PipelineCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    const int lines = 3;
    return {200, 2 * Margin + 2 * Padding + lines * fm.height() + 2 * 3};
}

void PipelineCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const bool pending = index.data(PipelineColumnModel::PendingRole).toBool();

    const QRectF card = QRectF(option.rect).adjusted(Margin + 0.5, Margin + 0.5, -Margin - 0.5, -Margin - 0.5);
    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    painter->fillPath(path, pal.color(QPalette::Base));
    QPen border(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid));
    border.setWidthF(selected ? 2.0 : 1.0);
    painter->setPen(border);
    painter->drawPath(path);
    if (focused && !selected) {
        QPen dash(pal.color(QPalette::Highlight));
        dash.setStyle(Qt::DotLine);
        painter->setPen(dash);
        painter->drawPath(path);
    }
    // A coloured strip on the left, like a sticky note.
    QPainterPath strip;
    strip.addRoundedRect(QRectF(card.left(), card.top(), 4, card.height()), 2, 2);
    painter->fillPath(strip, selected ? pal.color(QPalette::Highlight) : QColor(0x4a, 0x90, 0xd9));

    const QRect inner = card.toRect().adjusted(Padding + 2, Padding, -Padding, -Padding);
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics fm(option.font);
    const QColor text = pal.color(QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.62f);

    int y = inner.top();
    painter->setFont(titleFont);
    painter->setPen(text);
    painter->drawText(QRect(inner.left(), y, inner.width(), titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(index.data(PipelineColumnModel::TitleRole).toString(), Qt::ElideRight,
                                              inner.width()));
    y += titleMetrics.height() + 3;
    painter->setFont(option.font);
    painter->setPen(muted);
    painter->drawText(QRect(inner.left(), y, inner.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data(PipelineColumnModel::CompanyRole).toString(), Qt::ElideRight,
                                    inner.width()));
    y += fm.height() + 3;
    const QString value = index.data(PipelineColumnModel::ValueRole).toString();
    QFont valueFont = option.font;
    valueFont.setBold(true);
    const int valueWidth = QFontMetrics(valueFont).horizontalAdvance(value);
    painter->setFont(valueFont);
    painter->setPen(text);
    painter->drawText(QRect(inner.right() - valueWidth - 8, y, valueWidth + 8, fm.height()),
                      Qt::AlignRight | Qt::AlignVCenter, value);
    painter->setFont(option.font);
    painter->setPen(muted);
    const int ownerWidth = qMax(0, inner.width() - valueWidth - 16);
    painter->drawText(QRect(inner.left(), y, ownerWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data(PipelineColumnModel::OwnerRole).toString(), Qt::ElideRight,
                                    ownerWidth));
    if (pending) {
        QColor veil = pal.color(QPalette::Base);
        veil.setAlphaF(0.55f);
        painter->fillPath(path, veil);
    }
    painter->restore();
}

} // namespace erp::client
