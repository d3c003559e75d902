#include "client/ui/crm/CrmText.h"

#include "shared/Decimal.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace erp::client {

QString CrmText::leadStatus(const QString &status)
{
    if (status == u"open"_s)
        return tr("Open");
    if (status == u"won"_s)
        return tr("Won");
    if (status == u"lost"_s)
        return tr("Lost");
    if (status == u"converted"_s)
        return tr("Converted");
    return status;
}

QString CrmText::activityKind(const QString &kind)
{
    if (kind == u"call"_s)
        return tr("Call");
    if (kind == u"meeting"_s)
        return tr("Meeting");
    if (kind == u"email"_s)
        return tr("Email");
    if (kind == u"task"_s)
        return tr("Task");
    return kind;
}

QString CrmText::activityBucket(const QString &bucket)
{
    if (bucket == u"overdue"_s)
        return tr("Overdue");
    if (bucket == u"today"_s)
        return tr("Today");
    if (bucket == u"upcoming"_s)
        return tr("Upcoming");
    if (bucket == u"done"_s)
        return tr("Done");
    return bucket;
}

QString CrmText::money(const QString &decimal, const QString &currency)
{
    if (decimal.isEmpty())
        return {};
    const auto value = erp::shared::Decimal::parse(decimal);
    if (!value)
        return decimal + u' ' + currency;
    const auto cents = value->rescaled(2);
    const QString plain = cents ? cents->toString() : value->toString();
    const QLocale locale;
    const bool negative = plain.startsWith(u'-');
    const QString digits = negative ? plain.mid(1) : plain;
    const qsizetype dot = digits.indexOf(u'.');
    const QString whole = dot < 0 ? digits : digits.left(dot);
    QString text = locale.toString(whole.toLongLong());
    if (dot >= 0)
        text += locale.decimalPoint() + digits.mid(dot + 1);
    if (negative)
        text.prepend(locale.negativeSign());
    return currency.isEmpty() ? text : text + QChar(0x00A0) + currency;
}

QString CrmText::decimalForEditing(const QString &decimal)
{
    QString text = decimal;
    text.replace(u'.', QLocale().decimalPoint());
    return text;
}

std::optional<QString> CrmText::decimalFromInput(const QString &input, int maxScale)
{
    const QLocale locale;
    QString text = input.trimmed();
    text.remove(u' ');
    text.remove(QChar(0x00A0));
    text.remove(QChar(0x202F));
    const QString group = locale.groupSeparator();
    const QString point = locale.decimalPoint();
    if (point != u"."_s) {
        // "1.250,50" in German: dots group thousands.
        if (!group.isEmpty())
            text.remove(group);
        text.replace(point, u"."_s);
    } else if (!group.isEmpty()) {
        text.remove(group);
    }
    if (text.startsWith(locale.negativeSign()) && locale.negativeSign() != u"-"_s)
        text.replace(0, locale.negativeSign().size(), u"-"_s);
    const auto value = erp::shared::Decimal::parse(text, maxScale);
    if (!value)
        return std::nullopt;
    return value->toString();
}

QString CrmText::percent(int value)
{
    return tr("%1 %").arg(QLocale().toString(value));
}

QString CrmText::date(const QString &isoDate)
{
    if (isoDate.isEmpty())
        return {};
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : isoDate;
}

QString CrmText::dateTime(const QString &timestamp)
{
    if (timestamp.isEmpty())
        return {};
    const QDateTime at = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : timestamp;
}

} // namespace erp::client
