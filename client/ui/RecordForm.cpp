#include "client/ui/RecordForm.h"
#include "client/ui/ColorScheme.h"

#include "client/core/ApiClient.h"
#include "client/core/ApiReply.h"
#include "client/core/ErrorText.h"
#include "client/core/LocaleFormat.h"
#include "client/ui/Accessibility.h"
#include "client/ui/BusyIndicator.h"
#include "client/ui/ConflictDialog.h"
#include "client/ui/FieldErrorStyle.h"
#include "client/ui/KeyboardNavigation.h"
#include "client/ui/TextFit.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QApplication>
#include <QBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QAbstractItemView>
#include <QTabBar>
#include <QTabWidget>
#include <QHeaderView>
#include <QComboBox>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace erp::client {

namespace {

// The layout (possibly nested) that holds widget directly.
QLayout *layoutHolding(QLayout *layout, QWidget *widget)
{
    if (!layout)
        return nullptr;
    if (layout->indexOf(widget) >= 0)
        return layout;
    for (int i = 0; i < layout->count(); ++i) {
        if (QLayout *child = layout->itemAt(i)->layout())
            if (QLayout *found = layoutHolding(child, widget))
                return found;
    }
    return nullptr;
}

bool fieldMatches(const QString &registered, const QString &reported)
{
    // "role_ids[2]" and "lines[0].quantity" belong to "role_ids" and "lines".
    return reported == registered || reported.startsWith(registered + u'[') || reported.startsWith(registered + u'.');
}

// Horizontal room that the layouts and widgets between `layout` and the
// window `top` take (their margins and frames): the window's width minus this
// is what `layout` gets.
int horizontalChrome(QLayout *layout, QWidget *top)
{
    int chrome = 0;
    QObject *at = layout;
    while (at && at != top) {
        if (auto *l = qobject_cast<QLayout *>(at)) {
            chrome += l->contentsMargins().left() + l->contentsMargins().right();
            at = l->parent();
            continue;
        }
        auto *w = static_cast<QWidget *>(at);
        chrome += w->contentsMargins().left() + w->contentsMargins().right();
        if (auto *frame = qobject_cast<QFrame *>(w))
            chrome += 2 * frame->frameWidth();
        QWidget *parent = w->parentWidget();
        if (!parent)
            break;
        QLayout *holder = layoutHolding(parent->layout(), w);
        at = holder ? static_cast<QObject *>(holder) : parent;
    }
    return chrome;
}

// The width `columns` needs to show its columns side by side at their
// preferred sizes (at the current font, with the current texts).
int sideBySideWidth(QBoxLayout *columns)
{
    int width = 0;
    int shown = 0;
    for (int i = 0; i < columns->count(); ++i) {
        QLayoutItem *item = columns->itemAt(i);
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width();
        ++shown;
    }
    return width + qMax(0, shown - 1) * qMax(0, columns->spacing());
}

// The form's fields scroll when they need more than the screen has (very
// large text on a small screen). Up to that the area is as large as the
// fields need, so the form opens as it would without scrolling.
class FormScrollArea : public QScrollArea
{
public:
    explicit FormScrollArea(QWidget *parent)
        : QScrollArea(parent)
    {
        setObjectName(u"formScrollArea"_s);
        setFrameShape(QFrame::NoFrame);
        setWidgetResizable(true);
        setFocusPolicy(Qt::NoFocus); // the fields take focus, not the area
        viewport()->setAutoFillBackground(false);
    }

