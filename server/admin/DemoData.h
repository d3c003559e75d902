#pragma once

#include <QList>
#include <QString>

namespace erp::server {

struct DemoLogins
{
    struct Login
    {
        QString role;
        QString email;
        QString password;
    };
    QString organisation;
    QList<Login> users;
};

// The demo organisation for the quick start: created on first use with one
// user per built-in role. Passwords are random, generated once and kept in
// the data directory (mode 0600) so they can be shown again at every start;
// there are no fixed default passwords.
class DemoData
{
public:
    static DemoLogins ensure(const QString &dataDir);   // throws on failure
    // Where ensure() keeps the logins (owner-only, in the private data directory).
    static QString loginsFile(const QString &dataDir);
};

} // namespace erp::server
