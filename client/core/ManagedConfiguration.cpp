#include "client/core/ManagedConfiguration.h"

#include "client/core/ClientLog.h"
#include "client/core/ServerCertificateInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#ifdef Q_OS_WIN
#include "client/core/AdminOnlyAcl.h"
#else
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace erp::client {

namespace {
const QString FileName = QStringLiteral("erp/erp-client.ini");
}

QString ManagedConfiguration::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("ERP_CLIENT_CONFIG");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    QStringList candidates;
#ifdef Q_OS_WIN
    const QString programData = qEnvironmentVariable("ProgramData");
    if (!programData.isEmpty())
        candidates.append(programData + QLatin1Char('/') + FileName);
#else
    // System-wide first (/etc/xdg/erp/...), not the user's own config directory:
    // this file is IT's, the user's settings live elsewhere.
    const QStringList dirs = QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation);
    for (int i = dirs.size() - 1; i >= 1; --i)
        candidates.append(dirs.at(i) + QLatin1Char('/') + FileName);
#endif
    if (QCoreApplication::instance())
        candidates.append(QCoreApplication::applicationDirPath() + QStringLiteral("/erp-client.ini"));
    for (const QString &candidate : candidates)
        if (QFileInfo::exists(candidate))
            return candidate;
    return {};
}

QString ManagedConfiguration::writableByOthers(const QString &path)
{
#ifdef Q_OS_WIN
    // Owner and access control list; the rules are in AdminOnlyAcl.
    return QString::fromStdString(
        adminonlyacl::problemWithPath(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()).toStdWString()));
#else
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QStringLiteral("%1: its permissions cannot be read").arg(path);
    if (st.st_uid != 0 && st.st_uid != ::geteuid())
        return QStringLiteral("%1 belongs to another user (uid %2), not to root").arg(path).arg(st.st_uid);
    if (st.st_mode & (S_IWGRP | S_IWOTH))
        return QStringLiteral("%1 is writable by its group or by everyone (mode %2)")
            .arg(path)
            .arg(st.st_mode & 07777, 4, 8, QLatin1Char('0'));
    return {};
#endif
}

bool ManagedConfiguration::load(const QString &path)
{
    *this = ManagedConfiguration();
    m_path = path;
    if (path.isEmpty() || !QFileInfo::exists(path))
        return true;
    QFileInfo info(path);
    if (!info.isReadable()) {
        m_errors.append(QStringLiteral("%1: not readable").arg(path));
        return false;
    }
    // Refused as a whole when someone else could have planted or changed it
    // (the file or the folder it is in, where it could be replaced).
    for (const QString &p : {info.absoluteFilePath(), info.absolutePath()}) {
        const QString problem = writableByOthers(p);
        if (!problem.isEmpty()) {
            m_refused = true;
            m_errors.append(QStringLiteral("%1: ignored, because %2").arg(path, problem));
            qCWarning(lcSettings) << m_errors.last();
            return false;
        }
    }
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        m_errors.append(QStringLiteral("%1: malformed INI file").arg(path));
        return false;
    }

    // QSettings maps an INI "[General]" section to top-level keys; accept
    // "[general]" (any case) and keys before the first section alike.
    auto general = [&ini](const QString &key) {
        for (const QString &group : {QStringLiteral("general"), QStringLiteral("General")}) {
            const QString k = group + QLatin1Char('/') + key;
            if (ini.contains(k))
                return ini.value(k);
        }
        return ini.value(key);
    };
    const QString caFile = general(QStringLiteral("ca_file")).toString();
    if (!caFile.isEmpty()) {
        // The CA file is as sensitive as the configuration that names it.
        const QString absolute = QDir(info.absolutePath()).absoluteFilePath(caFile);
        const QString problem = QFileInfo::exists(absolute) ? writableByOthers(absolute) : QString();
        if (problem.isEmpty())
            m_caFile = absolute;
        else
            m_errors.append(QStringLiteral("%1: [general] ca_file ignored, because %2").arg(path, problem));
    }
    m_defaultServer = general(QStringLiteral("default_server")).toString();
    const QVariant timeout = general(QStringLiteral("transfer_timeout"));
    if (timeout.isValid()) {
        bool ok = false;
        const int seconds = timeout.toInt(&ok);
        if (ok && seconds > 0)
            m_transferTimeoutSeconds = seconds;
        else
            m_errors.append(QStringLiteral("%1: [general] transfer_timeout must be a positive number of seconds").arg(path));
    }

    // [server.<id>] sections; "[servers]" with <id>\url style keys works too.
    const QString prefix = QStringLiteral("server.");
    QStringList groups;
    for (const QString &group : ini.childGroups())
        if (group.startsWith(prefix))
            groups.append(group);
    ini.beginGroup(QStringLiteral("servers"));
    const QStringList nested = ini.childGroups();
    ini.endGroup();
    for (const QString &group : nested)
        groups.append(QStringLiteral("servers/") + group);

    for (const QString &group : groups) {
        ini.beginGroup(group);
        ServerProfile profile;
        profile.managed = true;
        const QString id = group.section(QLatin1Char('/'), -1).mid(group.startsWith(prefix) ? prefix.size() : 0);
        profile.name = ini.value(QStringLiteral("name"), id).toString();
        const QString url = ini.value(QStringLiteral("url")).toString();
        profile.url = QUrl(url.contains(QLatin1String("://")) ? url : QStringLiteral("https://") + url);
        profile.organisation = ini.value(QStringLiteral("organisation")).toString();
        const QString pin = ini.value(QStringLiteral("pin-sha256"), ini.value(QStringLiteral("pin_sha256"))).toString();
        ini.endGroup();

        if (url.isEmpty() || !profile.url.isValid() || profile.url.host().isEmpty()
            || profile.url.scheme() != QLatin1String("https")) {
            m_errors.append(QStringLiteral("%1: [%2] needs url=https://host:port").arg(path, group));
            continue;
        }
        if (!pin.isEmpty()) {
            profile.pinSha256 = ServerCertificateInfo::normaliseFingerprint(pin);
            if (profile.pinSha256.isEmpty()) {
                m_errors.append(QStringLiteral("%1: [%2] pin-sha256 is not a SHA-256 fingerprint").arg(path, group));
                continue;
            }
        }
        m_servers.append(profile);
    }
    for (const QString &e : std::as_const(m_errors))
        qCWarning(lcSettings) << e;
    return m_errors.isEmpty();
}

} // namespace erp::client
