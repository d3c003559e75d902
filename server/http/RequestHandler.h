#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <functional>

namespace erp::server {

// Delivers the response for one request. May be called from any thread, exactly
// once; the connection drops the response if its client has gone meanwhile.
using ResponseCallback = std::function<void(HttpResponse)>;

// What the HTTP transport hands complete requests to. handle() is called on the
// connection's I/O thread and must not block: real work goes to a worker pool.
class RequestHandler
{
public:
    virtual ~RequestHandler() = default;
    virtual void handle(HttpRequest request, ResponseCallback respond) = 0;
};

} // namespace erp::server
