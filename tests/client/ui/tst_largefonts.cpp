// Large fonts: the client takes its text size from the system font (the
// application font the platform sets; nothing in the client fixes a point or
// pixel size), so a user who sets 150 % or 200 % text gets it everywhere.
// Here the application font is set to 150 % and 200 % of the default, as
// the platform would, in English and German (longer words), and every page
// of the main window (signed in as the administrator against the real
// server), every page's new-record form and the edit form of its first row,
// the settings and sign-in dialogs are rendered and checked on the live
// widgets: no label, button or check box shows less than its text needs
// (text width measured with the widget's font metrics against its width;
// word-wrapped labels by height), nothing is squeezed below its minimum
// size or outside its window (erp::test::layoutProblems), and no two
// controls of the same panel overlap. Screenshots go to
// <build>/screenshots/largefonts-*. The pipeline board's cards are read as
// painted (boardCardsShowTheirWholeText). The same executable runs a second time
// under QT_SCALE_FACTOR=2 (ctest: tst_largefonts_scale2).
#include "client/core/PagedListModel.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/ListPage.h"
#include "client/ui/LoginDialog.h"
#include "client/ui/MainWindow.h"
#include "client/ui/RecordForm.h"
#include "client/ui/SettingsDialog.h"
#include "client/core/LocaleFormat.h"
#include "client/ui/crm/PipelineBoardPage.h"
#include "client/ui/crm/PipelineColumn.h"
#include "client/ui/crm/PipelineColumnModel.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QCheckBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLayout>
#include <QListView>
#include <QPaintEngine>
#include <QPointer>
#include <QTableView>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace Qt::StringLiterals;
using namespace erp::client;

namespace {

// Inside a list, table or text box (their cells and editors scroll and are
// not laid out); a form's scroll area (QScrollArea) is checked like the window.
bool insideScrolledView(QWidget *w, QWidget *top)
{
    for (QWidget *p = w->parentWidget(); p && p != top; p = p->parentWidget())
        if (qobject_cast<QAbstractScrollArea *>(p) && !qobject_cast<QScrollArea *>(p))
            return true;
    return false;
}

// Parts of a combo, spin box or line edit are checked as the box.
bool partOfBox(QWidget *w)
{
    QWidget *parent = w->parentWidget();
    return qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent)
        || qobject_cast<QLineEdit *>(parent);
}

QString idOf(QWidget *w, const QString &text)
{
    QString id = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        id += u' ' + w->objectName();
    return id + u" \"%1\""_s.arg(text.left(40));
}

QString withoutMnemonic(QString text)
{
    return text.remove(QRegularExpression(u"&(?!&)"_s));
}

// Room for text in a line edit: its contents rectangle as the style gives it,
// less the margins QLineEdit keeps (2 px each side), its text margins and the
// buttons it shows inside (clear button, actions).
int lineEditTextRoom(QLineEdit *edit)
{
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.rect = edit->rect();
    option.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
    option.midLineWidth = 0;
    option.state |= QStyle::State_Sunken;
    option.features = QStyleOptionFrame::None;
    int room = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit).width();
    room -= edit->textMargins().left() + edit->textMargins().right() + 2 * 2;
    for (QWidget *inner : edit->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (inner->isVisibleTo(edit))
            room -= inner->width();
    return room;
}

