#pragma once

#include <QLoggingCategory>

// Database layer: connections, transactions, migrations, the embedded cluster.
// Never log passwords or bound values (they may be personal data).
Q_DECLARE_LOGGING_CATEGORY(lcDb)
