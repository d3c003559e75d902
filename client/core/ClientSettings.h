#pragma once

#include "client/core/ServerProfile.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QSettings;

namespace erp::client {

// The user's own client settings (QSettings): what the login dialog
// remembers and the server profiles. Never holds a password or a token.
class ClientSettings : public QObject
{
    Q_OBJECT

public:
    // The application's default QSettings (organisation/application names set by the app).
    explicit ClientSettings(QObject *parent = nullptr);
    // A dedicated INI file (tests).
    explicit ClientSettings(const QString &settingsFile, QObject *parent = nullptr);
    ~ClientSettings() override;

    // Remembered from the last successful sign-in.
    QUrl lastServerUrl() const;
    QString lastOrganisation() const;
    QString lastEmail() const;
    void rememberSignIn(const QUrl &serverUrl, const QString &organisation, const QString &email);
    void forgetSignIn();

    // User-defined server profiles (managed ones come from ManagedConfiguration).
    QList<ServerProfile> serverProfiles() const;
    void setServerProfiles(const QList<ServerProfile> &profiles);
    // Adds or replaces (by name).
    void saveServerProfile(const ServerProfile &profile);
    bool removeServerProfile(const QString &name);
    // User profiles after the managed ones; a user profile with a managed
    // profile's name is hidden.
    QList<ServerProfile> allServerProfiles(const QList<ServerProfile> &managed) const;

    // UI language ("de", "fr", "es", "en"; empty = system).
    QString language() const;
    void setLanguage(const QString &language);

    // Colour scheme ("standard", "high-contrast-light", "high-contrast-dark"; empty = standard).
    QString colorScheme() const;
    void setColorScheme(const QString &scheme);

    // Transfer timeout in seconds (0 = default 30 s).
    int transferTimeoutSeconds() const;
    void setTransferTimeoutSeconds(int seconds);

    // Free-form storage for UI state (window geometry, header state, ...) under "ui/<key>".
    QByteArray uiState(const QString &key) const;
    void setUiState(const QString &key, const QByteArray &state);

    // For anything else the UI wants to keep.
    QSettings &settings() { return *m_settings; }

    void sync();

Q_SIGNALS:
    void serverProfilesChanged();
    void languageChanged(const QString &language);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace erp::client