// Text that does not fit its widget, measured with the widget's own font:
// labels, line edits (text and placeholder), combo boxes (current text),
// push and tool buttons, check boxes and radio buttons, table headers.
QStringList clippedTexts(QWidget *top)
{
    QStringList problems;
    const auto children = top->findChildren<QWidget *>();
    for (QWidget *w : children) {
        if (w->isWindow() || !w->isVisibleTo(top))
            continue;
        if (auto *header = qobject_cast<QHeaderView *>(w)) {
            // A table's column titles: the section is as wide as its title
            // (plus the style's margins and the sort arrow where it is shown).
            if (header->orientation() != Qt::Horizontal || !header->model())
                continue;
            const QFontMetrics hm(header->font());
            const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section))
                    continue;
                const QString title = header->model()->headerData(section, Qt::Horizontal).toString();
                if (title.isEmpty())
                    continue;
                int needed = hm.horizontalAdvance(title) + 2 * margin;
                if (header->isSortIndicatorShown() && header->sortIndicatorSection() == section)
                    needed += header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + margin;
                if (header->sectionSize(section) < needed)
                    problems << idOf(header, title)
                            + u": column title %1 px wide in %2 px"_s.arg(needed).arg(header->sectionSize(section));
            }
            continue;
        }
        if (insideScrolledView(w, top) || partOfBox(w))
            continue;
        const QFontMetrics fm = w->fontMetrics();
        if (auto *label = qobject_cast<QLabel *>(w)) {
            const QString text = label->text();
            if (text.isEmpty() || label->pixmap().cacheKey() != 0)
                continue;
            const QRect inside = label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(),
                                                                -label->margin());
            if (label->wordWrap()) {
                if (label->heightForWidth(label->width()) > label->height())
                    problems << idOf(w, text) + u": wrapped text cut at the bottom"_s;
                continue;
            }
            int widest = 0;
            for (const QString &line : text.split(u'\n'))
                widest = qMax(widest, fm.horizontalAdvance(withoutMnemonic(line)));
            const int lines = int(text.count(u'\n')) + 1;
            if (widest > inside.width())
                problems << idOf(w, text) + u": text %1 px wide in %2 px"_s.arg(widest).arg(inside.width());
            if (lines * fm.height() > inside.height() + 1)
                problems << idOf(w, text) + u": text %1 px high in %2 px"_s.arg(lines * fm.height()).arg(inside.height());
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            const int room = lineEditTextRoom(edit);
            for (const QString &text : {edit->text(), edit->placeholderText()}) {
                const QString shown = edit->echoMode() == QLineEdit::Normal || text == edit->placeholderText()
                    ? text : QString();
                if (!shown.isEmpty() && fm.horizontalAdvance(shown) > room)
                    problems << idOf(w, shown) + u": text %1 px wide in %2 px"_s.arg(fm.horizontalAdvance(shown)).arg(room);
            }
            if (fm.height() > edit->height())
                problems << idOf(w, edit->text()) + u": text %1 px high in %2 px"_s.arg(fm.height()).arg(edit->height());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            if (combo->isEditable() || combo->currentText().isEmpty())
                continue; // an editable combo's text is its line edit, checked as one
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = false;
            option.frame = combo->hasFrame();
            option.currentText = combo->currentText();
            const int room = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                            QStyle::SC_ComboBoxEditField, combo).width();
            int needed = fm.horizontalAdvance(combo->currentText());
            if (!combo->itemIcon(combo->currentIndex()).isNull())
                needed += combo->iconSize().width() + 4;
            if (needed > room)
                problems << idOf(w, combo->currentText()) + u": text %1 px wide in %2 px"_s.arg(needed).arg(room);
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            const QString text = withoutMnemonic(button->text());
            if (text.isEmpty())
                continue;
            int room = button->width();
            int needed = fm.horizontalAdvance(text);
            if (auto *tool = qobject_cast<QToolButton *>(button)) {
                // A tool button that shows only its icon (text as tooltip) shows no text to clip.
                if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly
                    || (tool->toolButtonStyle() == Qt::ToolButtonFollowStyle && !tool->icon().isNull()))
                    continue;
                // Its size hint is exactly its text, icon and the style's margins.
                needed = tool->sizeHint().width();
            } else if (auto *push = qobject_cast<QPushButton *>(button)) {
                QStyleOptionButton option;
                option.initFrom(push);
                option.text = push->text();
                option.icon = push->icon();
                option.iconSize = push->iconSize();
                room = push->style()->subElementRect(QStyle::SE_PushButtonContents, &option, push).width();
                if (!push->icon().isNull())
                    needed += push->iconSize().width() + 4;
                if (push->menu())
                    needed += push->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, push);
            } else if (qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button)) {
                QStyleOptionButton option;
                option.initFrom(button);
                const QStyle::SubElement element = qobject_cast<QCheckBox *>(button) ? QStyle::SE_CheckBoxContents
                                                                                      : QStyle::SE_RadioButtonContents;
                room = button->style()->subElementRect(element, &option, button).width();
                if (!button->icon().isNull())
                    needed += button->iconSize().width() + 4;
            }
            if (needed > room)
                problems << idOf(w, text) + u": text %1 px wide in %2 px"_s.arg(needed).arg(room);
        }
    }
    return problems;
}

