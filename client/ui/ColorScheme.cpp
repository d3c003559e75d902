#include "client/ui/ColorScheme.h"

#include <QApplication>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <cmath>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {

ColorScheme::Kind g_current = ColorScheme::Kind::Standard;
QString g_systemStyle; // the style before a high-contrast scheme replaced it
QPalette g_systemPalette;
bool g_systemKnown = false;

double channel(double c)
{
    c /= 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

// fg moved towards black or white (whichever contrasts with bg) until the
// pair reaches `ratio`.
QColor withContrast(QColor fg, const QColor &bg, double ratio)
{
    fg.setAlpha(255);
    const bool darken = luminance(bg) > 0.18;
    for (int step = 0; step < 64 && ColorScheme::contrast(fg, bg) < ratio; ++step)
        fg = darken ? fg.darker(108) : fg.lighter(108);
    if (ColorScheme::contrast(fg, bg) < ratio)
        fg = darken ? QColor(Qt::black) : QColor(Qt::white);
    return fg;
}

void setBoth(QPalette &p, QPalette::ColorRole role, const QColor &c)
{
    p.setColor(QPalette::Active, role, c);
    p.setColor(QPalette::Inactive, role, c);
}

QPalette highContrast(bool dark)
{
    const QColor back = dark ? QColor(0, 0, 0) : QColor(255, 255, 255);
    const QColor fore = dark ? QColor(255, 255, 255) : QColor(0, 0, 0);
    const QColor alternate = dark ? QColor(0x1a, 0x1a, 0x1a) : QColor(0xf0, 0xf0, 0xf0);
    const QColor select = dark ? QColor(0xff, 0xd7, 0x00) : QColor(0x00, 0x00, 0xa8); // gold / dark blue
    const QColor selectText = dark ? QColor(0, 0, 0) : QColor(255, 255, 255);
    const QColor quiet = dark ? QColor(0xd8, 0xd8, 0xd8) : QColor(0x30, 0x30, 0x30);
    const QColor disabled = dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x60, 0x60, 0x60);
    QPalette p(fore, back);
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(g, QPalette::Window, back);
        p.setColor(g, QPalette::WindowText, g == QPalette::Disabled ? disabled : fore);
        p.setColor(g, QPalette::Base, back);
        p.setColor(g, QPalette::AlternateBase, alternate);
        p.setColor(g, QPalette::Text, g == QPalette::Disabled ? disabled : fore);
        p.setColor(g, QPalette::Button, back);
        p.setColor(g, QPalette::ButtonText, g == QPalette::Disabled ? disabled : fore);
        p.setColor(g, QPalette::BrightText, dark ? QColor(0xff, 0x80, 0x80) : QColor(0xa0, 0, 0));
        p.setColor(g, QPalette::Highlight, select);
        p.setColor(g, QPalette::HighlightedText, selectText);
        p.setColor(g, QPalette::PlaceholderText, quiet);
        p.setColor(g, QPalette::ToolTipBase, back);
        p.setColor(g, QPalette::ToolTipText, fore);
        p.setColor(g, QPalette::Link, dark ? QColor(0x8a, 0xc8, 0xff) : QColor(0x00, 0x00, 0xc0));
        p.setColor(g, QPalette::LinkVisited, dark ? QColor(0xd0, 0xa0, 0xff) : QColor(0x55, 0x1a, 0x8b));
        // Frames and outlines in the text colour, so fields stand out.
        p.setColor(g, QPalette::Light, fore);
        p.setColor(g, QPalette::Midlight, quiet);
        p.setColor(g, QPalette::Mid, quiet);
        p.setColor(g, QPalette::Dark, fore);
        p.setColor(g, QPalette::Shadow, fore);
    }
    return p;
}

} // namespace

QString ColorScheme::id(Kind kind)
{
    switch (kind) {
    case Kind::HighContrastLight: return u"high-contrast-light"_s;
    case Kind::HighContrastDark: return u"high-contrast-dark"_s;
    case Kind::Standard: break;
    }
    return u"standard"_s;
}

ColorScheme::Kind ColorScheme::fromId(const QString &id)
{
    for (Kind k : kinds())
        if (ColorScheme::id(k) == id)
            return k;
    return Kind::Standard;
}

