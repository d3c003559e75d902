#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace erp::server {

// RFC 4180 CSV as spreadsheets write it: comma or (when the header has
// semicolons and no commas, as European Excel writes) semicolon separated,
// double-quoted fields with "" escapes and line breaks inside quotes, CRLF
// or LF, an optional UTF-8 byte order mark. Each record remembers the file
// line it starts on, so errors can point at it. A record keeps at most
// `maxFields` fields but counts them all, so a line of a million separators
// costs one pass and no million-entry list.
class CsvReader
{
public:
    struct Record
    {
        int line = 0;           // 1-based line where the record starts
        QStringList fields; // the first maxFields fields
        qsizetype fieldCount = 0; // all fields, kept or not
    };

    explicit CsvReader(const QByteArray &data, qsizetype maxFields = 1'000'000);

    bool isValidUtf8() const { return m_validUtf8; }
    QChar separator() const { return m_separator; }
    QList<Record> records() const { return m_records; }
    // Set when a quoted field is still open at the end of the data.
    int unterminatedQuoteLine() const { return m_unterminatedLine; }

private:
    QList<Record> m_records;
    qsizetype m_maxFields;
    QChar m_separator = u',';
    bool m_validUtf8 = true;
    int m_unterminatedLine = 0;
};

} // namespace erp::server