// The layout (possibly nested) that holds widget directly.
QLayout *layoutHolding(QLayout *layout, QWidget *widget)
{
    if (!layout)
        return nullptr;
    if (layout->indexOf(widget) >= 0)
        return layout;
    for (int i = 0; i < layout->count(); ++i)
        if (QLayout *child = layout->itemAt(i)->layout())
            if (QLayout *found = layoutHolding(child, widget))
                return found;
    return nullptr;
}

// Visible widgets that their parent's layout places and that overlap a
// sibling (widgets in layouts never should; overlays such as busy
// indicators are not in a layout and are left out). Controls that are not
// in a layout are checked against their siblings too when they are
// labels, buttons or fields.
QStringList overlaps(QWidget *top)
{
    QStringList problems;
    QHash<QWidget *, QList<QWidget *>> byParent;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (w->isWindow() || !w->isVisibleTo(top) || insideScrolledView(w, top) || partOfBox(w))
            continue;
        QWidget *parent = w->parentWidget();
        const bool laidOut = parent && layoutHolding(parent->layout(), w);
        const bool control = qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w)
            || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w);
        if (laidOut || control)
            byParent[parent] << w;
    }
    for (const QList<QWidget *> &siblings : std::as_const(byParent))
        for (int i = 0; i < siblings.size(); ++i)
            for (int j = i + 1; j < siblings.size(); ++j) {
                QWidget *a = siblings[i];
                QWidget *b = siblings[j];
                if (a->geometry().intersects(b->geometry()))
                    problems << u"%1 overlaps %2"_s.arg(idOf(a, QString()), idOf(b, QString()));
            }
    return problems;
}

// Controls inside a form's scroll area: the same size check as
// erp::test::layoutProblems (which leaves scroll areas out), against the
// area's content instead of the window.
QStringList squeezedInScrollArea(QWidget *top)
{
    QStringList problems;
    for (QScrollArea *area : top->findChildren<QScrollArea *>()) {
        QWidget *content = area->widget();
        if (!content || !area->isVisibleTo(top) || insideScrolledView(area, top))
            continue;
        for (QWidget *w : content->findChildren<QWidget *>()) {
            if (w->isWindow() || !w->isVisibleTo(content) || insideScrolledView(w, content) || partOfBox(w))
                continue;
            if (!qobject_cast<QLabel *>(w) && !qobject_cast<QAbstractButton *>(w) && !qobject_cast<QLineEdit *>(w)
                && !qobject_cast<QComboBox *>(w) && !qobject_cast<QAbstractSpinBox *>(w))
                continue;
            if (!content->rect().contains(QRect(w->mapTo(content, QPoint(0, 0)), w->size())))
                problems << idOf(w, QString()) + u": outside its scroll area"_s;
            auto *label = qobject_cast<QLabel *>(w);
            if (label && label->wordWrap())
                continue;
            const QSize needed = w->minimumSizeHint();
            if (w->width() < needed.width() || w->height() < needed.height())
                problems << idOf(w, QString())
                        + u": %1x%2, needs %3x%4"_s.arg(w->width()).arg(w->height()).arg(needed.width()).arg(needed.height());
        }
    }
    return problems;
}

