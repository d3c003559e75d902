#pragma once

// Master data for the purchasing client tests, made through the API as the
// organisation's administrator: a supplier with a price list, two products
// counted in pieces, the organisation's printed header.
#include "tests/client/ui/UiTestSupport.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace erp::test {

struct PurchasingData
{
    qint64 pieceUnit = 0;
    qint64 warehouseId = 0;
    QString warehouseName;
    qint64 supplierId = 0;
    qint64 penId = 0;
    qint64 clipsId = 0;
};

inline qint64 createdId(erp::client::ApiClient *api, const QString &path, const QJsonObject &body)
{
    auto reply = waitFor(api->create(path, body));
    if (!reply->isSuccess())
        qWarning("%s: %s", qPrintable(path), qPrintable(reply->error().debugString()));
    return reply->isSuccess() ? qint64(reply->json().value(QStringLiteral("id")).toDouble()) : 0;
}

inline qint64 firstId(erp::client::ApiClient *api, const QString &path, const QString &key, const QString &value,
                      QString *name = nullptr)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    auto reply = waitFor(api->get(path, q));
    for (const QJsonValue &v : reply->json().value(QStringLiteral("items")).toArray()) {
        const QJsonObject o = v.toObject();
        if (value.isEmpty() || o.value(key).toString() == value) {
            if (name)
                *name = o.value(QStringLiteral("name")).toString();
            return qint64(o.value(QStringLiteral("id")).toDouble());
        }
    }
    return 0;
}

inline bool seedPurchasing(erp::client::ApiClient *api, PurchasingData *d)
{
    using namespace Qt::StringLiterals;
    d->pieceUnit = firstId(api, u"/units"_s, u"symbol"_s, u"pc"_s);
    d->warehouseId = firstId(api, u"/warehouses"_s, QString(), QString(), &d->warehouseName);
    d->supplierId = createdId(api, u"/suppliers"_s,
                              {{u"code"_s, u"NORD"_s},
                               {u"name"_s, u"Nordwind Bürobedarf GmbH"_s},
                               {u"currency"_s, u"EUR"_s},
                               {u"lead_time_days"_s, 5},
                               {u"contact_person"_s, u"Jana Rademacher"_s},
                               {u"address"_s, u"Hafenstraße 12\n20457 Hamburg"_s},
                               {u"payment_terms"_s, u"30 days net"_s}});
    d->penId = createdId(api, u"/products"_s,
                         {{u"sku"_s, u"PEN-BLUE"_s},
                          {u"name"_s, u"Ballpoint pen, blue"_s},
                          {u"stock_unit_id"_s, double(d->pieceUnit)}});
    d->clipsId = createdId(api, u"/products"_s,
                           {{u"sku"_s, u"CLIP-25"_s},
                            {u"name"_s, u"Paper clips, box of 25"_s},
                            {u"stock_unit_id"_s, double(d->pieceUnit)}});
    const qint64 penPrice = createdId(api, u"/supplier-prices"_s,
                                      {{u"supplier_id"_s, double(d->supplierId)},
                                       {u"product_id"_s, double(d->penId)},
                                       {u"unit_id"_s, double(d->pieceUnit)},
                                       {u"currency"_s, u"EUR"_s},
                                       {u"min_quantity"_s, u"1"_s},
                                       {u"unit_price"_s, u"0.05"_s}});
    const qint64 clipsPrice = createdId(api, u"/supplier-prices"_s,
                                        {{u"supplier_id"_s, double(d->supplierId)},
                                         {u"product_id"_s, double(d->clipsId)},
                                         {u"unit_id"_s, double(d->pieceUnit)},
                                         {u"currency"_s, u"EUR"_s},
                                         {u"min_quantity"_s, u"1"_s},
                                         {u"unit_price"_s, u"0.07"_s}});
    // The header printed on every order.
    auto settings = waitFor(api->get(u"/settings"_s));
    auto patched = waitFor(api->patch(u"/settings"_s,
                                      {{u"company_name"_s, u"Acme Office Supplies Ltd"_s},
                                       {u"address"_s, u"1 Market Street\nLeeds LS1 1AA"_s},
                                       {u"tax_id"_s, u"GB123456789"_s}},
                                      settings->etag()));
    if (!patched->isSuccess())
        qWarning("settings: %s", qPrintable(patched->error().debugString()));
    return d->pieceUnit && d->warehouseId && d->supplierId && d->penId && d->clipsId && penPrice && clipsPrice
        && patched->isSuccess();
}

} // namespace erp::test
