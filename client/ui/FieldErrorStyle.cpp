#include "client/ui/FieldErrorStyle.h"

#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace erp::client::FieldErrorStyle {

namespace {
// A red that keeps 4.5:1 contrast on light window backgrounds.
const QColor ErrorColour(0xb0, 0x00, 0x20);
} // namespace

void applyTo(QLabel *errorLabel)
{
    QPalette p = errorLabel->palette();
    p.setColor(QPalette::WindowText, ErrorColour);
    errorLabel->setPalette(p);
    errorLabel->setWordWrap(true);
    errorLabel->setTextFormat(Qt::PlainText);
    errorLabel->setAccessibleName(QStringLiteral("error"));
}

void markField(QWidget *field, bool hasError)
{
    field->setProperty("fieldError", hasError);
    // Only line edits get a red frame: a style sheet on combo boxes and item
    // views replaces too much of the native look.
    if (qobject_cast<QLineEdit *>(field))
        field->setStyleSheet(hasError ? u"QLineEdit { border: 1px solid #b00020; border-radius: 2px; padding: 2px; }"_s
                                      : QString());
}

void styleBanner(QWidget *banner, bool isError)
{
    banner->setAutoFillBackground(true);
    QPalette p = banner->palette();
    p.setColor(QPalette::Window, isError ? QColor(0xfd, 0xec, 0xea) : QColor(0xe8, 0xf1, 0xfb));
    p.setColor(QPalette::WindowText, isError ? QColor(0x80, 0x10, 0x10) : QColor(0x0d, 0x3c, 0x61));
    banner->setPalette(p);
    banner->setProperty("bannerKind", isError ? u"error"_s : u"info"_s);
}

} // namespace erp::client::FieldErrorStyle