// A paint device that keeps the text painted on it and where (the glyph
// runs the painter hands to its engine, with their advance, ascent and
// descent), so a test reads what a widget really shows, not what its code
// meant to show.
class TextRecorder : public QPaintDevice
{
public:
    struct Text
    {
        QString text;
        QRectF rect;
    };

    TextRecorder(QSize size, int dpiX, int dpiY)
        : m_size(size)
        , m_dpiX(dpiX)
        , m_dpiY(dpiY)
    {
    }
    ~TextRecorder() override = default;

    QList<Text> texts() const { return m_engine.texts; }
    QPaintEngine *paintEngine() const override { return &m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth: return m_size.width();
        case PdmHeight: return m_size.height();
        case PdmWidthMM: return qRound(m_size.width() * 25.4 / m_dpiX);
        case PdmHeightMM: return qRound(m_size.height() * 25.4 / m_dpiY);
        case PdmNumColors: return 0x7fffffff;
        case PdmDepth: return 32;
        case PdmDpiX:
        case PdmPhysicalDpiX: return m_dpiX;
        case PdmDpiY:
        case PdmPhysicalDpiY: return m_dpiY;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(devicePixelRatioFScale());
        }
        return 0;
    }

private:
    class Engine : public QPaintEngine
    {
    public:
        Engine()
            : QPaintEngine(QPaintEngine::AllFeatures)
        {
        }
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &state) override
        {
            if (state.state() & QPaintEngine::DirtyTransform)
                transform = state.transform();
        }
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawPath(const QPainterPath &) override {}
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
        void drawTextItem(const QPointF &p, const QTextItem &item) override
        {
            const QRectF glyphs(p.x(), p.y() - item.ascent(), item.width(), item.ascent() + item.descent());
            texts.append({item.text(), transform.mapRect(glyphs)});
        }
        Type type() const override { return QPaintEngine::User; }

        QTransform transform;
        QList<Text> texts;
    };

    QSize m_size;
    int m_dpiX;
    int m_dpiY;
    mutable Engine m_engine;
};

QString withoutSpaces(QString text)
{
    return text.remove(QRegularExpression(u"\\s+"_s));
}

} // namespace

class TestLargeFonts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void pagesAndFormsAtLargeFonts_data();
    void pagesAndFormsAtLargeFonts();
    void dialogsAtLargeFonts_data();
    void dialogsAtLargeFonts();
    void boardCardsShowTheirWholeText_data();
    void boardCardsShowTheirWholeText();

private:
    QStringList check(QWidget *widget, const QString &name);

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_admin;
    QFont m_defaultFont;
    QDir m_dir;
    LanguageManager m_languages;
    QString m_prefix;
};

