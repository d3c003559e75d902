#include "client/ui/purchasing/RejectOrderDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace erp::client {

RejectOrderDialog::RejectOrderDialog(const QStringList &orderNumbers, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"rejectOrderDialog"_s);
    setWindowTitle(tr("Reject Purchase Order"));
    m_heading = new QLabel(tr("Reject %1 and send it back to its buyer as a draft.")
                               .arg(QLocale().createSeparatedList(orderNumbers)),
                           this);
    m_heading->setWordWrap(true);
    auto *label = new QLabel(tr("&Reason for the buyer (required):"), this);
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(u"rejectCommentEdit"_s);
    m_comment->setTabChangesFocus(true);
    label->setBuddy(m_comment);
    m_hint = new QLabel(tr("The buyer sees this reason; say what to change."), this);
    m_hint->setObjectName(u"rejectHint"_s);
    m_hint->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_reject = m_buttons->addButton(tr("Reject"), QDialogButtonBox::AcceptRole);
    m_reject->setObjectName(u"rejectButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!comment().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &RejectOrderDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(label);
    layout->addWidget(m_comment, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    resize(460, 260);
    updateButton();
}

QString RejectOrderDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

void RejectOrderDialog::updateButton()
{
    m_reject->setEnabled(!comment().isEmpty());
}

} // namespace erp::client
