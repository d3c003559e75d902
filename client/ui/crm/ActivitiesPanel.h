#pragma once

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QMessageBox;
class QPushButton;
class QTreeWidget;

namespace erp::client {

class ActivityForm;
class ApiClient;
class ApiReply;
class RecordForm;

// The activities of one lead, contact or account inside its form: due time,
// kind, subject and whether done (overdue ones marked with a word and a
// sign), with New…, Open… (also double-click), Mark Done and Delete…, all
// through ActivityForm and ActivityActions as on My Activities.
class ActivitiesPanel : public QWidget
{
    Q_OBJECT

public:
    // about: "lead_id", "contact_id" or "account_id".
    ActivitiesPanel(ApiClient *api, const QString &about, QWidget *parent = nullptr);

    // Puts a panel at the bottom of `form` and follows its record (empty and
    // disabled while the record is new). `nameOf` says what the record is called.
    static ActivitiesPanel *attachTo(RecordForm *form, ApiClient *api, const QString &about,
                                     const std::function<QString(const QJsonObject &)> &nameOf);

    void setRecord(qint64 id, const QString &name);
    void reload();
    QTreeWidget *list() const { return m_list; }
    QList<QJsonObject> activities() const { return m_activities; }
    bool isLoading() const;
    QPushButton *newButton() const { return m_new; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *doneButton() const { return m_done; }
    QPushButton *deleteButton() const { return m_delete; }
    ActivityForm *lastForm() const;
    QMessageBox *lastPrompt() const;
    void select(qint64 activityId);

Q_SIGNALS:
    void loaded();
    void changed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void updateButtons();
    QJsonObject selected() const;
    void newActivity();
    void openSelected();
    void markSelectedDone();
    void deleteSelected();

    ApiClient *m_api;
    QString m_about;
    qint64 m_recordId = 0;
    QString m_recordName;
    bool m_canEdit;
    QLabel *m_heading;
    QTreeWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_done;
    QPushButton *m_delete;
    QLabel *m_empty;
    QList<QJsonObject> m_activities;
    QPointer<ApiReply> m_reply;
    QPointer<ActivityForm> m_form;
    QPointer<QMessageBox> m_prompt;
};

} // namespace erp::client
