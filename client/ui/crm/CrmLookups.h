#pragma once

#include "client/core/ApiError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QComboBox;

namespace erp::client {

class ApiClient;
class ApiReply;

// The short choices CRM filters and forms offer: pipeline stages in order
// and the people a record can belong to. Accounts and contacts, which can be
// many, are chosen with a ReferencePicker instead. Each list loads once
// on request (load*()), then the combos are filled from it. Owners come from
// /users when the user may list users (users.view); otherwise the only
// owner a rep may choose is themselves (the server enforces the same).
// Assignees of activities are the active users who can open CRM, as the
// server lists them (/users?permission=crm.view): it refuses anyone else
// (decision 0006).
class CrmLookups : public QObject
{
    Q_OBJECT

public:
    struct Choice
    {
        qint64 id = 0;
        QString name;
    };

    explicit CrmLookups(ApiClient *api, QObject *parent = nullptr);

    void loadStages();
    void loadOwners();
    void loadAssignees();

    bool stagesLoaded() const { return m_stagesLoaded; }
    bool ownersLoaded() const { return m_ownersLoaded; }
    const QList<Choice> &stages() const { return m_stages; }
    const QList<Choice> &owners() const { return m_owners; }
    bool assigneesLoaded() const { return m_assigneesLoaded; }
    const QList<Choice> &assignees() const { return m_assignees; }
    QString stageName(qint64 id) const;

    // Fills combo with `first` (data: 0, or nothing when first is empty) and
    // the choices (data: id), keeping the selected id (or selecting `keepId`).
    static void fill(QComboBox *combo, const QList<Choice> &choices, const QString &first, qint64 keepId = -1);
    // The id of the combo's current item (0 for none).
    static qint64 selectedId(const QComboBox *combo);
    // Selects the item with that id; adds it (named `name`) when absent.
    static void select(QComboBox *combo, qint64 id, const QString &name = {});

Q_SIGNALS:
    void stagesChanged();
    void ownersChanged();
    void assigneesChanged();
    void loadFailed(const erp::client::ApiError &error);

private:
    using Target = QList<Choice> CrmLookups::*;
    void fetch(const QString &path, const QString &sort, const QString &nameKey, Target target, bool *loaded,
               void (CrmLookups::*changed)(), const QList<std::pair<QString, QString>> &filters = {});
    // Only the signed-in user (who may not list users).
    void chooseOnlyMe(Target target, bool *loaded, void (CrmLookups::*changed)());

    ApiClient *m_api;
    QList<Choice> m_stages;
    QList<Choice> m_owners;
    QList<Choice> m_assignees;
    bool m_stagesLoaded = false;
    bool m_ownersLoaded = false;
    bool m_stagesLoading = false;
    bool m_ownersLoading = false;
    bool m_assigneesLoaded = false;
    bool m_assigneesLoading = false;
};

} // namespace erp::client
