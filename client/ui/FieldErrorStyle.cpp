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

} // namespace erp::client::FieldErrorStyle
