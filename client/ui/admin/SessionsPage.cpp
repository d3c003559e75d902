#include "client/ui/admin/SessionsPage.h"
#include "client/core/JsonId.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/core/LocaleFormat.h"
#include "client/core/PagedListModel.h"
#include "client/core/Session.h"
#include "shared/Permissions.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFont>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace P = erp::shared::Permission;

namespace {

// The access token's "sid" claim. The signature is the server's business;
// this only decides which row to mark, so reading the payload is enough.
qint64 sessionIdFromToken(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return 0;
    const QByteArray payload
        = QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QJsonDocument::fromJson(payload).object().value(u"sid"_s).toVariant().toLongLong();
}

QString localDateTime(const QJsonValue &value)
{
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return LocaleFormat::dateTime(at);
}

QString localDate(const QJsonValue &value)
{
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return at.isValid() ? LocaleFormat::date(at.toLocalTime().date()) : QString();
}

} // namespace

SessionsPage::SessionsPage(ApiClient *api, QWidget *parent)
    : ListPage(api, u"/sessions"_s, parent)
    , m_everyone(api->session()->hasPermission(P::SessionsManage))
{
    m_state = new QComboBox(this);
    m_state->setObjectName(u"stateFilter"_s);
    addFilterWidget(m_state);
    m_revoke = new QAction(this);
    m_revoke->setObjectName(u"revokeAction"_s);
    connect(m_revoke, &QAction::triggered, this, &SessionsPage::revokeCurrent);
    addPageAction(m_revoke);
    setSearchEnabled(false);
    setDefaultSort(u"-created_at"_s);
    setExportBaseName(u"sessions"_s);
    retranslate();
    model()->setFilter(u"is_active"_s, m_state->currentData().toString());

    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { model()->setFilter(u"is_active"_s, m_state->currentData().toString()); });
    connect(this, &ListPage::currentItemChanged, this, &SessionsPage::updateActions);
    connect(model(), &PagedListModel::modelReset, this, &SessionsPage::updateActions);
    updateActions();
}

QString SessionsPage::title() const
{
    return m_everyone ? tr("Sessions") : tr("My Sessions");
}

qint64 SessionsPage::thisSessionId() const
{
    return sessionIdFromToken(api()->session()->accessToken());
}

QString SessionsPage::deviceText(const QString &userAgent)
{
    const QString agent = userAgent.trimmed();
    if (agent.isEmpty())
        return tr("Unknown device");
    // "product/version (system)": this client sends its version and the
    // operating system's name (QSysInfo::prettyProductName()).
    const qsizetype open = agent.indexOf(u'(');
    const QString product = (open < 0 ? agent : agent.left(open)).trimmed();
    QString system;
    if (open >= 0 && agent.endsWith(u')'))
        system = agent.mid(open + 1, agent.size() - open - 2).trimmed();
    const qsizetype slash = product.indexOf(u'/');
    const QString name = (slash < 0 ? product : product.left(slash)).toLower();
    const QString version = slash < 0 ? QString() : product.mid(slash + 1);
    if (name == u"erp-client"_s) {
        const QString client = tr("ERP client %1").arg(version).trimmed();
        return system.isEmpty() ? client : tr("%1 on %2").arg(client, system);
    }
    static const QStringList commandLineTools {u"curl"_s, u"wget"_s, u"httpie"_s, u"python-requests"_s,
                                               u"python-urllib"_s, u"powershell"_s, u"erp-server"_s};
    for (const QString &tool : commandLineTools)
        if (name == tool || name.startsWith(tool + u' '))
            return tr("Command-line tool (%1)").arg(product);
    if (name == u"mozilla"_s)
        return tr("Web browser");
    return agent;
}

QString SessionsPage::reasonText(const QString &reason)
{
    if (reason == u"logout"_s)
        return tr("signed out");
    if (reason == u"revoked"_s)
        return tr("revoked");
    if (reason == u"password_changed"_s)
        return tr("password changed");
    if (reason == u"password_reset"_s)
        return tr("password reset by an administrator");
    if (reason == u"user_deactivated"_s)
        return tr("user deactivated");
    if (reason == u"refresh_token_reuse"_s)
        return tr("ended for safety: a sign-in token was used twice");
    return reason;
}

