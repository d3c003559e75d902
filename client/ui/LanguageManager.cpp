#include "client/ui/LanguageManager.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QWidget>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcI18n, "erp.client.i18n")

namespace erp::client {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QList<LanguageManager::Language> LanguageManager::availableLanguages()
{
    return {{u"en"_s, u"English"_s}, {u"de"_s, u"Deutsch"_s}, {u"fr"_s, u"Français"_s}, {u"es"_s, u"Español"_s}};
}

QString LanguageManager::resolve(const QString &preference)
{
    const auto languages = availableLanguages();
    auto shipped = [&](const QString &code) {
        return std::any_of(languages.begin(), languages.end(), [&](const Language &l) { return l.code == code; });
    };
    if (!preference.isEmpty() && shipped(preference))
        return preference;
    // "de-CH" and "de_DE" both mean German to us.
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (shipped(code))
            return code;
    }
    return u"en"_s;
}

QLocale LanguageManager::localeFor(const QString &code, const QLocale &system)
{
    const QLocale language(code);
    if (system.language() == language.language())
        return system;
    return language;
}

bool LanguageManager::apply(const QString &code)
{
    auto app = std::make_unique<QTranslator>();
    // English needs a catalogue too, for plural forms ("1 row", "2 rows").
    if (!app->load(u":/i18n/erp_client_%1.qm"_s.arg(code)) && code != u"en"_s) {
        qCWarning(lcI18n) << "no catalog for language" << code;
        return false;
    }
    auto qt = std::make_unique<QTranslator>();
    // Qt's catalogue is optional: without it only standard dialog buttons
    // stay English. The system's Qt (Linux packages) or a "translations"
    // folder next to the executable (Windows/macOS installers).
    if (!qt->load(u"qtbase_%1"_s.arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        && !qt->load(u"qtbase_%1"_s.arg(code), QCoreApplication::applicationDirPath() + u"/translations"_s))
        qCInfo(lcI18n) << "Qt's own catalogue for" << code << "is not installed";

    // The locale first, so that widgets re-translating themselves on the
    // LanguageChange the translators cause already format in the new language.
    const QLocale locale = localeFor(code);
    if (QLocale() != locale) {
        QLocale::setDefault(locale);
        // Widgets copy the default locale when they are created; open windows
        // take the new one (and pass it to their children) here.
        if (qobject_cast<QApplication *>(QCoreApplication::instance())) {
            const auto windows = QApplication::topLevelWidgets();
            for (QWidget *w : windows)
                if (!w->testAttribute(Qt::WA_SetLocale))
                    w->unsetLocale();
        }
    }

    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
    if (!qt->isEmpty()) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    if (!app->isEmpty()) {
        QCoreApplication::installTranslator(app.get());
        m_app = std::move(app);
    }
    const bool changed = m_current != code;
    m_current = code;
    if (changed)
        emit languageChanged(code);
    return true;
}

} // namespace erp::client
