#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QString>

namespace erp::client {

// The client's colours. Standard is the system's palette with the pairs a
// screen shows text or focus on brought to WCAG 2.1 AA (4.5:1 for text, 3:1
// for focus indicators) where the system's falls short (placeholder grey,
// selection blue); the two high-contrast schemes (black on white, white on
// black) are offered in Settings for users who need more. The semantic
// colours (a red for errors, a green for won, ...) follow the scheme, so a
// status stays readable on a dark background; colour is never the only
// signal, every such state also has its words or an icon.
class ColorScheme
{
    Q_DECLARE_TR_FUNCTIONS(erp::client::ColorScheme)

public:
    enum class Kind { Standard, HighContrastLight, HighContrastDark };
    enum class Signal {
        Error,            // error text: a refused save, a failed load, overdue
        ErrorBackground,  // behind error text in banners
        Positive,         // won, approved
        Warning,          // below reorder point
        Muted,            // inactive, converted, suggested values
        Highlight,        // "look here" background (changed fields)
        HighlightText,    // text on Highlight
    };

    static QList<Kind> kinds() { return {Kind::Standard, Kind::HighContrastLight, Kind::HighContrastDark}; }
    // "standard", "high-contrast-light", "high-contrast-dark" (ClientSettings).
    static QString id(Kind kind);
    static Kind fromId(const QString &id);
    static QString displayName(Kind kind);

    // The palette of a scheme; Standard starts from `system`.
    static QPalette palette(Kind kind, const QPalette &system);
    static QColor colour(Signal signal, Kind kind);
    static QColor colour(Signal signal) { return colour(signal, current()); }

    // Applies a scheme to the whole application at once (every window
    // repaints); the high-contrast schemes use the Fusion style, which draws
    // with the palette everywhere.
    static void apply(Kind kind);
    static Kind current();

    // WCAG 2.1 contrast ratio of two opaque colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b);
};

} // namespace erp::client
