#include "client/core/RefreshTokenStore.h"

#include "client/core/ClientLog.h"

#include <QMetaObject>
#include <QPointer>

#ifdef ERP_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace erp::client {

RefreshTokenStore::RefreshTokenStore(const QString &service, QObject *parent)
    : QObject(parent), m_service(service)
{
}

RefreshTokenStore::~RefreshTokenStore() = default;

bool RefreshTokenStore::isAvailable() const
{
#ifdef ERP_HAVE_KEYCHAIN
    return m_enabled;
#else
    return false;
#endif
}

QString RefreshTokenStore::accountKey(const QString &serverKey, const QString &organisation, const QString &email)
{
    return (serverKey + QLatin1Char('/') + organisation + QLatin1Char('/') + email).toLower();
}

namespace {
const QString Unavailable = QStringLiteral("no keychain available");
}

void RefreshTokenStore::store(const QString &account, const QString &refreshToken, Done done)
{
    if (!isAvailable()) {
        if (done)
            QMetaObject::invokeMethod(this, [done] { done(false, Unavailable); }, Qt::QueuedConnection);
        return;
    }
#ifdef ERP_HAVE_KEYCHAIN
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);   // never a plain-text file
    job->setKey(account);
    job->setTextData(refreshToken);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError;
        if (!ok)
            qCInfo(lcSettings) << "keychain: could not store the refresh token:" << j->errorString();
        if (done)
            done(ok, ok ? QString() : j->errorString());
    });
    job->start();
#endif
}

void RefreshTokenStore::load(const QString &account, Loaded loaded)
{
    if (!isAvailable()) {
        QMetaObject::invokeMethod(this, [loaded] { loaded(false, {}, Unavailable); }, Qt::QueuedConnection);
        return;
    }
#ifdef ERP_HAVE_KEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [loaded](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        const bool ok = j->error() == QKeychain::NoError;
        loaded(ok, ok ? read->textData() : QString(), ok ? QString() : j->errorString());
    });
    job->start();
#endif
}

void RefreshTokenStore::remove(const QString &account, Done done)
{
    if (!isAvailable()) {
        if (done)
            QMetaObject::invokeMethod(this, [done] { done(false, Unavailable); }, Qt::QueuedConnection);
        return;
    }
#ifdef ERP_HAVE_KEYCHAIN
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        if (done)
            done(ok, ok ? QString() : j->errorString());
    });
    job->start();
#endif
}

} // namespace erp::client