    // As narrow as the fields can be (or the screen is); not as tall: a
    // form made shorter than its fields scrolls them.
    QSize minimumSizeHint() const override
    {
        if (!widget())
            return {0, 0};
        QSize size = fitted(widget()->minimumSizeHint());
        size.setHeight(qMin(size.height(), 12 * fontMetrics().height()));
        return size;
    }
    // As large as the fields want, wrapped hints at their full height.
    QSize sizeHint() const override
    {
        if (!widget())
            return {0, 0};
        QSize wanted = widget()->sizeHint();
        if (widget()->hasHeightForWidth())
            wanted.setHeight(qMax(wanted.height(), widget()->heightForWidth(wanted.width())));
        return fitted(wanted);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The fields' layout changed (columns stacked, an error shown): the
        // window asks again how much room the area needs.
        if (watched == widget() && event->type() == QEvent::LayoutRequest)
            updateGeometry();
        return QScrollArea::eventFilter(watched, event);
    }

private:
    // Room for the fields on the screen, leaving some for the window's
    // title bar and frame, the banner and the buttons below the fields.
    QSize most() const
    {
        const QScreen *screen = this->screen();
        if (!screen)
            return {QWIDGETSIZE_MAX, QWIDGETSIZE_MAX};
        const QSize room = screen->availableGeometry().size();
        const int around = 60 + 4 * fontMetrics().height();
        return {room.width() * 9 / 10, qMax(room.height() / 2, room.height() - around)};
    }
    QSize fitted(QSize content) const
    {
        const QSize limit = most();
        QSize size = content.boundedTo(limit);
        if (content.height() > limit.height())
            size.rwidth() += verticalScrollBar()->sizeHint().width();
        if (content.width() > limit.width())
            size.rheight() += horizontalScrollBar()->sizeHint().height();
        return size;
    }
};

// Whether `w` shows when `top` shows, counting the pages of a tab widget
// that are not the current one as shown: Tab skips their controls while they
// are hidden, and they are in place when their tab is chosen.
bool shownWith(QWidget *w, QWidget *top)
{
    for (QWidget *x = w; x && x != top; x = x->parentWidget()) {
        if (x->isWindow())
            return false;
        QWidget *parent = x->parentWidget();
        const bool tabPage = qobject_cast<QStackedWidget *>(parent) && qobject_cast<QTabWidget *>(parent->parentWidget());
        if (x->isHidden() && !tabPage)
            return false;
    }
    return true;
}

bool takesTabFocus(QWidget *w, QWidget *top)
{
    QWidget *parent = w->parentWidget();
    if (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QLineEdit *>(parent))
        return false; // parts of a box: the box takes the focus
    return !w->focusProxy() && (w->focusPolicy() & Qt::TabFocus) && shownWith(w, top);
}

void collectInLayoutOrder(QWidget *w, QWidget *top, QList<QWidget *> &order);

void collectInLayoutOrder(QLayout *layout, QWidget *top, QList<QWidget *> &order)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget())
            collectInLayoutOrder(item->widget(), top, order);
        else if (item->layout())
            collectInLayoutOrder(item->layout(), top, order);
    }
}

// The controls in the order the layouts place them: rows of a form, one
// column after the other, a tab widget's tabs before its pages (each page's
// controls in turn, so that whichever tab is chosen, Tab goes from the tabs
// into its page).
void collectInLayoutOrder(QWidget *w, QWidget *top, QList<QWidget *> &order)
{
    if (w != top && takesTabFocus(w, top))
        order << w;
    if (qobject_cast<QAbstractItemView *>(w) || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w))
        return;
    if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
        collectInLayoutOrder(tabs->tabBar(), top, order);
        for (int i = 0; i < tabs->count(); ++i)
            collectInLayoutOrder(tabs->widget(i), top, order);
    } else if (QLayout *layout = w->layout()) {
        collectInLayoutOrder(layout, top, order);
    } else if (auto *scroll = qobject_cast<QScrollArea *>(w); scroll && scroll->widget()) {
        collectInLayoutOrder(scroll->widget(), top, order);
    }
}

// Tab moves in reading order: the order of the layouts, whatever order
// the widgets were created in.
void followReadingOrder(QWidget *top)
{
    QList<QWidget *> order;
    collectInLayoutOrder(top, top, order);
    // setTabOrder() moves a compound widget's whole block; a second pass
    // settles what the first moved along.
    for (int pass = 0; pass < 3; ++pass) {
        for (int i = 1; i < order.size(); ++i)
            QWidget::setTabOrder(order[i - 1], order[i]);
        bool settled = true;
        for (int i = 1; i < order.size() && settled; ++i) {
            QWidget *next = order[i - 1]->nextInFocusChain();
            while (next != order[i] && !order.contains(next) && next != order[i - 1])
                next = next->nextInFocusChain();
            settled = next == order[i];
        }
        if (settled)
            break;
    }
}

} // namespace

