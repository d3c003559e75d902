#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace erp::client {

// Asks why an order is rejected. The comment is required (the server
// refuses a rejection without one): Reject stays disabled until there is
// text, so an empty rejection cannot be sent.
class RejectOrderDialog : public QDialog
{
    Q_OBJECT

public:
    // orderNumbers: what is being rejected, shown in the heading.
    RejectOrderDialog(const QStringList &orderNumbers, QWidget *parent = nullptr);

    QString comment() const;
    QPlainTextEdit *commentEdit() const { return m_comment; }
    QPushButton *rejectButton() const { return m_reject; }

private:
    void updateButton();

    QLabel *m_heading;
    QPlainTextEdit *m_comment;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
    QPushButton *m_reject;
};

} // namespace erp::client
