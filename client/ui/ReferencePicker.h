#pragma once

#include <QJsonObject>
#include <QLineEdit>
#include <QPointer>

#include <functional>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace erp::client {

class ApiClient;
class ApiReply;

// A field that refers to one record of a resource (an account, a contact, a
// product, ...). The user types part of a name; the server searches
// (GET <path>?q=...) and a completer lists what it found, however many
// records exist. Down arrow and Enter pick one by keyboard alone. The field
// then shows the chosen record's name; emptying it clears the reference.
// Typing without picking and leaving the field puts the chosen name back, so
// what is shown is always what will be saved.
class ReferencePicker : public QLineEdit
{
    Q_OBJECT

public:
    explicit ReferencePicker(QWidget *parent = nullptr);

    // The resource to search ("/accounts") and the item key shown as its name.
    void setSource(ApiClient *api, const QString &path, const QString &nameKey = QStringLiteral("name"));

    qint64 id() const { return m_id; }
    QString name() const { return m_name; }
    // Shows an existing reference (a record being edited); 0 clears.
    void setValue(qint64 id, const QString &name);
    void clearValue();

    // Whether a search is running (tests and busy indicators).
    bool isSearching() const { return m_reply != nullptr; }
    QCompleter *completer() const { return m_completer; }
    // Matches of the last search, in the order the server sent them.
    int resultCount() const;

    static constexpr int ResultLimit = 20;

    // How a match reads in the list and, once picked, in the field (default:
    // the name key), e.g. "SKU-1 · Blue pen" for products.
    void setItemText(std::function<QString(const QJsonObject &)> itemText) { m_itemText = std::move(itemText); }
    // The chosen record as the search listed it; empty after setValue() or clearing.
    QJsonObject record() const { return m_record; }

Q_SIGNALS:
    // The chosen record changed (picked, cleared or set); 0 means none.
    void idChanged(qint64 id);
    // A search finished and its matches are listed.
    void resultsShown(int count);
    // The user picked a record from the list (record() holds it).
    void picked(const QJsonObject &record);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void search();
    void pick(const QModelIndex &index);
    void restoreText();
    void retranslate();

    QPointer<ApiClient> m_api;
    QString m_path;
    QString m_nameKey;
    QCompleter *m_completer;
    QStandardItemModel *m_results;
    QTimer *m_debounce;
    QPointer<ApiReply> m_reply;
    qint64 m_id = 0;
    QString m_name;
    std::function<QString(const QJsonObject &)> m_itemText;
    QJsonObject m_record;
};

} // namespace erp::client
