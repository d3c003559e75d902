#pragma once

#include <functional>

namespace erp::client {

class ClientApplication;

// The whole desktop client: QApplication, command line, translations, IT's
// configuration, login dialog, main window. main.cpp only calls this.
// `started` (optional) runs once everything is set up, before the event loop
// (the start-up benchmark hooks in there).
int clientMain(int argc, char **argv, const std::function<void(ClientApplication &)> &started = {});

} // namespace erp::client
