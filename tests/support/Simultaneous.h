#pragma once

#include "tests/support/TlsTestClient.h"

#include <QList>

#include <functional>

namespace erp::test {

// Sends one request per client at the same moment, each from its own thread
// (all threads wait on one gate before sending), and returns the responses in
// client order. The clients' sockets are moved to those threads and back.
QList<TlsTestClient::Response> simultaneously(const QList<TlsTestClient *> &clients,
                                              const std::function<TlsTestClient::Response(TlsTestClient &, int)> &call);

// Runs body(0) .. body(n - 1) on n threads that start together, each after it
// has opened its own database connection (closed again when its body is
// done), and returns when all are done: concurrency tests of services that
// talk to the database directly.
void runTogether(int n, const std::function<void(int)> &body);

} // namespace erp::test
