#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace erp::client {

// The detail pane of the audit log: who did what when, and the record's
// before/after values side by side with the changed fields highlighted.
class AuditDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit AuditDetailView(QWidget *parent = nullptr);

    void setEntry(const QJsonObject &entry);
    QJsonObject entry() const { return m_entry; }
    QTreeWidget *changes() const { return m_changes; }

    // Every record type the server audits, in the order the filter offers them.
    static QStringList auditedEntities();
    static QString entityText(const QString &entity);
    static QString actionText(const QString &action);
    static QString fieldText(const QString &field);
    // What people call the entry's record: "Session of Sam Sales",
    // "Lead “Website relaunch”"; "Lead 4" when the server knows no name.
    static QString recordText(const QJsonObject &entry);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QJsonObject m_entry;
    QLabel *m_heading;
    QLabel *m_meta;
    QTreeWidget *m_changes;
    QLabel *m_placeholder;
};

} // namespace erp::client
