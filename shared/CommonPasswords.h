#pragma once

#include <QSet>
#include <QString>

namespace erp::shared {

// Case-folded passwords that appear at the top of public breach corpora
// (RockYou, "most common passwords" lists). Attackers try these first, so
// PasswordPolicy refuses them whatever their length.
const QSet<QString> &commonPasswords();

} // namespace erp::shared