void SessionsPage::retranslate()
{
    // The columns read thisSessionId() when painting, so a token refresh
    // (same session) changes nothing and a new sign-in marks the new row.
    auto isThisDevice = [this](const QJsonObject &s) { return jsonId(s.value(u"id"_s)) == thisSessionId(); };
    auto device = ListColumn::text(u"user_agent"_s, tr("Device"));
    device.format = [isThisDevice](const QJsonObject &s) -> QVariant {
        const QString device = deviceText(s.value(u"user_agent"_s).toString());
        return isThisDevice(s) ? tr("%1 (this device)").arg(device) : device;
    };
    device.data = [isThisDevice](const QJsonObject &s, int role) -> QVariant {
        if (role == Qt::FontRole && isThisDevice(s)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ToolTipRole)
            return s.value(u"user_agent"_s).toString();
        return {};
    };
    auto address = ListColumn::text(u"client_address"_s, tr("Address"));
    auto created = ListColumn::text(u"created_at"_s, tr("Signed in"), u"created_at"_s);
    created.format = [](const QJsonObject &s) -> QVariant { return localDateTime(s.value(u"created_at"_s)); };
    auto used = ListColumn::text(u"last_used_at"_s, tr("Last active"), u"last_used_at"_s);
    used.format = [](const QJsonObject &s) -> QVariant { return localDateTime(s.value(u"last_used_at"_s)); };
    auto status = ListColumn::text(u"is_active"_s, tr("Status"));
    status.format = [](const QJsonObject &s) -> QVariant {
        if (s.value(u"is_active"_s).toBool())
            return tr("Active until %1").arg(localDate(s.value(u"expires_at"_s)));
        if (!s.value(u"revoked_at"_s).isNull())
            return tr("Ended %1 (%2)")
                .arg(localDateTime(s.value(u"revoked_at"_s)), reasonText(s.value(u"revoked_reason"_s).toString()));
        return tr("Expired %1").arg(localDate(s.value(u"expires_at"_s)));
    };
    QList<ListColumn> columns;
    if (m_everyone)
        columns << ListColumn::text(u"user_email"_s, tr("User"));
    columns << device << address << created << used << status;
    setColumns(columns);
    setEmptyTexts(tr("No sessions."), tr("No sessions match the filter."));
    m_revoke->setText(tr("Revoke…"));
    m_revoke->setToolTip(tr("Sign this session out: the device must sign in again."));

    const int index = qMax(0, m_state->currentIndex());
    const QSignalBlocker block(m_state);
    m_state->clear();
    m_state->addItem(tr("Active sessions"), u"true"_s);
    m_state->addItem(tr("Ended sessions"), u"false"_s);
    m_state->addItem(tr("All sessions"), QString());
    m_state->setCurrentIndex(index);
}

void SessionsPage::updateActions()
{
    const QJsonObject s = currentItem();
    m_revoke->setEnabled(!s.isEmpty() && s.value(u"is_active"_s).toBool());
}

void SessionsPage::showMessage(QMessageBox *box)
{
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_message = box;
    box->open();
}

void SessionsPage::revokeCurrent()
{
    const QJsonObject s = currentItem();
    if (s.isEmpty() || !s.value(u"is_active"_s).toBool())
        return;
    const bool mine = jsonId(s.value(u"id"_s)) == thisSessionId();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Revoke Session"),
                                mine ? tr("Revoke the session of this device?")
                                     : tr("Revoke the session on %1?")
                                           .arg(s.value(u"user_agent"_s).toString().isEmpty()
                                                    ? tr("an unknown device")
                                                    : deviceText(s.value(u"user_agent"_s).toString())),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"revokePrompt"_s);
    // The user agent is whatever the other device sent.
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(mine ? tr("You will be signed out of this client at once.")
                                 : tr("That device will have to sign in again."));
    QPushButton *confirm = box->addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, s] {
        if (box->clickedButton() == confirm)
            revoke(s);
    });
    showMessage(box);
}

void SessionsPage::revoke(const QJsonObject &s)
{
    const qint64 id = jsonId(s.value(u"id"_s));
    const bool mine = id == thisSessionId();
    ApiReply *reply = api()->post(u"/sessions/%1/revoke"_s.arg(id));
    m_revoke->setEnabled(false);
    connect(reply, &ApiReply::finished, this, [this, reply, mine] {
        if (reply->isSuccess()) {
            if (mine) {
                // This client's session is gone: leave cleanly instead of
                // waiting for the next request to be refused.
                api()->signOut();
                return;
            }
            emit statusMessage(tr("Session revoked."), 5000);
            refresh();
            return;
        }
        updateActions();
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Session Not Revoked"),
                                    ErrorText::forError(reply->error()), QMessageBox::Ok, this);
        box->setObjectName(u"revokeError"_s);
        showMessage(box);
    });
}

} // namespace erp::client
