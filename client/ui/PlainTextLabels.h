#pragma once

#include <QObject>

class QLabel;

namespace erp::client {

// Every label of the client shows plain text. A QLabel left at Qt::AutoText
// renders anything that looks like HTML, so a record title another user typed
// as `<a href=...>Session expired, click here</a>` would become a link in a
// dialog. The client never needs rich text in a label, so an application-wide
// event filter turns every label (those inside message boxes and wizards
// included) to Qt::PlainText before it is first shown. Installed when the
// application object is created, and again (idempotently) by the widgets
// that show user data, so no label can slip through.
class PlainTextLabels : public QObject
{
    Q_OBJECT

public:
    static void install();
    // For a label created and shown before install() ran (or by code that
    // must not wait for the first show).
    static void apply(QLabel *label);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace erp::client
