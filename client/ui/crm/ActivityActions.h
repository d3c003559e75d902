#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace erp::client {

class ActivityForm;
class ApiClient;

// What My Activities and the lead, contact and account forms do with an
// activity, done the same way everywhere: open it (read-only without
// crm.edit), create one about a record, mark it done and delete it (after
// asking; both read the activity first and send its ETag as If-Match).
class ActivityActions
{
    Q_DECLARE_TR_FUNCTIONS(erp::client::ActivityActions)

public:
    using Done = std::function<void(bool success, const QString &message)>;

    static ActivityForm *open(ApiClient *api, QWidget *parent, qint64 id);
    // about: "lead_id", "contact_id" or "account_id".
    static ActivityForm *createAbout(ApiClient *api, QWidget *parent, const QString &about, qint64 id,
                                     const QString &name);
    static void markDone(ApiClient *api, QWidget *parent, const QJsonObject &activity, const Done &done);
    // Returns the question (open, window-modal); `done` runs after a
    // confirmed delete succeeded or failed.
    static QMessageBox *confirmDelete(ApiClient *api, QWidget *parent, const QJsonObject &activity, const Done &done);
};

} // namespace erp::client
