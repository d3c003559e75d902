#pragma once

#include <QString>

namespace erp::shared {

// Field rules used by the server to reject and by the client to warn early.
namespace Validation {
// A pragmatic email shape check: one @, a non-empty local part, a dotted
// domain, no spaces, at most 254 characters.
bool isEmail(const QString &text);
// Organisation identifier used at sign-in: 2-63 of [a-z0-9-], starting with a letter or digit.
bool isOrganisationSlug(const QString &text);
} // namespace Validation

} // namespace erp::shared
