#include "client/ui/crm/PipelineCardAccessibility.h"

#include "client/ui/crm/PipelineColumn.h"
#include "client/ui/crm/PipelineColumnModel.h"

#include <QAccessibleActionInterface>
#include <QAccessibleWidget>
#include <QHash>
#include <QKeySequence>
#include <QListView>
#include <QPointer>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {

PipelineColumn *columnOf(const QListView *view)
{
    return view ? qobject_cast<PipelineColumn *>(view->parentWidget()) : nullptr;
}

// One card, identified by its lead (rows change as cards move).
class CardInterface : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    CardInterface(QListView *view, qint64 leadId)
        : m_view(view)
        , m_leadId(leadId)
    {
    }

    qint64 leadId() const { return m_leadId; }
    int row() const
    {
        PipelineColumn *column = columnOf(m_view);
        return column ? column->model()->rowOfId(m_leadId) : -1;
    }
    QModelIndex index() const
    {
        const int r = row();
        return r >= 0 ? m_view->model()->index(r, 0) : QModelIndex();
    }

    bool isValid() const override { return m_view && row() >= 0; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_view.data()); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    void setText(QAccessible::Text, const QString &) override { }
    QAccessible::Role role() const override { return QAccessible::ListItem; }

    QRect rect() const override
    {
        const QModelIndex i = index();
        if (!i.isValid())
            return {};
        const QRect r = m_view->visualRect(i);
        return QRect(m_view->viewport()->mapToGlobal(r.topLeft()), r.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        const QModelIndex i = index();
        if (!i.isValid()) {
            s.invalid = true;
            return s;
        }
        s.focusable = true;
        s.selectable = true;
        s.focused = m_view->hasFocus() && m_view->currentIndex() == i;
        s.selected = m_view->selectionModel() && m_view->selectionModel()->isSelected(i);
        s.active = s.focused;
        s.offscreen = !m_view->viewport()->rect().intersects(m_view->visualRect(i));
        s.busy = i.data(PipelineColumnModel::PendingRole).toBool();
        return s;
    }

    QString text(QAccessible::Text t) const override
    {
        const QModelIndex i = index();
        PipelineColumn *column = columnOf(m_view);
        if (!i.isValid() || !column)
            return {};
        if (t == QAccessible::Name) {
            // What a sighted user reads on the card, and where it lies.
            QStringList parts {i.data(PipelineColumnModel::TitleRole).toString()};
            for (const QString &part : {i.data(PipelineColumnModel::CompanyRole).toString(),
                                        i.data(PipelineColumnModel::ValueRole).toString()})
                if (!part.isEmpty())
                    parts << part;
            parts << PipelineCardAccessibility::tr("stage %1").arg(column->name());
            if (i.data(PipelineColumnModel::PendingRole).toBool())
                parts << PipelineCardAccessibility::tr("moving");
            return parts.join(u", "_s);
        }
        if (t == QAccessible::Description) {
            const QString owner = i.data(PipelineColumnModel::OwnerRole).toString();
            const QString keys = PipelineCardAccessibility::tr(
                "Ctrl+Left or Ctrl+Right moves the lead to the neighbouring stage; Enter opens it.");
            return owner.isEmpty() ? keys : PipelineCardAccessibility::tr("Owner %1. %2").arg(owner, keys);
        }
        return {};
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
    }

    // --- actions ---
    QStringList actionNames() const override
    {
        return {PipelineCardAccessibility::moveLeftAction(), PipelineCardAccessibility::moveRightAction(),
                QAccessibleActionInterface::pressAction(), QAccessibleActionInterface::setFocusAction()};
    }

    QString localizedActionName(const QString &name) const override
    {
        if (name == PipelineCardAccessibility::moveLeftAction())
            return PipelineCardAccessibility::tr("Move left");
        if (name == PipelineCardAccessibility::moveRightAction())
            return PipelineCardAccessibility::tr("Move right");
        if (name == pressAction())
            return PipelineCardAccessibility::tr("Open");
        return QAccessibleActionInterface::localizedActionName(name);
    }

    QString localizedActionDescription(const QString &name) const override
    {
        if (name == PipelineCardAccessibility::moveLeftAction())
            return PipelineCardAccessibility::tr("Moves the lead to the previous stage");
        if (name == PipelineCardAccessibility::moveRightAction())
            return PipelineCardAccessibility::tr("Moves the lead to the next stage");
        if (name == pressAction())
            return PipelineCardAccessibility::tr("Opens the lead");
        return QAccessibleActionInterface::localizedActionDescription(name);
    }

    QStringList keyBindingsForAction(const QString &name) const override
    {
        // The board's own keys, so both ways are the same.
        if (name == PipelineCardAccessibility::moveLeftAction())
            return {QKeySequence(Qt::CTRL | Qt::Key_Left).toString(QKeySequence::NativeText)};
        if (name == PipelineCardAccessibility::moveRightAction())
            return {QKeySequence(Qt::CTRL | Qt::Key_Right).toString(QKeySequence::NativeText)};
        if (name == pressAction())
            return {QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)};
        return {};
    }

    void doAction(const QString &name) override
    {
        PipelineColumn *column = columnOf(m_view);
        if (!column || row() < 0)
            return;
        if (name == PipelineCardAccessibility::moveLeftAction())
            emit column->moveRequested(m_leadId, -1);
        else if (name == PipelineCardAccessibility::moveRightAction())
            emit column->moveRequested(m_leadId, 1);
        else if (name == pressAction())
            emit column->openRequested(m_leadId);
        else if (name == setFocusAction())
            column->focusLead(m_leadId);
    }

