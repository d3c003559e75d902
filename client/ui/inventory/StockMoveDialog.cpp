#include "client/ui/inventory/StockMoveDialog.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/core/LocaleFormat.h"
#include "client/ui/FieldErrorStyle.h"
#include "client/ui/NumberValidator.h"
#include "client/ui/ReferencePicker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace erp::client {

StockMoveDialog::StockMoveDialog(ApiClient *api, const QString &objectName, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
{
    setObjectName(objectName);
}

ReferencePicker *StockMoveDialog::newPicker(const QString &objectName, const QString &path, const QString &key,
                                            const QString &placeholder)
{
    auto *picker = new ReferencePicker(this);
    picker->setObjectName(objectName);
    if (key.isEmpty())
        picker->setSource(m_api, path);
    else
        picker->setSource(m_api, path, key);
    picker->setPlaceholderText(placeholder);
    return picker;
}

QLineEdit *StockMoveDialog::newQuantityEdit(const QString &objectName)
{
    // Quantities in the user's language, three decimals, never negative.
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setValidator(new NumberValidator(3, false, edit));
    edit->setPlaceholderText(LocaleFormat::example(3));
    return edit;
}

void StockMoveDialog::finishLayout(QFormLayout *form, const QString &saveText)
{
    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setTextFormat(Qt::PlainText);
    FieldErrorStyle::applyTo(m_error);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(saveText, QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveButton"_s);
    connect(m_save, &QPushButton::clicked, this, [this] { submit(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(480, 260);
}

void StockMoveDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        emit failed(text);
}

void StockMoveDialog::send(const QString &path, const QJsonObject &body,
                           const std::function<void(const QJsonObject &)> &done,
                           const std::function<QString(const ApiError &)> &refusal)
{
    showError(QString());
    m_save->setEnabled(false);
    ApiReply *reply = m_api->create(path, body);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, done, refusal] {
        m_save->setEnabled(true);
        if (reply->isSuccess()) {
            done(reply->json());
            accept();
            return;
        }
        const ApiError &error = reply->error();
        QString text = refusal ? refusal(error) : QString();
        if (text.isEmpty())
            text = error.hasFieldErrors() ? ErrorText::fieldErrorSummary(error) : ErrorText::forError(error);
        showError(text);
    });
}

} // namespace erp::client
