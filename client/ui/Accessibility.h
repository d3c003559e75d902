#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QWidget>

namespace erp::client {

// What the client does for screen readers and keyboard users in every
// window, so pages and forms need not repeat it.
//
// Names for the controls a screen reader would otherwise read as "edit",
// "list" or "button" (Orca, Narrator, VoiceOver read Qt's accessibility
// tree, where a control's name is its accessibleName or its buddy label).
// An application-wide event filter completes, whenever a widget is shown:
// - a combo box's drop-down list and editable line, and a spin box's inner
//   line, take the box's name (its buddy label, tooltip or placeholder);
// - a button without text (an icon) takes its tooltip;
// - a tool bar's overflow button is "More actions".
// Names the code sets itself always win.
//
// Size: a dialog opens at least as tall as its wrapped texts need (large
// fonts).
//
// Focus: when a dialog closes, focus goes back to the control that had it
// before the dialog opened (the table row, the card), also where the
// window system would not do it.
//
// Installed like PlainTextLabels:
// when the application object is created, and again by the shared widgets.
class Accessibility : public QObject
{
    Q_OBJECT

public:
    static void install();
    // Completes the names of widget and its children now (tests, and
    // widgets shown before install()).
    static void complete(QWidget *widget);
    // The name a screen reader reads for widget: its accessible name, else
    // its buddy label's text without accelerator and colon, else its tooltip.
    static QString nameOf(const QWidget *widget);

    // Status messages reach assistive technology, not only the screen:
    // announceStatus for what just happened ("Saved."), announceAlert for
    // what went wrong (a refused move, a save error). source is the label
    // or bar that shows the text; its accessible name becomes the text.
    static void announceStatus(QWidget *source, const QString &text);
    static void announceAlert(QWidget *source, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
    void dialogShown(QWidget *dialog);
    void dialogHidden(QWidget *dialog);
    QHash<QWidget *, QPointer<QWidget>> m_focusBeforeDialog;
};

} // namespace erp::client
