// Inventory > Units against the real server, in German: a unit created in
// the form with its category and an exact factor typed the German way
// ("0,000001" stored as 0.000001, not rounded and not 1), a factor with more
// decimals than a unit keeps refused before sending with the entries kept,
// and an existing unit's factor changed in the form.
#include "client/core/LocaleFormat.h"
#include "client/core/PagedListModel.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/inventory/UnitForm.h"
#include "client/ui/inventory/UnitsPage.h"
#include "shared/Decimal.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>

using namespace Qt::StringLiterals;
using namespace erp::client;
using erp::shared::Decimal;

class TestUnitForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createsAUnitWithAnExactGermanFactor();
    void tooPreciseFactorIsRefusedBeforeSending();
    void changesTheFactorOfAUnit();

private:
    QJsonObject unitBySymbol(const QString &symbol);
    UnitForm *newForm();
    template<typename T> static T *field(QWidget *form, const char *name)
    {
        return form->findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_admin;
    std::unique_ptr<UnitsPage> m_page;
    LanguageManager m_languages;
};

void TestUnitForm::initTestCase()
{
    m_server = std::make_unique<TestServer>(u"ui_units"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    QVERIFY(m_admin.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
    QVERIFY(m_languages.apply(u"de"_s));
    m_page = std::make_unique<UnitsPage>(m_admin.api.get());
    m_page->resize(900, 500);
    m_page->show();
    m_page->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Ready, 15000);
}

void TestUnitForm::cleanupTestCase()
{
    m_page.reset();
    m_languages.apply(u"en"_s);
}

QJsonObject TestUnitForm::unitBySymbol(const QString &symbol)
{
    QUrlQuery q;
    q.addQueryItem(u"limit"_s, u"500"_s);
    const auto r = erp::test::waitFor(m_admin.api->get(u"/units"_s, q));
    for (const QJsonValue &v : r->json().value(u"items"_s).toArray())
        if (v.toObject().value(u"symbol"_s).toString() == symbol)
            return v.toObject();
    return {};
}

UnitForm *TestUnitForm::newForm()
{
    auto *form = qobject_cast<UnitForm *>(m_page->newRecord());
    if (!form)
        return nullptr;
    auto *category = field<QComboBox>(form, "categoryCombo");
    // The categories come from the organisation's units (Count and Mass).
    if (!QTest::qWaitFor([category] { return category->count() >= 2; }, 15000))
        return nullptr;
    return form;
}

void TestUnitForm::createsAUnitWithAnExactGermanFactor()
{
    const QJsonObject gram = unitBySymbol(u"g"_s);
    QVERIFY(!gram.isEmpty());
    UnitForm *form = newForm();
    QVERIFY(form);
    auto *category = field<QComboBox>(form, "categoryCombo");
    category->setCurrentIndex(category->findData(qint64(gram.value(u"category_id"_s).toDouble())));
    QVERIFY(category->currentIndex() >= 0);
    QTest::keyClicks(field<QLineEdit>(form, "nameEdit"), u"Milligramm"_s);
    QTest::keyClicks(field<QLineEdit>(form, "symbolEdit"), u"mg"_s);
    QLineEdit *factor = field<QLineEdit>(form, "factorEdit");
    factor->selectAll();
    // A thousandth of a gram, in the category's base unit, the German way.
    QTest::keyClicks(factor, u"0,000001"_s);
    QSignalSpy saved(form, &RecordForm::saved);
    form->save();
    QVERIFY2(saved.wait(15000), qPrintable(form->bannerText()));
    const QJsonObject stored = unitBySymbol(u"mg"_s);
    QCOMPARE(stored.value(u"name"_s).toString(), u"Milligramm"_s);
    QCOMPARE(stored.value(u"category_id"_s).toDouble(), gram.value(u"category_id"_s).toDouble());
    QCOMPARE(*Decimal::parse(stored.value(u"factor"_s).toString()), *Decimal::parse(u"0.000001"_s));
    // The list shows it, the factor written the German way.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOfId(qint64(stored.value(u"id"_s).toDouble())) >= 0, 15000);
    const int row = m_page->model()->rowOfId(qint64(stored.value(u"id"_s).toDouble()));
    QCOMPARE(m_page->model()->index(row, m_page->model()->columnForKey(u"factor"_s)).data().toString(),
             u"0,000001"_s);
}

void TestUnitForm::tooPreciseFactorIsRefusedBeforeSending()
{
    UnitForm *form = newForm();
    QVERIFY(form);
    auto *category = field<QComboBox>(form, "categoryCombo");
    category->setCurrentIndex(category->findData(qint64(unitBySymbol(u"g"_s).value(u"category_id"_s).toDouble())));
    QTest::keyClicks(field<QLineEdit>(form, "nameEdit"), u"Nanogramm"_s);
    QTest::keyClicks(field<QLineEdit>(form, "symbolEdit"), u"ng"_s);
    QLineEdit *factor = field<QLineEdit>(form, "factorEdit");
    factor->selectAll();
    QTest::keyClicks(factor, u"0,0000000001"_s); // 10 decimals: a unit keeps 9
    QSignalSpy saved(form, &RecordForm::saved);
    form->save();
    QTest::qWait(300);
    QCOMPARE(saved.count(), 0);
    QVERIFY(!form->fieldErrorText(u"factor"_s).isEmpty());
    QCOMPARE(factor->text(), u"0,0000000001"_s);
    QCOMPARE(field<QLineEdit>(form, "nameEdit")->text(), u"Nanogramm"_s);
    QVERIFY(unitBySymbol(u"ng"_s).isEmpty());
    const QDir shots(QStringLiteral(ERP_SCREENSHOT_DIR));
    QVERIFY(shots.mkpath(u"."_s));
    QVERIFY(form->grab().save(shots.filePath(u"inventory-unit-form-refused.png"_s)));
    form->close();
}

void TestUnitForm::changesTheFactorOfAUnit()
{
    const QJsonObject box = unitBySymbol(u"box12"_s);
    QVERIFY(!box.isEmpty());
    auto *form = qobject_cast<UnitForm *>(m_page->editRecord(qint64(box.value(u"id"_s).toDouble())));
    QVERIFY(form);
    QSignalSpy loaded(form, &RecordForm::loaded);
    QVERIFY(loaded.wait(15000) || !form->record().isEmpty());
    QLineEdit *factor = field<QLineEdit>(form, "factorEdit");
    QCOMPARE(factor->text(), LocaleFormat::decimalForEditing(u"12"_s));
    factor->selectAll();
    QTest::keyClicks(factor, u"12,5"_s);
    emit factor->textEdited(factor->text());
    QSignalSpy saved(form, &RecordForm::saved);
    form->save();
    QVERIFY2(saved.wait(15000), qPrintable(form->bannerText()));
    QCOMPARE(*Decimal::parse(unitBySymbol(u"box12"_s).value(u"factor"_s).toString()), *Decimal::parse(u"12.5"_s));
}

QTEST_MAIN(TestUnitForm)
#include "tst_unitform.moc"
