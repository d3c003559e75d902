#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

class QComboBox;

namespace erp::client {

class ApiClient;
class ApiReply;

// The organisation's units of measure for the unit fields of the product
// and supplier-price forms (an organisation has a handful, so one request
// holds them all), shown as "Box of 12 (box12)".
class UnitChoices : public QObject
{
    Q_OBJECT

public:
    UnitChoices(ApiClient *api, QObject *parent = nullptr);

    void load();
    bool isLoaded() const { return m_loaded; }
    const QList<QJsonObject> &units() const { return m_units; }
    QJsonObject unit(qint64 id) const;

    // Fills the combo (item data: the id) with the active units, of one
    // category when categoryId > 0, keeping `selected` even if inactive.
    void fill(QComboBox *combo, qint64 selected, qint64 categoryId = 0) const;
    static qint64 selectedId(const QComboBox *combo);
    static QString label(const QJsonObject &unit);

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    QPointer<ApiClient> m_api;
    QList<QJsonObject> m_units;
    bool m_loaded = false;
};

} // namespace erp::client
