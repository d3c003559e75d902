#include "client/ui/inventory/WarehouseForm.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/core/JsonId.h"
#include "client/ui/inventory/LocationForm.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace erp::client {

WarehouseForm::WarehouseForm(ApiClient *api, QWidget *parent)
    : RecordForm(api, u"/warehouses"_s, parent)
    , m_api(api)
{
    setObjectName(u"warehouseForm"_s);
    m_code = new QLineEdit;
    m_code->setObjectName(u"codeEdit"_s);
    m_code->setMaxLength(32);
    m_name = new QLineEdit;
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setMaxLength(200);
    m_address = new QPlainTextEdit;
    m_address->setObjectName(u"addressEdit"_s);
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 3 + 12);
    m_active = new QCheckBox;
    m_active->setObjectName(u"activeCheck"_s);
    m_locations = new QTableWidget(0, 4);
    m_locations->setObjectName(u"locationsTable"_s);
    m_locations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_locations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_locations->setSelectionMode(QAbstractItemView::SingleSelection);
    m_locations->verticalHeader()->hide();
    m_locations->horizontalHeader()->setStretchLastSection(true);
    m_locationsNote = new QLabel;
    m_locationsNote->setObjectName(u"locationsNote"_s);
    m_locationsNote->setWordWrap(true);
    m_addLocation = new QPushButton;
    m_addLocation->setObjectName(u"addLocationButton"_s);
    m_addLocation->setAutoDefault(false);
    m_editLocation = new QPushButton;
    m_editLocation->setObjectName(u"editLocationButton"_s);
    m_editLocation->setAutoDefault(false);

    auto *outer = new QVBoxLayout(contentWidget());
    outer->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto row = [form](QWidget *field) {
        auto *l = new QLabel;
        l->setBuddy(field);
        form->addRow(l, field);
        return l;
    };
    m_codeLabel = row(m_code);
    m_nameLabel = row(m_name);
    m_addressLabel = row(m_address);
    form->addRow(QString(), m_active);
    outer->addLayout(form);
    m_locationsLabel = new QLabel;
    m_locationsLabel->setBuddy(m_locations);
    QFont bold = m_locationsLabel->font();
    bold.setBold(true);
    m_locationsLabel->setFont(bold);
    outer->addWidget(m_locationsLabel);
    outer->addWidget(m_locationsNote);
    outer->addWidget(m_locations, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addLocation);
    buttons->addWidget(m_editLocation);
    buttons->addStretch();
    outer->addLayout(buttons);

    registerField(u"code"_s, m_code, m_codeLabel);
    registerField(u"name"_s, m_name, m_nameLabel);
    registerField(u"address"_s, m_address, m_addressLabel);
    registerField(u"is_active"_s, m_active, nullptr);
    for (QLineEdit *e : {m_code, m_name})
        connect(e, &QLineEdit::textEdited, this, &WarehouseForm::markEdited);
    connect(m_address, &QPlainTextEdit::textChanged, this, &WarehouseForm::markEdited);
    connect(m_active, &QCheckBox::toggled, this, &WarehouseForm::markEdited);
    connect(m_addLocation, &QPushButton::clicked, this, &WarehouseForm::addLocation);
    connect(m_editLocation, &QPushButton::clicked, this, [this] { editLocation(m_locations->currentRow()); });
    connect(m_locations, &QTableWidget::cellDoubleClicked, this, [this](int r) { editLocation(r); });
    connect(m_locations, &QTableWidget::currentCellChanged, this,
            [this] { m_editLocation->setEnabled(!m_readOnly && m_locations->currentRow() >= 0); });
    retranslate();
    recordChanged();
    resize(640, 560);
}

void WarehouseForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    saveButton()->setVisible(!readOnly);
    m_code->setReadOnly(readOnly);
    m_name->setReadOnly(readOnly);
    m_address->setReadOnly(readOnly);
    m_active->setEnabled(!readOnly);
    recordChanged();
}

QJsonObject WarehouseForm::values() const
{
    const QString address = m_address->toPlainText().trimmed();
    return {{u"code"_s, m_code->text().trimmed()},
            {u"name"_s, m_name->text().trimmed()},
            {u"address"_s, address.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(address)},
            {u"is_active"_s, m_active->isChecked()}};
}

void WarehouseForm::setValues(const QJsonObject &record)
{
    const QSignalBlocker a(m_address), b(m_active);
    m_code->setText(record.value(u"code"_s).toString());
    m_name->setText(record.value(u"name"_s).toString());
    m_address->setPlainText(record.value(u"address"_s).toString());
    m_active->setChecked(record.value(u"is_active"_s).toBool(true));
}

