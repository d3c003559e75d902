#pragma once

#include <QLabel>

namespace erp::client {

// A word-wrapped hint beside or under a form field, as tall as its lines at
// the width it gets. QFormLayout (Qt 6.4) never makes a side-by-side row
// lower than its field's size hint, and a wrapped QLabel's size hint is its
// height at a narrow width it guesses: the German currency hint took four
// lines' room for two. This label's size hint is one line high and it keeps
// height-for-width, so the form gives it what its text needs and no more.
class FormHintLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FormHintLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
};

} // namespace erp::client
