#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace erp::client {

class ApiClient;
class ApiError;
class ApiReply;
class ReferencePicker;

// What the dialogs that book a stock move (a count, a transfer) share: the
// pickers and the quantity field they are built from, one error line under
// the form, Cancel and a save button, and sending the move: on success the
// server's answer is handed on and the dialog closes; a refusal is shown in
// words and the entries stay.
class StockMoveDialog : public QDialog
{
    Q_OBJECT

public:
    QLabel *errorLabel() const { return m_error; }
    QPushButton *saveButton() const { return m_save; }

Q_SIGNALS:
    void failed(const QString &message);

protected:
    StockMoveDialog(ApiClient *api, const QString &objectName, QWidget *parent);

    ApiClient *api() const { return m_api; }
    ReferencePicker *newPicker(const QString &objectName, const QString &path, const QString &key,
                               const QString &placeholder);
    QLineEdit *newQuantityEdit(const QString &objectName);
    // Puts the form, the error line and the buttons (save labelled
    // `saveText`) into the dialog; save calls submit().
    void finishLayout(QFormLayout *form, const QString &saveText);
    void showError(const QString &text);
    bool isSending() const { return m_reply != nullptr; }
    // POSTs the move; `done` gets the answer, `refusal` words the error.
    void send(const QString &path, const QJsonObject &body, const std::function<void(const QJsonObject &)> &done,
              const std::function<QString(const ApiError &)> &refusal);

    virtual void submit() = 0;

private:
    ApiClient *m_api;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPointer<QObject> m_reply; // the move being sent (an ApiReply)
};

} // namespace erp::client
