#include "client/ui/Accessibility.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLayout>
#include <QStackedWidget>
#include <QTabWidget>
#include <QDialog>
#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {

QPointer<Accessibility> g_filter;
// The name this filter gave a widget; a name the code set differs from it
// and is never replaced.
constexpr char DerivedName[] = "erpDerivedAccessibleName";

QString cleanLabel(QString text)
{
    text.remove(QRegularExpression(u"&(?!&)"_s));
    text = text.simplified();
    if (text.endsWith(u':'))
        text.chop(1);
    return text.trimmed();
}

bool ownName(const QWidget *w)
{
    return !w->accessibleName().isEmpty() && w->accessibleName() != w->property(DerivedName).toString();
}

void derive(QWidget *w, const QString &name)
{
    if (!w || ownName(w) || name.isEmpty() || w->accessibleName() == name)
        return;
    w->setProperty(DerivedName, name);
    w->setAccessibleName(name);
}

QLabel *buddyOf(const QWidget *widget)
{
    QWidget *top = widget->window();
    const auto labels = top->findChildren<QLabel *>();
    for (QLabel *l : labels)
        if (l->buddy() == widget)
            return l;
    return nullptr;
}

// The layout that holds widget itself (nested layouts included).
QLayout *layoutHolding(QLayout *layout, QWidget *widget)
{
    if (!layout)
        return nullptr;
    if (layout->indexOf(widget) >= 0)
        return layout;
    for (int i = 0; i < layout->count(); ++i)
        if (QLayout *found = layoutHolding(layout->itemAt(i)->layout(), widget))
            return found;
    return nullptr;
}

// What a table or list shows, read from the form around it: the label
// just before it in its layout, else its group box's title, else its tab.
QString captionOf(QWidget *view)
{
    if (QLabel *buddy = buddyOf(view))
        return cleanLabel(buddy->text());
    for (QWidget *child = view, *parent = view->parentWidget(); parent; child = parent, parent = parent->parentWidget()) {
        if (QLayout *layout = layoutHolding(parent->layout(), child)) {
            const int at = layout->indexOf(child);
            for (int i = at - 1; at > 0 && i >= 0; --i) {
                if (auto *label = qobject_cast<QLabel *>(layout->itemAt(i)->widget())) {
                    if (!label->text().isEmpty() && label->isVisibleTo(parent))
                        return cleanLabel(label->text());
                } else if (auto *check = qobject_cast<QCheckBox *>(layout->itemAt(i)->widget())) {
                    // "[x] From: [date]": the check box names the field after it.
                    return Accessibility::nameOf(check).isEmpty() ? cleanLabel(check->text())
                                                                  : Accessibility::nameOf(check);
                } else if (layout->itemAt(i)->widget()) {
                    break; // another control lies between
                }
            }
        }
        if (auto *box = qobject_cast<QGroupBox *>(parent); box && !box->title().isEmpty())
            return cleanLabel(box->title());
        if (auto *stack = qobject_cast<QStackedWidget *>(parent))
            if (auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget())) {
                const int index = tabs->indexOf(child);
                if (index >= 0)
                    return cleanLabel(tabs->tabText(index));
            }
        if (parent->isWindow())
            break;
    }
    return {};
}

void completeOne(QWidget *w)
{
    // A field whose label was set as its buddy but which a layout moved into
    // a container of its own (RecordForm puts each field in a box with its
    // error line): Qt looks for the buddy only among the siblings.
    if (w->focusPolicy() != Qt::NoFocus && !ownName(w)) {
        QLabel *buddy = buddyOf(w);
        if (buddy && buddy->parentWidget() != w->parentWidget())
            derive(w, cleanLabel(buddy->text()));
    }
    if (auto *view = qobject_cast<QAbstractItemView *>(w);
        view && !qobject_cast<QComboBox *>(view->parentWidget()) && !ownName(view)) {
        derive(view, captionOf(view));
        return;
    }
    if (auto *tabs = qobject_cast<QTabWidget *>(w); tabs && !ownName(tabs)) {
        const QString caption = captionOf(tabs);
        derive(tabs, caption.isEmpty() ? Accessibility::tr("Sections") : caption);
        return;
    }
    if (auto *label = qobject_cast<QLabel *>(w); label && label->focusPolicy() != Qt::NoFocus && !ownName(label)) {
        // A selectable value (a barcode) is named by its label.
        derive(label, captionOf(label));
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(w)) {
        if (ownName(combo) || buddyOf(combo)) {
            // named
        } else if (!combo->toolTip().isEmpty() || !combo->placeholderText().isEmpty()) {
            derive(combo, cleanLabel(combo->toolTip().isEmpty() ? combo->placeholderText() : combo->toolTip()));
        } else if (combo->count() > 0 && combo->parentWidget()
                   && combo->parentWidget()->objectName() == u"filterBar"_s) {
            // A list's unlabelled filter: its first choice says what it
            // filters ("All stages").
            derive(combo, Accessibility::tr("Filter: %1").arg(combo->itemText(0)));
        }
        const QString name = Accessibility::nameOf(combo);
        derive(combo->view(), name.isEmpty() ? QString() : Accessibility::tr("%1 choices").arg(name));
        derive(combo->lineEdit(), name);
    } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w)) {
        if (!ownName(spin) && !buddyOf(spin))
            derive(spin, spin->toolTip().isEmpty() ? captionOf(spin) : cleanLabel(spin->toolTip()));
        derive(spin->findChild<QLineEdit *>(), Accessibility::nameOf(spin));
    } else if (auto *tool = qobject_cast<QToolButton *>(w);
               tool && tool->objectName() == u"qt_toolbar_ext_button"_s) {
        derive(tool, Accessibility::tr("More actions"));
        tool->setToolTip(Accessibility::tr("More actions"));
    } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
        if (button->text().isEmpty() && !buddyOf(button))
            derive(button, cleanLabel(button->toolTip()));
    } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
        // Last resort for a free-standing field: its placeholder ("Search").
        if (!qobject_cast<QAbstractSpinBox *>(edit->parentWidget()) && !qobject_cast<QComboBox *>(edit->parentWidget())
            && !buddyOf(edit))
            derive(edit, cleanLabel(edit->placeholderText()));
    }
}

} // namespace

