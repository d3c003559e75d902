#include "client/ui/FlowLayout.h"

#include <QStyle>
#include <QWidget>

namespace erp::client {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::insertWidget(int index, QWidget *widget, bool keepWithNext)
{
    addChildWidget(widget);
    const Entry entry {new QWidgetItem(widget), keepWithNext};
    if (index < 0 || index > m_items.size())
        m_items.append(entry);
    else
        m_items.insert(index, entry);
    invalidate();
}

bool FlowLayout::keepsWithNext(int index) const
{
    return index >= 0 && index < m_items.size() && m_items.at(index).keepWithNext;
}

void FlowLayout::setKeepWithNext(int index, bool keep)
{
    if (index < 0 || index >= m_items.size())
        return;
    m_items[index].keepWithNext = keep;
    invalidate();
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append({item, false});
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index).item : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index).item;
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

int FlowLayout::itemSpacing() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *parent = parentWidget();
    return parent ? parent->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, parent) : 6;
}

int FlowLayout::groupSpacing() const
{
    return m_groupSpacing >= 0 ? m_groupSpacing : 2 * itemSpacing();
}

QList<QList<int>> FlowLayout::groups() const
{
    QList<QList<int>> result;
    bool joinPrevious = false;
    for (int i = 0; i < m_items.size(); ++i) {
        // Hidden widgets take no room (a filter the role does not get).
        if (m_items.at(i).item->isEmpty())
            continue;
        if (joinPrevious && !result.isEmpty())
            result.last().append(i);
        else
            result.append(QList<int> {i});
        joinPrevious = m_items.at(i).keepWithNext;
    }
    return result;
}

int FlowLayout::groupWidth(const QList<int> &group) const
{
    int width = 0;
    for (int i : group)
        width += m_items.at(i).item->sizeHint().width();
    return width + itemSpacing() * int(group.size() - 1);
}

QSize FlowLayout::minimumSize() const
{
    // Never narrower than the widest group: a label and its field are not
    // pulled apart or cut, only moved to a row of their own.
    QSize size;
    for (const QList<int> &group : groups()) {
        int height = 0;
        for (int i : group)
            height = qMax(height, m_items.at(i).item->sizeHint().height());
        size = size.expandedTo(QSize(groupWidth(group), height));
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one row.
    int width = 0;
    int height = 0;
    const QList<QList<int>> all = groups();
    for (const QList<int> &group : all) {
        width += groupWidth(group);
        for (int i : group)
            height = qMax(height, m_items.at(i).item->sizeHint().height());
    }
    width += groupSpacing() * qMax(0, int(all.size()) - 1);
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QMargins margins = contentsMargins();
    const QRect area = rect.marginsRemoved(margins);
    const int rowSpacing = [this] {
        const QWidget *parent = parentWidget();
        return parent ? parent->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, parent) : 6;
    }();

    // Groups into rows: a group that does not fit beside the ones before it
    // starts the next row.
    QList<QList<QList<int>>> rows;
    int x = 0;
    for (const QList<int> &group : groups()) {
        const int width = groupWidth(group);
        if (rows.isEmpty() || (x > 0 && x + groupSpacing() + width > area.width())) {
            rows.append(QList<QList<int>> {group});
            x = width;
        } else {
            x += groupSpacing() + width;
            rows.last().append(group);
        }
    }

    int y = area.y();
    for (const auto &row : std::as_const(rows)) {
        int rowHeight = 0;
        for (const QList<int> &group : row)
            for (int i : group)
                rowHeight = qMax(rowHeight, m_items.at(i).item->sizeHint().height());
        if (apply) {
            int left = area.x();
            for (const QList<int> &group : row) {
                for (int i : group) {
                    QLayoutItem *item = m_items.at(i).item;
                    const QSize hint = item->sizeHint();
                    // Within the width even when a single group is wider.
                    const int width = qMax(0, qMin(hint.width(), area.right() + 1 - left));
                    item->setGeometry(QRect(left, y + (rowHeight - hint.height()) / 2, width, hint.height()));
                    left += width + itemSpacing();
                }
                left += groupSpacing() - itemSpacing();
            }
        }
        y += rowHeight + rowSpacing;
    }
    if (apply)
        m_rows = qMax(1, int(rows.size()));
    if (!rows.isEmpty())
        y -= rowSpacing;
    return y - area.y() + margins.top() + margins.bottom();
}

} // namespace erp::client
