// Colour contrast of the client's palettes against WCAG 2.1 AA, computed
// here with WCAG's own formula (relative luminance of sRGB, ratio
// (L1 + 0.05) / (L2 + 0.05)), independently of the client's code: every
// text/background pair a page draws with (window, fields, buttons,
// selection, tooltips, placeholder hints, links, the status colours for
// errors, warnings, won and muted rows) reaches 4.5:1, and the focus
// indicator (the selection colour Fusion draws focus frames with) 3:1
// against the backgrounds it is drawn on, for the standard scheme and both
// high-contrast schemes. Then the scheme chosen in Settings applies at once,
// persists on OK, goes back on Cancel, and is applied at start; screenshots
// of the dialogs in each scheme under <build>/screenshots.
#include "client/core/ApiClient.h"
#include "client/core/ClientSettings.h"
#include "client/core/TrustStore.h"
#include "client/ui/ColorScheme.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/LoginDialog.h"
#include "client/ui/SettingsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;
using namespace erp::client;

namespace {

// WCAG 2.1, "relative luminance" and "contrast ratio" definitions.
double linear(int channel8)
{
    const double c = channel8 / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double relativeLuminance(const QColor &c)
{
    return 0.2126 * linear(c.red()) + 0.7152 * linear(c.green()) + 0.0722 * linear(c.blue());
}

double ratio(const QColor &a, const QColor &b)
{
    const double l1 = relativeLuminance(a);
    const double l2 = relativeLuminance(b);
    return (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
}

} // namespace

class TestColorScheme : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formulaMatchesKnownValues();
    void palettesMeetWcagAA_data();
    void palettesMeetWcagAA();
    void settingsAppliesAtOncePersistsAndReverts();
    void screenshotsInEveryScheme();

private:
    QPalette m_system;
    QDir m_dir;
};

void TestColorScheme::initTestCase()
{
    m_system = QApplication::palette();
    m_dir.setPath(QStringLiteral(ERP_SCREENSHOT_DIR));
    QVERIFY(m_dir.mkpath(u"."_s));
}

void TestColorScheme::formulaMatchesKnownValues()
{
    // Published reference values: black/white 21:1, #777 on white 4.48:1.
    QCOMPARE(qRound(ratio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(qRound(ratio(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
    QCOMPARE(qRound(ratio(QColor(0x59, 0x59, 0x59), Qt::white) * 100), 700);
}

void TestColorScheme::palettesMeetWcagAA_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("standard") << int(ColorScheme::Kind::Standard);
    QTest::newRow("high-contrast-light") << int(ColorScheme::Kind::HighContrastLight);
    QTest::newRow("high-contrast-dark") << int(ColorScheme::Kind::HighContrastDark);
}

void TestColorScheme::palettesMeetWcagAA()
{
    QFETCH(int, kind);
    const auto scheme = ColorScheme::Kind(kind);
    const QPalette p = ColorScheme::palette(scheme, m_system);
    struct Pair
    {
        const char *what;
        QColor fore;
        QColor back;
        double needed;
    };
    QList<Pair> pairs;
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive}) {
        const QColor window = p.color(g, QPalette::Window);
        const QColor base = p.color(g, QPalette::Base);
        const QColor navigation = window.darker(104); // the sidebar's background
        pairs << Pair {"window text", p.color(g, QPalette::WindowText), window, 4.5}
              << Pair {"field text", p.color(g, QPalette::Text), base, 4.5}
              << Pair {"alternate row text", p.color(g, QPalette::Text), p.color(g, QPalette::AlternateBase), 4.5}
              << Pair {"button text", p.color(g, QPalette::ButtonText), p.color(g, QPalette::Button), 4.5}
              << Pair {"selected text", p.color(g, QPalette::HighlightedText), p.color(g, QPalette::Highlight), 4.5}
              << Pair {"tooltip", p.color(g, QPalette::ToolTipText), p.color(g, QPalette::ToolTipBase), 4.5}
              << Pair {"hint on field", p.color(g, QPalette::PlaceholderText), base, 4.5}
              << Pair {"hint on window", p.color(g, QPalette::PlaceholderText), window, 4.5}
              << Pair {"module heading in navigation", p.color(g, QPalette::PlaceholderText), navigation, 4.5}
              << Pair {"link", p.color(g, QPalette::Link), base, 4.5}
              << Pair {"focus frame on window", p.color(g, QPalette::Highlight), window, 3.0}
              << Pair {"focus frame on field", p.color(g, QPalette::Highlight), base, 3.0};
        for (auto [name, signal] : {std::pair {"error", ColorScheme::Signal::Error},
                                    std::pair {"warning", ColorScheme::Signal::Warning},
                                    std::pair {"positive", ColorScheme::Signal::Positive},
                                    std::pair {"muted", ColorScheme::Signal::Muted}}) {
            const QColor c = ColorScheme::colour(signal, scheme);
            pairs << Pair {name, c, base, 4.5} << Pair {name, c, window, 4.5}
                  << Pair {name, c, p.color(g, QPalette::AlternateBase), 4.5};
        }
        pairs << Pair {"error banner", ColorScheme::colour(ColorScheme::Signal::Error, scheme),
                       ColorScheme::colour(ColorScheme::Signal::ErrorBackground, scheme), 4.5}
              << Pair {"changed field", ColorScheme::colour(ColorScheme::Signal::HighlightText, scheme),
                       ColorScheme::colour(ColorScheme::Signal::Highlight, scheme), 4.5};
    }
    QStringList failures;
    for (const Pair &pair : std::as_const(pairs)) {
        const double r = ratio(pair.fore, pair.back);
        if (r < pair.needed)
            failures << u"%1: %2 on %3 is %4:1, needs %5:1"_s.arg(QString::fromLatin1(pair.what), pair.fore.name(),
                                                                   pair.back.name())
                            .arg(r, 0, 'f', 2)
                            .arg(pair.needed);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n"_s)));
    // High contrast means more than the minimum: 7:1 (AAA) for body text.
    if (scheme != ColorScheme::Kind::Standard) {
        QVERIFY(ratio(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 7.0);
        QVERIFY(ratio(p.color(QPalette::Text), p.color(QPalette::Base)) >= 7.0);
    }
}

void TestColorScheme::settingsAppliesAtOncePersistsAndReverts()
{
    QTemporaryDir dir;
    ClientSettings settings(dir.filePath(u"s.ini"_s));
    LanguageManager languages;
    {
        SettingsDialog dialog(&languages, &settings, {});
        dialog.show();
        auto *combo = dialog.findChild<QComboBox *>(u"colorSchemeCombo"_s);
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3);
        combo->setCurrentIndex(combo->findData(u"high-contrast-dark"_s));
        // At once, before OK: the whole application is white on black.
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
        QTRY_COMPARE(dialog.palette().color(QPalette::WindowText), QColor(Qt::white));
        dialog.reject();
        // Cancel: back to what was stored (standard).
        QCOMPARE(ColorScheme::current(), ColorScheme::Kind::Standard);
        QVERIFY(QApplication::palette().color(QPalette::Window) != QColor(Qt::black));
        QVERIFY(settings.colorScheme().isEmpty() || settings.colorScheme() == u"standard"_s);
    }
    {
        SettingsDialog dialog(&languages, &settings, {});
        dialog.show();
        auto *combo = dialog.findChild<QComboBox *>(u"colorSchemeCombo"_s);
        combo->setCurrentIndex(combo->findData(u"high-contrast-light"_s));
        dialog.accept();
    }
    QCOMPARE(settings.colorScheme(), u"high-contrast-light"_s);
    QCOMPARE(ColorScheme::current(), ColorScheme::Kind::HighContrastLight);
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::white));
    QCOMPARE(QApplication::palette().color(QPalette::WindowText), QColor(Qt::black));
    {
        // Reopened, the dialog shows the stored choice.
        SettingsDialog dialog(&languages, &settings, {});
        auto *combo = dialog.findChild<QComboBox *>(u"colorSchemeCombo"_s);
        QCOMPARE(combo->currentData().toString(), u"high-contrast-light"_s);
    }
    ColorScheme::apply(ColorScheme::Kind::Standard);
}

void TestColorScheme::screenshotsInEveryScheme()
{
    QTemporaryDir dir;
    ClientSettings settings(dir.filePath(u"s.ini"_s));
    TrustStore trust(dir.filePath(u"s.ini"_s));
    ApiClient api(&trust);
    LanguageManager languages;
    for (ColorScheme::Kind kind : ColorScheme::kinds()) {
        ColorScheme::apply(kind);
        SettingsDialog settingsDialog(&languages, &settings, {});
        settingsDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settingsDialog));
        const QString id = ColorScheme::id(kind);
        QVERIFY(settingsDialog.grab().save(m_dir.filePath(u"colors-settings-%1.png"_s.arg(id))));
        LoginDialog login(&api, &settings, {});
        login.show();
        QVERIFY(QTest::qWaitForWindowExposed(&login));
        QVERIFY(login.grab().save(m_dir.filePath(u"colors-login-%1.png"_s.arg(id))));
        qInfo("screenshots: %s", qPrintable(m_dir.filePath(u"colors-*-%1.png"_s.arg(id))));
    }
    ColorScheme::apply(ColorScheme::Kind::Standard);
}

QTEST_MAIN(TestColorScheme)
#include "tst_colorscheme.moc"
