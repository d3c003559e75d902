#pragma once

namespace erp::server {

// The erp-server command line: serve (default), migrate, create-tenant,
// gen-cert, --help, --version. Kept in the core library so it is testable;
// main.cpp only calls it.
int serverMain(int argc, char *argv[]);

} // namespace erp::server
