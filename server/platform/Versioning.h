#pragma once

#include <QByteArray>

namespace erp::server {

struct RequestContext;

// Optimistic concurrency: every mutable row has a version, reads send it as
// ETag "<version>", updates and deletes must send it back in If-Match.
namespace Versioning {
QByteArray etag(int version);
// The version named by If-Match; throws ApiError 428 when the header is
// missing and 400 when it is not one of our ETags.
int requiredIfMatch(const RequestContext &ctx);
// Throws ApiError 412 (code "version_mismatch") when current != expected.
void check(int currentVersion, int expectedVersion);
} // namespace Versioning

} // namespace erp::server
