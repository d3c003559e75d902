#include "server/crm/CrmLog.h"

Q_LOGGING_CATEGORY(lcCrm, "erp.crm")
