#include "server/platform/RequestBody.h"

#include "server/http/ApiError.h"
#include "shared/Decimal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace erp::server {

namespace {

// 1 to maxIntegerDigits digits, then optionally a point and at least one
// digit: no sign, exponent, spaces or separators.
bool isPlainDecimal(const QString &text, int maxIntegerDigits)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i).unicode() >= u'0' && text.at(i).unicode() <= u'9')
        ++i;
    if (i == 0 || i > maxIntegerDigits)
        return false;
    if (i == text.size())
        return true;
    if (text.at(i) != u'.' || i + 1 == text.size())
        return false;
    for (++i; i < text.size(); ++i)
        if (text.at(i).unicode() < u'0' || text.at(i).unicode() > u'9')
            return false;
    return true;
}

// At most this many field errors are reported for one body, so a hostile
// body cannot make the error response itself large.
constexpr int MaxScreenErrors = 50;

[[noreturn]] void malformed(const QString &detail)
{
    throw ApiError::badRequest(QStringLiteral("malformed_json"), detail);
}

bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

// Strict UTF-8 (RFC 3629): no overlong forms, no encoded surrogates, nothing
// above U+10FFFF. Returns the offset of the first bad byte, or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = b[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0; // overlong
            else if (c == 0xED)
                high = 0x9F; // U+D800..U+DFFF
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90; // overlong
            else if (c == 0xF4)
                high = 0x8F; // above U+10FFFF
        } else {
            return i;
        }
        if (i + length > n || b[i + 1] < low || b[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k)
            if (!isContinuation(b[i + k]))
                return i;
        i += length;
    }
    return -1;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of a "\uXXXX" escape starting at i, or -1.
int escapedUnit(const QByteArray &bytes, qsizetype i)
{
    if (i + 6 > bytes.size() || bytes.at(i) != '\\' || bytes.at(i + 1) != 'u')
        return -1;
    int unit = 0;
    for (int k = 2; k < 6; ++k) {
        const int v = hexValue(bytes.at(i + k));
        if (v < 0)
            return -1;
        unit = unit * 16 + v;
    }
    return unit;
}

// Lone surrogates can only be written as escapes once the bytes are valid
// UTF-8. Returns the offset of the first lone one, or -1. Anything else that
// is wrong with the escapes is left to the JSON parser.
qsizetype firstLoneSurrogate(const QByteArray &bytes)
{
    bool inString = false;
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = bytes.at(i);
        if (!inString) {
            inString = c == '"';
            continue;
        }
        if (c == '"') {
            inString = false;
        } else if (c == '\\') {
            const int unit = escapedUnit(bytes, i);
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                const int next = escapedUnit(bytes, i + 6);
                if (next < 0xDC00 || next > 0xDFFF)
                    return i;
                i += 11; // the pair
            } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
                return i;
            } else {
                ++i; // the escaped character, whatever it is
            }
        }
    }
    return -1;
}

void screenValue(const QJsonValue &value, const QString &path, QList<FieldError> &errors);

void screenText(const QString &text, const QString &path, QList<FieldError> &errors)
{
    if (text.contains(QChar(0)) && errors.size() < MaxScreenErrors)
        errors.append(
            {path, QStringLiteral("invalid_character"), QStringLiteral("Text must not contain the NUL character.")});
}

void screenValue(const QJsonValue &value, const QString &path, QList<FieldError> &errors)
{
    if (errors.size() >= MaxScreenErrors)
        return;
    if (value.isString()) {
        screenText(value.toString(), path, errors);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.size() > RequestBody::MaxListItems) {
            errors.append({path, QStringLiteral("too_many_items"),
                           QStringLiteral("At most %1 items.").arg(RequestBody::MaxListItems)});
            return;
        }
        for (qsizetype i = 0; i < array.size(); ++i)
            screenValue(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), errors);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString child = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            screenText(it.key(), child, errors);
            screenValue(it.value(), child, errors);
        }
    }
}

} // namespace

