#include "client/ui/NumberValidator.h"

#include "client/core/LocaleFormat.h"
#include "shared/Decimal.h"

#include <QLineEdit>

namespace erp::client {

NumberValidator::NumberValidator(int maxScale, bool allowNegative, QObject *parent)
    : QValidator(parent)
    , m_maxScale(maxScale)
    , m_allowNegative(allowNegative)
{
    setLocale(QLocale());
}

void NumberValidator::setMaxScale(int maxScale)
{
    if (m_maxScale == maxScale)
        return;
    m_maxScale = maxScale;
    emit changed();
}

QValidator::State NumberValidator::validate(QString &input, int &) const
{
    for (const QChar c : std::as_const(input))
        if (!LocaleFormat::isNumberCharacter(c))
            return Invalid;
    return LocaleFormat::parseDecimal(input, m_maxScale, m_allowNegative, locale()).ok() ? Acceptable : Intermediate;
}

void NumberValidator::relocalise(QLineEdit *edit)
{
    const QLocale now;
    if (locale() == now)
        return;
    // Every decimal typed is carried over (more than allowed is still
    // reported on saving) and so is a minus sign.
    const auto read = LocaleFormat::parseDecimal(edit->text(), erp::shared::Decimal::MaxScale, true, locale());
    setLocale(now);
    // Only what reads as a number is rewritten; anything else stays for the
    // user to correct.
    if (read.ok()) {
        const bool modified = edit->isModified();
        edit->setText(LocaleFormat::decimalForEditing(read.decimal, now));
        edit->setModified(modified);
    }
}

} // namespace erp::client
