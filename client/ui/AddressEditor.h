#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace erp::client {

// A postal address as the API stores it everywhere (accounts now; suppliers
// and shipments next): street (up to two lines), postcode and city on one
// row, region, country. address() gives the JSON fields, empty ones as null;
// forms register each part (fieldWidget/fieldLabel) so the server's field
// errors land under the right box.
class AddressEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AddressEditor(QWidget *parent = nullptr);

    // The API field names, in reading order.
    static QStringList fieldNames();

    QJsonObject address() const;
    void setAddress(const QJsonObject &record);
    void setReadOnly(bool readOnly);
    QWidget *fieldWidget(const QString &field) const;
    QLabel *fieldLabel(const QString &field) const;
    // One line for lists and conflict dialogs: "Am Sandtorkai 12, 20457 Hamburg, Germany".
    static QString singleLine(const QJsonObject &record);

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QPlainTextEdit *m_street;
    QLineEdit *m_postcode;
    QLineEdit *m_city;
    QLineEdit *m_region;
    QLineEdit *m_country;
    QLabel *m_streetLabel;
    QLabel *m_postcodeLabel;
    QLabel *m_cityLabel;
    QLabel *m_regionLabel;
    QLabel *m_countryLabel;
};

} // namespace erp::client