RecordForm::RecordForm(ApiClient *api, const QString &collectionPath, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_path(collectionPath)
{
    Accessibility::install();
    KeyboardNavigation::install(); // Tab past tables and out of text boxes
    m_banner = new QLabel(this);
    m_banner->setObjectName(u"formBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setMargin(8);
    FieldErrorStyle::styleBanner(m_banner, true);
    m_banner->hide();

    auto *scroll = new FormScrollArea(this);
    m_content = new QWidget;
    m_content->setObjectName(u"formContent"_s);
    scroll->setWidget(m_content);

    m_busy = new BusyIndicator(this);
    m_busyText = new QLabel(this);
    m_buttons = new QDialogButtonBox(this);
    m_saveButton = m_buttons->addButton(QDialogButtonBox::Save);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    connect(m_saveButton, &QPushButton::clicked, this, &RecordForm::save);
    connect(cancel, &QPushButton::clicked, this, &RecordForm::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_busy);
    bottom->addWidget(m_busyText, 1);
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);
    setSizeGripEnabled(true);
}

RecordForm::~RecordForm()
{
    if (m_reply)
        m_reply->cancel();
    delete m_failedCreate;
}

void RecordForm::registerField(const QString &name, QWidget *widget, QLabel *label)
{
    auto *error = new QLabel;
    error->setObjectName(u"error_"_s + name);
    FieldErrorStyle::applyTo(error);
    error->hide();
    if (QLayout *holder = layoutHolding(widget->parentWidget() ? widget->parentWidget()->layout() : nullptr, widget)) {
        auto *box = new QWidget;
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(2);
        delete holder->replaceWidget(widget, box);
        boxLayout->addWidget(widget);
        boxLayout->addWidget(error);
        box->setSizePolicy(widget->sizePolicy());
    } else {
        error->setParent(widget->parentWidget());
    }
    m_fields.append({name, widget, label, error});
}

QLabel *RecordForm::errorLabelFor(const QString &field) const
{
    for (const Field &f : m_fields)
        if (f.name == field)
            return f.error;
    return nullptr;
}

QString RecordForm::fieldErrorText(const QString &field) const
{
    QLabel *label = errorLabelFor(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString RecordForm::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void RecordForm::setInfoText(const QString &text)
{
    setBannerText(text);
    FieldErrorStyle::styleBanner(m_banner, false);
}

void RecordForm::setBannerText(const QString &text)
{
    FieldErrorStyle::styleBanner(m_banner, true);
    const bool news = !text.isEmpty() && (m_banner->isHidden() || m_banner->text() != text);
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
    if (news) // read out, not only painted in red
        Accessibility::announceAlert(m_banner, text);
}

QString RecordForm::fieldLabelText(const Field &f) const
{
    if (!f.label)
        return ErrorText::fieldLabel(f.name);
    QString text = f.label->text();
    text.remove(QRegularExpression(u"&(?!&)"_s));
    if (text.endsWith(u':'))
        text.chop(1);
    return text.trimmed();
}

bool RecordForm::isDirty() const
{
    return values() != m_pristine;
}

void RecordForm::markEdited()
{
    setWindowModified(isDirty());
}

void RecordForm::updateTitle()
{
    setWindowTitle((isNew() ? titleForNew() : titleForEdit()) + u"[*]"_s);
    setWindowModified(isDirty());
}

void RecordForm::retranslateForm()
{
    updateTitle();
    // The form's own checks are shown again in the new language, with the
    // expected forms of numbers and dates written the new way.
    if (m_showingOwnErrors) {
        const QList<FieldError> problems = validate(values());
        clearErrors();
        if (!problems.isEmpty()) {
            showFieldErrors(problems, false);
            m_showingOwnErrors = true;
        }
    }
}

void RecordForm::startCreate()
{
    m_id = 0;
    m_etag.clear();
    m_record = QJsonObject();
    setValues(QJsonObject());
    m_pristine = values();
    clearErrors();
    recordChanged();
    updateTitle();
    // Parts shown for a saved record (status actions, related tabs) take
    // their place once the subclass has shown them.
    QTimer::singleShot(0, this, [this] { followReadingOrder(this); });
}

void RecordForm::startEdit(qint64 id)
{
    m_id = id;
    updateTitle();
    setBusy(true);
    m_busyText->setText(tr("Loading…"));
    m_saveButton->setEnabled(false);
    ApiReply *reply = m_api->get(u"%1/%2"_s.arg(m_path).arg(id));
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { loadFinished(reply); });
}

void RecordForm::loadFinished(ApiReply *reply)
{
    m_reply = nullptr;
    setBusy(false);
    if (!reply->isSuccess()) {
        setBannerText(reply->error().isHttp() && reply->error().httpStatus() == 404
                          ? tr("This record no longer exists; someone may have deleted it.")
                          : ErrorText::forError(reply->error()));
        m_content->setEnabled(false);
        m_saveButton->setEnabled(false);
        return;
    }
    adopt(reply->json(), reply->etag());
    // The fields were disabled while loading: the cursor goes to the first
    // one now that they can take it.
    if (isVisible())
        focusFirstField();
    // The saved record may show more than the empty form did (related tabs,
    // a longer hint): the form grows for it once the layouts have settled.
    QTimer::singleShot(0, this, [this] {
        if (isVisible())
            growToFit();
    });
    emit loaded();
}

QWidget *RecordForm::firstField() const
{
    for (const Field &f : m_fields)
        if (f.widget && f.widget->isEnabled() && f.widget->isVisibleTo(const_cast<RecordForm *>(this))
            && f.widget->focusPolicy() != Qt::NoFocus)
            return f.widget;
    return nullptr;
}

void RecordForm::focusFirstField()
{
    if (QWidget *w = firstField()) {
        w->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            edit->selectAll();
    }
}

void RecordForm::showReadOnly(QWidget *field, bool readOnly, const QString &why)
{
    auto *line = qobject_cast<QLineEdit *>(field);
    auto *plain = qobject_cast<QPlainTextEdit *>(field);
    if (line)
        line->setReadOnly(readOnly);
    else if (plain)
        plain->setReadOnly(readOnly);
    else
        field->setEnabled(!readOnly);
    if (line || plain) {
        // A read-only text field on a white background looks editable.
        QPalette p = field->palette();
        p.setColor(QPalette::Base, readOnly ? p.color(QPalette::Window) : QApplication::palette(field).color(QPalette::Base));
        field->setPalette(p);
    }
    field->setProperty("readOnlyField", readOnly);
    // The reason replaces the field's own tooltip while it applies.
    const char *own = "toolTipBeforeReadOnly";
    if (readOnly && !why.isEmpty()) {
        if (!field->property(own).isValid())
            field->setProperty(own, field->toolTip());
        field->setToolTip(why);
    } else if (field->property(own).isValid()) {
        field->setToolTip(field->property(own).toString());
        field->setProperty(own, QVariant());
    }
}

void RecordForm::adopt(const QJsonObject &record, const QByteArray &etag)
{
    m_record = record;
    m_etag = etag;
    m_id = qint64(record.value(u"id"_s).toDouble(double(m_id)));
    setValues(record);
    m_pristine = values();
    clearErrors();
    recordChanged();
    updateTitle();
    // A saved record shows more parts (status actions, related tabs).
    followReadingOrder(this);
}

void RecordForm::setBusy(bool busy)
{
    m_content->setEnabled(!busy);
    m_saveButton->setEnabled(!busy);
    if (busy) {
        m_busy->start();
    } else {
        m_busy->stop();
        m_busyText->clear();
    }
}

void RecordForm::clearErrors()
{
    m_showingOwnErrors = false;
    setBannerText(QString());
    for (const Field &f : m_fields) {
        if (f.error) {
            f.error->clear();
            f.error->hide();
        }
        if (f.widget) {
            FieldErrorStyle::markField(f.widget, false);
            f.widget->setAccessibleDescription(QString());
        }
    }
}

void RecordForm::showFieldErrors(const QList<FieldError> &errors, bool moveFocus)
{
    QStringList unplaced;
    QWidget *first = nullptr;
    QHash<QString, QStringList> byField;
    for (const FieldError &e : errors) {
        auto it = std::find_if(m_fields.cbegin(), m_fields.cend(),
                               [&](const Field &f) { return fieldMatches(f.name, e.field); });
        if (it == m_fields.cend())
            unplaced << u"%1: %2"_s.arg(ErrorText::fieldLabel(e.field), e.message);
        else
            byField[it->name] << e.message;
    }
    for (const Field &f : m_fields) {
        const QStringList messages = byField.value(f.name);
        if (messages.isEmpty())
            continue;
        f.error->setText(messages.join(u'\n'));
        f.error->show();
        FieldErrorStyle::markField(f.widget, true);
        // A screen reader reads the error with the field when it gets focus.
        f.widget->setAccessibleDescription(messages.join(u' '));
        if (!first)
            first = f.widget;
    }
    QString banner = tr("Please correct the marked fields.");
    if (!unplaced.isEmpty())
        banner = unplaced.join(u'\n');
    setBannerText(banner);
    if (first && moveFocus)
        first->setFocus(Qt::OtherFocusReason);
}

QJsonObject RecordForm::changedValues(const QJsonObject &current) const
{
    QJsonObject changes;
    for (auto it = current.begin(); it != current.end(); ++it)
        if (m_pristine.value(it.key()) != it.value())
            changes.insert(it.key(), it.value());
    return changes;
}

void RecordForm::save()
{
    if (isBusy() || (!isNew() && m_record.isEmpty()))
        return;
    clearErrors();
    const QJsonObject current = values();
    const QList<FieldError> problems = validate(current);
    if (!problems.isEmpty()) {
        showFieldErrors(problems);
        m_showingOwnErrors = true;
        return;
    }

    ApiReply *reply = nullptr;
    QJsonObject sent;
    if (isNew()) {
        sent = createBody(current);
        if (m_failedCreate && sent == m_failedCreateBody)
            reply = m_api->retry(m_failedCreate);
        else
            reply = m_api->create(m_path, sent);
        delete m_failedCreate;
        m_failedCreate = nullptr;
        reply->setAutoDelete(false);
    } else {
        sent = changedValues(current);
        if (sent.isEmpty()) {
            // Nothing changed: closing is all Save has to do.
            if (m_closeAfterSave)
                QDialog::accept();
            return;
        }
        reply = m_api->patch(u"%1/%2"_s.arg(m_path).arg(m_id), sent, m_etag);
    }
    m_reply = reply;
    setBusy(true);
    m_busyText->setText(tr("Saving…"));
    connect(reply, &ApiReply::finished, this, [this, reply, sent] { saveFinished(reply, sent); });
}

void RecordForm::saveFinished(ApiReply *reply, const QJsonObject &sent)
{
    m_reply = nullptr;
    setBusy(false);
    const bool created = reply->method() == ApiReply::Method::Post;
    const ApiError error = reply->error();
    const bool success = reply->isSuccess();
    const QJsonObject record = reply->json();
    const QByteArray etag = reply->etag();
    if (created) {
        const bool retryable = error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout;
        if (!success && retryable) {
            m_failedCreate = reply;
            m_failedCreateBody = sent;
        } else {
            reply->deleteLater();
        }
    }

    if (success) {
        adopt(record, etag);
        emit saved(record, created);
        if (m_closeAfterSave)
            QDialog::accept();
        return;
    }
    if (error.isHttp() && error.httpStatus() == 412) {
        resolveConflict(values());
    } else if (error.isHttp() && error.hasFieldErrors()) {
        QList<FieldError> translated = error.fieldErrors();
        for (FieldError &e : translated)
            e.message = ErrorText::forFieldError(e);
        showFieldErrors(translated);
    } else if (error.kind() == ApiError::Kind::SessionExpired) {
        setBannerText(tr("Your session ended before the changes were saved. Your entries are still here: sign "
                         "in again, then press Save."));
    } else if (error.kind() == ApiError::Kind::Cancelled) {
        setBannerText(tr("Saving was cancelled. Your entries are still here."));
    } else {
        setBannerText(ErrorText::forError(error));
    }
    emit saveFailed(error);
}

void RecordForm::resolveConflict(const QJsonObject &mine)
{
    setBusy(true);
    m_busyText->setText(tr("Someone else changed this record; fetching their version…"));
    ApiReply *reply = m_api->get(u"%1/%2"_s.arg(m_path).arg(m_id));
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, mine] {
        m_reply = nullptr;
        setBusy(false);
        if (!reply->isSuccess()) {
            setBannerText(reply->error().isHttp() && reply->error().httpStatus() == 404
                              ? tr("Someone else deleted this record while you were editing it.")
                              : ErrorText::forError(reply->error()));
            return;
        }
        showConflict(mine, reply->json(), reply->etag());
    });
}

