#pragma once

#include <QLoggingCategory>

namespace erp::client {

// One logging category per client subsystem. Enable with e.g.
// QT_LOGGING_RULES="erp.client.api.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcApi)       // "erp.client.api": requests, refresh, sign-in
Q_DECLARE_LOGGING_CATEGORY(lcTls)       // "erp.client.tls": certificates, pins, CA files
Q_DECLARE_LOGGING_CATEGORY(lcModels)    // "erp.client.models": item models paging from the server
Q_DECLARE_LOGGING_CATEGORY(lcSettings)  // "erp.client.settings": settings, keychain, managed configuration

} // namespace erp::client
