#pragma once

class QLabel;
class QWidget;

namespace erp::client {

// One look for "this field is wrong" everywhere: a red, word-wrapped label
// under the field, and a red frame on the field itself.
namespace FieldErrorStyle {
void applyTo(QLabel *errorLabel);
void markField(QWidget *field, bool hasError);
// A banner above a form or list: red for what went wrong, a calm blue for
// information (what the screen now shows, a hint), so that only problems
// look like problems. Sets the property "bannerKind" ("error"/"info").
void styleBanner(QWidget *banner, bool isError);
} // namespace FieldErrorStyle

} // namespace erp::client