void RecordForm::showConflict(const QJsonObject &mine, const QJsonObject &theirs, const QByteArray &theirEtag)
{
    QList<ConflictDialog::Field> rows;
    for (const Field &f : m_fields) {
        if (!mine.contains(f.name) && !theirs.contains(f.name))
            continue;
        rows.append(
            {fieldLabelText(f), displayValue(f.name, mine.value(f.name)), displayValue(f.name, theirs.value(f.name))});
    }
    auto *dialog = new ConflictDialog(recordName(), rows, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_conflictDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog, mine, theirs, theirEtag] {
        switch (dialog->choice()) {
        case ConflictDialog::Reload:
            adopt(theirs, theirEtag);
            setInfoText(tr("Showing the record as it is now; your changes were discarded."));
            break;
        case ConflictDialog::Overwrite: {
            // Deliberately replace the other change: every value the form
            // edits, sent against the version the user has now seen.
            m_record = theirs;
            m_etag = theirEtag;
            ApiReply *reply = m_api->patch(u"%1/%2"_s.arg(m_path).arg(m_id), mine, m_etag);
            m_reply = reply;
            setBusy(true);
            m_busyText->setText(tr("Saving…"));
            connect(reply, &ApiReply::finished, this, [this, reply, mine] { saveFinished(reply, mine); });
            break;
        }
        case ConflictDialog::KeepEditing:
            setBannerText(tr("Not saved: someone else changed this record. Save again to review the "
                             "differences."));
            break;
        }
    });
    dialog->open();
}

