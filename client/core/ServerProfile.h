#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace erp::client {

// A named server the user (or IT) set up: what the login dialog offers.
struct ServerProfile
{
    QString name;            // "Head office"
    QUrl url;                // https://erp.example.com:8443
    QString organisation;    // organisation slug used at sign-in (may be empty)
    QString pinSha256;       // managed profiles only: the pinned fingerprint, "AB:CD:.."
    bool managed = false;    // from IT's configuration file: read-only in the UI

    bool operator==(const ServerProfile &o) const
    {
        return name == o.name && url == o.url && organisation == o.organisation && pinSha256 == o.pinSha256
            && managed == o.managed;
    }
};

} // namespace erp::client
