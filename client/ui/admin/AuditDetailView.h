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

    static QString entityText(const QString &entity);
    static QString actionText(const QString &action);

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