QString RecordForm::displayValue(const QString &, const QJsonValue &value) const
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case QJsonValue::Double:
        return LocaleFormat::number(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << displayValue(QString(), v);
        return parts.join(u", "_s);
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

void RecordForm::reject()
{
    if (m_reply && m_reply->method() != ApiReply::Method::Get)
        return; // saving: closing now would leave the user unsure whether it was saved
    if (m_reply)
        m_reply->cancel();
    if (!isDirty() || (!isNew() && m_record.isEmpty())) {
        QDialog::reject();
        return;
    }
    if (m_discardPrompt)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Unsaved Changes"),
                                tr("Do you want to save your changes to “%1”?").arg(recordName()),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(u"discardPrompt"_s);
    box->setInformativeText(tr("If you don't save, your changes will be lost."));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_discardPrompt = box;
    connect(box, &QMessageBox::finished, this, [this, box] {
        const auto button = box->standardButton(box->clickedButton());
        if (button == QMessageBox::Save)
            save();
        else if (button == QMessageBox::Discard)
            QDialog::reject();
    });
    box->open();
}

void RecordForm::showEvent(QShowEvent *event)
{
    if (!property("erpFormSized").toBool()) {
        setProperty("erpFormSized", true);
        const QRect room = screen() ? screen()->availableGeometry() : QRect(0, 0, QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
        // A form a little too narrow for its columns side by side (a longer
        // translation) opens that much wider if the screen has the room; one
        // far too narrow (large text) stacks them instead.
        for (const Columns &c : std::as_const(m_columns)) {
            if (!c.layout)
                continue;
            const int needed = sideBySideWidth(c.layout) + horizontalChrome(c.layout, this);
            if (width() < needed && needed <= width() * 5 / 4 && needed <= room.width() * 9 / 10)
                resize(needed, height());
        }
        arrangeColumns(); // the texts and the font are final now
        followReadingOrder(this);
        growToFit();
    }
    arrangeColumns();
    QDialog::showEvent(event);
    if (!m_focusedOnce && !m_fields.isEmpty() && !isBusy()) {
        m_focusedOnce = true;
        focusFirstField();
    }
}

void RecordForm::growToFit()
{
    // Tall enough for the fields (stacked columns, wrapped hints) as far
    // as the screen allows; beyond that they scroll.
    const QRect room = screen() ? screen()->availableGeometry() : QRect(0, 0, QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    if (layout())
        layout()->activate();
    const int wanted = qMin(sizeHint().height(), room.height() - 4 * fontMetrics().height());
    if (wanted > height())
        resize(width(), wanted);
}

void RecordForm::addCollapsingColumns(QBoxLayout *columns, int breakpoint)
{
    m_columns.append({columns, breakpoint});
    arrangeColumns();
}

void RecordForm::arrangeColumns()
{
    // Text fields as wide as their hints ("What the customer wants, e.g. 40
    // office chairs") before the columns ask their size hints.
    for (QLineEdit *edit : m_content->findChildren<QLineEdit *>())
        if (!qobject_cast<QAbstractSpinBox *>(edit->parentWidget()) && !qobject_cast<QComboBox *>(edit->parentWidget()))
            TextFit::keepPlaceholderWhole(edit);
    // Tables in forms (order lines, stock per warehouse) show whole column titles.
    for (QHeaderView *header : m_content->findChildren<QHeaderView *>())
        TextFit::keepColumnTitlesWhole(header);
    for (const Columns &c : std::as_const(m_columns)) {
        if (!c.layout)
            continue;
        // Side by side only when every column gets the width its fields ask
        // for at the current font: at large text the columns stack (and the
        // form scrolls if it must) rather than squeezing the fields.
        const int needed = qMax(c.breakpoint, sideBySideWidth(c.layout) + horizontalChrome(c.layout, this));
        const auto direction = width() < needed ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
        if (c.layout->direction() != direction)
            c.layout->setDirection(direction);
    }
}

void RecordForm::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    arrangeColumns();
}

void RecordForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateForm();
    QDialog::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::LanguageChange)
        arrangeColumns();
}

} // namespace erp::client
