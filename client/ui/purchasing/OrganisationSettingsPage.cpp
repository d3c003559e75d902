#include "client/ui/purchasing/OrganisationSettingsPage.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/core/LocaleFormat.h"
#include "client/ui/ConflictDialog.h"
#include "client/ui/FieldErrorStyle.h"
#include "client/ui/FormHintLabel.h"
#include "client/ui/inventory/DecimalInput.h"
#include "shared/Currency.h"
#include "shared/Decimal.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {
// organisation_settings: percents numeric(5, 2).
constexpr int PercentScale = 2;
constexpr int PercentIntegerDigits = 3;
const QStringList PercentFields {u"default_tax_rate"_s, u"receipt_tolerance_percent"_s};
} // namespace

OrganisationSettingsPage::OrganisationSettingsPage(ApiClient *api, QWidget *parent)
    : Page(parent)
    , m_api(api)
{
    setObjectName(u"organisationSettingsPage"_s);
    auto edit = [](const QString &name, int maxLength) {
        auto *e = new QLineEdit;
        e->setObjectName(name);
        e->setMaxLength(maxLength);
        return e;
    };
    m_company = edit(u"companyEdit"_s, 200);
    m_taxId = edit(u"taxIdEdit"_s, 50);
    m_prefix = edit(u"prefixEdit"_s, 10);
    m_taxRate = edit(u"taxRateEdit"_s, 8);
    m_tolerance = edit(u"toleranceEdit"_s, 8);
    DecimalInput::attach(m_taxRate, PercentScale);
    DecimalInput::attach(m_tolerance, PercentScale);
    for (QLineEdit *e : {m_taxRate, m_tolerance, m_prefix})
        e->setMaximumWidth(fontMetrics().horizontalAdvance(u"0000000000000"_s));
    m_address = new QPlainTextEdit;
    m_address->setObjectName(u"addressEdit"_s);
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);
    m_currency = new QComboBox;
    m_currency->setObjectName(u"currencyCombo"_s);
    m_currency->addItems(erp::shared::Currency::knownCodes());
    m_currency->setMaxVisibleItems(15);
    m_currency->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_negativeStock = new QCheckBox;
    m_negativeStock->setObjectName(u"negativeStockCheck"_s);
    m_save = new QPushButton;
    m_save->setObjectName(u"saveButton"_s);
    m_save->setDefault(true);
    m_revert = new QPushButton;
    m_revert->setObjectName(u"revertButton"_s);
    m_banner = new QLabel;
    m_banner->setObjectName(u"banner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->hide();
    m_heading = new QLabel;
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_heading->setFont(big);

    auto *body = new QWidget;
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto label = [](QWidget *buddy) {
        auto *l = new QLabel;
        l->setBuddy(buddy);
        return l;
    };
    auto withUnit = [](QWidget *field, QLabel *unit) {
        auto *row = new QWidget;
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(field);
        h->addWidget(unit);
        h->addStretch();
        return row;
    };
    m_companyLabel = label(m_company);
    m_addressLabel = label(m_address);
    m_taxIdLabel = label(m_taxId);
    m_currencyLabel = label(m_currency);
    m_taxRateLabel = label(m_taxRate);
    m_prefixLabel = label(m_prefix);
    m_toleranceLabel = label(m_tolerance);
    m_taxRateUnit = new QLabel(u"%"_s);
    m_toleranceUnit = new QLabel(u"%"_s);
    m_prefixHint = new FormHintLabel;
    m_prefixHint->setObjectName(u"prefixHint"_s);
    m_currencyHint = new FormHintLabel;
    m_currencyHint->setObjectName(u"currencyHint"_s);
    for (QLabel *hint : {m_prefixHint, m_currencyHint})
        hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(m_companyLabel, m_company);
    form->addRow(m_addressLabel, m_address);
    form->addRow(m_taxIdLabel, m_taxId);
    form->addRow(m_currencyLabel, withUnit(m_currency, new QLabel));
    form->addRow(QString(), m_currencyHint);
    form->addRow(m_taxRateLabel, withUnit(m_taxRate, m_taxRateUnit));
    form->addRow(m_prefixLabel, withUnit(m_prefix, new QLabel));
    form->addRow(QString(), m_prefixHint);
    form->addRow(m_toleranceLabel, withUnit(m_tolerance, m_toleranceUnit));
    form->addRow(QString(), m_negativeStock);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->addWidget(m_heading);
    bodyLayout->addWidget(m_banner);
    bodyLayout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    bodyLayout->addLayout(buttons);
    bodyLayout->addStretch();
    // About 110 characters: grows with the text size (large fonts).
    body->setMaximumWidth(qMax(760, fontMetrics().averageCharWidth() * 110));
    auto *outer = new QHBoxLayout(this);
    outer->addWidget(body, 1);
    outer->addStretch(0);

    addField(u"company_name"_s, m_company, m_companyLabel);
    addField(u"address"_s, m_address, m_addressLabel);
    addField(u"tax_id"_s, m_taxId, m_taxIdLabel);
    addField(u"base_currency"_s, m_currency, m_currencyLabel);
    addField(u"default_tax_rate"_s, m_taxRate, m_taxRateLabel);
    addField(u"po_prefix"_s, m_prefix, m_prefixLabel);
    addField(u"receipt_tolerance_percent"_s, m_tolerance, m_toleranceLabel);
    addField(u"allow_negative_stock"_s, m_negativeStock, nullptr);

    for (QLineEdit *e : {m_company, m_taxId, m_prefix, m_taxRate, m_tolerance})
        connect(e, &QLineEdit::textEdited, this, &OrganisationSettingsPage::updateState);
    connect(m_address, &QPlainTextEdit::textChanged, this, &OrganisationSettingsPage::updateState);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &OrganisationSettingsPage::updateState);
    connect(m_negativeStock, &QCheckBox::toggled, this, &OrganisationSettingsPage::updateState);
    connect(m_save, &QPushButton::clicked, this, &OrganisationSettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        setValues(m_settings);
        clearErrors();
        setBanner({}, false);
        updateState();
    });
    retranslate();
    updateState();
}

