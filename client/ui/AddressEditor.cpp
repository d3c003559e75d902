#include "client/ui/AddressEditor.h"

#include "client/core/ApiReply.h" // RecordForm.h's QPointer<ApiReply>
#include "client/ui/RecordForm.h"

#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace erp::client {

AddressEditor::AddressEditor(QWidget *parent)
    : QWidget(parent)
    , m_street(new QPlainTextEdit(this))
    , m_postcode(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_country(new QLineEdit(this))
    , m_streetLabel(new QLabel(this))
    , m_postcodeLabel(new QLabel(this))
    , m_cityLabel(new QLabel(this))
    , m_regionLabel(new QLabel(this))
    , m_countryLabel(new QLabel(this))
{
    setObjectName(u"addressEditor"_s);
    m_street->setObjectName(u"streetEdit"_s);
    m_postcode->setObjectName(u"postcodeEdit"_s);
    m_city->setObjectName(u"cityEdit"_s);
    m_region->setObjectName(u"regionEdit"_s);
    m_country->setObjectName(u"countryEdit"_s);
    m_street->setTabChangesFocus(true);
    // Two lines of street, no more: an address is not a note.
    const int lines = 2 * m_street->fontMetrics().lineSpacing() + 2 * m_street->frameWidth() + 8;
    m_street->setFixedHeight(lines);
    m_postcode->setMaxLength(20);
    m_city->setMaxLength(100);
    m_region->setMaxLength(100);
    m_country->setMaxLength(100);
    // A postcode is short: room for about ten characters, the rest for the city.
    m_postcode->setMinimumWidth(m_postcode->fontMetrics().horizontalAdvance(u"M"_s) * 6);
    m_postcode->setMaximumWidth(m_postcode->fontMetrics().horizontalAdvance(u"0"_s) * 12 + 16);

    m_streetLabel->setBuddy(m_street);
    m_postcodeLabel->setBuddy(m_postcode);
    m_cityLabel->setBuddy(m_city);
    m_regionLabel->setBuddy(m_region);
    m_countryLabel->setBuddy(m_country);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    grid->addWidget(m_streetLabel, 0, 0, Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(m_street, 0, 1, 1, 3);
    grid->addWidget(m_postcodeLabel, 1, 0);
    grid->addWidget(m_postcode, 1, 1);
    grid->addWidget(m_cityLabel, 1, 2);
    grid->addWidget(m_city, 1, 3);
    grid->addWidget(m_regionLabel, 2, 0);
    grid->addWidget(m_region, 2, 1, 1, 3);
    grid->addWidget(m_countryLabel, 3, 0);
    grid->addWidget(m_country, 3, 1, 1, 3);
    grid->setColumnStretch(3, 1);

    connect(m_street, &QPlainTextEdit::textChanged, this, &AddressEditor::edited);
    for (QLineEdit *e : {m_postcode, m_city, m_region, m_country})
        connect(e, &QLineEdit::textEdited, this, &AddressEditor::edited);
    setTabOrder(m_street, m_postcode);
    setTabOrder(m_postcode, m_city);
    setTabOrder(m_city, m_region);
    setTabOrder(m_region, m_country);
    retranslate();
}

QStringList AddressEditor::fieldNames()
{
    return {u"street"_s, u"postcode"_s, u"city"_s, u"region"_s, u"country"_s};
}

QJsonObject AddressEditor::address() const
{
    QJsonObject o;
    const auto put = [&o](const QString &key, const QString &text) {
        o.insert(key, text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text));
    };
    put(u"street"_s, m_street->toPlainText().trimmed());
    put(u"postcode"_s, m_postcode->text().trimmed());
    put(u"city"_s, m_city->text().trimmed());
    put(u"region"_s, m_region->text().trimmed());
    put(u"country"_s, m_country->text().trimmed());
    return o;
}

void AddressEditor::setAddress(const QJsonObject &record)
{
    const QSignalBlocker block(m_street);
    m_street->setPlainText(record.value(u"street"_s).toString());
    m_postcode->setText(record.value(u"postcode"_s).toString());
    m_city->setText(record.value(u"city"_s).toString());
    m_region->setText(record.value(u"region"_s).toString());
    m_country->setText(record.value(u"country"_s).toString());
}

void AddressEditor::setReadOnly(bool readOnly)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_street, m_postcode, m_city, m_region, m_country})
        RecordForm::showReadOnly(w, readOnly);
}

QWidget *AddressEditor::fieldWidget(const QString &field) const
{
    if (field == u"street")
        return m_street;
    if (field == u"postcode")
        return m_postcode;
    if (field == u"city")
        return m_city;
    if (field == u"region")
        return m_region;
    if (field == u"country")
        return m_country;
    return nullptr;
}

QLabel *AddressEditor::fieldLabel(const QString &field) const
{
    if (field == u"street")
        return m_streetLabel;
    if (field == u"postcode")
        return m_postcodeLabel;
    if (field == u"city")
        return m_cityLabel;
    if (field == u"region")
        return m_regionLabel;
    if (field == u"country")
        return m_countryLabel;
    return nullptr;
}

QString AddressEditor::singleLine(const QJsonObject &record)
{
    QStringList parts;
    const QString street = record.value(u"street"_s).toString().simplified();
    if (!street.isEmpty())
        parts << street;
    const QString place
        = QString(record.value(u"postcode"_s).toString() + u' ' + record.value(u"city"_s).toString()).trimmed();
    if (!place.isEmpty())
        parts << place;
    for (const QString &key : {u"region"_s, u"country"_s})
        if (!record.value(key).toString().isEmpty())
            parts << record.value(key).toString();
    return parts.join(u", "_s);
}

void AddressEditor::retranslate()
{
    m_streetLabel->setText(tr("&Street:"));
    m_postcodeLabel->setText(tr("Post&code:"));
    m_cityLabel->setText(tr("Ci&ty:"));
    m_regionLabel->setText(tr("Re&gion:"));
    m_countryLabel->setText(tr("Countr&y:"));
}

void AddressEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace erp::client
