#include "client/ui/crm/PipelineCardDelegate.h"

#include "client/ui/crm/PipelineColumnModel.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QtMath>

namespace erp::client {

namespace {

constexpr int Margin = 4;      // around the card
constexpr int Padding = 8;     // inside the card
constexpr int Strip = 2;       // extra room on the left for the coloured strip
constexpr int LineGap = 3;     // between title, company and the bottom line
constexpr int ColumnGap = 16;  // between owner and value on one line

// One line of wrapped text, where it sits relative to its block.
struct TextLine
{
    QString text;
    qreal top = 0;
};

struct TextBlock
{
    QFont font;
    QList<TextLine> lines;
    qreal height = 0;
    bool alignRight = false;
    qreal top = 0; // in the card's inner rectangle
    qreal left = 0;
    qreal width = 0;
};

// `text` broken into lines no wider than `width`: at word boundaries, and
// inside a word only when the word alone does not fit.
TextBlock wrapped(const QString &text, const QFont &font, qreal width)
{
    TextBlock block;
    block.font = font;
    block.width = width;
    if (text.isEmpty())
        return block;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(qMax<qreal>(1, width));
        block.lines.append({text.mid(line.textStart(), line.textLength()).trimmed(), y});
        y += line.height();
    }
    layout.endLayout();
    block.height = y;
    return block;
}

QFont boldOf(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

// The card's text blocks for a card `cardWidth` wide, placed in its inner
// rectangle (origin at the inner top left); `height` receives the inner height.
QList<TextBlock> cardLayout(const QModelIndex &index, const QFont &font, int cardWidth, qreal *height)
{
    const qreal inner = qMax(1, cardWidth - 2 * Margin - 2 * Padding - Strip);
    QList<TextBlock> blocks;
    qreal y = 0;
    const auto place = [&](TextBlock block, qreal left = 0) {
        if (block.lines.isEmpty())
            return;
        if (!blocks.isEmpty())
            y += LineGap;
        block.top = y;
        block.left = left;
        y += block.height;
        blocks.append(block);
    };
    place(wrapped(index.data(PipelineColumnModel::TitleRole).toString(), boldOf(font), inner));
    place(wrapped(index.data(PipelineColumnModel::CompanyRole).toString(), font, inner));

    const QString owner = index.data(PipelineColumnModel::OwnerRole).toString();
    const QString value = index.data(PipelineColumnModel::ValueRole).toString();
    const QFont valueFont = boldOf(font);
    const qreal valueWidth = QFontMetricsF(valueFont).horizontalAdvance(value);
    const qreal ownerWidth = QFontMetricsF(font).horizontalAdvance(owner);
    if (!value.isEmpty() && !owner.isEmpty() && ownerWidth + ColumnGap + valueWidth <= inner) {
        // Owner on the left, value on the right of one line.
        TextBlock valueBlock = wrapped(value, valueFont, valueWidth + 1);
        valueBlock.alignRight = true;
        TextBlock ownerBlock = wrapped(owner, font, inner - valueWidth - ColumnGap);
        if (!blocks.isEmpty())
            y += LineGap;
        const qreal line = qMax(valueBlock.height, ownerBlock.height);
        ownerBlock.top = y + (line - ownerBlock.height) / 2;
        valueBlock.top = y + (line - valueBlock.height) / 2;
        valueBlock.left = inner - valueBlock.width;
        y += line;
        blocks.append(ownerBlock);
        blocks.append(valueBlock);
    } else {
        // Too narrow for both: the value first (it matters most), then the owner.
        TextBlock valueBlock = wrapped(value, valueFont, inner);
        valueBlock.alignRight = true;
        place(valueBlock);
        place(wrapped(owner, font, inner));
    }
    *height = y;
    return blocks;
}

int cardWidthFor(const QStyleOptionViewItem &option)
{
    // The list lays cards out as wide as its viewport.
    if (auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        if (view->viewport()->width() > 0)
            return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : 200;
}

} // namespace

QSize PipelineCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = cardWidthFor(option);
    qreal textHeight = 0;
    cardLayout(index, option.font, width, &textHeight);
    // Never lower than a card of one line each (title, company, owner and value).
    const qreal usual = 3 * QFontMetricsF(option.font).height() + 2 * LineGap;
    return {qMin(width, 200), 2 * Margin + 2 * Padding + qCeil(qMax(textHeight, usual))};
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

    const QColor text = pal.color(QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.62f);
    qreal textHeight = 0;
    const QList<TextBlock> blocks = cardLayout(index, option.font, option.rect.width(), &textHeight);
    const QPointF origin(option.rect.left() + Margin + Padding + Strip, option.rect.top() + Margin + Padding);
    for (const TextBlock &block : blocks) {
        painter->setFont(block.font);
        // Title and value in the text colour, company and owner muted.
        painter->setPen(block.font.bold() ? text : muted);
        const QFontMetricsF fm(block.font);
        for (const TextLine &line : block.lines) {
            const QRectF where(origin.x() + block.left, origin.y() + block.top + line.top, block.width, fm.height());
            painter->drawText(where, (block.alignRight ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, line.text);
        }
    }
    if (pending) {
        QColor veil = pal.color(QPalette::Base);
        veil.setAlphaF(0.55f);
        painter->fillPath(path, veil);
    }
    painter->restore();
}

} // namespace erp::client
