#include "shared/PasswordPolicy.h"

#include "shared/CommonPasswords.h"

#include <QCoreApplication>

namespace erp::shared {

namespace {

PasswordProblem problem(const char *code, const char *message)
{
    return {QLatin1String(code), QCoreApplication::translate("PasswordPolicy", message)};
}

// A password that is the email, its local part or the organisation is the
// first thing an attacker who knows the account tries.
bool repeatsContext(const QString &password, const QStringList &context)
{
    const QString folded = password.trimmed().toCaseFolded();
    if (folded.isEmpty())
        return false;
    for (const QString &raw : context) {
        const QString value = raw.trimmed().toCaseFolded();
        if (value.isEmpty())
            continue;
        if (folded == value)
            return true;
        const qsizetype at = value.indexOf(QLatin1Char('@'));
        if (at > 0 && folded == value.left(at))
            return true;
    }
    return false;
}

bool isOneRepeatedCharacter(const QList<uint> &codePoints)
{
    if (codePoints.isEmpty())
        return false;
    for (uint c : codePoints)
        if (c != codePoints.first())
            return false;
    return true;
}

} // namespace

int PasswordPolicy::codePointCount(const QString &password)
{
    return int(password.toUcs4().size());
}

bool PasswordPolicy::isCommon(const QString &password)
{
    return commonPasswords().contains(password.toCaseFolded());
}

QList<PasswordProblem> PasswordPolicy::check(const QString &password, const QStringList &context)
{
    QList<PasswordProblem> problems;
    const QList<uint> codePoints = password.toUcs4();
    if (codePoints.size() < MinLength)
        problems.append(problem("too_short", QT_TRANSLATE_NOOP("PasswordPolicy",
                                "The password must have at least 8 characters.")));
    if (codePoints.size() > MaxLength)
        problems.append(problem("too_long", QT_TRANSLATE_NOOP("PasswordPolicy",
                                "The password must have at most 1024 characters.")));
    if (isCommon(password))
        problems.append(problem("too_common", QT_TRANSLATE_NOOP("PasswordPolicy",
                                "This password is one of the most commonly used passwords.")));
    if (isOneRepeatedCharacter(codePoints) || repeatsContext(password, context))
        problems.append(problem("too_predictable", QT_TRANSLATE_NOOP("PasswordPolicy",
                                "The password must not be one repeated character, your email "
                                "address or the organisation's name.")));
    return problems;
}

} // namespace erp::shared
