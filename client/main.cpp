#include "client/ui/ClientMain.h"

int main(int argc, char **argv)
{
    return erp::client::clientMain(argc, argv);
}
