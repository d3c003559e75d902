// Screenshots of every page of the main window, signed in as the
// administrator against the real server with data like a small firm's (CRM,
// purchasing, stock), in English and German at 1100x700 and 900x600:
// <build>/screenshots/pages/<lang>-<width>x<height>-<page>.png, for a person
// to look at; the same for a sales representative and a purchaser, whose
// windows hold fewer pages (rep-..., buyer-...). Each page must have finished loading without an error, and its
// lists must show the data made for them, before its picture is taken.
// Widgets cut off by the window (erp::test::layoutProblems) and pages that
// widen the window are printed, not failed on: the page owners fix those.
// A list's filters fail the test, at every size and language: each lies
// inside the page, shows its whole hint, choice or label (measured with its
// own font, not asked of the layout), a label on the row of its field, none
// overlapping another or the table. So does a label that paints less of its
// text than it would with room (erp::test::labelTextCut).
// In German, no label, button, placeholder or filter choice may still show
// the English text of a message that has a German translation (a text set
// once at construction and never retranslated): that fails.
#include "client/core/PagedListModel.h"
#include "client/ui/BusyIndicator.h"
#include "client/ui/ColorScheme.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/ListPage.h"
#include "client/ui/MainWindow.h"
#include "tests/client/purchasing/PurchasingTestData.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QLayout>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>
#include <QTableView>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QtMath>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QXmlStreamReader>

#include <map>

using namespace Qt::StringLiterals;
using namespace erp::client;

namespace {

// WCAG 2.1 relative luminance and contrast ratio, written from the definition.
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor colourOf(const QVariant &v)
{
    if (v.canConvert<QBrush>() && v.metaType().id() == QMetaType::QBrush)
        return v.value<QBrush>().color();
    return v.value<QColor>();
}

} // namespace

class TestPageScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyPage_data();
    void everyPage();
    void listColoursInEveryScheme_data();
    void listColoursInEveryScheme();

private:
    void seedCrm();
    void seedPurchasingAndStock();
    bool waitUntilLoaded(Page *page);
    QStringList englishLeftIn(const QWidget *root) const;
    static QStringList filterProblems(ListPage *page);
    static QStringList cutLabels(QWidget *root);

    // English sources whose German translation differs (translations/*.ts).
    QSet<QString> m_translatedInGerman;

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_admin;
    erp::test::SignedInClient m_manager;
    erp::test::SignedInClient m_rep;
    erp::test::SignedInClient m_buyer;
    // One window per person ("admin", "rep", "buyer"); the one shown last is m_window.
    std::map<QString, std::unique_ptr<MainWindow>> m_windows;
    MainWindow *m_window = nullptr;
    erp::test::SignedInClient *clientOf(const QString &person);
    QDir m_dir;
    LanguageManager m_languages;
    QString m_language;
};

