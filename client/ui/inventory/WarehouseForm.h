#pragma once

#include "client/ui/RecordForm.h"

#include <QPointer>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace erp::client {

class LocationForm;

// Create or edit a warehouse (code, name, address, active) and, once it
// exists, its locations: goods are received into a receiving location, so a
// warehouse without one is pointed out.
class WarehouseForm : public RecordForm
{
    Q_OBJECT

public:
    explicit WarehouseForm(ApiClient *api, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly);
    QTableWidget *locationsTable() const { return m_locations; }
    bool locationsLoaded() const { return m_locationsLoaded; }
    LocationForm *addLocation();
    LocationForm *editLocation(int row);

Q_SIGNALS:
    void locationsChanged();

protected:
    QJsonObject values() const override;
    void setValues(const QJsonObject &record) override;
    QList<FieldError> validate(const QJsonObject &values) const override;
    QString recordName() const override;
    QString titleForNew() const override;
    QString titleForEdit() const override;
    void recordChanged() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadLocations();
    void showLocations();
    LocationForm *openLocationForm();

    ApiClient *m_api;
    bool m_readOnly = false;
    QLabel *m_codeLabel, *m_nameLabel, *m_addressLabel, *m_locationsLabel, *m_locationsNote;
    QLineEdit *m_code, *m_name;
    QPlainTextEdit *m_address;
    QCheckBox *m_active;
    QTableWidget *m_locations;
    QPushButton *m_addLocation, *m_editLocation;
    QList<QJsonObject> m_locationRows;
    bool m_locationsLoaded = false;
    QPointer<LocationForm> m_locationForm;
};

} // namespace erp::client
