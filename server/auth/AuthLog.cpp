#include "server/auth/AuthLog.h"

Q_LOGGING_CATEGORY(lcAuth, "erp.auth")