void TestPageScreenshots::initTestCase()
{
    QVERIFY(m_languages.apply(u"en"_s));
    m_language = u"en"_s;
    // The translators' file, read independently of the client's lookup.
    QFile ts(QStringLiteral(ERP_TRANSLATIONS_DIR) + u"/erp_client_de.ts"_s);
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    QXmlStreamReader xml(&ts);
    QString source;
    QSet<QString> sameInGerman; // "Name", "Status": the same word somewhere
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString german = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (!german.isEmpty() && german != source)
                m_translatedInGerman.insert(source);
            else
                sameInGerman.insert(source);
        }
    }
    QVERIFY(!xml.hasError());
    m_translatedInGerman.subtract(sameInGerman);
    QVERIFY(m_translatedInGerman.contains(u"Location:"_s));
    m_dir.setPath(QStringLiteral(ERP_SCREENSHOT_DIR) + u"/pages"_s);
    QVERIFY(m_dir.mkpath(u"."_s));
    m_server = std::make_unique<TestServer>(u"ui_page_screenshots"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    const QList<std::pair<const char *, const char *>> people {
        {"anna.berger", "sales_rep"}, {"ben.okafor", "sales_rep"}, {"maria.lopez", "manager"},
        {"pat.purchaser", "purchaser"}, {"wim.warehouse", "warehouse_clerk"}};
    for (const auto &[name, role] : people)
        m_server->createUser(m_acme, QString::fromLatin1(name) + u"@acme.test"_s, {QString::fromLatin1(role)});
    QVERIFY(m_admin.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
    QVERIFY(m_manager.signIn(*m_server, m_acme.slug, u"maria.lopez@acme.test"_s, TestServer::userPassword()));
    QVERIFY(m_rep.signIn(*m_server, m_acme.slug, u"anna.berger@acme.test"_s, TestServer::userPassword()));
    QVERIFY(m_buyer.signIn(*m_server, m_acme.slug, u"pat.purchaser@acme.test"_s, TestServer::userPassword()));
    seedCrm();
    seedPurchasingAndStock();
    for (const QString &person : {u"admin"_s, u"rep"_s, u"buyer"_s}) {
        auto window = std::make_unique<MainWindow>(clientOf(person)->api.get(), clientOf(person)->settings.get());
        window->resize(1100, 700);
        window->rebuildPages();
        m_windows[person] = std::move(window);
    }
    m_window = m_windows.at(u"admin"_s).get();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestPageScreenshots::cleanupTestCase()
{
    m_window = nullptr;
    m_windows.clear();
}

erp::test::SignedInClient *TestPageScreenshots::clientOf(const QString &person)
{
    if (person == u"rep")
        return &m_rep;
    if (person == u"buyer")
        return &m_buyer;
    return &m_admin;
}

void TestPageScreenshots::seedCrm()
{
    ApiClient *api = m_admin.api.get();
    auto stages = erp::test::waitFor(api->get(u"/pipeline-stages"_s));
    QList<qint64> stageIds;
    for (const QJsonValue &s : stages->json().value(u"items"_s).toArray())
        stageIds << qint64(s.toObject().value(u"id"_s).toDouble());
    QVERIFY(stageIds.size() >= 3);
    struct Lead
    {
        const char *title, *company, *contact, *value;
        int probability, stage;
    };
    const Lead leads[] = {
        {"40 ergonomic office chairs", "Nordwind Logistik GmbH", "Jana Rademacher", "12480.00", 60, 2},
        {"Reception desk and lounge", "Café Lumière SARL", "Élodie Marchand", "8900.00", 40, 1},
        {"Standing desks, 2nd floor", "Brightline Analytics Ltd", "Oliver Grant", "23150.50", 75, 2},
        {"Meeting room refit", "Hidalgo & Hijos S.L.", "Lucía Hidalgo", "15400.00", 20, 0},
        {"Canteen furniture", "Stadtwerke Lindau", "Peter Brandl", "56000.00", 10, 0},
        {"Home-office kits (120)", "Fjord Consulting AS", "Ingrid Dahl", "36000.00", 65, 1},
    };
    qint64 firstLead = 0;
    QList<qint64> leadIds;
    for (const Lead &l : leads) {
        const qint64 id = erp::test::createdId(api, u"/leads"_s,
                                               {{u"title"_s, QString::fromUtf8(l.title)},
                                                {u"company"_s, QString::fromUtf8(l.company)},
                                                {u"contact_name"_s, QString::fromUtf8(l.contact)},
                                                {u"email"_s, u"info@example.com"_s},
                                                {u"estimated_value"_s, QString::fromLatin1(l.value)},
                                                {u"currency"_s, u"EUR"_s},
                                                {u"probability"_s, l.probability},
                                                {u"expected_close_date"_s, u"2027-03-31"_s},
                                                {u"stage_id"_s, double(stageIds.at(l.stage))}});
        QVERIFY(id);
        if (!firstLead)
            firstLead = id;
        leadIds << id;
    }
    // One won and one lost lead: statuses the leads list marks in colour and words.
    QVERIFY(erp::test::waitFor(api->post(u"/leads/%1/win"_s.arg(leadIds.at(4))))->isSuccess());
    QVERIFY(erp::test::waitFor(api->post(u"/leads/%1/lose"_s.arg(leadIds.at(1)),
                                         QJsonObject {{u"lost_reason"_s, u"Budget moved to next year"_s}}))
                ->isSuccess());
    const qint64 nordwind = erp::test::createdId(
        api, u"/accounts"_s,
        {{u"name"_s, u"Nordwind Logistik GmbH"_s}, {u"industry"_s, u"Logistics"_s}, {u"phone"_s, u"+49 40 123456"_s}});
    const qint64 brightline = erp::test::createdId(
        api, u"/accounts"_s, {{u"name"_s, u"Brightline Analytics Ltd"_s}, {u"industry"_s, u"Software"_s}});
    QVERIFY(nordwind && brightline);
    QVERIFY(erp::test::createdId(api, u"/contacts"_s,
                                 {{u"name"_s, u"Jana Rademacher"_s},
                                  {u"email"_s, u"jana.rademacher@nordwind.example"_s},
                                  {u"account_id"_s, double(nordwind)}}));
    QVERIFY(erp::test::createdId(api, u"/contacts"_s,
                                 {{u"name"_s, u"Oliver Grant"_s},
                                  {u"email"_s, u"oliver.grant@brightline.example"_s},
                                  {u"account_id"_s, double(brightline)}}));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<std::pair<QString, QDateTime>> activities {{u"Call Jana about the chair samples"_s, now.addDays(-1)},
                                                           {u"Send revised offer"_s, now.addSecs(3600)},
                                                           {u"Site visit in Lindau"_s, now.addDays(3)}};
    for (const auto &[subject, due] : activities)
        QVERIFY(erp::test::createdId(api, u"/activities"_s,
                                     {{u"kind"_s, u"call"_s},
                                      {u"subject"_s, subject},
                                      {u"due_at"_s, due.toString(Qt::ISODate)},
                                      {u"assignee_id"_s, double(m_acme.adminUserId)},
                                      {u"lead_id"_s, double(firstLead)}}));
}

void TestPageScreenshots::seedPurchasingAndStock()
{
    ApiClient *api = m_admin.api.get();
    erp::test::PurchasingData data;
    QVERIFY(erp::test::seedPurchasing(api, &data));
    auto line = [](qint64 product, const char *quantity) {
        return QJsonObject {{u"product_id"_s, double(product)}, {u"quantity"_s, QLatin1String(quantity)}};
    };
    QList<qint64> orders;
    for (const auto &lines : {QJsonArray {line(data.penId, "200"), line(data.clipsId, "48")},
                              QJsonArray {line(data.penId, "25000"), line(data.clipsId, "500")},
                              QJsonArray {line(data.clipsId, "10")}})
        orders << erp::test::createdId(api, u"/purchase-orders"_s,
                                       {{u"supplier_id"_s, double(data.supplierId)},
                                        {u"warehouse_id"_s, double(data.warehouseId)},
                                        {u"lines"_s, lines}});
    QVERIFY(!orders.contains(0));
    // One waits in the manager's approval inbox.
    QVERIFY(erp::test::waitFor(api->post(u"/purchase-orders/%1/submit"_s.arg(orders.at(1))))->isSuccess());
    // A rate for the exchange-rates page (a failure only leaves that list empty).
    erp::test::createdId(api, u"/exchange-rates"_s,
                         {{u"currency"_s, u"USD"_s}, {u"rate"_s, u"1.0850"_s}, {u"valid_on"_s, u"2026-11-02"_s}});
    // Stock on hand in the warehouse's storage location.
    QUrlQuery q;
    q.addQueryItem(u"limit"_s, u"200"_s);
    auto locations = erp::test::waitFor(api->get(u"/locations"_s, q));
    qint64 storage = 0;
    for (const QJsonValue &l : locations->json().value(u"items"_s).toArray())
        if (l.toObject().value(u"kind"_s).toString() == u"storage"_s && !storage)
            storage = qint64(l.toObject().value(u"id"_s).toDouble());
    QVERIFY(storage);
    for (const auto &[product, counted] : {std::pair {data.penId, "480"}, std::pair {data.clipsId, "36"}})
        QVERIFY(erp::test::waitFor(api->create(u"/stock-adjustments"_s,
                                               {{u"product_id"_s, double(product)},
                                                {u"location_id"_s, double(storage)},
                                                {u"counted"_s, QLatin1String(counted)},
                                                {u"note"_s, u"Opening count"_s}}))
                    ->isSuccess());
}

bool TestPageScreenshots::waitUntilLoaded(Page *page)
{
    return QTest::qWaitFor(
        [page] {
            if (auto *list = qobject_cast<ListPage *>(page))
                if (list->model()->state() == PagedListModel::State::Loading)
                    return false;
            const auto spinners = page->findChildren<BusyIndicator *>();
            for (BusyIndicator *b : spinners)
                if (b->isRunning() && b->isVisible())
                    return false;
            return true;
        },
        15000);
}

void TestPageScreenshots::everyPage_data()
{
    QTest::addColumn<QString>("person");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("page");
    // Each person's own navigation; the admin's holds every page.
    for (const QString &person : {u"admin"_s, u"rep"_s, u"buyer"_s}) {
        MainWindow probe(clientOf(person)->api.get(), clientOf(person)->settings.get());
        probe.rebuildPages();
        const QStringList pages = probe.pageIds();
        QVERIFY(pages.size() >= (person == u"admin" ? 20 : 5));
        const QString prefix = person == u"admin" ? QString() : person + u'-';
        for (const QString &language : {u"en"_s, u"de"_s})
            for (const QSize size : {QSize(1100, 700), QSize(900, 600)})
                for (const QString &page : pages)
                    QTest::newRow(qPrintable(
                        u"%1%2-%3x%4-%5"_s.arg(prefix, language).arg(size.width()).arg(size.height()).arg(page)))
                        << person << language << size << page;
    }
}

void TestPageScreenshots::everyPage()
{
    QFETCH(QString, person);
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(QString, page);
    if (language != m_language) {
        QVERIFY(m_languages.apply(language));
        m_language = language;
    }
    if (MainWindow *wanted = m_windows.at(person).get(); wanted != m_window) {
        m_window->hide();
        m_window = wanted;
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }
    QVERIFY(m_window->showPage(page));
    m_window->resize(size);
    Page *shown = m_window->currentPage();
    QVERIFY(shown);
    QVERIFY2(waitUntilLoaded(shown), "still loading");
    if (auto *list = qobject_cast<ListPage *>(shown)) {
        QVERIFY2(list->model()->state() != PagedListModel::State::Error,
                 qPrintable(list->model()->lastError().debugString()));
        // Lists of what initTestCase made (or every organisation starts with).
    static const QStringList seeded {u"leads"_s,  u"accounts"_s,       u"contacts"_s,    u"activities"_s,
                                     u"users"_s,  u"roles"_s,          u"sessions"_s,    u"audit"_s,
                                     u"stock"_s,  u"stock-moves"_s,    u"products"_s,    u"warehouses"_s,
                                     u"units"_s,  u"purchase-orders"_s, u"suppliers"_s};
    // (The admin sees all of it; others what their roles and records show.)
    QVERIFY2(list->model()->rowCount() > 0 || !seeded.contains(page) || person != u"admin",
             "no rows: the seeded data should show");
    }
    QApplication::processEvents();
    // Layouts settle one level per pass of the event loop (a combo box
    // refilled in German asks its filter row, which asks the page): what is
    // still wrong after that is what a user sees.
    QTest::qWaitFor(
        [this, shown] {
            auto *list = qobject_cast<ListPage *>(shown);
            return (!list || filterProblems(list).isEmpty()) && erp::test::layoutProblems(m_window).isEmpty();
        },
        2000);
    const QString name = QString::fromLatin1(QTest::currentDataTag());
    QStringList problems;
    // A page whose minimum size is larger than the window widens it.
    if (!QTest::qWaitFor([&] { return m_window->size() == size; }, 2000))
        problems << u"the window cannot be %1x%2: it is %3x%4 (this page needs %5x%6)"_s.arg(size.width())
                        .arg(size.height())
                        .arg(m_window->width())
                        .arg(m_window->height())
                        .arg(shown->minimumSizeHint().width())
                        .arg(shown->minimumSizeHint().height());
    const QImage picture = m_window->grab().toImage();
    QVERIFY(!picture.isNull());
    const QString path = m_dir.filePath(name + u".png"_s);
    QVERIFY2(picture.save(path), qPrintable(path));
    problems << erp::test::layoutProblems(m_window);
    if (auto *list = qobject_cast<ListPage *>(shown)) {
        const QStringList filters = filterProblems(list);
        QVERIFY2(filters.isEmpty(), qPrintable(u"Filters: "_s + filters.join(u" | "_s)));
    }
    const QStringList cut = cutLabels(shown);
    QVERIFY2(cut.isEmpty(), qPrintable(u"Label text not all shown: "_s + cut.join(u" | "_s)));
    if (language == u"de"_s) {
        const QStringList english = englishLeftIn(m_window);
        QVERIFY2(english.isEmpty(), qPrintable(u"English in German: "_s + english.join(u" | "_s)));
    }
    if (!problems.isEmpty())
        qInfo("%s: %s", qPrintable(name), qPrintable(problems.join(u"; "_s)));
}

QStringList TestPageScreenshots::filterProblems(ListPage *page)
{
    QStringList problems;
    auto *bar = page->findChild<QWidget *>(u"filterBar"_s);
    if (!bar || !bar->isVisible())
        return problems;
    // The page's own area, inside its margins; nothing may reach past it.
    const QRect inside = page->rect().marginsRemoved(page->layout()->contentsMargins());
    const int tableTop = page->view()->mapTo(page, QPoint(0, 0)).y();
    QList<QWidget *> filters;
    for (QWidget *w : bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (w->isVisible())
            filters << w;
    const auto id = [](const QWidget *w) {
        QString text = QString::fromLatin1(w->metaObject()->className());
        if (!w->objectName().isEmpty())
            text += u' ' + w->objectName();
        if (auto *label = qobject_cast<const QLabel *>(w))
            text += u" “%1”"_s.arg(label->text());
        return text;
    };
    for (QWidget *w : std::as_const(filters)) {
        const QRect r(w->mapTo(page, QPoint(0, 0)), w->size());
        if (!inside.contains(r))
            problems << id(w) + u": at %1..%2 px, the page's area ends at %3"_s.arg(r.left()).arg(r.right()).arg(inside.right());
        if (r.bottom() >= tableTop)
            problems << id(w) + u": reaches into the table"_s;
        const QFontMetrics fm = w->fontMetrics();
        if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            // The room for text: the contents without the text margins, 2 px each
            // side, and the buttons inside (clear button).
            QStyleOptionFrame option;
            option.initFrom(edit);
            option.rect = edit->rect();
            int room = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit).width()
                - edit->textMargins().left() - edit->textMargins().right() - 2 * 2;
            for (QWidget *inner : edit->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
                if (inner->isVisibleTo(edit))
                    room -= inner->width();
            for (const QString &text : {edit->placeholderText(), edit->text()})
                if (fm.horizontalAdvance(text) > room)
                    problems << id(w) + u": “%1” needs %2 px, has %3"_s.arg(text).arg(fm.horizontalAdvance(text)).arg(room);
        } else if (auto *combo = qobject_cast<QComboBox *>(w); combo && !combo->isEditable()) {
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.rect = combo->rect();
            option.frame = combo->hasFrame();
            const int room = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                            QStyle::SC_ComboBoxEditField, combo).width();
            if (fm.horizontalAdvance(combo->currentText()) > room)
                problems << id(w) + u": “%1” needs %2 px, has %3 (%4 px wide, size hint %5)"_s.arg(combo->currentText())
                                        .arg(fm.horizontalAdvance(combo->currentText())).arg(room).arg(combo->width())
                                        .arg(combo->sizeHint().width());
        } else if (auto *check = qobject_cast<QCheckBox *>(w)) {
            QStyleOptionButton option;
            option.initFrom(check);
            option.rect = check->rect();
            const int room = check->style()->subElementRect(QStyle::SE_CheckBoxContents, &option, check).width();
            const QString text = QString(check->text()).remove(u'&');
            if (fm.horizontalAdvance(text) > room)
                problems << id(w) + u": needs %1 px, has %2"_s.arg(fm.horizontalAdvance(text)).arg(room);
        } else if (auto *label = qobject_cast<QLabel *>(w)) {
            const QString text = QString(label->text()).remove(u'&');
            if (fm.horizontalAdvance(text) > label->contentsRect().width())
                problems << id(w) + u": needs %1 px, has %2"_s.arg(fm.horizontalAdvance(text)).arg(label->contentsRect().width());
            // On the row of its field, before it.
            if (QWidget *field = label->buddy(); field && field->isVisible()
                && (qAbs(label->geometry().center().y() - field->geometry().center().y()) > 1
                    || label->geometry().right() >= field->geometry().left()))
                problems << id(w) + u": not beside its field"_s;
        }
        for (QWidget *other : std::as_const(filters))
            if (other != w && w < other && w->geometry().intersects(other->geometry()))
                problems << id(w) + u" overlaps "_s + id(other);
    }
    return problems;
}

QStringList TestPageScreenshots::cutLabels(QWidget *root)
{
    QStringList cut;
    for (QLabel *label : root->findChildren<QLabel *>())
        if (label->isVisible() && label->buddy() && !label->wordWrap() && !label->text().isEmpty()
            && erp::test::labelTextCut(label))
            cut << label->text();
    return cut;
}

void TestPageScreenshots::listColoursInEveryScheme_data()
{
    QTest::addColumn<int>("scheme");
    QTest::newRow("standard") << int(ColorScheme::Kind::Standard);
    QTest::newRow("high-contrast-light") << int(ColorScheme::Kind::HighContrastLight);
    QTest::newRow("high-contrast-dark") << int(ColorScheme::Kind::HighContrastDark);
}

// The colours lists give their cells (a status, overdue, below reorder, a
// closed order), in each colour scheme: readable on the rows' backgrounds
// (4.5:1, WCAG AA) and never the only signal: two cells of a column that
// differ in colour also differ in their words, icon or weight.
void TestPageScreenshots::listColoursInEveryScheme()
{
    QFETCH(int, scheme);
    QVERIFY(m_languages.apply(u"en"_s));
    m_language = u"en"_s;
    ColorScheme::apply(ColorScheme::Kind(scheme));
    const auto restore = qScopeGuard([] { ColorScheme::apply(ColorScheme::Kind::Standard); });
    m_window->resize(1100, 700);
    QStringList problems;
    int coloured = 0;
    for (const QString &id : m_window->pageIds()) {
        QVERIFY(m_window->showPage(id));
        auto *list = qobject_cast<ListPage *>(m_window->currentPage());
        if (!list)
            continue;
        list->refresh();
        QVERIFY2(waitUntilLoaded(list), qPrintable(id));
        QApplication::processEvents();
        const QPalette palette = list->view()->palette();
        QAbstractItemModel *model = list->model();
        for (int column = 0; column < model->columnCount(); ++column) {
            struct Look
            {
                QString text;
                bool icon;
                bool bold;
                QColor fore;
                QColor back;
            };
            QList<Look> looks;
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex cell = model->index(row, column);
                const QColor fore = colourOf(cell.data(Qt::ForegroundRole));
                const QColor back = colourOf(cell.data(Qt::BackgroundRole));
                const QString text = cell.data().toString();
                if (fore.isValid() || back.isValid())
                    ++coloured;
                const QColor shownFore = fore.isValid() ? fore : palette.color(QPalette::Text);
                const QList<QColor> backs = back.isValid() ? QList<QColor> {back}
                                                           : QList<QColor> {palette.color(QPalette::Base),
                                                                            palette.color(QPalette::AlternateBase)};
                for (const QColor &b : backs)
                    if (!text.isEmpty() && contrastRatio(shownFore, b) < 4.5)
                        problems << u"%1, \"%2\" (column %3): %4 on %5 is %6:1"_s.arg(id, text).arg(column)
                                        .arg(shownFore.name(), b.name())
                                        .arg(contrastRatio(shownFore, b), 0, 'f', 2);
                looks.append({text, !cell.data(Qt::DecorationRole).value<QIcon>().isNull()
                                        || cell.data(Qt::DecorationRole).canConvert<QColor>(),
                              cell.data(Qt::FontRole).value<QFont>().bold(), fore, back});
            }
            for (int a = 0; a < looks.size(); ++a)
                for (int b = a + 1; b < looks.size(); ++b) {
                    const Look &x = looks[a];
                    const Look &y = looks[b];
                    if ((x.fore != y.fore || x.back != y.back) && x.text == y.text && x.icon == y.icon && x.bold == y.bold)
                        problems << u"%1, column %2: \"%3\" told apart by colour alone"_s.arg(id).arg(column).arg(x.text);
                }
        }
    }
    problems.removeDuplicates();
    for (const QString &p : std::as_const(problems))
        qWarning("%s", qPrintable(p));
    qInfo("%d coloured cells", coloured);
    QVERIFY(coloured > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problems (listed above)"_s.arg(problems.size())));
}

// Texts a person reads on the visible widgets (not data in tables, whose
// names come from users) that are English sources with a German translation.
QStringList TestPageScreenshots::englishLeftIn(const QWidget *root) const
{
    QStringList found;
    const auto check = [&](const QWidget *w, const QString &what, const QString &text) {
        if (!text.isEmpty() && m_translatedInGerman.contains(text))
            found << u"%1 %2 “%3”"_s.arg(QString::fromLatin1(w->metaObject()->className()), what, text);
    };
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        // Cells and cards show records; their texts are the users' data.
        bool inView = false;
        for (const QWidget *p = w->parentWidget(); p && !inView; p = p->parentWidget())
            inView = qobject_cast<const QAbstractItemView *>(p) != nullptr;
        if (inView)
            continue;
        if (auto *label = qobject_cast<const QLabel *>(w))
            check(w, u"text"_s, label->text());
        else if (auto *button = qobject_cast<const QAbstractButton *>(w))
            check(w, u"text"_s, button->text());
        else if (auto *edit = qobject_cast<const QLineEdit *>(w))
            check(w, u"placeholder"_s, edit->placeholderText());
        if (auto *combo = qobject_cast<const QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                check(w, u"choice"_s, combo->itemText(i));
        check(w, u"tooltip"_s, w->toolTip());
    }
    return found;
}

QTEST_MAIN(TestPageScreenshots)
#include "tst_pagescreenshots.moc"
