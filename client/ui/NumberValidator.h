#pragma once

#include <QLocale>
#include <QValidator>

class QLineEdit;

namespace erp::client {

// Input validator for numbers typed in the user's language (LocaleFormat):
// letters and symbols cannot be typed at all; separators of any language can,
// so that "1250.50" typed in German is explained on saving instead of being
// silently read as 125050 because the '.' was swallowed. Acceptable only
// when LocaleFormat reads the text.
class NumberValidator : public QValidator
{
    Q_OBJECT

public:
    NumberValidator(int maxScale, bool allowNegative, QObject *parent = nullptr);

    void setMaxScale(int maxScale);
    int maxScale() const { return m_maxScale; }

    State validate(QString &input, int &pos) const override;

    // After the language changed: rewrites what the edit shows from the
    // validator's locale into the default one ("1250,50" -> "1250.50") when
    // it reads as a number, and adopts the default locale.
    void relocalise(QLineEdit *edit);

private:
    int m_maxScale;
    bool m_allowNegative;
};

} // namespace erp::client
