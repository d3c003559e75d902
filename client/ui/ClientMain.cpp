#include "client/ui/ClientMain.h"

#include "client/ui/ClientApplication.h"
#include "client/ui/Icons.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace erp::client {

int clientMain(int argc, char **argv, const std::function<void(ClientApplication &)> &started)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"erp"_s);
    QApplication::setApplicationName(u"erp-client"_s);
    QApplication::setApplicationVersion(QStringLiteral(ERP_VERSION));
    QApplication::setDesktopFileName(u"erp-client"_s);
    // From the client's resources, so every platform shows the same icon.
    QApplication::setWindowIcon(Icons::applicationIcon());
    // ClientApplication decides when the client ends: between the login
    // dialog closing and the main window opening no window is visible.
    QApplication::setQuitOnLastWindowClosed(false);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"ERP desktop client"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption config(u"config"_s, u"Read IT's configuration from <file>."_s, u"file"_s);
    const QCommandLineOption settings(u"settings"_s,
                                      u"Keep settings and trusted certificates in <file> (portable use)."_s, u"file"_s);
    const QCommandLineOption noKeychain(u"no-keychain"_s, u"Do not keep the session in the system keychain."_s);
    const QCommandLineOption language(u"language"_s, u"Use <code> (en, de, fr, es) for this run."_s, u"code"_s);
    parser.addOptions({config, settings, noKeychain, language});
    parser.process(app);

    ClientApplication::Options options;
    options.configFile = parser.value(config);
    options.settingsFile = parser.value(settings);
    options.useKeychain = !parser.isSet(noKeychain);
    options.language = parser.value(language);

    ClientApplication client(options);
    QObject::connect(&client, &ClientApplication::finished, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    client.start();
    if (started)
        started(client);
    return app.exec();
}

} // namespace erp::client