void RequestBody::screen(const HttpRequest &request)
{
    if (request.body.trimmed().isEmpty())
        return;
    const QByteArray contentType = request.header("content-type").split(';').first().trimmed().toLower();
    if (contentType != "application/json")
        return;
    if (const qsizetype at = firstInvalidUtf8(request.body); at >= 0)
        malformed(QStringLiteral("The body is not valid UTF-8 (offset %1).").arg(at));
    if (const qsizetype at = firstLoneSurrogate(request.body); at >= 0)
        malformed(QStringLiteral("The body contains a lone UTF-16 surrogate escape (offset %1).").arg(at));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        malformed(
            QStringLiteral("The body is not valid JSON: %1 at offset %2.").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        malformed(QStringLiteral("The body must be a JSON object."));
    QList<FieldError> errors;
    screenValue(doc.object(), QString(), errors);
    if (!errors.isEmpty())
        throw ApiError::validation(errors);
}

const QStringList &RequestBody::serverOwnedFields()
{
    static const QStringList fields
        = {QStringLiteral("id"),         QStringLiteral("tenant_id"),  QStringLiteral("version"),
           QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("created_by"),
           QStringLiteral("updated_by"), QStringLiteral("status"),     QStringLiteral("approved_by"),
           QStringLiteral("approved_at")};
    return fields;
}

RequestBody::RequestBody(const QJsonObject &body, const QStringList &allowedFields)
    : m_body(body)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (allowedFields.contains(it.key()))
            continue;
        if (serverOwnedFields().contains(it.key()))
            throw ApiError(
                400, QStringLiteral("read_only_field"), QStringLiteral("Bad request"),
                QStringLiteral("The field \"%1\" is set by the server and cannot be sent.").arg(it.key()),
                {{it.key(), QStringLiteral("read_only_field"), QStringLiteral("This field cannot be set.")}});
        throw ApiError(400, QStringLiteral("unknown_field"), QStringLiteral("Bad request"),
                       QStringLiteral("Unknown field \"%1\".").arg(it.key()),
                       {{it.key(), QStringLiteral("unknown_field"), QStringLiteral("This field is not known.")}});
    }
}

QJsonValue RequestBody::present(const QString &field, bool required)
{
    return present(m_body, field, field, required);
}

QJsonValue RequestBody::present(const QJsonObject &json, const QString &key, const QString &field, bool required)
{
    const QJsonValue v = json.value(key);
    if (!v.isUndefined() && !v.isNull())
        return v;
    if (required)
        addError(field, QStringLiteral("required"), QStringLiteral("This field is required."));
    return QJsonValue(QJsonValue::Undefined);
}

void RequestBody::addError(const QString &field, const QString &code, const QString &message)
{
    m_errors.append({field, code, message});
}

void RequestBody::finish() const
{
    if (!m_errors.isEmpty())
        throw ApiError::validation(m_errors);
}

std::optional<QString> RequestBody::text(const QString &field, bool required, int maxLength)
{
    const QJsonValue v = present(field, required);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isString()) {
        addError(field, QStringLiteral("wrong_type"), QStringLiteral("Expected text."));
        return std::nullopt;
    }
    const QString s = v.toString().trimmed();
    if (required && s.isEmpty()) {
        addError(field, QStringLiteral("required"), QStringLiteral("This field is required."));
        return std::nullopt;
    }
    if (s.size() > maxLength) {
        addError(field, QStringLiteral("too_long"), QStringLiteral("At most %1 characters.").arg(maxLength));
        return std::nullopt;
    }
    return s;
}

std::optional<QString> RequestBody::secret(const QString &field, bool required)
{
    const QJsonValue v = present(field, required);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isString()) {
        addError(field, QStringLiteral("wrong_type"), QStringLiteral("Expected text."));
        return std::nullopt;
    }
    return v.toString();
}

std::optional<bool> RequestBody::boolean(const QString &field, bool required)
{
    const QJsonValue v = present(field, required);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isBool()) {
        addError(field, QStringLiteral("wrong_type"), QStringLiteral("Expected true or false."));
        return std::nullopt;
    }
    return v.toBool();
}

