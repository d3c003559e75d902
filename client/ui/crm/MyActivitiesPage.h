#pragma once

#include "client/ui/ListPage.h"

#include <QPointer>

class QComboBox;
class QMessageBox;

namespace erp::client {

class ActivityForm;

// CRM > My Activities: the user's open calls, meetings, emails and tasks by
// due time, each marked overdue, today or upcoming (filter by bucket); "Mark
// Done" completes the selected one (PATCH done with If-Match) and it leaves
// the list. New, Edit (also by double-click) and Delete (after asking) work
// through ActivityForm and ActivityActions, as on the CRM forms.
class MyActivitiesPage : public ListPage
{
    Q_OBJECT

public:
    explicit MyActivitiesPage(ApiClient *api, QWidget *parent = nullptr);

    QString title() const override;
    QComboBox *bucketFilter() const { return m_bucket; }
    QAction *doneAction() const { return m_done; }
    QAction *editAction() const { return m_open; }
    QAction *deleteAction() const { return m_delete; }
    ActivityForm *lastForm() const;
    QMessageBox *lastPrompt() const;
    // "Lead: Website relaunch" for the About column.
    static QString aboutText(const QJsonObject &activity);
    void markDone();
    void deleteCurrent();
    ActivityForm *newActivity();
    ActivityForm *openActivity(qint64 id);

protected:
    void retranslate() override;

private:
    void updateActions();

    QComboBox *m_bucket;
    QAction *m_open;
    QAction *m_done;
    QAction *m_delete;
    QPointer<ActivityForm> m_form;
    QPointer<QMessageBox> m_prompt;
    bool m_canEdit;
};

} // namespace erp::client
