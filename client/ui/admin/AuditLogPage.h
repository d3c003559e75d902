#pragma once

#include "client/ui/ListPage.h"

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace erp::client {

class AuditDetailView;

// Administration > Audit log: every change in the organisation, newest
// first, filterable by kind of record, user and date range; the selected
// entry's before/after values are shown readable beside the list.
class AuditLogPage : public ListPage
{
    Q_OBJECT

public:
    explicit AuditLogPage(ApiClient *api, QWidget *parent = nullptr);

    QString title() const override;
    void activate() override;

    QComboBox *entityFilter() const { return m_entity; }
    QComboBox *userFilter() const { return m_user; }
    QCheckBox *fromCheck() const { return m_fromCheck; }
    QDateEdit *fromDate() const { return m_from; }
    QCheckBox *toCheck() const { return m_toCheck; }
    QDateEdit *toDate() const { return m_to; }
    AuditDetailView *detail() const { return m_detail; }

protected:
    void retranslate() override;

private:
    void applyDateFilter();
    void loadUsers();
    void fillUserFilter();

    QComboBox *m_entity;
    QComboBox *m_user;
    QCheckBox *m_fromCheck;
    QDateEdit *m_from;
    QCheckBox *m_toCheck;
    QDateEdit *m_to;
    AuditDetailView *m_detail;
    QList<QPair<qint64, QString>> m_users;
    bool m_usersRequested = false;
};

} // namespace erp::client
