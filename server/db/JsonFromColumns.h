#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace erp::server {

// A JSON object written by the server from plain columns, instead of by
// PostgreSQL's json_build_object: the same object, key for key and value
// for value, for a fraction of the database's CPU time. json_build_object
// looks up the output function of every value it is given, on every row; a
// plain column's is looked up once per statement. A list page of 50 purchase
// orders of 30 keys spent about half of its statement's time there.
//
// Made from a json_build_object('key', expression, ...) text, so that an
// entity keeps one description of its JSON: selectList() selects the
// expressions as columns, and object() writes a row's columns as the object
// json_build_object would have built: numbers and booleans bare, json and
// jsonb as they are, NULL as null, everything else as a string.
class JsonFromColumns
{
public:
    // Nothing when sql is not one json_build_object call with constant
    // keys: the caller then keeps the SQL.
    static std::optional<JsonFromColumns> fromBuildObject(const QString &sql);
    // fromBuildObject(sql), split once per thread and kept: lists and reads
    // ask for the same few entity texts on every request. Null when sql is
    // not such a call. The pointer stays valid on this thread.
    static const JsonFromColumns *forBuildObject(const QString &sql);

    // "expression, expression, ..." in key order: the first columns of the
    // row object() reads.
    QString selectList() const { return m_selectList; }
    int columnCount() const { return int(m_keys.size()); }

    // The current row's first columnCount() columns as an object. Reads the
    // PostgreSQL result underneath the query (QPSQL), so every value is
    // copied once, from the driver's text form. Throws std::logic_error for
    // a column of a type it does not know to be text, a number, a boolean or
    // JSON: dates and times (whose JSON form differs from their text form),
    // arrays, records, domains and enums. Such values need a cast to text
    // (or to_char) in the expression; the tests of every list find them.
    QByteArray object(const QSqlQuery &query) const;

    // How a column's text becomes the JSON value: as json_build_object
    // writes the column, or as to_char(timestamp at UTC,
    // 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') and to_char(date, 'YYYY-MM-DD') would
    // have written it. Those to_char calls are written by the server from
    // the plain value (a list page of 50 purchase orders made 400 of them,
    // 15 to 20 % of its statement's time).
    enum class Text { AsSelected, UtcTimestamp, IsoDate };

private:
    QList<QByteArray> m_keys;   // quoted and escaped, with the colon: "\"id\":"
    QList<Text> m_texts;        // per key
    QString m_selectList;
};

} // namespace erp::server
