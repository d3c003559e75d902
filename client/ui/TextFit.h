#pragma once

class QLineEdit;
class QHeaderView;
class QString;

namespace erp::client::TextFit {

// The width `edit` needs to show `text` whole with its font, style frame,
// margins and the buttons it shows inside (clear button, actions).
int lineEditWidthFor(const QLineEdit *edit, const QString &text);

// A line edit never narrower than its placeholder (the hint would be cut
// off at large text sizes). Call again when the font or the text changes.
void keepPlaceholderWhole(QLineEdit *edit);

// Columns at least as wide as their titles and the sort arrow, at the
// header's current font; stretched columns too (through the minimum section size).
void keepColumnTitlesWhole(QHeaderView *header);

} // namespace erp::client::TextFit
