#include "server/db/JsonFromColumns.h"

#include "server/db/PgPipeline.h"
#include "server/db/PgTypeOids.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>

#include <cstring>
#include <stdexcept>
#include <unordered_map>
#include <vector>

namespace erp::server {

namespace {

// The arguments of the one function call that is all of sql, split at its
// top-level commas (not inside parentheses, brackets, quotes or quoted
// identifiers); nothing when sql is not such a call of `function`.
std::optional<QStringList> callArguments(const QString &sql, QLatin1String function)
{
    const QString text = sql.trimmed();
    if (!text.startsWith(function) || !text.endsWith(QLatin1Char(')')))
        return std::nullopt;
    qsizetype i = function.size();
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    if (i >= text.size() || text.at(i) != QLatin1Char('('))
        return std::nullopt;
    QStringList arguments;
    qsizetype start = ++i;
    int depth = 0;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // To the closing quote; a doubled quote is a quote inside.
            for (++i; i < text.size(); ++i) {
                if (text.at(i) == c) {
                    if (i + 1 < text.size() && text.at(i + 1) == c)
                        ++i;
                    else
                        break;
                }
            }
        } else if (c == QLatin1Char('(') || c == QLatin1Char('[')) {
            ++depth;
        } else if (c == QLatin1Char(']')) {
            --depth;
        } else if (c == QLatin1Char(')')) {
            if (depth == 0) {
                if (i != text.size() - 1)
                    return std::nullopt;   // the call is not all of sql
                arguments << text.mid(start, i - start).trimmed();
                return arguments;
            }
            --depth;
        } else if (c == QLatin1Char(',') && depth == 0) {
            arguments << text.mid(start, i - start).trimmed();
            start = i + 1;
        }
    }
    return std::nullopt;
}

// 'text' (quotes doubled inside) as its value; nothing for anything else.
std::optional<QString> stringLiteral(const QString &sql)
{
    if (sql.size() < 2 || !sql.startsWith(QLatin1Char('\'')) || !sql.endsWith(QLatin1Char('\'')))
        return std::nullopt;
    const QString inner = sql.mid(1, sql.size() - 2);
    // Inside, a quote comes only doubled: 'a' || 'b' is not one literal.
    if (QString(inner).remove(QLatin1String("''")).contains(QLatin1Char('\'')))
        return std::nullopt;
    return QString(inner).replace(QLatin1String("''"), QLatin1String("'"));
}

// Writes into memory made large enough beforehand (object() sizes it for
// the most a row can need): a list page writes thousands of short pieces,
// and QByteArray checks its capacity and sharing on every append.
struct Writer
{
    char *at;
    void put(char c) { *at++ = c; }
    void put(const char *text, int length)
    {
        std::memcpy(at, text, size_t(length));
        at += length;
    }
    template<int N> void put(const char (&literal)[N]) { put(literal, N - 1); }
};

// The most appendString writes for length bytes of text.
constexpr int stringBound(int length)
{
    return 2 + 6 * length;
}

// Writes text as a JSON string, escaped as PostgreSQL's escape_json does.
void appendString(Writer &out, const char *text, int length)
{
    out.put('"');
    int plain = 0;   // start of the run of characters copied as they are
    for (int i = 0; i < length; ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.put(text + plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"': out.put("\\\""); break;
        case '\\': out.put("\\\\"); break;
        case '\b': out.put("\\b"); break;
        case '\f': out.put("\\f"); break;
        case '\n': out.put("\\n"); break;
        case '\r': out.put("\\r"); break;
        case '\t': out.put("\\t"); break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
            out.put(escaped, int(sizeof escaped));
        }
        }
    }
    out.put(text + plain, length - plain);
    out.put('"');
}

void appendString(QByteArray &out, const char *text, int length)
{
    const qsizetype before = out.size();
    out.resize(before + stringBound(length));
    Writer writer {out.data() + before};
    appendString(writer, text, length);
    out.truncate(writer.at - out.constData());
}

// True when text is a JSON number (PostgreSQL's numeric and float types also
// print NaN and Infinity, which json_build_object writes as strings).
bool isJsonNumber(const char *text, int length)
{
    int i = 0;
    if (i < length && text[i] == '-')
        ++i;
    return i < length && text[i] >= '0' && text[i] <= '9';
}

// How to_char(timestamp, 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') and
// to_char(date, 'YYYY-MM-DD') write a value, from PostgreSQL's ISO text of it
// (DateStyle ISO, which QPSQL sets on every connection it opens):
// "2026-12-02 10:00:05.5" (a timestamp; the fraction without trailing zeros,
// none when whole) and "2026-12-02" (a date); years past 9999 have more
// digits, years before the common era end in " BC", which to_char leaves out.
// Infinite dates and timestamps have no to_char text: NULL. The append
// functions return false for text of any other form.
bool isDigits(const char *text, int from, int count)
{
    for (int i = from; i < from + count; ++i)
        if (text[i] < '0' || text[i] > '9')
            return false;
    return true;
}

