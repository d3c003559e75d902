#pragma once

#include "client/ui/ListPage.h"

#include <QPointer>

namespace erp::client {

class RecordForm;

// A ListPage whose rows open in a RecordForm: "New …" (Ctrl+N) and "Edit…"
// (or "Open…" for someone who may only read), Enter or double-click on a
// row, the list refreshed after a create and the row updated after an edit.
// Master-data pages (suppliers, products, units, ...) only say which form.
class RecordListPage : public ListPage
{
    Q_OBJECT

public:
    // editPermission: who may create and change (the server checks again).
    RecordListPage(ApiClient *api, const QString &path, const char *editPermission, QWidget *parent = nullptr);

    bool canEdit() const { return m_canEdit; }
    RecordForm *openForm() const { return m_form; }
    RecordForm *newRecord();
    RecordForm *editRecord(qint64 id);
    QAction *editAction() const { return m_edit; }

protected:
    // A new form (parented to the page) for creating or editing one record.
    virtual RecordForm *createForm(bool readOnly) = 0;
    // The status-bar note after a save ("Supplier “Acme” created.").
    virtual QString savedMessage(const QJsonObject &record, bool created) const = 0;
    // Subclasses call this from their retranslate() (edit action's text).
    void retranslate() override;

private:
    RecordForm *prepareForm();

    QAction *m_edit;
    QPointer<RecordForm> m_form;
    bool m_canEdit;
};

} // namespace erp::client