void TestLargeFonts::initTestCase()
{
    QVERIFY(m_languages.apply(u"en"_s));
    m_defaultFont = QApplication::font();
    m_dir.setPath(QStringLiteral(ERP_SCREENSHOT_DIR));
    QVERIFY(m_dir.mkpath(u"."_s));
    m_prefix = qEnvironmentVariableIsSet("QT_SCALE_FACTOR") ? u"largefonts-scale%1-"_s.arg(qEnvironmentVariable("QT_SCALE_FACTOR"))
                                                             : u"largefonts-"_s;
    m_server = std::make_unique<TestServer>(u"ui_largefonts"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    QVERIFY(m_admin.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
    QJsonObject lead {{u"title"_s, u"Desks for the Hamburg office"_s},
                      {u"company"_s, u"Nordwind Büromöbel GmbH"_s},
                      {u"estimated_value"_s, u"12500.00"_s},
                      {u"currency"_s, u"EUR"_s}};
    QVERIFY(erp::test::waitFor(m_admin.api->create(u"/leads"_s, lead))->isSuccess());
    // Long words (a German compound wider than a card at 200 %) and a large value.
    QJsonObject longLead {{u"title"_s, u"Büroausstattung für die Niederlassung Süddeutschland"_s},
                          {u"company"_s, u"Donaudampfschifffahrtsgesellschaftskapitänsmützen AG"_s},
                          {u"estimated_value"_s, u"1234567.89"_s},
                          {u"currency"_s, u"EUR"_s}};
    QVERIFY(erp::test::waitFor(m_admin.api->create(u"/leads"_s, longLead))->isSuccess());
    QJsonObject shortLead {{u"title"_s, u"Chairs"_s},
                           {u"company"_s, u"Kraus KG"_s},
                           {u"estimated_value"_s, u"99.50"_s},
                           {u"currency"_s, u"CHF"_s}};
    QVERIFY(erp::test::waitFor(m_admin.api->create(u"/leads"_s, shortLead))->isSuccess());
}

void TestLargeFonts::cleanup()
{
    QApplication::setFont(m_defaultFont);
}

QStringList TestLargeFonts::check(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QString path = m_dir.filePath(m_prefix + name + u".png"_s);
    if (!widget->grab().save(path))
        return {path + u": not written"_s};
    QStringList problems = erp::test::layoutProblems(widget) + squeezedInScrollArea(widget) + clippedTexts(widget)
        + overlaps(widget);
    for (QString &p : problems)
        p.prepend(name + u": "_s);
    return problems;
}

// A dialog of page's shown since `before` was taken, waiting up to timeoutMs.
static QDialog *newDialog(QWidget *page, const QList<QDialog *> &before, int timeoutMs)
{
    QDialog *dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (QDialog *d : page->findChildren<QDialog *>())
                if (d->isVisible() && !before.contains(d))
                    dialog = d;
            return dialog != nullptr;
        },
        timeoutMs);
    return dialog;
}

// English and German (longer words: "Bestellungen", "Lagerbewegungen",
// "Wechselkurse"), at 150 % and 200 %.
void TestLargeFonts::pagesAndFormsAtLargeFonts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("percent");
    for (const QString &language : {u"en"_s, u"de"_s})
        for (int percent : {150, 200})
            QTest::addRow("%s %d%%", qPrintable(language), percent) << language << percent;
}

void TestLargeFonts::pagesAndFormsAtLargeFonts()
{
    QFETCH(QString, language);
    QFETCH(int, percent);
    QVERIFY(m_languages.apply(language));
    QFont large = m_defaultFont;
    large.setPointSizeF(m_defaultFont.pointSizeF() * percent / 100.0);
    QApplication::setFont(large);

    MainWindow window(m_admin.api.get(), m_admin.settings.get());
    window.resize(1600, 1000);
    window.rebuildPages();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The pages' text really is larger (the client follows the font).
    QVERIFY(window.navigation()->fontMetrics().height() > QFontMetrics(m_defaultFont).height() * (percent - 20) / 100);

    QStringList problems;
    for (const QString &id : window.pageIds()) {
        QVERIFY(window.showPage(id));
        Page *page = window.page(id);
        if (auto *list = qobject_cast<ListPage *>(page))
            QTRY_VERIFY_WITH_TIMEOUT(list->model()->state() != PagedListModel::State::Loading, 15000);
        if (auto *board = qobject_cast<PipelineBoardPage *>(page))
            QTRY_VERIFY_WITH_TIMEOUT(!board->isLoading() && !board->columns().isEmpty(), 15000);
        QTest::qWait(100);
        problems << check(&window, u"%1-%2-%3"_s.arg(language).arg(percent).arg(id));
        // The sidebar shows every page's whole title.
        QTreeWidget *nav = window.navigation();
        // Text, margins and icon, in the part of the row the viewport shows
        // (a vertical scroll bar takes its width from the rows).
        const int margin = nav->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, nav) + 1;
        const int icon = nav->iconSize().isValid() ? nav->iconSize().width()
                                                   : nav->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, nav);
        for (QTreeWidgetItemIterator it(nav); *it; ++it) {
            const int needed = QFontMetrics((*it)->font(0)).horizontalAdvance((*it)->text(0)) + 2 * margin
                + ((*it)->icon(0).isNull() ? 0 : icon + margin);
            const QRect row = nav->visualItemRect(*it);
            const int shown = QRect(row.left(), 0, row.width(), 1).intersected(QRect(0, 0, nav->viewport()->width(), 1)).width();
            if (id == window.pageIds().first() && needed > shown)
                problems << u"%1-%2-navigation: \"%3\" needs %4 px, has %5 px"_s.arg(language).arg(percent).arg((*it)->text(0)).arg(needed).arg(shown);
        }
        if (page->canCreate()) {
            const auto before = page->findChildren<QDialog *>();
            page->createRecord();
            QDialog *dialog = newDialog(page, before, 5000);
            if (dialog) {
                QTest::qWait(150);
                problems << check(dialog, u"%1-%2-%3-new"_s.arg(language).arg(percent).arg(id));
                dialog->done(QDialog::Rejected);
            }
        }
        // The edit form of the first row (a saved record shows more: status
        // actions, related-records tabs).
        auto *list = qobject_cast<ListPage *>(page);
        if (list && list->model()->rowCount() > 0) {
            const auto before = page->findChildren<QDialog *>();
            emit list->view()->activated(list->model()->index(0, 0));
            QDialog *dialog = newDialog(page, before, 3000);
            if (dialog) {
                if (auto *form = qobject_cast<RecordForm *>(dialog))
                    QTRY_VERIFY_WITH_TIMEOUT(!form->isBusy(), 15000);
                QTest::qWait(200);
                problems << check(dialog, u"%1-%2-%3-edit"_s.arg(language).arg(percent).arg(id));
                dialog->done(QDialog::Rejected);
            }
        }
    }
    for (const QString &p : std::as_const(problems))
        qWarning("%s", qPrintable(p));
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problems (listed above)"_s.arg(problems.size())));
}

