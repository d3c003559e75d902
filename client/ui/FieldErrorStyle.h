#pragma once

class QLabel;
class QWidget;

namespace erp::client {

// One look for "this field is wrong" everywhere: a red, word-wrapped label
// under the field, and a red frame on the field itself.
namespace FieldErrorStyle {
void applyTo(QLabel *errorLabel);
void markField(QWidget *field, bool hasError);
} // namespace FieldErrorStyle

} // namespace erp::client
