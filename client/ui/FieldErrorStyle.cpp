#include "client/ui/FieldErrorStyle.h"

#include "client/ui/ColorScheme.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace erp::client::FieldErrorStyle {

void applyTo(QLabel *errorLabel)
{
    QPalette p = errorLabel->palette();
    // A red that keeps 4.5:1 contrast on the scheme's window background.
    p.setColor(QPalette::WindowText, ColorScheme::colour(ColorScheme::Signal::Error));
    errorLabel->setPalette(p);
    errorLabel->setWordWrap(true);
    errorLabel->setTextFormat(Qt::PlainText);
    // The label's text is its name (the message); the description says what it is.
    errorLabel->setAccessibleDescription(QCoreApplication::translate("erp::client::FieldErrorStyle", "Error"));
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
    // Errors in the colour scheme's error colours (high contrast included).
    // Information never looks like an error: blue on the standard scheme, the
    // scheme's "look here" pair on the high-contrast ones.
    const bool standard = ColorScheme::current() == ColorScheme::Kind::Standard;
    if (isError) {
        p.setColor(QPalette::Window, ColorScheme::colour(ColorScheme::Signal::ErrorBackground));
        p.setColor(QPalette::WindowText, ColorScheme::colour(ColorScheme::Signal::Error));
    } else if (standard) {
        p.setColor(QPalette::Window, QColor(0xe8, 0xf1, 0xfb));
        p.setColor(QPalette::WindowText, QColor(0x0d, 0x3c, 0x61));
    } else {
        p.setColor(QPalette::Window, ColorScheme::colour(ColorScheme::Signal::Highlight));
        p.setColor(QPalette::WindowText, ColorScheme::colour(ColorScheme::Signal::HighlightText));
    }
    banner->setPalette(p);
    banner->setProperty("bannerKind", isError ? u"error"_s : u"info"_s);
}

} // namespace erp::client::FieldErrorStyle