// The length of the date at the start of text ("YYYY-MM-DD", four or more
// year digits), or 0.
int isoDateLength(const char *text, int length)
{
    int year = 0;
    while (year < length && text[year] >= '0' && text[year] <= '9')
        ++year;
    if (year < 4 || length < year + 6 || text[year] != '-' || text[year + 3] != '-' || !isDigits(text, year + 1, 2)
        || !isDigits(text, year + 4, 2))
        return 0;
    return year + 6;
}

int withoutEra(const char *text, int length)
{
    return length >= 3 && std::memcmp(text + length - 3, " BC", 3) == 0 ? length - 3 : length;
}

bool isInfinite(const char *text, int length)
{
    return (length == 8 && std::memcmp(text, "infinity", 8) == 0)
        || (length == 9 && std::memcmp(text, "-infinity", 9) == 0);
}

// The most appendIsoDate and appendUtcTimestamp write for length bytes of
// text: the quotes, and for a timestamp ".000000Z" at most.
constexpr int dateTimeBound(int length)
{
    return length + 10;
}

bool appendIsoDate(Writer &out, const char *text, int length)
{
    if (isInfinite(text, length)) {
        out.put("null");
        return true;
    }
    length = withoutEra(text, length);
    if (isoDateLength(text, length) != length)
        return false;
    out.put('"');
    out.put(text, length);
    out.put('"');
    return true;
}

bool appendUtcTimestamp(Writer &out, const char *text, int length)
{
    if (isInfinite(text, length)) {
        out.put("null");
        return true;
    }
    length = withoutEra(text, length);
    const int date = isoDateLength(text, length);
    // " HH:MM:SS", then nothing or "." and one to six digits.
    if (date == 0 || length < date + 9 || text[date] != ' ' || text[date + 3] != ':' || text[date + 6] != ':'
        || !isDigits(text, date + 1, 2) || !isDigits(text, date + 4, 2) || !isDigits(text, date + 7, 2))
        return false;
    const int fraction = length - (date + 10);
    if (fraction != -1
        && (fraction < 1 || fraction > 6 || text[date + 9] != '.' || !isDigits(text, date + 10, fraction)))
        return false;
    out.put('"');
    out.put(text, date);
    out.put('T');
    out.put(text + date + 1, 8);
    out.put('.');
    if (fraction > 0)
        out.put(text + date + 10, fraction);
    out.put("000000", 6 - qMax(0, fraction));
    out.put("Z\"");
    return true;
}

using namespace pgtype;

// How json_build_object writes a value of a type (its json_categorize_type).
enum class ValueForm { Number, Boolean, Json, String, Unknown };

ValueForm valueForm(Oid type)
{
    switch (type) {
    case Int2Oid:
    case Int4Oid:
    case Int8Oid:
    case Float4Oid:
    case Float8Oid:
    case NumericOid:
        return ValueForm::Number;
    case BoolOid:
        return ValueForm::Boolean;
    case JsonOid:
    case JsonbOid:
        return ValueForm::Json;
    case TextOid:
    case VarcharOid:
    case BpcharOid:
    case NameOid:
    case CharOid:
    case UuidOid:
    case OidOid:   // an oid is written as a string
        return ValueForm::String;
    default:
        return ValueForm::Unknown;
    }
}

// The to_char calls whose text the server writes instead (see
// appendUtcTimestamp): expression becomes the value to_char was given, a
// timestamp (at UTC) or a date, which object() then requires.
JsonFromColumns::Text textOf(QString &expression)
{
    const std::optional<QStringList> arguments = callArguments(expression, QLatin1String("to_char"));
    if (!arguments || arguments->size() != 2)
        return JsonFromColumns::Text::AsSelected;
    const QLatin1String atUtc(" AT TIME ZONE 'UTC'");
    if (arguments->at(1) == QLatin1String("'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'") && arguments->at(0).endsWith(atUtc)) {
        expression = arguments->at(0);
        return JsonFromColumns::Text::UtcTimestamp;
    }
    if (arguments->at(1) == QLatin1String("'YYYY-MM-DD'")) {
        expression = arguments->at(0);
        return JsonFromColumns::Text::IsoDate;
    }
    return JsonFromColumns::Text::AsSelected;
}

} // namespace

std::optional<JsonFromColumns> JsonFromColumns::fromBuildObject(const QString &sql)
{
    const std::optional<QStringList> arguments = callArguments(sql, QLatin1String("json_build_object"));
    if (!arguments || arguments->isEmpty() || arguments->size() % 2 != 0)
        return std::nullopt;
    JsonFromColumns columns;
    QStringList expressions;
    for (qsizetype i = 0; i < arguments->size(); i += 2) {
        const std::optional<QString> key = stringLiteral(arguments->at(i));
        if (!key || arguments->at(i + 1).isEmpty())
            return std::nullopt;
        QByteArray quoted;
        const QByteArray utf8 = key->toUtf8();
        if (!columns.m_keys.isEmpty())
            quoted += ',';
        appendString(quoted, utf8.constData(), int(utf8.size()));
        quoted += ':';
        columns.m_keys << quoted;
        QString expression = arguments->at(i + 1);
        columns.m_texts << textOf(expression);
        expressions << expression;
    }
    columns.m_selectList = expressions.join(QStringLiteral(", "));
    return columns;
}

