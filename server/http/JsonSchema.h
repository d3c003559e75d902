#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace erp::server {

// Builders for the JSON schemas (the OpenAPI 3.0 subset) that routes declare
// in their RouteDoc; platform/ApiSchema.h adds those built from field, record
// and list declarations.
namespace ApiSchema {

using Properties = QList<QPair<QString, QJsonObject>>;

QJsonObject text(int maxLength = 200);
QJsonObject email();
QJsonObject integer(qint64 minimum, qint64 maximum = -1);
QJsonObject id(const QString &what = QString());
QJsonObject boolean();
// An exact decimal as a string: at most `scale` decimals, `integerDigits` before the point.
QJsonObject decimal(int scale, int integerDigits);
QJsonObject date();
QJsonObject timestamp();
QJsonObject currency();
QJsonObject choice(const QStringList &values);
QJsonObject arrayOf(const QJsonObject &items);
QJsonObject object(const Properties &properties, const QStringList &required = {});
QJsonObject nullable(QJsonObject schema);
QJsonObject described(QJsonObject schema, const QString &description);
// A value whose shape this document does not pin down (described, any type).
QJsonObject any(const QString &description);

// A query parameter object.
QJsonObject queryParameter(const QString &name, const QJsonObject &schema, const QString &description,
                           bool required = false);
} // namespace ApiSchema

} // namespace erp::server
