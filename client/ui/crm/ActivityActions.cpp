#include "client/ui/crm/ActivityActions.h"
#include "client/core/JsonId.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/core/Session.h"
#include "client/ui/crm/ActivityForm.h"
#include "shared/Permissions.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace P = erp::shared::Permission;

namespace {

// The list items carry no version: read the activity, then act with its ETag.
void withEtag(ApiClient *api, QWidget *parent, qint64 id, const std::function<void(const QByteArray &)> &action,
              const ActivityActions::Done &done)
{
    ApiReply *read = api->get(u"/activities/%1"_s.arg(id));
    QObject::connect(read, &ApiReply::finished, parent, [read, action, done] {
        if (!read->isSuccess())
            return done(false, ErrorText::forError(read->error()));
        action(read->etag());
    });
}

} // namespace

ActivityForm *ActivityActions::open(ApiClient *api, QWidget *parent, qint64 id)
{
    auto *form = new ActivityForm(api, parent);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setReadOnly(!api->session()->hasPermission(P::CrmEdit));
    form->startEdit(id);
    form->open();
    return form;
}

ActivityForm *ActivityActions::createAbout(ApiClient *api, QWidget *parent, const QString &about, qint64 id,
                                           const QString &name)
{
    auto *form = new ActivityForm(api, parent);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setAbout(about, id, name);
    form->startCreate();
    form->open();
    return form;
}

void ActivityActions::markDone(ApiClient *api, QWidget *parent, const QJsonObject &activity, const Done &done)
{
    const qint64 id = jsonId(activity.value(u"id"_s));
    const QString subject = activity.value(u"subject"_s).toString();
    const Done reported = [parent, done](bool success, const QString &message) {
        if (!success) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Activity Not Changed"), message, QMessageBox::Ok,
                                        parent);
            box->setObjectName(u"doneError"_s);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        done(success, message);
    };
    withEtag(
        api, parent, id,
        [api, parent, id, subject, reported](const QByteArray &etag) {
            ApiReply *patch = api->patch(u"/activities/%1"_s.arg(id), {{u"done"_s, true}}, etag);
            QObject::connect(patch, &ApiReply::finished, parent, [patch, subject, reported] {
                if (!patch->isSuccess())
                    return reported(false, ErrorText::forError(patch->error()));
                reported(true, tr("“%1” is done.").arg(subject));
            });
        },
        reported);
}

QMessageBox *ActivityActions::confirmDelete(ApiClient *api, QWidget *parent, const QJsonObject &activity,
                                            const Done &done)
{
    const qint64 id = jsonId(activity.value(u"id"_s));
    const QString subject = activity.value(u"subject"_s).toString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Activity"),
                                tr("Delete the activity “%1”?").arg(subject), QMessageBox::NoButton, parent);
    box->setObjectName(u"deleteActivityPrompt"_s);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("It is removed for everyone. The audit log keeps a record of it."));
    QPushButton *confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const Done reported = [parent, done](bool success, const QString &message) {
        if (!success) {
            auto *error = new QMessageBox(QMessageBox::Warning, tr("Activity Not Deleted"), message,
                                          QMessageBox::Ok, parent);
            error->setObjectName(u"deleteActivityError"_s);
            error->setAttribute(Qt::WA_DeleteOnClose);
            error->open();
        }
        done(success, message);
    };
    QObject::connect(box, &QMessageBox::finished, parent, [api, parent, box, confirm, id, subject, reported] {
        if (box->clickedButton() != confirm)
            return;
        withEtag(
            api, parent, id,
            [api, parent, id, subject, reported](const QByteArray &etag) {
                ApiReply *remove = api->remove(u"/activities/%1"_s.arg(id), etag);
                QObject::connect(remove, &ApiReply::finished, parent, [remove, subject, reported] {
                    if (!remove->isSuccess())
                        return reported(false, ErrorText::forError(remove->error()));
                    reported(true, tr("Activity “%1” deleted.").arg(subject));
                });
            },
            reported);
    });
    box->open();
    return box;
}

} // namespace erp::client
