#include "client/core/ClientSettings.h"

#include <QSettings>

namespace erp::client {

namespace {
const QString LastServer = QStringLiteral("signin/server");
const QString LastOrganisation = QStringLiteral("signin/organisation");
const QString LastEmail = QStringLiteral("signin/email");
const QString Profiles = QStringLiteral("servers");
const QString Language = QStringLiteral("general/language");
const QString Timeout = QStringLiteral("network/transfer_timeout");
} // namespace

ClientSettings::ClientSettings(QObject *parent) : QObject(parent), m_settings(std::make_unique<QSettings>()) {}

ClientSettings::ClientSettings(const QString &settingsFile, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
}

ClientSettings::~ClientSettings() = default;

QUrl ClientSettings::lastServerUrl() const
{
    return QUrl(m_settings->value(LastServer).toString());
}

QString ClientSettings::lastOrganisation() const
{
    return m_settings->value(LastOrganisation).toString();
}

QString ClientSettings::lastEmail() const
{
    return m_settings->value(LastEmail).toString();
}

void ClientSettings::rememberSignIn(const QUrl &serverUrl, const QString &organisation, const QString &email)
{
    m_settings->setValue(LastServer, serverUrl.toString());
    m_settings->setValue(LastOrganisation, organisation);
    m_settings->setValue(LastEmail, email);
}

void ClientSettings::forgetSignIn()
{
    m_settings->remove(LastServer);
    m_settings->remove(LastOrganisation);
    m_settings->remove(LastEmail);
}

QList<ServerProfile> ClientSettings::serverProfiles() const
{
    QList<ServerProfile> profiles;
    const int n = m_settings->beginReadArray(Profiles);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        ServerProfile p;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.url = QUrl(m_settings->value(QStringLiteral("url")).toString());
        p.organisation = m_settings->value(QStringLiteral("organisation")).toString();
        if (!p.name.isEmpty() && p.url.isValid())
            profiles.append(p);
    }
    m_settings->endArray();
    return profiles;
}

void ClientSettings::setServerProfiles(const QList<ServerProfile> &profiles)
{
    m_settings->remove(Profiles);
    m_settings->beginWriteArray(Profiles, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), profiles.at(i).name);
        m_settings->setValue(QStringLiteral("url"), profiles.at(i).url.toString());
        m_settings->setValue(QStringLiteral("organisation"), profiles.at(i).organisation);
    }
    m_settings->endArray();
    Q_EMIT serverProfilesChanged();
}

void ClientSettings::saveServerProfile(const ServerProfile &profile)
{
    QList<ServerProfile> profiles = serverProfiles();
    ServerProfile p = profile;
    p.managed = false;
    p.pinSha256.clear();
    bool replaced = false;
    for (ServerProfile &existing : profiles) {
        if (existing.name == p.name) {
            existing = p;
            replaced = true;
        }
    }
    if (!replaced)
        profiles.append(p);
    setServerProfiles(profiles);
}

bool ClientSettings::removeServerProfile(const QString &name)
{
    QList<ServerProfile> profiles = serverProfiles();
    const auto removed = profiles.removeIf([&](const ServerProfile &p) { return p.name == name; });
    if (removed == 0)
        return false;
    setServerProfiles(profiles);
    return true;
}

QList<ServerProfile> ClientSettings::allServerProfiles(const QList<ServerProfile> &managed) const
{
    QList<ServerProfile> all = managed;
    const QList<ServerProfile> own = serverProfiles();
    for (const ServerProfile &p : own) {
        const bool hidden = std::any_of(managed.begin(), managed.end(),
                                        [&](const ServerProfile &m) { return m.name == p.name; });
        if (!hidden)
            all.append(p);
    }
    return all;
}

QString ClientSettings::language() const
{
    return m_settings->value(Language).toString();
}

void ClientSettings::setLanguage(const QString &language)
{
    if (language == this->language())
        return;
    m_settings->setValue(Language, language);
    Q_EMIT languageChanged(language);
}

QString ClientSettings::colorScheme() const
{
    return m_settings->value(QStringLiteral("general/colorScheme")).toString();
}

void ClientSettings::setColorScheme(const QString &scheme)
{
    m_settings->setValue(QStringLiteral("general/colorScheme"), scheme);
}

int ClientSettings::transferTimeoutSeconds() const
{
    return m_settings->value(Timeout, 0).toInt();
}

void ClientSettings::setTransferTimeoutSeconds(int seconds)
{
    m_settings->setValue(Timeout, qMax(0, seconds));
}

QByteArray ClientSettings::uiState(const QString &key) const
{
    return m_settings->value(QStringLiteral("ui/") + key).toByteArray();
}

void ClientSettings::setUiState(const QString &key, const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("ui/") + key, state);
}

void ClientSettings::sync()
{
    m_settings->sync();
}

} // namespace erp::client