QString ColorScheme::displayName(Kind kind)
{
    switch (kind) {
    case Kind::HighContrastLight: return tr("High contrast, light (black on white)");
    case Kind::HighContrastDark: return tr("High contrast, dark (white on black)");
    case Kind::Standard: break;
    }
    return tr("Standard (system colours)");
}

double ColorScheme::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QPalette ColorScheme::palette(Kind kind, const QPalette &system)
{
    if (kind == Kind::HighContrastLight)
        return highContrast(false);
    if (kind == Kind::HighContrastDark)
        return highContrast(true);
    // The system's palette, with the pairs below AA brought up to it.
    QPalette p = system;
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive}) {
        const QColor window = p.color(g, QPalette::Window);
        const QColor base = p.color(g, QPalette::Base);
        const auto fix = [&](QPalette::ColorRole role, const QColor &on, double ratio) {
            p.setColor(g, role, withContrast(p.color(g, role), on, ratio));
        };
        fix(QPalette::WindowText, window, 4.5);
        fix(QPalette::Text, base, 4.5);
        fix(QPalette::Text, p.color(g, QPalette::AlternateBase), 4.5);
        fix(QPalette::ButtonText, p.color(g, QPalette::Button), 4.5);
        fix(QPalette::ToolTipText, p.color(g, QPalette::ToolTipBase), 4.5);
        // Placeholder grey is used for hints and counts on both backgrounds.
        fix(QPalette::PlaceholderText, base, 4.9); // margin for shades of it (navigation)
        fix(QPalette::PlaceholderText, window, 4.9);
        fix(QPalette::Link, base, 4.5);
        // The selection carries white text and is the focus colour: it
        // needs 4.5:1 with its text and 3:1 with what it is drawn on.
        QColor highlight = p.color(g, QPalette::Highlight);
        const QColor highlightedText = p.color(g, QPalette::HighlightedText);
        highlight = withContrast(highlight, highlightedText, 4.5);
        highlight = withContrast(highlight, window, 3.0);
        highlight = withContrast(highlight, base, 3.0);
        p.setColor(g, QPalette::Highlight, highlight);
    }
    return p;
}

QColor ColorScheme::colour(Signal signal, Kind kind)
{
    const bool dark = kind == Kind::HighContrastDark;
    const bool high = kind != Kind::Standard;
    switch (signal) {
    case Signal::Error: return dark ? QColor(0xff, 0x8a, 0x8a) : high ? QColor(0x9a, 0x00, 0x00) : QColor(0xb0, 0x00, 0x20);
    case Signal::ErrorBackground: return dark ? QColor(0x2a, 0x00, 0x00) : high ? QColor(0xff, 0xff, 0xff) : QColor(0xfd, 0xec, 0xea);
    case Signal::Positive: return dark ? QColor(0x7c, 0xe0, 0x8c) : high ? QColor(0x00, 0x55, 0x1a) : QColor(0x1b, 0x6e, 0x33);
    case Signal::Warning: return dark ? QColor(0xff, 0xc0, 0x60) : high ? QColor(0x6b, 0x2a, 0x00) : QColor(0x9a, 0x3b, 0x00);
    case Signal::Muted: return dark ? QColor(0xc8, 0xc8, 0xc8) : high ? QColor(0x30, 0x30, 0x30) : QColor(0x5f, 0x5f, 0x5f);
    case Signal::Highlight: return dark ? QColor(0x4a, 0x3b, 0x00) : QColor(0xff, 0xf1, 0xc2);
    case Signal::HighlightText: return dark ? QColor(0xff, 0xff, 0xff) : QColor(0x00, 0x00, 0x00);
    }
    return {};
}

void ColorScheme::apply(Kind kind)
{
    if (!g_systemKnown) {
        g_systemKnown = true;
        g_systemStyle = QApplication::style()->name();
        g_systemPalette = QApplication::palette();
    }
    g_current = kind;
    if (kind == Kind::Standard) {
        if (QApplication::style()->name() != g_systemStyle)
            QApplication::setStyle(QStyleFactory::create(g_systemStyle));
        QApplication::setPalette(palette(kind, g_systemPalette));
        return;
    }
    if (QApplication::style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(palette(kind, g_systemPalette));
}

ColorScheme::Kind ColorScheme::current()
{
    return g_current;
}

} // namespace erp::client
