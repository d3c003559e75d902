#pragma once

#include "client/core/ApiError.h"
#include "client/ui/ConflictDialog.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMessageBox>
#include <QPointer>

class QBoxLayout;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace erp::client {

class ApiClient;
class ApiReply;
class BusyIndicator;

// The pattern every edit form follows, so each module only describes its
// fields. A form is a dialog over one record of a collection ("/users"):
//
// - startCreate() or startEdit(id) (GET, keeps the ETag);
// - validation before sending (validate(): shared rules), and the server's
//   422 field errors, both shown in red under the field they concern, with
//   focus on the first one; errors for fields without a widget go to the
//   banner at the top;
// - dirty tracking (values() against the values last loaded or saved) with
//   Save / Discard / Cancel before closing;
// - optimistic concurrency: PATCH carries If-Match; 412 fetches the record
//   as it is now and opens a ConflictDialog (Reload loses own edits,
//   Overwrite re-sends the user's values with the new ETag);
// - sessions that expire while saving: ApiClient keeps the request while the
//   user signs in again, so the form simply stays busy and keeps its content;
//   if the user gives up, the form says so and Save can be pressed again.
//
// Subclasses put their widgets into contentWidget(), call registerField()
// for each, connect their change signals to markEdited(), and implement
// values()/setValues()/validate().
class RecordForm : public QDialog
{
    Q_OBJECT

public:
    RecordForm(ApiClient *api, const QString &collectionPath, QWidget *parent = nullptr);
    ~RecordForm() override;

    void startCreate();
    void startEdit(qint64 id);

    bool isNew() const { return m_id == 0; }
    qint64 recordId() const { return m_id; }
    QByteArray etag() const { return m_etag; }
    // The record as the server last sent it.
    QJsonObject record() const { return m_record; }
    bool isBusy() const { return m_reply != nullptr; }
    bool isDirty() const;

    // Tests and subclasses.
    QLabel *errorLabelFor(const QString &field) const;
    QString fieldErrorText(const QString &field) const;
    QString bannerText() const;
    QPushButton *saveButton() const { return m_saveButton; }
    // The first field that takes focus (where opening the form puts the cursor).
    QWidget *firstField() const;

    // Makes a field look and act read-only: text fields keep their text
    // selectable on the window's background colour, other widgets are
    // disabled; `why` becomes the tooltip ("Only a manager can ...").
    static void showReadOnly(QWidget *field, bool readOnly, const QString &why = {});
    QMessageBox *discardPrompt() const { return m_discardPrompt; }
    ConflictDialog *conflictDialog() const { return m_conflictDialog; }

public Q_SLOTS:
    void save();
    // Closing with unsaved edits asks first.
    void reject() override;

Q_SIGNALS:
    // After a successful POST/PATCH; the dialog then closes.
    void saved(const QJsonObject &record, bool created);
    // startEdit's GET arrived and the widgets show it.
    void loaded();
    // A save ended without success (field errors, conflict, failure).
    void saveFailed(const erp::client::ApiError &error);

protected:
    // --- for subclasses ---
    QWidget *contentWidget() const { return m_content; }
    // The editable values as the JSON the API takes (only fields the form
    // edits; omit a field to leave it unchanged, e.g. an empty new password).
    virtual QJsonObject values() const = 0;
    virtual void setValues(const QJsonObject &record) = 0;
    // Client-side problems with values(); messages already translated.
    virtual QList<FieldError> validate(const QJsonObject &values) const = 0;
    // "User anna@example.com", quoted in the discard prompt and the conflict dialog.
    virtual QString recordName() const = 0;
    virtual QString titleForNew() const = 0;
    virtual QString titleForEdit() const = 0;
    // The body of a create; default values().
    virtual QJsonObject createBody(const QJsonObject &values) const { return values; }
    // How a value reads in the conflict dialog; default: text, Yes/No, lists joined.
    virtual QString displayValue(const QString &field, const QJsonValue &value) const;
    // Called with the loaded/saved record (e.g. to lock fields of built-in records).
    virtual void recordChanged() { }

    // Field `name` (API field) is edited by `widget`; `label` names it in
    // the conflict dialog (its text, without accelerator and colon, is used
    // so it follows language changes). Puts a hidden error label under the widget.
    void registerField(const QString &name, QWidget *widget, QLabel *label);
    // Call from every edit signal: updates the modified marker.
    void markEdited();
    void setBannerText(const QString &text);
    // Information, not a problem ("Showing the record as it is now"): not red.
    void setInfoText(const QString &text);
    void retranslateForm();
    // Documents with actions after saving (a purchase order is saved, then
    // submitted) stay open: Save keeps the dialog and shows the saved record.
    void setCloseAfterSave(bool close) { m_closeAfterSave = close; }
    // Columns side by side that stack when the form is narrower than `breakpoint` px or than the
    // columns' size hints need at the current font (large text); the fields scroll if they must.
    void addCollapsingColumns(QBoxLayout *columns, int breakpoint);
    void resizeEvent(QResizeEvent *event) override;

    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // Makes the form as tall as its fields want, up to the screen's height.
    void growToFit();

    struct Field
    {
        QString name;
        QPointer<QWidget> widget;
        QPointer<QLabel> label;
        QPointer<QLabel> error;
    };
    void setBusy(bool busy);
    void clearErrors();
    void showFieldErrors(const QList<FieldError> &errors, bool moveFocus = true);
    void adopt(const QJsonObject &record, const QByteArray &etag);
    void loadFinished(ApiReply *reply);
    void saveFinished(ApiReply *reply, const QJsonObject &sent);
    void resolveConflict(const QJsonObject &mine);
    void showConflict(const QJsonObject &mine, const QJsonObject &theirs, const QByteArray &theirEtag);
    QJsonObject changedValues(const QJsonObject &current) const;
    QString fieldLabelText(const Field &f) const;
    void updateTitle();
    void focusFirstField();

    ApiClient *m_api;
    QString m_path;
    qint64 m_id = 0;
    QByteArray m_etag;
    QJsonObject m_record;
    QJsonObject m_pristine; // values() right after the last load/save
    QList<Field> m_fields;
    QPointer<ApiReply> m_reply;
    // A failed create kept for ApiClient::retry(): same Idempotency-Key, so a
    // create that reached the server before the connection broke is not duplicated.
    ApiReply *m_failedCreate = nullptr;
    QJsonObject m_failedCreateBody;
    QLabel *m_banner;
    bool m_showingOwnErrors = false; // the errors shown come from validate(), not the server
    QWidget *m_content;
    QDialogButtonBox *m_buttons;
    QPushButton *m_saveButton;
    BusyIndicator *m_busy;
    QLabel *m_busyText;
    QPointer<QMessageBox> m_discardPrompt;
    QPointer<ConflictDialog> m_conflictDialog;
    bool m_closeAfterSave = true;
    bool m_focusedOnce = false;
    struct Columns
    {
        QPointer<QBoxLayout> layout;
        int breakpoint = 0;
    };
    QList<Columns> m_columns;
    void arrangeColumns();
};

} // namespace erp::client
