#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace erp::client {

// The one place where the client turns numbers and dates into text in the
// user's language and reads them back. The language the user chose is the
// default QLocale (LanguageManager sets it), so every function takes the
// default unless a locale is passed.
//
// Money and quantities travel as the API's decimal strings ("1250.50",
// erp::shared::Decimal) and are never converted through a double.
//
// Reading is strict on purpose: "1.250,50" and "1250,50" are accepted in
// German, "1,250.50" and "1250.50" in English; anything a person could have
// meant two ways (a group separator that does not separate groups of three
// digits, two decimal marks, a separator of another language, letters, more
// decimals than allowed) is refused with a message that shows the expected
// form in the user's language. Nothing is dropped or guessed.
class LocaleFormat
{
    Q_DECLARE_TR_FUNCTIONS(erp::client::LocaleFormat)

public:
    enum class Problem {
        None,
        Empty,
        InvalidCharacter, // a letter or a symbol that no number contains
        ForeignSeparator, // '.', ',' or a space this language does not use in numbers
        MisplacedSeparator, // a group separator not between groups of three digits
        SeveralDecimalMarks,
        Malformed, // "-", ",5", "12,": no digits on one side
        TooManyDecimals,
        TooLarge,
        Negative,
        InvalidDate,
    };

    // What the user typed, read. On success `decimal` is the API's form
    // ("1250.50", with as many decimals as typed); otherwise `message` says
    // what is wrong and how to write it, in the user's language.
    struct Number
    {
        QString decimal;
        Problem problem = Problem::None;
        QString message;
        bool ok() const { return problem == Problem::None; }
    };

    struct Date
    {
        QDate date;
        QString message;
        bool ok() const { return date.isValid(); }
    };

    struct DateTime
    {
        QDateTime dateTime; // local time
        QString message;
        bool ok() const { return dateTime.isValid(); }
    };

    // --- reading what the user typed ---
    // A number with at most maxScale decimals (0: whole numbers only).
    static Number parseDecimal(const QString &text, int maxScale, bool allowNegative = true,
                               const QLocale &locale = QLocale());
    // Money: not negative, at most the currency's minor units and at most
    // maxScale decimals (the column's scale).
    static Number parseAmount(const QString &text, const QString &currency, int maxScale = 2,
                              const QLocale &locale = QLocale());
    // A quantity: not negative, at most `scale` decimals.
    static Number parseQuantity(const QString &text, int scale, const QLocale &locale = QLocale());
    // A percentage, with or without the percent sign: "12,5 %" -> "12.5".
    static Number parsePercent(const QString &text, int maxScale, const QLocale &locale = QLocale());
    // A count: a whole number, not negative ("1.250" in German is 1250).
    static Number parseCount(const QString &text, const QLocale &locale = QLocale());
    // A date in the language's short form with a four- or two-digit year, or ISO 8601.
    static Date parseDate(const QString &text, const QLocale &locale = QLocale());
    static DateTime parseDateTime(const QString &text, const QLocale &locale = QLocale());

    // --- showing values ---
    // "1.250,5" in German (grouped), with at least minScale decimals.
    static QString decimal(const QString &apiDecimal, int minScale = 0, const QLocale &locale = QLocale());
    // The same value for an edit field: no grouping ("1250,50").
    static QString decimalForEditing(const QString &apiDecimal, const QLocale &locale = QLocale());
    // "1.250,50 EUR" in German; the currency's minor units (JPY: "1.250 JPY")
    // unless the value has more. Empty value -> "".
    static QString amount(const QString &apiDecimal, const QString &currency, const QLocale &locale = QLocale());
    static QString count(qint64 value, const QLocale &locale = QLocale());
    // A JSON number (a count, a score; never money): grouped, up to six decimals.
    static QString number(double value, const QLocale &locale = QLocale());
    static QString percent(qint64 value, const QLocale &locale = QLocale());
    static QString percent(const QString &apiDecimal, const QLocale &locale = QLocale());
    // Dates always with a four-digit year ("31.03.2031", "3/31/2031").
    static QString date(const QDate &date, const QLocale &locale = QLocale());
    static QString date(const QString &isoDate, const QLocale &locale = QLocale());
    // In the user's time zone, short form with a four-digit year.
    static QString dateTime(const QDateTime &at, const QLocale &locale = QLocale());
    static QString dateTime(const QString &rfc3339, const QLocale &locale = QLocale());

    // Formats for QDateEdit/QDateTimeEdit: the short form with a four-digit year.
    static QString dateFormat(const QLocale &locale = QLocale());
    static QString dateTimeFormat(const QLocale &locale = QLocale());

    // How a number with `scale` decimals is written: "1.234,56 or 1234,56".
    static QString example(int scale, const QLocale &locale = QLocale());
    // Characters that can appear in a number in any language we read
    // (digits, '.', ',', apostrophes, spaces, minus signs): what an input
    // validator lets through so a wrong separator is explained, not dropped.
    static bool isNumberCharacter(QChar c);

private:
    static QString misplacedSeparator(const QLocale &locale, const QString &like);
};

} // namespace erp::client
