#include "shared/Validation.h"

#include <QRegularExpression>

namespace erp::shared::Validation {

bool isEmail(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)+$)"));
    return text.size() <= 254 && pattern.match(text).hasMatch();
}

bool isOrganisationSlug(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{1,62}$"));
    return pattern.match(text).hasMatch();
}

} // namespace erp::shared::Validation
