#pragma once

#include "client/ui/ListPage.h"

class QComboBox;

namespace erp::client {

// CRM > My Activities: the user's open calls, meetings, emails and tasks by
// due time, each marked overdue, today or upcoming (filter by bucket); "Mark
// Done" completes the selected one (PATCH done with If-Match) and it leaves
// the list.
class MyActivitiesPage : public ListPage
{
    Q_OBJECT

public:
    explicit MyActivitiesPage(ApiClient *api, QWidget *parent = nullptr);

    QString title() const override;
    QComboBox *bucketFilter() const { return m_bucket; }
    QAction *doneAction() const { return m_done; }
    void markDone();

protected:
    void retranslate() override;

private:
    QComboBox *m_bucket;
    QAction *m_done;
    bool m_canEdit;
};

} // namespace erp::client
