#pragma once

#include "tests/bench/LoadMeasurement.h"

#include <functional>
#include <optional>

namespace erp::test {

// The load of measureLoad with the threads pgbench uses: `clients` keep-alive
// TLS connections shared out over `threads` threads that each wait for all
// their connections at once (an event loop), instead of a blocked thread per
// connection. On a machine as small as the benchmarks', 16 blocked threads
// beside the server are 16 more threads to wake for every answer; raw_pg's
// pgbench drives its 16 connections from 2.
struct LoadRequest
{
    QByteArray method;
    QByteArray path;
    QByteArray body;
    TlsTestClient::Headers headers;
};

// One operation, request by request: called with step 0 and no response to
// begin operation `i`, then with each response and the next step number.
// Returns the next request, or nothing when the operation is over; sets
// *failed when the operation did not do what it should (an error).
using LoadSteps
    = std::function<std::optional<LoadRequest>(int i, int step, const TlsTestClient::Response *previous, bool *failed)>;

// Connection c sends bearerTokens[c % size]. The latency of an operation is
// from its first request to its last response.
LoadResult measureLoadEventDriven(quint16 port, int clients, int threads, int seconds,
                                  const QList<QByteArray> &bearerTokens, const LoadSteps &steps);

} // namespace erp::test
