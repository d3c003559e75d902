#pragma once

#include <QLoggingCategory>

// Authentication events. Never log passwords, tokens, refresh tokens or hashes:
// user ids, session ids and request ids are enough to follow an incident.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
