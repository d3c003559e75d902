#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QList>
#include <QPointer>

#include <functional>

class QComboBox;
class QInputDialog;
class QLabel;
class QListWidget;
class QPushButton;

namespace erp::client {

class ApiClient;
class ApiReply;

// Pipeline > Stages…: the organisation's pipeline stages in board order, for
// users with crm.configure: add, rename, move up or down and remove. Removing
// a stage that still holds leads (the server refuses a plain delete) offers
// to move its leads to another stage first: the server moves them and
// deletes the stage in one transaction (DELETE ?move_leads_to=). Each change
// is sent at once with the stage's ETag and the list reloads.
class PipelineStagesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PipelineStagesDialog(ApiClient *api, QWidget *parent = nullptr);

    void reload();
    QListWidget *list() const { return m_list; }
    QStringList stageNames() const;
    QString messageText() const;
    bool isBusy() const;
    bool changed() const { return m_changed; }

    // The actions; names from the user come through an input dialog, these
    // take them directly (the buttons ask, then call them).
    void addStage(const QString &name);
    void renameSelected(const QString &name);
    void moveSelected(int delta);
    void removeSelected();
    QInputDialog *lastInput() const;
    // Shown when the stage to remove still holds leads: where they go.
    QDialog *moveOffer() const { return m_moveOffer; }
    QComboBox *moveTargetCombo() const;

Q_SIGNALS:
    void loaded();
    void actionFinished(bool success);
    void moveOffered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    QJsonObject selectedStage() const;
    void send(ApiReply *reply, const QString &doneMessage, qint64 selectId,
              const std::function<bool(const ApiReply *)> &handleFailure = {});
    void offerToMoveLeads(qint64 id, const QString &name, const QByteArray &etag);
    void withEtag(qint64 id, const std::function<void(const QByteArray &)> &action);
    void showMessage(const QString &text, bool problem);
    void askName(const QString &title, const QString &current, const std::function<void(const QString &)> &then);

    ApiClient *m_api;
    QLabel *m_intro;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_remove;
    QPushButton *m_close;
    QLabel *m_message;
    QList<QJsonObject> m_stages;
    QPointer<ApiReply> m_reply;
    QPointer<QInputDialog> m_input;
    QPointer<QDialog> m_moveOffer;
    qint64 m_selectAfterLoad = 0;
    bool m_changed = false;
};

} // namespace erp::client