void TestLargeFonts::dialogsAtLargeFonts_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("de") << u"de"_s;
}

void TestLargeFonts::dialogsAtLargeFonts()
{
    QFETCH(QString, language);
    QVERIFY(m_languages.apply(language));
    QFont large = m_defaultFont;
    large.setPointSizeF(m_defaultFont.pointSizeF() * 2);
    QApplication::setFont(large);
    QStringList problems;
    {
        LoginDialog dialog(m_admin.api.get(), m_admin.settings.get(), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        problems << check(&dialog, language + u"-200-login"_s);
    }
    {
        LanguageManager languages;
        SettingsDialog dialog(&languages, m_admin.settings.get(), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        problems << check(&dialog, language + u"-200-settings"_s);
    }
    for (const QString &p : std::as_const(problems))
        qWarning("%s", qPrintable(p));
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problems (listed above)"_s.arg(problems.size())));
}

void TestLargeFonts::boardCardsShowTheirWholeText_data()
{
    pagesAndFormsAtLargeFonts_data(); // the same languages and sizes
}

// Every card on the board shows its lead's whole title, company, value and
// owner at large text, in English and German: what the card paints (read
// from the glyph runs it hands the painter) has no "…", every run lies
// inside its card and the column, no two runs overlap, and together they
// hold the texts the server has for the lead. The stage's name above the
// cards is whole too.
void TestLargeFonts::boardCardsShowTheirWholeText()
{
    QFETCH(QString, language);
    QFETCH(int, percent);
    QVERIFY(m_languages.apply(language));
    QFont large = m_defaultFont;
    large.setPointSizeF(m_defaultFont.pointSizeF() * percent / 100.0);
    QApplication::setFont(large);

    const auto leads = erp::test::waitFor(m_admin.api->get(u"/leads?limit=100"_s));
    QVERIFY(leads->isSuccess());
    QHash<qint64, QJsonObject> byId;
    for (const QJsonValue &v : leads->json().value(u"items"_s).toArray())
        byId.insert(qint64(v.toObject().value(u"id"_s).toDouble()), v.toObject());
    QVERIFY(byId.size() >= 3);

    PipelineBoardPage board(m_admin.api.get());
    board.resize(1600, 1400);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    QSignalSpy loaded(&board, &PipelineBoardPage::loaded);
    board.refresh();
    QVERIFY(loaded.wait(15000));
    QTest::qWait(100);
    QVERIFY(board.grab().save(m_dir.filePath(m_prefix + u"%1-%2-board-cards.png"_s.arg(language).arg(percent))));

    QStringList problems;
    QSet<qint64> checked;
    for (PipelineColumn *column : board.columns()) {
        // The stage's name, whole.
        auto *title = column->findChild<QLabel *>(u"stageTitle"_s);
        QVERIFY(title);
        QCOMPARE(title->text(), column->name());
        const int titleWidth = title->fontMetrics().horizontalAdvance(title->text());
        if (title->wordWrap() ? title->heightForWidth(title->contentsRect().width()) > title->contentsRect().height()
                              : titleWidth > title->contentsRect().width())
            problems << u"stage \"%1\": %2 px wide in %3 px"_s.arg(title->text()).arg(titleWidth).arg(title->contentsRect().width());

        QListView *view = column->view();
        QWidget *viewport = view->viewport();
        TextRecorder recorder(viewport->size(), viewport->logicalDpiX(), viewport->logicalDpiY());
        viewport->render(&recorder);
        const QList<TextRecorder::Text> texts = recorder.texts();
        for (int row = 0; row < column->model()->rowCount(); ++row) {
            const QModelIndex index = column->model()->index(row);
            const QRect card = view->visualRect(index);
            if (!card.intersects(viewport->rect()))
                continue;
            const qint64 id = index.data(PipelineColumnModel::IdRole).toLongLong();
            const QJsonObject lead = byId.value(id);
            const QString cardId = u"%1 card \"%2\""_s.arg(column->name(), lead.value(u"title"_s).toString());
            if (card.right() >= viewport->width() || card.bottom() >= viewport->height())
                problems << cardId + u": card beyond the column (%1 in %2x%3)"_s.arg(QDebug::toString(card)).arg(viewport->width()).arg(viewport->height());
            QList<TextRecorder::Text> onCard;
            for (const TextRecorder::Text &t : texts)
                if (card.contains(t.rect.center().toPoint()))
                    onCard << t;
            QString painted;
            for (int i = 0; i < onCard.size(); ++i) {
                const TextRecorder::Text &t = onCard[i];
                painted += t.text;
                if (t.text.contains(QChar(0x2026)))
                    problems << cardId + u": \"%1\" shortened"_s.arg(t.text);
                if (!QRectF(card).adjusted(-0.5, -0.5, 0.5, 0.5).contains(t.rect))
                    problems << cardId + u": \"%1\" at %2 outside the card %3"_s.arg(t.text, QDebug::toString(t.rect), QDebug::toString(card));
                for (int j = i + 1; j < onCard.size(); ++j)
                    if (t.rect.adjusted(0.5, 0.5, -0.5, -0.5).intersects(onCard[j].rect.adjusted(0.5, 0.5, -0.5, -0.5)))
                        problems << cardId + u": \"%1\" overlaps \"%2\""_s.arg(t.text, onCard[j].text);
            }
            const QStringList expected {lead.value(u"title"_s).toString(), lead.value(u"company"_s).toString(),
                                        LocaleFormat::amount(lead.value(u"estimated_value"_s).toString(),
                                                             lead.value(u"currency"_s).toString()),
                                        lead.value(u"owner_name"_s).toString()};
            for (const QString &e : expected)
                if (!withoutSpaces(painted).contains(withoutSpaces(e)))
                    problems << cardId + u": \"%1\" not shown whole (shows \"%2\")"_s.arg(e, painted);
            checked << id;
        }
    }
    for (const QString &p : std::as_const(problems))
        qWarning("%s", qPrintable(p));
    // Every lead was on screen and checked.
    QCOMPARE(checked.size(), byId.size());
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problems (listed above)"_s.arg(problems.size())));
}

QTEST_MAIN(TestLargeFonts)
#include "tst_largefonts.moc"
