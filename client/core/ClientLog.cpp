#include "client/core/ClientLog.h"

namespace erp::client {

Q_LOGGING_CATEGORY(lcApi, "erp.client.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTls, "erp.client.tls", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "erp.client.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "erp.client.settings", QtInfoMsg)

} // namespace erp::client