QList<FieldError> WarehouseForm::validate(const QJsonObject &v) const
{
    QList<FieldError> problems;
    if (v.value(u"code"_s).toString().isEmpty())
        problems.append({u"code"_s, u"required"_s, tr("Enter a short code, for example MAIN.")});
    if (v.value(u"name"_s).toString().isEmpty())
        problems.append({u"name"_s, u"required"_s, tr("Enter the warehouse's name.")});
    return problems;
}

QString WarehouseForm::recordName() const
{
    const QString name = record().value(u"name"_s).toString();
    return isNew() || name.isEmpty() ? tr("New warehouse") : tr("Warehouse “%1”").arg(name);
}

QString WarehouseForm::titleForNew() const
{
    return tr("New Warehouse");
}

QString WarehouseForm::titleForEdit() const
{
    return tr("Warehouse: %1").arg(record().value(u"name"_s).toString());
}

void WarehouseForm::recordChanged()
{
    m_addLocation->setVisible(!m_readOnly);
    m_editLocation->setVisible(!m_readOnly);
    m_addLocation->setEnabled(!isNew());
    m_editLocation->setEnabled(!m_readOnly && m_locations->currentRow() >= 0);
    if (isNew()) {
        m_locationsNote->setText(tr("Save the warehouse first; then add its receiving and storage locations."));
        m_locations->setRowCount(0);
    } else {
        loadLocations();
    }
}

void WarehouseForm::loadLocations()
{
    QUrlQuery query;
    query.addQueryItem(u"warehouse_id"_s, QString::number(recordId()));
    query.addQueryItem(u"limit"_s, u"500"_s);
    m_locationsLoaded = false;
    ApiReply *reply = m_api->get(u"/locations"_s, query);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_locationsLoaded = true;
        if (!reply->isSuccess()) {
            m_locationsNote->setText(
                tr("The locations could not be loaded: %1").arg(ErrorText::forError(reply->error())));
        } else {
            m_locationRows.clear();
            for (const QJsonValue &v : reply->json().value(u"items"_s).toArray())
                m_locationRows.append(v.toObject());
            showLocations();
        }
        emit locationsChanged();
    });
}

void WarehouseForm::showLocations()
{
    m_locations->setRowCount(m_locationRows.size());
    bool receiving = false;
    for (int r = 0; r < m_locationRows.size(); ++r) {
        const QJsonObject &o = m_locationRows.at(r);
        const bool active = o.value(u"is_active"_s).toBool(true);
        receiving |= active && o.value(u"kind"_s).toString() == u"receiving"_s;
        m_locations->setItem(r, 0, new QTableWidgetItem(o.value(u"code"_s).toString()));
        m_locations->setItem(r, 1, new QTableWidgetItem(o.value(u"name"_s).toString()));
        m_locations->setItem(r, 2, new QTableWidgetItem(LocationForm::kindText(o.value(u"kind"_s).toString())));
        m_locations->setItem(r, 3, new QTableWidgetItem(active ? tr("Yes") : tr("No")));
    }
    m_locations->resizeColumnsToContents();
    m_locationsNote->setText(receiving ? tr("Goods for this warehouse are received into its receiving location.")
                                       : tr("This warehouse has no active receiving location: goods cannot be "
                                            "received into it until one is added."));
    m_editLocation->setEnabled(!m_readOnly && m_locations->currentRow() >= 0);
}

LocationForm *WarehouseForm::openLocationForm()
{
    auto *form = new LocationForm(m_api, recordId(), this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    m_locationForm = form;
    connect(form, &RecordForm::saved, this, [this] { loadLocations(); });
    return form;
}

LocationForm *WarehouseForm::addLocation()
{
    if (isNew() || m_readOnly)
        return nullptr;
    LocationForm *form = openLocationForm();
    form->startCreate();
    form->open();
    return form;
}

LocationForm *WarehouseForm::editLocation(int row)
{
    if (row < 0 || row >= m_locationRows.size() || m_readOnly)
        return nullptr;
    LocationForm *form = openLocationForm();
    form->startEdit(jsonId(m_locationRows.at(row).value(u"id"_s)));
    form->open();
    return form;
}

void WarehouseForm::retranslate()
{
    m_codeLabel->setText(tr("&Code:"));
    m_nameLabel->setText(tr("&Name:"));
    m_addressLabel->setText(tr("&Address:"));
    m_active->setText(tr("Acti&ve"));
    m_locationsLabel->setText(tr("&Locations"));
    m_locations->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Kind"), tr("Active")});
    m_addLocation->setText(tr("Add Loca&tion…"));
    m_editLocation->setText(tr("Edit Locat&ion…"));
    if (!isNew() && m_locationsLoaded)
        showLocations();
}

void WarehouseForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    RecordForm::changeEvent(event);
}

} // namespace erp::client