void Accessibility::install()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (g_filter || !app)
        return;
    g_filter = new Accessibility(app);
    app->installEventFilter(g_filter);
}

QString Accessibility::nameOf(const QWidget *widget)
{
    if (!widget)
        return {};
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    if (QLabel *buddy = buddyOf(widget))
        return cleanLabel(buddy->text());
    if (!widget->toolTip().isEmpty())
        return cleanLabel(widget->toolTip());
    if (auto *combo = qobject_cast<const QComboBox *>(widget))
        return cleanLabel(combo->placeholderText());
    return {};
}

void Accessibility::complete(QWidget *widget)
{
    if (!widget)
        return;
    completeOne(widget);
    const auto children = widget->findChildren<QWidget *>();
    for (QWidget *child : children)
        completeOne(child);
}

void Accessibility::announceStatus(QWidget *source, const QString &text)
{
    if (!source)
        return;
    // A label's name is its text; anything else (the status bar) takes the
    // text as its name. Setting the name sends NameChanged, which screen
    // readers speak for a status bar or a live label.
    if (qobject_cast<QLabel *>(source) || source->accessibleName() == text) {
        QAccessibleEvent event(source, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    } else {
        source->setAccessibleName(text);
    }
}

void Accessibility::announceAlert(QWidget *source, const QString &text)
{
    if (!source || text.isEmpty())
        return;
    if (!qobject_cast<QLabel *>(source))
        source->setAccessibleName(text);
    QAccessibleEvent event(source, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void Accessibility::dialogShown(QWidget *dialog)
{
    // Large fonts: a dialog as tall as its wrapped texts need at its width
    // (Qt's minimum size ignores height-for-width, so hints were cut off).
    if (QLayout *layout = dialog->layout(); layout && layout->hasHeightForWidth()) {
        const int needed = layout->totalHeightForWidth(dialog->width());
        if (needed > dialog->height())
            dialog->resize(dialog->width(), needed);
    }
    QWidget *focus = QApplication::focusWidget();
    if (focus && focus->window() != dialog) {
        if (!m_focusBeforeDialog.contains(dialog))
            connect(dialog, &QObject::destroyed, this, [this, dialog] { m_focusBeforeDialog.remove(dialog); });
        m_focusBeforeDialog.insert(dialog, focus);
    }
}

void Accessibility::dialogHidden(QWidget *dialog)
{
    QPointer<QWidget> target = m_focusBeforeDialog.take(dialog);
    if (!target)
        return;
    // After the hide has finished (the window system may move focus first).
    QTimer::singleShot(0, this, [target] {
        if (!target || !target->isVisible() || !target->isEnabled())
            return;
        QWidget *now = QApplication::focusWidget();
        if (now && now->window() != target->window() && now->window()->isVisible())
            return; // the user is already elsewhere (another dialog)
        target->activateWindow();
        target->setFocus(Qt::OtherFocusReason);
    });
}

bool Accessibility::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto *w = static_cast<QWidget *>(watched);
        completeOne(w);
        if (qobject_cast<QDialog *>(w) && w->isWindow())
            dialogShown(w);
    } else if (event->type() == QEvent::Hide && qobject_cast<QDialog *>(watched)
               && static_cast<QWidget *>(watched)->isWindow()) {
        dialogHidden(static_cast<QWidget *>(watched));
    } else if (event->type() == QEvent::LanguageChange && watched->isWidgetType()) {
        // The buddy labels re-translate in their own handlers; look again after.
        QPointer<QWidget> w(static_cast<QWidget *>(watched));
        if (w->focusPolicy() != Qt::NoFocus || qobject_cast<QComboBox *>(w))
            QTimer::singleShot(0, this, [w] {
                if (w)
                    completeOne(w);
            });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace erp::client

// As soon as the application object exists, before any window is built.
static void installAccessibility()
{
    erp::client::Accessibility::install();
}
Q_COREAPP_STARTUP_FUNCTION(installAccessibility)
