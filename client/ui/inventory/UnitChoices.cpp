#include "client/ui/inventory/UnitChoices.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/core/JsonId.h"

#include <QComboBox>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace erp::client {

UnitChoices::UnitChoices(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void UnitChoices::load()
{
    if (!m_api)
        return;
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"500"_s);
    query.addQueryItem(u"sort"_s, u"name"_s);
    ApiReply *reply = m_api->get(u"/units"_s, query);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->isSuccess()) {
            emit loadFailed(ErrorText::forError(reply->error()));
            return;
        }
        m_units.clear();
        for (const QJsonValue &v : reply->json().value(u"items"_s).toArray())
            m_units.append(v.toObject());
        m_loaded = true;
        emit loaded();
    });
}

QJsonObject UnitChoices::unit(qint64 id) const
{
    for (const QJsonObject &u : m_units)
        if (jsonId(u.value(u"id"_s)) == id)
            return u;
    return {};
}

QString UnitChoices::label(const QJsonObject &unit)
{
    return u"%1 (%2)"_s.arg(unit.value(u"name"_s).toString(), unit.value(u"symbol"_s).toString());
}

void UnitChoices::fill(QComboBox *combo, qint64 selected, qint64 categoryId) const
{
    const QSignalBlocker block(combo);
    combo->clear();
    for (const QJsonObject &u : m_units) {
        const qint64 id = jsonId(u.value(u"id"_s));
        const bool fits = categoryId <= 0 || jsonId(u.value(u"category_id"_s)) == categoryId;
        if ((fits && u.value(u"is_active"_s).toBool(true)) || id == selected)
            combo->addItem(label(u), id);
    }
    const int index = combo->findData(selected);
    combo->setCurrentIndex(index >= 0 ? index : (selected > 0 ? -1 : 0));
}

qint64 UnitChoices::selectedId(const QComboBox *combo)
{
    return combo->currentIndex() >= 0 ? combo->currentData().toLongLong() : 0;
}

} // namespace erp::client