private:
    QPointer<QListView> m_view;
    qint64 m_leadId;
};

// A stage's card list: its children are the cards, in row order (what the
// list view's own focus events count).
class CardListInterface : public QAccessibleWidget
{
public:
    explicit CardListInterface(QListView *view)
        : QAccessibleWidget(view, QAccessible::List)
    {
    }

    ~CardListInterface() override
    {
        for (QAccessible::Id id : std::as_const(m_cards))
            QAccessible::deleteAccessibleInterface(id);
    }

    QListView *view() const { return static_cast<QListView *>(widget()); }

    int childCount() const override { return view()->model() ? view()->model()->rowCount() : 0; }

    QAccessibleInterface *child(int index) const override
    {
        if (index < 0 || index >= childCount())
            return nullptr;
        const qint64 leadId = view()->model()->index(index, 0).data(PipelineColumnModel::IdRole).toLongLong();
        if (const QAccessible::Id id = m_cards.value(leadId))
            if (QAccessibleInterface *iface = QAccessible::accessibleInterface(id))
                return iface;
        auto *card = new CardInterface(view(), leadId);
        m_cards.insert(leadId, QAccessible::registerAccessibleInterface(card));
        return card;
    }

    int indexOfChild(const QAccessibleInterface *child) const override
    {
        for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it)
            if (QAccessible::accessibleInterface(it.value()) == child)
                return static_cast<const CardInterface *>(child)->row();
        return -1;
    }

    QAccessibleInterface *childAt(int x, int y) const override
    {
        const QPoint local = view()->viewport()->mapFromGlobal(QPoint(x, y));
        const QModelIndex i = view()->indexAt(local);
        return i.isValid() ? child(i.row()) : nullptr;
    }

    QAccessibleInterface *focusChild() const override
    {
        const QModelIndex current = view()->currentIndex();
        return view()->hasFocus() && current.isValid() ? child(current.row()) : nullptr;
    }

private:
    mutable QHash<qint64, QAccessible::Id> m_cards;
};

QAccessibleInterface *cardListFactory(const QString &className, QObject *object)
{
    if (className != u"QListView"_s || !object || object->objectName() != u"cards"_s)
        return nullptr;
    auto *view = qobject_cast<QListView *>(object);
    return view && columnOf(view) ? new CardListInterface(view) : nullptr;
}

} // namespace

void PipelineCardAccessibility::install()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    QAccessible::installFactory(cardListFactory);
}

} // namespace erp::client
