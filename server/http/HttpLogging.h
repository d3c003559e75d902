#pragma once

#include <QLoggingCategory>

namespace erp::server {

// The transport's category; the parser and the certificate generator have
// their own (erp.http.parser, erp.http.cert) so they can be silenced apart.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)

} // namespace erp::server
