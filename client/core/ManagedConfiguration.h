#pragma once

#include "client/core/ServerProfile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace erp::client {

// The configuration file IT deploys with the client (INI, read at start,
// never written by the client). Format: docs/client-configuration.md.
//
//     [general]
//     ca_file=/etc/ssl/certs/company-ca.pem
//     default_server=Head office
//     transfer_timeout=30
//
//     [server.head-office]
//     name=Head office
//     url=https://erp.example.com:8443
//     organisation=acme
//     pin-sha256=AB:CD:...:EF
class ManagedConfiguration
{
public:
    // Where the client looks when no file is given: $ERP_CLIENT_CONFIG, else
    // the first existing "erp/erp-client.ini" in the system configuration
    // directories (e.g. /etc/xdg/erp/erp-client.ini; on Windows
    // C:/ProgramData/erp/erp-client.ini; next to the executable). Empty when none exists.
    static QString defaultPath();

    // Reads the file. A missing file is not an error (empty configuration).
    // Returns false for an unreadable file or invalid entries, with one
    // message per problem in errors(); valid entries are still kept.
    //
    // A file that users other than administrators could have written is
    // refused as a whole (isRefused()): it can add trusted CAs and pins, so
    // it must be as protected as the system's own trust settings. On Linux
    // and macOS the file, its folder and the CA file must belong to root or
    // to the user running the client and be writable by nobody else; on
    // Windows they must belong to Administrators, SYSTEM or TrustedInstaller
    // and no other account may be allowed to change them (AdminOnlyAcl.h).
    bool load(const QString &path);

    // Why `path` (a file or folder) could have been written by someone other
    // than an administrator (or, on Linux and macOS, the current user); empty
    // when it could not.
    static QString writableByOthers(const QString &path);

    QString path() const { return m_path; }
    QString caFile() const { return m_caFile; }             // absolute (relative paths resolved against the file)
    QString defaultServer() const { return m_defaultServer; }
    int transferTimeoutSeconds() const { return m_transferTimeoutSeconds; }  // 0: not set
    QList<ServerProfile> servers() const { return m_servers; }
    QStringList errors() const { return m_errors; }
    // True when the file was ignored because it is not protected (see load()).
    bool isRefused() const { return m_refused; }

private:
    QString m_path;
    QString m_caFile;
    QString m_defaultServer;
    int m_transferTimeoutSeconds = 0;
    QList<ServerProfile> m_servers;
    QStringList m_errors;
    bool m_refused = false;
};

} // namespace erp::client
