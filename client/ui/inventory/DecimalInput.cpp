#include "client/ui/inventory/DecimalInput.h"

#include "client/core/LocaleFormat.h"
#include "client/ui/NumberValidator.h"
#include "shared/Decimal.h"

#include <QLineEdit>

using namespace Qt::StringLiterals;
using erp::shared::Decimal;

namespace erp::client {

NumberValidator *DecimalInput::attach(QLineEdit *edit, int scale)
{
    auto *validator = new NumberValidator(scale, false, edit);
    edit->setValidator(validator);
    edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    edit->setMaxLength(32);
    return validator;
}

void DecimalInput::relocalise(QLineEdit *edit)
{
    if (auto *validator = qobject_cast<NumberValidator *>(const_cast<QValidator *>(edit->validator())))
        validator->relocalise(edit);
}

QJsonValue DecimalInput::value(const QLineEdit *edit, int scale)
{
    const QString typed = edit->text().trimmed();
    if (typed.isEmpty())
        return QJsonValue::Null;
    const auto read = LocaleFormat::parseDecimal(typed, scale, false);
    if (!read.ok())
        return typed;
    const auto decimal = Decimal::parse(read.decimal);
    const auto scaled = decimal ? decimal->rescaled(scale) : std::nullopt;
    return scaled ? scaled->toString() : read.decimal;
}

std::optional<FieldError> DecimalInput::check(const QString &field, const QLineEdit *edit, int scale,
                                              int integerDigits, bool required)
{
    const QString typed = edit->text().trimmed();
    if (typed.isEmpty()) {
        if (required)
            return FieldError {field, u"required"_s, tr("Enter a number.")};
        return std::nullopt;
    }
    const auto read = LocaleFormat::parseDecimal(typed, scale, false);
    if (!read.ok())
        return FieldError {field,
                           read.problem == LocaleFormat::Problem::Negative ? u"must_not_be_negative"_s
                                                                           : u"invalid_decimal"_s,
                           read.message};
    const auto decimal = Decimal::parse(read.decimal);
    if (!decimal || decimal->integerDigits() > integerDigits)
        return FieldError {field, u"too_large"_s,
                           tr("At most %n digit(s) before the decimal point.", nullptr, integerDigits)};
    return std::nullopt;
}

QString DecimalInput::trimmed(const QString &apiDecimal, int minScale)
{
    QString text = apiDecimal;
    const int point = text.indexOf(u'.');
    if (point >= 0) {
        int keep = text.size();
        while (keep > point + 1 + minScale && text.at(keep - 1) == u'0')
            --keep;
        if (keep == point + 1)
            keep = point;
        text.truncate(keep);
    }
    return text;
}

QString DecimalInput::forEditing(const QJsonValue &apiDecimal, int minScale)
{
    if (!apiDecimal.isString())
        return {};
    return LocaleFormat::decimalForEditing(trimmed(apiDecimal.toString(), minScale));
}

QString DecimalInput::forDisplay(const QJsonValue &apiDecimal, int minScale)
{
    if (!apiDecimal.isString())
        return {};
    return LocaleFormat::decimal(trimmed(apiDecimal.toString(), minScale), minScale);
}

} // namespace erp::client
