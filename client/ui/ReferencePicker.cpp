#include "client/ui/ReferencePicker.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeyEvent>
#include <QStandardItemModel>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int RecordRole = Qt::UserRole + 2;
}

ReferencePicker::ReferencePicker(QWidget *parent)
    : QLineEdit(parent)
    , m_nameKey(u"name"_s)
    , m_completer(new QCompleter(this))
    , m_results(new QStandardItemModel(this))
    , m_debounce(new QTimer(this))
{
    // The server has already filtered: the completer shows its matches as they are.
    m_completer->setModel(m_results);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(10);
    m_completer->setWidget(this);
    // Picked rows arrive through activated(); the completer must not write
    // into the field on its own while the user moves through the list.
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &ReferencePicker::pick);
    // One request per pause in typing, not one per key.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &ReferencePicker::search);
    connect(this, &QLineEdit::textEdited, this, &ReferencePicker::onTextEdited);
    setClearButtonEnabled(true);
    retranslate();
}

void ReferencePicker::setSource(ApiClient *api, const QString &path, const QString &nameKey)
{
    m_api = api;
    m_path = path;
    m_nameKey = nameKey;
}

int ReferencePicker::resultCount() const
{
    return m_results->rowCount();
}

void ReferencePicker::setValue(qint64 id, const QString &name)
{
    const bool changed = id != m_id;
    m_id = id > 0 ? id : 0;
    m_name = m_id ? (name.isEmpty() ? u"#%1"_s.arg(m_id) : name) : QString();
    m_record = QJsonObject();
    setText(m_name);
    if (changed)
        emit idChanged(m_id);
}

void ReferencePicker::clearValue()
{
    setValue(0, {});
}

void ReferencePicker::onTextEdited(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        // Emptying the field (typing or the clear button) removes the reference.
        m_debounce->stop();
        if (m_reply)
            m_reply->cancel();
        m_reply = nullptr;
        m_completer->popup()->hide();
        if (m_id) {
            m_id = 0;
            m_name.clear();
            m_record = QJsonObject();
            emit idChanged(0);
        }
        return;
    }
    m_debounce->start();
}

void ReferencePicker::search()
{
    m_debounce->stop();
    if (!m_api || m_path.isEmpty())
        return;
    if (m_reply)
        m_reply->cancel(); // only the newest text counts
    QUrlQuery query;
    const QString text = this->text().trimmed();
    if (!text.isEmpty() && text != m_name)
        query.addQueryItem(u"q"_s, text);
    query.addQueryItem(u"sort"_s, m_nameKey);
    query.addQueryItem(u"limit"_s, QString::number(ResultLimit));
    ApiReply *reply = m_api->get(m_path, query);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (m_reply != reply)
            return; // superseded by a newer search
        m_reply = nullptr;
        if (!reply->isSuccess())
            return; // the field keeps its value; the next keystroke searches again
        m_results->clear();
        for (const QJsonValue &v : reply->json().value(u"items"_s).toArray()) {
            const QJsonObject o = v.toObject();
            QString name = m_itemText ? m_itemText(o) : o.value(m_nameKey).toString();
            if (name.isEmpty())
                name = o.value(u"email"_s).toString();
            auto *item = new QStandardItem(name);
            item->setData(qint64(o.value(u"id"_s).toDouble()), IdRole);
            item->setData(o, RecordRole);
            item->setEditable(false);
            m_results->appendRow(item);
        }
        if (hasFocus() && m_results->rowCount() > 0)
            m_completer->complete();
        else
            m_completer->popup()->hide();
        emit resultsShown(m_results->rowCount());
    });
}

void ReferencePicker::pick(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    setValue(index.data(IdRole).toLongLong(), index.data(Qt::DisplayRole).toString());
    m_record = index.data(RecordRole).toJsonObject();
    emit picked(m_record);
}

void ReferencePicker::restoreText()
{
    if (text() != m_name)
        setText(m_name);
}

void ReferencePicker::keyPressEvent(QKeyEvent *event)
{
    // While the list is open the completer sees each key after this widget:
    // Up, Down, Enter and Escape are then the list's.
    if (m_completer->popup()->isVisible()) {
        QLineEdit::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Down:
        // Down with no list open searches now, also with an empty field:
        // the first records by name, for browsing by keyboard.
        search();
        event->accept();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Enter on typed text that was not picked yet searches now instead
        // of reaching the dialog's default button: a form is never saved
        // with a reference the field does not show.
        if (text() != m_name && !text().trimmed().isEmpty()) {
            search();
            event->accept();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (text() != m_name) {
            restoreText();
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

void ReferencePicker::focusOutEvent(QFocusEvent *event)
{
    // Opening the completer's list takes the focus for a moment (the list
    // gets the keys while it is open); only a real leave restores what was
    // chosen. A click elsewhere closes the list first.
    if (event->reason() != Qt::PopupFocusReason && !m_completer->popup()->isVisible()) {
        m_debounce->stop();
        if (!text().trimmed().isEmpty())
            restoreText();
    }
    QLineEdit::focusOutEvent(event);
}

void ReferencePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

void ReferencePicker::retranslate()
{
    // The generic hint, unless the owner gave its own ("All products"): the
    // owner retranslates that one itself, before this picker hears of the
    // language change, so only a hint this picker set is replaced.
    const QString previous = property("defaultPlaceholder").toString();
    const QString hint = tr("Type to search, Down for a list");
    if (placeholderText().isEmpty() || placeholderText() == previous)
        setPlaceholderText(hint);
    setProperty("defaultPlaceholder", hint);
}

} // namespace erp::client
