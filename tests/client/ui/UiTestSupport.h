#pragma once

// Helpers shared by the UI tests: a real server in the process (TestServer),
// a client with its own settings file that trusts the test certificate,
// and ways to find and drive the dialogs the UI opens with open().
#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ClientSettings.h"
#include "client/core/ServerCertificateInfo.h"
#include "client/core/Session.h"
#include "client/core/TrustStore.h"
#include "tests/support/TestCertificate.h"
#include "tests/support/TestServer.h"

#include <QApplication>
#include <QDialog>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

namespace erp::test {

inline QUrl serverUrl(const TestServer &server)
{
    return QUrl(QStringLiteral("https://localhost:%1").arg(server.port()));
}

inline QString serverKey(const TestServer &server)
{
    return erp::client::TrustStore::serverKey(serverUrl(server));
}

// The test certificate pinned for the server, as if the user had trusted it before.
inline void trustTestCertificate(erp::client::TrustStore *store, const TestServer &server)
{
    store->pinFingerprint(serverKey(server),
                          erp::client::ServerCertificateInfo::fingerprintOf(TestCertificate::instance().certificate()));
}

// The visible top-level widget of type T (optionally with that object name), or null.
template<typename T> T *findTopLevel(const QString &objectName = QString())
{
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        if (auto *t = qobject_cast<T *>(w);
            t && t->isVisible() && (objectName.isEmpty() || t->objectName() == objectName))
            return t;
    }
    return nullptr;
}

// A visible dialog among the children of parent (dialogs opened with open()).
template<typename T> T *findChildDialog(QWidget *parent, const QString &objectName = QString())
{
    const auto all = parent->findChildren<T *>();
    for (T *d : all)
        if (d->isVisible() && (objectName.isEmpty() || d->objectName() == objectName))
            return d;
    return nullptr;
}

inline QAbstractButton *messageBoxButton(QMessageBox *box, QMessageBox::StandardButton which)
{
    return box ? box->button(which) : nullptr;
}

// A client signed in through the API (not through the UI), for tests that
// start at the main window or a page.
struct SignedInClient
{
    QTemporaryDir dir;
    std::unique_ptr<erp::client::ClientSettings> settings;
    std::unique_ptr<erp::client::TrustStore> trust;
    std::unique_ptr<erp::client::ApiClient> api;

    bool signIn(const TestServer &server, const QString &organisation, const QString &email, const QString &password)
    {
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        settings = std::make_unique<erp::client::ClientSettings>(file);
        trust = std::make_unique<erp::client::TrustStore>(file);
        trustTestCertificate(trust.get(), server);
        api = std::make_unique<erp::client::ApiClient>(trust.get());
        api->setServerUrl(serverUrl(server));
        erp::client::ApiReply *reply = api->signIn(organisation, email, password);
        QSignalSpy done(reply, &erp::client::ApiReply::finished);
        if (!done.wait(15000))
            return false;
        return api->session()->isSignedIn();
    }
};

// Runs an API call synchronously for test set-up (never in product code).
inline std::unique_ptr<erp::client::ApiReply> waitFor(erp::client::ApiReply *reply, int timeoutMs = 15000)
{
    reply->setAutoDelete(false);
    if (!reply->isFinished()) {
        QSignalSpy done(reply, &erp::client::ApiReply::finished);
        done.wait(timeoutMs);
    }
    return std::unique_ptr<erp::client::ApiReply>(reply);
}

} // namespace erp::test