// Puts a hidden error label under the field, inside the form row.
void OrganisationSettingsPage::addField(const QString &name, QWidget *widget, QLabel *label)
{
    auto *error = new QLabel;
    error->setObjectName(u"error_"_s + name);
    FieldErrorStyle::applyTo(error);
    error->hide();
    QWidget *row = widget->parentWidget() && widget->parentWidget()->layout()
            && qobject_cast<QHBoxLayout *>(widget->parentWidget()->layout())
        ? widget->parentWidget()
        : widget;
    auto *form = row->parentWidget()->findChild<QFormLayout *>();
    int formRow = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(row, &formRow, &role);
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    delete form->replaceWidget(row, box);
    v->addWidget(row);
    v->addWidget(error);
    m_fields.append({name, widget, label, error});
}

QString OrganisationSettingsPage::title() const
{
    return tr("Organisation");
}

void OrganisationSettingsPage::activate()
{
    if (!m_started) {
        m_started = true;
        refresh();
    }
}

void OrganisationSettingsPage::refresh()
{
    if (m_reply)
        return;
    if (hasUnsavedChanges()) {
        setBanner(tr("You have unsaved changes. Save them or press Undo Changes before reloading."), true);
        return;
    }
    ApiReply *reply = m_api->get(u"/settings"_s);
    m_reply = reply;
    updateState();
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_reply = nullptr;
        if (!reply->isSuccess()) {
            setBanner(tr("The settings could not be loaded: %1").arg(ErrorText::forError(reply->error())), true);
            updateState();
            return;
        }
        adopt(reply->json(), reply->etag());
        setBanner({}, false);
        emit loaded();
    });
}

void OrganisationSettingsPage::adopt(const QJsonObject &settings, const QByteArray &etag)
{
    m_settings = settings;
    m_etag = etag;
    setValues(settings);
    m_pristine = values();
    clearErrors();
    updateState();
}

QJsonObject OrganisationSettingsPage::values() const
{
    return {{u"company_name"_s, m_company->text().trimmed()},
            {u"address"_s, m_address->toPlainText().trimmed()},
            {u"tax_id"_s, m_taxId->text().trimmed()},
            {u"base_currency"_s, m_currency->currentText()},
            {u"default_tax_rate"_s, DecimalInput::value(m_taxRate, PercentScale)},
            {u"po_prefix"_s, m_prefix->text().trimmed()},
            {u"receipt_tolerance_percent"_s, DecimalInput::value(m_tolerance, PercentScale)},
            {u"allow_negative_stock"_s, m_negativeStock->isChecked()}};
}

void OrganisationSettingsPage::setValues(const QJsonObject &s)
{
    const QSignalBlocker a(m_address), b(m_currency), c(m_negativeStock);
    m_company->setText(s.value(u"company_name"_s).toString());
    m_address->setPlainText(s.value(u"address"_s).toString());
    m_taxId->setText(s.value(u"tax_id"_s).toString());
    const QString currency = s.value(u"base_currency"_s).toString(u"EUR"_s);
    if (m_currency->findText(currency) < 0)
        m_currency->addItem(currency);
    m_currency->setCurrentText(currency);
    m_taxRate->setText(DecimalInput::forEditing(s.value(u"default_tax_rate"_s)));
    m_prefix->setText(s.value(u"po_prefix"_s).toString());
    m_tolerance->setText(DecimalInput::forEditing(s.value(u"receipt_tolerance_percent"_s)));
    m_negativeStock->setChecked(s.value(u"allow_negative_stock"_s).toBool());
}