const JsonFromColumns *JsonFromColumns::forBuildObject(const QString &sql)
{
    // std::optional in a std::unordered_map: entries stay where they are
    // when the map grows, so the pointers handed out stay valid. The texts
    // are the entities' (a few dozen). Beyond the bound, which only a caller
    // building texts per request would reach, a text is split into one slot
    // that the next such call reuses.
    struct Hash
    {
        size_t operator()(const QString &s) const noexcept { return qHash(s); }
    };
    thread_local std::unordered_map<QString, std::optional<JsonFromColumns>, Hash> split;
    thread_local std::optional<JsonFromColumns> beyondBound;
    auto found = split.find(sql);
    if (found == split.end()) {
        if (split.size() >= 512) {
            beyondBound = fromBuildObject(sql);
            return beyondBound ? &*beyondBound : nullptr;
        }
        found = split.emplace(sql, fromBuildObject(sql)).first;
    }
    return found->second ? &*found->second : nullptr;
}

QByteArray JsonFromColumns::object(const QSqlQuery &query) const
{
    const PGresult *result = PgPipeline::resultOf(query);
    if (!result)
        throw std::logic_error("JsonFromColumns: the query is not on a PostgreSQL (QPSQL) connection");
    // QPSQL reads forward-only queries a row at a time (single-row mode):
    // then the result holds the current row only.
    const int row = !result ? -1 : PQresultStatus(result) == PGRES_SINGLE_TUPLE ? 0 : query.at();
    if (row < 0 || row >= PQntuples(result) || PQnfields(result) < m_keys.size())
        throw std::logic_error("JsonFromColumns: no current row with the object's columns");

    const auto refuse = [&](int column, const QString &why) {
        throw std::logic_error(QStringLiteral("JsonFromColumns: column %1 (%2) %3")
                                   .arg(column)
                                   .arg(QString::fromUtf8(m_keys.at(column)), why)
                                   .toStdString());
    };
    // The types decide before the values: a column whose type is not known
    // here fails on every row, also while its values are NULL. And the most
    // the row can take: its keys, and per value what an escaped string of its
    // length takes (more than any other form of it).
    qsizetype bound = 2;
    for (int column = 0; column < m_keys.size(); ++column) {
        const Text text = m_texts.at(column);
        const Oid type = PQftype(result, column);
        if (text == Text::AsSelected && valueForm(type) == ValueForm::Unknown)
            refuse(column, QStringLiteral("has type %1, whose JSON form is not its text: cast it to text in the "
                                          "entity's JSON")
                               .arg(type));
        if (text != Text::AsSelected && type != (text == Text::UtcTimestamp ? TimestampOid : DateOid))
            refuse(column, QStringLiteral("has type %1, not the %2 its to_char format is for")
                               .arg(type)
                               .arg(text == Text::UtcTimestamp ? QStringLiteral("timestamp at UTC")
                                                               : QStringLiteral("date")));
        const int length = PQgetisnull(result, row, column) ? 0 : PQgetlength(result, row, column);
        bound += m_keys.at(column).size() + qMax(4, qMax(stringBound(length), dateTimeBound(length)));
    }

    thread_local std::vector<char> scratch;
    if (scratch.size() < size_t(bound))
        scratch.resize(size_t(bound));
    Writer out {scratch.data()};
    out.put('{');
    for (int column = 0; column < m_keys.size(); ++column) {
        out.put(m_keys.at(column).constData(), int(m_keys.at(column).size()));
        if (PQgetisnull(result, row, column)) {
            out.put("null");
            continue;
        }
        const char *value = PQgetvalue(result, row, column);
        const int length = PQgetlength(result, row, column);
        const Text text = m_texts.at(column);
        if (text != Text::AsSelected) {
            if (!(text == Text::UtcTimestamp ? appendUtcTimestamp(out, value, length)
                                             : appendIsoDate(out, value, length)))
                refuse(column, QStringLiteral("reads \"%1\", not PostgreSQL's ISO text (DateStyle ISO)")
                                   .arg(QString::fromUtf8(value, length)));
            continue;
        }
        switch (valueForm(PQftype(result, column))) {
        case ValueForm::Number:
            if (isJsonNumber(value, length))
                out.put(value, length);
            else
                appendString(out, value, length);
            break;
        case ValueForm::Boolean:
            if (value[0] == 't')
                out.put("true");
            else
                out.put("false");
            break;
        case ValueForm::Json:
            out.put(value, length);
            break;
        case ValueForm::String:
        case ValueForm::Unknown:
            appendString(out, value, length);
            break;
        }
    }
    out.put('}');
    Q_ASSERT(out.at - scratch.data() <= bound);
    return QByteArray(scratch.data(), out.at - scratch.data());
}

} // namespace erp::server
