#pragma once

#include "server/http/HttpResponse.h"

#include <QJsonObject>

namespace erp::server {

// A record as the API answers with it: the JSON body and ETag "<version>"
// taken from the record's "version" field.
HttpResponse recordResponse(const QJsonObject &record, int status = 200);
// The same from JSON text as the database built it and the record's version.
HttpResponse recordResponse(const QByteArray &recordJson, int version, int status = 200);

// 201 Created for a new record: the body, its ETag and Location.
HttpResponse createdResponse(const QByteArray &location, const QJsonObject &record);
// The same from JSON text as the database built it and the record's version.
HttpResponse createdResponse(const QByteArray &location, const QByteArray &recordJson, int version);

} // namespace erp::server
