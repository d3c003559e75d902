#include "client/ui/KeyboardShortcutsDialog.h"

#include "client/ui/Page.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {

// "&Export to CSV…" -> "Export to CSV"; "R&&D" -> "R&D".
QString plainText(QString text)
{
    text.replace(u"&&"_s, QString(QChar(0xE000)));
    text.remove(u'&');
    text.replace(QChar(0xE000), u'&');
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

void addMenu(QMenu *menu, const QString &group, QList<KeyboardShortcutsDialog::Entry> *entries, QSet<QAction *> *seen)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenu(action->menu(), group, entries, seen);
            continue;
        }
        if (action->isSeparator() || seen->contains(action))
            continue;
        seen->insert(action);
        for (const QKeySequence &key : action->shortcuts())
            if (!key.isEmpty())
                entries->append({group, plainText(action->text()), key});
    }
}

} // namespace

QList<KeyboardShortcutsDialog::Entry> KeyboardShortcutsDialog::collect(QWidget *window)
{
    QList<Entry> entries;
    QSet<QAction *> seen;
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *top : main->menuBar()->actions())
            if (top->menu())
                addMenu(top->menu(), plainText(top->text()), &entries, &seen);
    }
    // The rest: each page's own actions (tool bars, list keys), under its title.
    const auto actions = window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (seen.contains(action) || action->isSeparator())
            continue;
        seen.insert(action);
        QString group;
        for (QObject *o = action->parent(); o && group.isEmpty(); o = o->parent())
            if (auto *page = qobject_cast<Page *>(o))
                group = page->title();
        if (group.isEmpty())
            group = tr("Window");
        for (const QKeySequence &key : action->shortcuts())
            if (!key.isEmpty())
                entries.append({group, plainText(action->text()), key});
    }
    return entries;
}

KeyboardShortcutsDialog::KeyboardShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"keyboardShortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *intro = new QLabel(tr("In lists, the arrow keys move between rows and Enter opens the selected row; "
                                "Tab moves on to the next field or button. Each page keeps its shortcut "
                                "whichever pages your roles show."),
                             this);
    intro->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"shortcutFilter"_s);
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("&Find:"), this);
    filterLabel->setBuddy(m_filter);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"shortcutList"_s);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    QFont groupFont = m_list->font();
    groupFont.setBold(true);
    QTreeWidgetItem *groupItem = nullptr;
    QString group;
    for (const Entry &entry : collect(window)) {
        if (!groupItem || entry.group != group) {
            group = entry.group;
            groupItem = new QTreeWidgetItem(m_list, {group});
            groupItem->setFont(0, groupFont);
            groupItem->setFirstColumnSpanned(true);
            groupItem->setFlags(Qt::ItemIsEnabled);
            groupItem->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(groupItem, {entry.text, entry.shortcut.toString(QKeySequence::NativeText)});
        item->setData(1, Qt::UserRole, entry.shortcut.toString(QKeySequence::PortableText));
    }
    m_list->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &KeyboardShortcutsDialog::filter);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filterRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 560);
}

void KeyboardShortcutsDialog::filter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *groupItem = m_list->topLevelItem(g);
        const bool groupMatches = groupItem->text(0).contains(needle, Qt::CaseInsensitive);
        int visible = 0;
        for (int i = 0; i < groupItem->childCount(); ++i) {
            QTreeWidgetItem *item = groupItem->child(i);
            const bool match = needle.isEmpty() || groupMatches || item->text(0).contains(needle, Qt::CaseInsensitive)
                || item->text(1).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            visible += match ? 1 : 0;
        }
        groupItem->setHidden(visible == 0);
    }
}

} // namespace erp::client
