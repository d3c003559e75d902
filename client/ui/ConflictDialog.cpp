#include "client/ui/ConflictDialog.h"
#include "client/ui/ColorScheme.h"

#include "client/ui/PlainTextLabels.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace erp::client {

ConflictDialog::ConflictDialog(const QString &recordName, const QList<Field> &fields, QWidget *parent)
    : QDialog(parent)
    , m_recordName(recordName)
    , m_fields(fields)
{
    setObjectName(u"conflictDialog"_s);
    PlainTextLabels::install();
    m_text = new QLabel(this);
    // Shows the record's name and values typed by other users.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);

    m_table = new QTableWidget(int(fields.size()), 3, this);
    m_table->setObjectName(u"conflictTable"_s);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    QFont bold = font();
    bold.setBold(true);
    const QColor highlight = ColorScheme::colour(ColorScheme::Signal::Highlight); // pale amber: "look here", not "error"
    for (int row = 0; row < fields.size(); ++row) {
        const Field &f = fields[row];
        auto *label = new QTableWidgetItem(f.label);
        auto *mine = new QTableWidgetItem(f.mine);
        auto *theirs = new QTableWidgetItem(f.theirs);
        if (f.differs()) {
            for (QTableWidgetItem *item : {label, mine, theirs}) {
                item->setBackground(highlight);
                item->setForeground(ColorScheme::colour(ColorScheme::Signal::HighlightText));
            }
            label->setFont(bold);
        }
        m_table->setItem(row, 0, label);
        m_table->setItem(row, 1, mine);
        m_table->setItem(row, 2, theirs);
    }
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto *buttons = new QDialogButtonBox(this);
    m_reload = buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_reload->setObjectName(u"reloadButton"_s);
    m_overwrite = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_overwrite->setObjectName(u"overwriteButton"_s);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // Neither destructive choice is the default.
    m_cancel->setDefault(true);
    m_reload->setAutoDefault(false);
    m_overwrite->setAutoDefault(false);
    connect(m_reload, &QPushButton::clicked, this, [this] { choose(Reload); });
    connect(m_overwrite, &QPushButton::clicked, this, [this] { choose(Overwrite); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { choose(KeepEditing); });

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 360);
    retranslate();
}

void ConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == KeepEditing)
        reject();
    else
        accept();
}

void ConflictDialog::retranslate()
{
    setWindowTitle(tr("Changed by Someone Else"));
    m_text->setText(tr("Someone else changed “%1” while you were editing it. Compare the values below and "
                       "decide which to keep.")
                        .arg(m_recordName));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Your value"), tr("Saved on the server now")});
    m_table->setAccessibleName(tr("Differences"));
    m_reload->setText(tr("&Reload (Discard My Changes)"));
    m_overwrite->setText(tr("&Overwrite with My Values"));
    m_reload->setToolTip(tr("Show the record as it is on the server now. Your edits are lost."));
    m_overwrite->setToolTip(tr("Save your values, replacing the other change."));
}

void ConflictDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace erp::client
