#pragma once

#include "client/ui/ListPage.h"
#include "client/ui/purchasing/PurchaseOrderEditor.h"

#include <QPointer>

class QComboBox;
class QDateEdit;

namespace erp::client {

class PurchaseOrderEditor;
class ReferencePicker;

// Purchasing > Purchase Orders: every order of the organisation, newest
// order date first, searchable by number and filtered by state, supplier,
// warehouse and order-date range; approvers also find "waiting for my
// approval" among the states (submitted orders they may approve). Double-click
// or Enter opens the order in the editor; New creates one.
class PurchaseOrdersPage : public ListPage
{
    Q_OBJECT

public:
    explicit PurchaseOrdersPage(ApiClient *api, QWidget *parent = nullptr);

    QString title() const override;

    QComboBox *stateFilter() const { return m_state; }
    ReferencePicker *supplierFilter() const { return m_supplier; }
    ReferencePicker *warehouseFilter() const { return m_warehouse; }
    QDateEdit *fromFilter() const { return m_from; }
    QDateEdit *toFilter() const { return m_to; }
    // The state filter's entry for "waiting for my approval" (approvers only).
    static constexpr const char *AwaitingMyApproval = "awaiting_my_approval";
    PurchaseOrderEditor *openEditor() const { return m_editor; }

    PurchaseOrderEditor *newOrder();
    PurchaseOrderEditor *editOrder(qint64 id);

    bool hasUnsavedChanges() const override;

protected:
    void retranslate() override;

private:
    PurchaseOrderEditor *makeEditor();
    void applyDateFilter(QDateEdit *edit, const QString &name);
    void updateActions();

    QComboBox *m_state;
    ReferencePicker *m_supplier;
    ReferencePicker *m_warehouse;
    QDateEdit *m_from;
    QDateEdit *m_to;
    bool m_canApprove;
    QAction *m_open;
    QPointer<PurchaseOrderEditor> m_editor;
    bool m_canEdit;
};

} // namespace erp::client
