#pragma once

#include "client/core/ApiError.h"
#include "client/ui/Page.h"

#include <QByteArray>
#include <QJsonObject>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace erp::client {

class ApiClient;
class ApiReply;
class ConflictDialog;

// Administration > Organisation: what is printed on documents (company
// name, address, tax id), the base currency approval bands are judged in,
// the default tax rate of order lines, the prefix of order numbers, whether
// stock may go below zero and how much more than ordered may be received.
// One record per organisation (GET/PATCH /settings): saved with If-Match,
// the server's field errors shown under the fields, a change by someone else
// meanwhile shown side by side (ConflictDialog), and what was typed kept
// whenever saving fails.
class OrganisationSettingsPage : public Page
{
    Q_OBJECT

public:
    explicit OrganisationSettingsPage(ApiClient *api, QWidget *parent = nullptr);

    QString title() const override;
    void activate() override;
    bool canRefresh() const override { return true; }
    void refresh() override;
    bool hasUnsavedChanges() const override;

    bool isLoaded() const { return !m_etag.isEmpty(); }
    bool isBusy() const { return m_reply != nullptr; }
    QJsonObject settings() const { return m_settings; }
    QString fieldErrorText(const QString &field) const;
    QString bannerText() const;
    QPushButton *saveButton() const { return m_save; }
    ConflictDialog *conflictDialog() const { return m_conflictDialog; }

public Q_SLOTS:
    void save();

Q_SIGNALS:
    void loaded();
    void saved(const QJsonObject &settings);
    void saveFailed(const erp::client::ApiError &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Field
    {
        QString name;
        QWidget *widget;
        QLabel *label;
        QLabel *error;
    };
    QJsonObject values() const;
    void setValues(const QJsonObject &settings);
    QList<FieldError> validate() const;
    QJsonObject changedValues() const;
    void adopt(const QJsonObject &settings, const QByteArray &etag);
    void send(const QJsonObject &changes);
    void saveFinished(ApiReply *reply, const QJsonObject &sent);
    void showConflict(const QJsonObject &mine);
    void showFieldErrors(const QList<FieldError> &errors);
    void clearErrors();
    void setBanner(const QString &text, bool error);
    void updateState();
    QString displayValue(const QString &field, const QJsonValue &value) const;
    void retranslate();
    void addField(const QString &name, QWidget *widget, QLabel *label);

    ApiClient *m_api;
    QJsonObject m_settings;
    QJsonObject m_pristine;
    QByteArray m_etag;
    QPointer<ApiReply> m_reply;
    QPointer<ConflictDialog> m_conflictDialog;
    bool m_started = false;
    QList<Field> m_fields;
    QLabel *m_banner;
    QLabel *m_heading;
    QLabel *m_companyLabel, *m_addressLabel, *m_taxIdLabel, *m_currencyLabel, *m_taxRateLabel, *m_prefixLabel,
        *m_toleranceLabel, *m_prefixHint, *m_currencyHint, *m_taxRateUnit, *m_toleranceUnit;
    QLineEdit *m_company, *m_taxId, *m_taxRate, *m_prefix, *m_tolerance;
    QPlainTextEdit *m_address;
    QComboBox *m_currency;
    QCheckBox *m_negativeStock;
    QPushButton *m_save;
    QPushButton *m_revert;
};

} // namespace erp::client