QJsonObject OrganisationSettingsPage::changedValues() const
{
    QJsonObject changes;
    const QJsonObject now = values();
    for (auto it = now.begin(); it != now.end(); ++it)
        if (m_pristine.value(it.key()) != it.value())
            changes.insert(it.key(), it.value());
    return changes;
}

bool OrganisationSettingsPage::hasUnsavedChanges() const
{
    return isLoaded() && !changedValues().isEmpty();
}

QList<FieldError> OrganisationSettingsPage::validate() const
{
    QList<FieldError> problems;
    if (m_company->text().trimmed().isEmpty())
        problems.append({u"company_name"_s, u"required"_s, tr("Enter the company name printed on documents.")});
    static const QRegularExpression prefix(u"^[A-Za-z0-9][A-Za-z0-9-]{0,9}$"_s);
    if (!prefix.match(m_prefix->text().trimmed()).hasMatch())
        problems.append({u"po_prefix"_s, u"invalid"_s,
                         tr("Use 1 to 10 letters, digits and hyphens, starting with a letter or digit.")});
    const QList<std::pair<QString, QLineEdit *>> percents {{u"default_tax_rate"_s, m_taxRate},
                                                           {u"receipt_tolerance_percent"_s, m_tolerance}};
    for (const auto &[name, edit] : percents) {
        if (auto p = DecimalInput::check(name, edit, PercentScale, PercentIntegerDigits, true)) {
            problems.append(*p);
            continue;
        }
        const auto value = erp::shared::Decimal::parse(DecimalInput::value(edit, PercentScale).toString());
        if (value && *value > erp::shared::Decimal::fromInteger(100))
            problems.append({name, u"out_of_range"_s, tr("Enter a percentage from 0 to 100.")});
    }
    return problems;
}

void OrganisationSettingsPage::save()
{
    if (m_reply || !isLoaded())
        return;
    clearErrors();
    const QList<FieldError> problems = validate();
    if (!problems.isEmpty()) {
        showFieldErrors(problems);
        return;
    }
    const QJsonObject changes = changedValues();
    if (changes.isEmpty()) {
        setBanner(tr("Nothing to save."), false);
        return;
    }
    send(changes);
}

void OrganisationSettingsPage::send(const QJsonObject &changes)
{
    ApiReply *reply = m_api->patch(u"/settings"_s, changes, m_etag);
    m_reply = reply;
    setBanner(tr("Saving…"), false);
    updateState();
    connect(reply, &ApiReply::finished, this, [this, reply, changes] { saveFinished(reply, changes); });
}

void OrganisationSettingsPage::saveFinished(ApiReply *reply, const QJsonObject &sent)
{
    m_reply = nullptr;
    if (reply->isSuccess()) {
        adopt(reply->json(), reply->etag());
        setBanner(tr("Settings saved."), false);
        emit statusMessage(tr("Organisation settings saved."), 5000);
        emit saved(m_settings);
        return;
    }
    const ApiError error = reply->error();
    // Whatever went wrong, what the user typed stays in the fields.
    if (error.isHttp() && error.httpStatus() == 412) {
        showConflict(values());
    } else if (error.isHttp() && error.httpStatus() == 422 && !error.fieldErrors().isEmpty()) {
        QList<FieldError> translated = error.fieldErrors();
        for (FieldError &e : translated)
            e.message = ErrorText::forFieldError(e);
        showFieldErrors(translated);
    } else {
        setBanner(tr("Not saved: %1").arg(ErrorText::forError(error)), true);
    }
    Q_UNUSED(sent);
    updateState();
    emit saveFailed(error);
}

