#include "client/ui/TextFit.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTableView>
#include <QVariant>

namespace erp::client::TextFit {

int lineEditWidthFor(const QLineEdit *edit, const QString &text)
{
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.rect = QRect(0, 0, 1000, 100);
    option.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
    option.state |= QStyle::State_Sunken;
    const int frame = option.rect.width()
        - edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit).width();
    // QLineEdit keeps 2 px on each side of its text and 1 px for the cursor.
    int width = edit->fontMetrics().horizontalAdvance(text) + 2 * 2 + 1 + frame + edit->textMargins().left()
        + edit->textMargins().right();
    // The clear button and actions sit inside the edit, beside the text.
    const auto inner = edit->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (const QWidget *w : inner)
        if (!w->isHidden())
            width += qMax(w->width(), w->sizeHint().width()) + 2;
    return width;
}

void keepPlaceholderWhole(QLineEdit *edit)
{
    const QString placeholder = edit->placeholderText();
    const int needed = placeholder.isEmpty() ? 0 : lineEditWidthFor(edit, placeholder);
    // A minimum the code set (ListPage's search field) stays the floor.
    const char *ownMinimum = "erpOwnMinimumWidth";
    if (!edit->property(ownMinimum).isValid())
        edit->setProperty(ownMinimum, edit->minimumWidth());
    const int wanted = qMax(edit->property(ownMinimum).toInt(), qMin(needed, edit->maximumWidth()));
    if (edit->minimumWidth() != wanted)
        edit->setMinimumWidth(wanted);
}

void keepColumnTitlesWhole(QHeaderView *header)
{
    if (!header->model() || header->orientation() != Qt::Horizontal)
        return;
    int stretchedNeed = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const int needed = header->sectionSizeHint(column); // title, margins and sort arrow
        const bool stretched = header->sectionResizeMode(column) == QHeaderView::Stretch
            || (header->stretchLastSection() && header->visualIndex(column) == header->count() - 1);
        if (stretched)
            stretchedNeed = qMax(stretchedNeed, needed);
        if (header->sectionResizeMode(column) != QHeaderView::ResizeToContents && header->sectionSize(column) < needed)
            header->resizeSection(column, needed);
    }
    // A stretched column takes what is left, down to the minimum section
    // size: never less than its title.
    if (stretchedNeed > header->minimumSectionSize())
        header->setMinimumSectionSize(stretchedNeed);
}

} // namespace erp::client::TextFit
