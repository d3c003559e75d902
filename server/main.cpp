#include "server/app/ServerMain.h"

int main(int argc, char *argv[])
{
    return erp::server::serverMain(argc, argv);
}
