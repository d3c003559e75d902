#pragma once

#include <QLayout>
#include <QList>

namespace erp::client {

// Lays its items out left to right at their size hints and starts a new row
// when the next one does not fit the width (the idea of Qt's Flow Layout
// example), so a row of filters wraps instead of squeezing its fields or
// running past the window. Items can be kept together: an item added with
// keepWithNext moves to the next row together with the one after it (a label
// and its field, a check box and the date it enables). Rows are as tall as
// their tallest item, which is centred in them. Its height depends on its
// width (heightForWidth), so the layouts around it make room for every row.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    // Inserts widget before the item at index (at the end when index is -1).
    void insertWidget(int index, QWidget *widget, bool keepWithNext = false);
    // Whether the item at index stays on the row of the item after it.
    bool keepsWithNext(int index) const;
    void setKeepWithNext(int index, bool keep);
    // The space between a group's items (spacing()) and between groups.
    void setGroupSpacing(int pixels)
    {
        m_groupSpacing = pixels;
        invalidate();
    }
    int groupSpacing() const;
    // The number of rows at the current geometry (1 when empty).
    int rowCount() const { return m_rows; }

    // QLayout
    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    struct Entry
    {
        QLayoutItem *item = nullptr;
        bool keepWithNext = false;
    };
    // A run of items that stay on one row (indices into m_items, shown items only).
    QList<QList<int>> groups() const;
    int groupWidth(const QList<int> &group) const;
    int itemSpacing() const;
    // Places the items in rect (or only measures when apply is false); the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<Entry> m_items;
    int m_groupSpacing = -1;
    mutable int m_rows = 1;
};

} // namespace erp::client