void OrganisationSettingsPage::showConflict(const QJsonObject &mine)
{
    ApiReply *reply = m_api->get(u"/settings"_s);
    m_reply = reply;
    updateState();
    connect(reply, &ApiReply::finished, this, [this, reply, mine] {
        m_reply = nullptr;
        updateState();
        if (!reply->isSuccess()) {
            setBanner(tr("Not saved: someone else changed the settings, and they could not be read again: %1")
                          .arg(ErrorText::forError(reply->error())),
                      true);
            return;
        }
        const QJsonObject theirs = reply->json();
        const QByteArray theirEtag = reply->etag();
        QList<ConflictDialog::Field> rows;
        for (const Field &f : std::as_const(m_fields)) {
            QString label = f.label ? f.label->text() : qobject_cast<QCheckBox *>(f.widget)->text();
            label.remove(u'&');
            if (label.endsWith(u':'))
                label.chop(1);
            rows.append({label, displayValue(f.name, mine.value(f.name)), displayValue(f.name, theirs.value(f.name))});
        }
        auto *dialog = new ConflictDialog(tr("Organisation settings"), rows, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_conflictDialog = dialog;
        connect(dialog, &QDialog::finished, this, [this, dialog, mine, theirs, theirEtag] {
            switch (dialog->choice()) {
            case ConflictDialog::Reload:
                adopt(theirs, theirEtag);
                setBanner(tr("Showing the settings as they are now; your changes were discarded."), false);
                break;
            case ConflictDialog::Overwrite:
                m_settings = theirs;
                m_etag = theirEtag;
                send(mine);
                break;
            case ConflictDialog::KeepEditing:
                setBanner(tr("Not saved: someone else changed the settings. Save again to review the differences."),
                          true);
                break;
            }
        });
        dialog->open();
    });
}

QString OrganisationSettingsPage::displayValue(const QString &field, const QJsonValue &value) const
{
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    if (PercentFields.contains(field))
        return value.isString() ? LocaleFormat::percent(value.toString()) : value.toString();
    return value.toString();
}

void OrganisationSettingsPage::showFieldErrors(const QList<FieldError> &errors)
{
    QStringList unplaced;
    QWidget *first = nullptr;
    for (const FieldError &e : errors) {
        auto it = std::find_if(m_fields.begin(), m_fields.end(), [&](const Field &f) { return f.name == e.field; });
        if (it == m_fields.end()) {
            unplaced << u"%1: %2"_s.arg(ErrorText::fieldLabel(e.field), e.message);
            continue;
        }
        it->error->setText(it->error->isHidden() ? e.message : it->error->text() + u'\n' + e.message);
        it->error->show();
        FieldErrorStyle::markField(it->widget, true);
        if (!first)
            first = it->widget;
    }
    setBanner(unplaced.isEmpty() ? tr("Please correct the marked fields.") : unplaced.join(u'\n'), true);
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void OrganisationSettingsPage::clearErrors()
{
    for (const Field &f : std::as_const(m_fields)) {
        f.error->clear();
        f.error->hide();
        FieldErrorStyle::markField(f.widget, false);
    }
}

QString OrganisationSettingsPage::fieldErrorText(const QString &field) const
{
    for (const Field &f : m_fields)
        if (f.name == field)
            return f.error->isHidden() ? QString() : f.error->text();
    return {};
}

QString OrganisationSettingsPage::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void OrganisationSettingsPage::setBanner(const QString &text, bool error)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
    if (error)
        FieldErrorStyle::applyTo(m_banner);
    else
        m_banner->setStyleSheet(QString());
}

void OrganisationSettingsPage::updateState()
{
    const bool busy = m_reply != nullptr;
    const bool dirty = hasUnsavedChanges();
    m_save->setEnabled(isLoaded() && !busy && dirty);
    m_revert->setEnabled(isLoaded() && !busy && dirty);
    for (const Field &f : std::as_const(m_fields))
        f.widget->setEnabled(isLoaded());
    const QString prefix = m_prefix->text().trimmed().isEmpty() ? u"PO"_s : m_prefix->text().trimmed();
    m_prefixHint->setText(tr("Purchase orders are numbered like %1.")
                              .arg(u"%1-%2-00042"_s.arg(prefix).arg(QDate::currentDate().year())));
}

void OrganisationSettingsPage::retranslate()
{
    m_heading->setText(tr("Organisation settings"));
    m_companyLabel->setText(tr("Company &name:"));
    m_addressLabel->setText(tr("&Address:"));
    m_taxIdLabel->setText(tr("&Tax id:"));
    m_currencyLabel->setText(tr("&Base currency:"));
    m_currencyHint->setText(tr("Approval bands are judged in this currency; orders in another currency are "
                               "converted at the exchange rate of the order date."));
    m_taxRateLabel->setText(tr("Default tax &rate:"));
    m_prefixLabel->setText(tr("Order number &prefix:"));
    m_toleranceLabel->setText(tr("Receipt t&olerance:"));
    m_negativeStock->setText(tr("Allow &negative stock (withdrawals may go below zero)"));
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("&Undo Changes"));
    m_taxId->setPlaceholderText(tr("e.g. DE123456789"));
    updateState();
}

void OrganisationSettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        emit titleChanged();
    } else if (event->type() == QEvent::LocaleChange) {
        DecimalInput::relocalise(m_taxRate);
        DecimalInput::relocalise(m_tolerance);
    }
    Page::changeEvent(event);
}

} // namespace erp::client
