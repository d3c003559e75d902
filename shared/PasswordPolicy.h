#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace erp::shared {

struct PasswordProblem
{
    QString code;       // "too_short", "too_long", "too_common", "too_predictable"
    QString message;    // English; translated through the "PasswordPolicy" context
};

// The password rules, shared so the client can tell the user before sending
// and the server enforces exactly the same thing. Follows NIST SP 800-63B:
// length over composition rules, a block list of known leaked passwords, no
// truncation, and any Unicode character allowed.
class PasswordPolicy
{
public:
    static constexpr int MinLength = 8;       // Unicode code points
    static constexpr int MaxLength = 1024;    // generous for passphrases, bounded for hashing cost

    // Every rule the password breaks; empty when it is acceptable. `context`
    // holds strings the password must not simply repeat: the user's email
    // (its local part is derived here), the organisation's slug and name.
    static QList<PasswordProblem> check(const QString &password,
                                        const QStringList &context = QStringList());

    static bool isAcceptable(const QString &password, const QStringList &context = QStringList())
    {
        return check(password, context).isEmpty();
    }

    // Case-insensitive membership in the compiled-in list of leaked passwords.
    static bool isCommon(const QString &password);

    static int codePointCount(const QString &password);
};

} // namespace erp::shared