bool RequestBody::withinListCap(const QString &field, const QJsonArray &array)
{
    // screen() already refuses longer lists in every body the dispatcher
    // passes on; this keeps bodies built any other way within the same cap.
    if (array.size() <= MaxListItems)
        return true;
    addError(field, QStringLiteral("too_many_items"), QStringLiteral("At most %1 items.").arg(MaxListItems));
    return false;
}

std::optional<qint64> RequestBody::id(const QJsonObject &json, const QString &key, const QString &field, bool required)
{
    const QJsonValue v = present(json, key, field, required);
    if (v.isUndefined())
        return std::nullopt;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 1 || d != double(qint64(d)) || d > 9.0e15) {
        addError(field, QStringLiteral("wrong_type"), QStringLiteral("Expected a positive whole number."));
        return std::nullopt;
    }
    return qint64(d);
}

std::optional<erp::shared::Decimal> RequestBody::decimal(const QJsonObject &json, const QString &key,
                                                         const QString &field, bool required, int maxScale,
                                                         int maxIntegerDigits)
{
    using erp::shared::Decimal;
    const QJsonValue v = present(json, key, field, required);
    if (v.isUndefined())
        return std::nullopt;
    QString text;
    if (v.isString()) {
        text = v.toString().trimmed();
    } else if (v.isDouble()) {
        text = QString::number(v.toDouble(), 'f', maxScale + 1);
        // Printed with one digit more than allowed: trailing zeros go (2.5
        // is "2.5000" here), a real extra digit stays and is refused below.
        while (text.endsWith(u'0') && text.contains(u'.'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    } else {
        addError(field, QStringLiteral("wrong_type"), QStringLiteral("Expected a decimal number."));
        return std::nullopt;
    }
    const auto d = isPlainDecimal(text, maxIntegerDigits) ? Decimal::parse(text) : std::nullopt;
    if (!d) {
        addError(field, QStringLiteral("invalid"), QStringLiteral("Expected a decimal number that is not negative."));
        return std::nullopt;
    }
    const auto exact = Decimal::parse(d->toString(), maxScale);
    if (!exact) {
        addError(field, QStringLiteral("too_many_decimals"), QStringLiteral("At most %1 decimals.").arg(maxScale));
        return std::nullopt;
    }
    return exact;
}

std::optional<QList<qint64>> RequestBody::idList(const QString &field, bool required)
{
    const QJsonValue v = present(field, required);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isArray()) {
        addError(field, QStringLiteral("wrong_type"), QStringLiteral("Expected a list of ids."));
        return std::nullopt;
    }
    const QJsonArray array = v.toArray();
    if (!withinListCap(field, array))
        return std::nullopt;
    QList<qint64> ids;
    QSet<qint64> seen; // duplicates are dropped in linear time, whatever the list's length
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        const double d = item.toDouble(-1);
        if (!item.isDouble() || d < 1 || d != double(qint64(d)) || d > 9.0e15) {
            addError(QStringLiteral("%1[%2]").arg(field).arg(i), QStringLiteral("wrong_type"),
                     QStringLiteral("Expected a positive whole number."));
            return std::nullopt;
        }
        if (!seen.contains(qint64(d))) {
            seen.insert(qint64(d));
            ids.append(qint64(d));
        }
    }
    return ids;
}

std::optional<QStringList> RequestBody::textList(const QString &field, bool required)
{
    const QJsonValue v = present(field, required);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isArray()) {
        addError(field, QStringLiteral("wrong_type"), QStringLiteral("Expected a list of text values."));
        return std::nullopt;
    }
    const QJsonArray array = v.toArray();
    if (!withinListCap(field, array))
        return std::nullopt;
    QStringList out;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            addError(QStringLiteral("%1[%2]").arg(field).arg(i), QStringLiteral("wrong_type"),
                     QStringLiteral("Expected text."));
            return std::nullopt;
        }
        const QString item = array.at(i).toString();
        if (!seen.contains(item)) {
            seen.insert(item);
            out.append(item);
        }
    }
    return out;
}

} // namespace erp::server
