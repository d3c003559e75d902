#include "server/platform/CsvReader.h"

#include <QStringDecoder>

namespace erp::server {

CsvReader::CsvReader(const QByteArray &data, qsizetype maxFields)
    : m_maxFields(maxFields)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(data);
    m_validUtf8 = !decoder.hasError();
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    const qsizetype headerEnd = text.indexOf(u'\n');
    const QStringView header = QStringView(text).left(headerEnd < 0 ? text.size() : headerEnd);
    if (header.contains(u';') && !header.contains(u','))
        m_separator = u';';

    Record record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    record.line = 1;
    const auto endField = [&] {
        if (record.fields.size() < m_maxFields)
            record.fields << field;
        ++record.fieldCount;
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        // A blank line is no record.
        if (!(record.fieldCount == 1 && record.fields.first().isEmpty()))
            m_records << record;
        record = Record();
        record.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == m_separator) {
            endField();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue;   // the \n ends the record
        } else if (c == u'\n') {
            ++line;
            endRecord();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        m_unterminatedLine = record.line;
    if (fieldStarted || !field.isEmpty() || record.fieldCount > 0)
        endRecord();
}

} // namespace erp::server
