#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QPushButton;
class QTableWidget;

namespace erp::client {

// Shown when saving hit 412: someone else changed the record since it was
// opened. Lists each field with the user's value next to the value on the
// server now (differences highlighted), and makes the user choose: Reload
// (take the server's record, lose own edits) or Overwrite (save own values
// over the other change, deliberately). Cancel keeps editing.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    struct Field
    {
        QString label;
        QString mine;
        QString theirs;
        bool differs() const { return mine != theirs; }
    };
    enum Choice { KeepEditing = 0, Reload = 1, Overwrite = 2 };

    explicit ConflictDialog(const QString &recordName, const QList<Field> &fields, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *overwriteButton() const { return m_overwrite; }
    QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void choose(Choice choice);

    QString m_recordName;
    QList<Field> m_fields;
    Choice m_choice = KeepEditing;
    QLabel *m_text = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_overwrite = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace erp::client
