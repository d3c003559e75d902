#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

namespace erp::client {

// Installs the client's catalog (erp_client_<lang>.qm, built into the
// application's resources) and Qt's own (qtbase_<lang>.qm from the system
// translations path, for standard dialogs and buttons). Switching language at
// run time replaces both translators; Qt then sends QEvent::LanguageChange to
// every widget, which re-translates itself.
//
// The language also decides how numbers and dates are written: apply() makes
// its locale the default QLocale (what LocaleFormat and every Qt widget use)
// and updates the locale of the open windows, which receive
// QEvent::LocaleChange and reformat what they show.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    struct Language
    {
        QString code; // "en", "de", ...
        QString nativeName; // shown untranslated: "Deutsch"
    };

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // The languages the client ships, English first.
    static QList<Language> availableLanguages();
    // The shipped language to use for a preference (ClientSettings::language();
    // empty: the system's UI languages in order, falling back to English).
    static QString resolve(const QString &preference);

    // The locale for a shipped language: the system's own when it speaks that
    // language (a Swiss user choosing German keeps 1’250.50), otherwise the
    // language's main locale (German: de_DE, 1.250,50).
    static QLocale localeFor(const QString &code, const QLocale &system = QLocale::system());

    // Replaces the installed translators and the default locale. For English our catalogue holds
    // only plural forms. Returns false when our catalogue for `code` is
    // missing; the previous language then stays.
    bool apply(const QString &code);
    QString currentLanguage() const { return m_current; }

signals:
    void languageChanged(const QString &code);

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};

} // namespace erp::client
