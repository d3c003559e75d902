#pragma once


class QLabel;

namespace erp::client {

// The whole text of a label that underlines its buddy's shortcut letter.
// Qt (6.4) measures such a label's text in one piece, kerning the
// underlined letter against its neighbours, but paints that letter as a run
// of its own, unkerned: the painted text comes out a few pixels wider than
// the label, and the last character is not drawn. In German
// "Wareneingangs-&Toleranz:" lost its colon ("-T" is a kerned pair). Extra
// width would not help, as the label draws into its size hint; measuring and
// painting agree when the label's font does not kern, so kerning is turned
// off for every label with a buddy when it is polished (by PlainTextLabels'
// application-wide filter, which sees every label anyway). Only kerning is
// set on the label's font: size and family still follow the application's
// (large text).
namespace MnemonicLabels {
// Also for a label that gets its buddy after it was first shown.
void apply(QLabel *label);
} // namespace MnemonicLabels

} // namespace erp::client
