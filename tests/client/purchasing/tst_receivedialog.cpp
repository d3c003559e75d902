// The receive dialog against the real server: the limit per line is the
// server's (ordered plus the receipt tolerance), a quantity above it is
// refused before anything is sent and the entries stay; a receipt the server
// refuses because someone received in the meantime keeps the entries and
// shows the new figures; closing short needs a reason and ends the order.
#include "client/core/LocaleFormat.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/purchasing/ReceiveDialog.h"
#include "shared/Decimal.h"
#include "tests/client/purchasing/ProcurementClientFixture.h"

#include <QCheckBox>
#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace erp::client;
using erp::shared::Decimal;
using erp::test::ProcurementClientFixture;

class TestReceiveDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void overTheLimitIsRefusedAndEntriesKept();
    void serverRefusalKeepsEntries();
    void toleranceComesFromTheServer();
    void closeShortNeedsAReasonAndEndsTheOrder();
    void screenshot();

private:
    bool open(ReceiveDialog &dialog);
    QJsonObject lineOf(qint64 orderId, int index);

    ProcurementClientFixture m_f;
    LanguageManager m_languages;
    qint64 m_tape = 0;
    qint64 m_box = 0;
};

void TestReceiveDialog::initTestCase()
{
    QVERIFY(m_languages.apply(u"en"_s));
    QVERIFY(m_f.start(u"ui_receive_dialog"_s));
    m_tape = m_f.product(u"TAPE-50"_s, u"4011111111112"_s);
    m_box = m_f.product(u"BOX-40"_s, u"4098765432109"_s);
    QVERIFY(m_tape > 0 && m_box > 0);
}

bool TestReceiveDialog::open(ReceiveDialog &dialog)
{
    QSignalSpy loaded(&dialog, &ReceiveDialog::loaded);
    dialog.show();
    if (!QTest::qWaitForWindowActive(&dialog))
        return false;
    return (loaded.wait(15000) || loaded.count() > 0) && dialog.isLoaded();
}

QJsonObject TestReceiveDialog::lineOf(qint64 orderId, int index)
{
    return m_f.order(orderId).value(u"lines"_s).toArray().at(index).toObject();
}

void TestReceiveDialog::overTheLimitIsRefusedAndEntriesKept()
{
    const qint64 id = m_f.approvedOrder({ProcurementClientFixture::line(m_tape, u"100"_s, u"12.00"_s)});
    QVERIFY(id > 0);
    ReceiveDialog dialog(m_f.clerk.api.get(), id);
    QVERIFY(open(dialog));
    QTest::keyClicks(dialog.quantityEdit(0), u"100.5"_s);
    QSignalSpy failed(&dialog, &ReceiveDialog::failed);
    QTest::mouseClick(dialog.receiveButton(), Qt::LeftButton);
    QCOMPARE(failed.count(), 1);
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY2(dialog.errorLabel()->text().contains(u"at most 100 pc may still be received"_s),
             qPrintable(dialog.errorLabel()->text()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.quantityEdit(0)->text(), u"100.5"_s);
    // Nothing was sent.
    QCOMPARE(*Decimal::parse(lineOf(id, 0).value(u"received_quantity"_s).toString()), Decimal());
    QCOMPARE(m_f.order(id).value(u"state"_s).toString(), u"approved"_s);
    // Letters cannot be typed at all.
    dialog.quantityEdit(0)->clear();
    QTest::keyClicks(dialog.quantityEdit(0), u"ab7"_s);
    QCOMPARE(dialog.quantityEdit(0)->text(), u"7"_s);
}

void TestReceiveDialog::serverRefusalKeepsEntries()
{
    const qint64 id = m_f.approvedOrder({ProcurementClientFixture::line(m_tape, u"90"_s, u"12.00"_s),
                                         ProcurementClientFixture::line(m_box, u"200"_s, u"1.00"_s)});
    QVERIFY(id > 0);
    ReceiveDialog dialog(m_f.clerk.api.get(), id);
    QVERIFY(open(dialog));
    QTest::keyClicks(dialog.quantityEdit(0), u"90"_s);
    QTest::keyClicks(dialog.quantityEdit(1), u"20"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"noteEdit"_s), u"Delivery note 4711"_s);
    // Meanwhile a colleague receives 30 of the first line.
    const qint64 firstLine = qint64(lineOf(id, 0).value(u"id"_s).toDouble());
    const auto other = erp::test::waitFor(m_f.manager1.api->post(
        u"/purchase-orders/%1/receive"_s.arg(id),
        {{u"lines"_s, QJsonArray {QJsonObject {{u"line_id"_s, firstLine}, {u"quantity"_s, u"30"_s}}}}}));
    QVERIFY(other->isSuccess());
    QSignalSpy failed(&dialog, &ReceiveDialog::failed);
    QSignalSpy reloaded(&dialog, &ReceiveDialog::loaded);
    QTest::mouseClick(dialog.receiveButton(), Qt::LeftButton);
    QVERIFY(failed.wait(15000));
    QVERIFY2(dialog.errorLabel()->text().contains(u"more than may still be received"_s),
             qPrintable(dialog.errorLabel()->text()));
    QVERIFY(reloaded.wait(15000) || reloaded.count() > 0);
    // Entries kept, figures updated: 90 ordered − 30 received = 60 remain.
    QCOMPARE(dialog.quantityEdit(0)->text(), u"90"_s);
    QCOMPARE(dialog.quantityEdit(1)->text(), u"20"_s);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"noteEdit"_s)->text(), u"Delivery note 4711"_s);
    QCOMPARE(dialog.linesTable()->item(0, ReceiveDialog::RemainingColumn)->text(), u"60 pc"_s);
    // Nothing of the refused receipt was booked (one transaction).
    QCOMPARE(*Decimal::parse(lineOf(id, 1).value(u"received_quantity"_s).toString()), Decimal());
    QCOMPARE(*Decimal::parse(m_f.onHand(m_box, m_f.receiving)), Decimal());

    // Corrected, it goes through.
    dialog.quantityEdit(0)->clear();
    QTest::keyClicks(dialog.quantityEdit(0), u"60"_s);
    QSignalSpy received(&dialog, &ReceiveDialog::received);
    QTest::mouseClick(dialog.receiveButton(), Qt::LeftButton);
    QVERIFY(received.wait(15000));
    QCOMPARE(*Decimal::parse(lineOf(id, 0).value(u"received_quantity"_s).toString()), Decimal::fromInteger(90));
    QCOMPARE(*Decimal::parse(lineOf(id, 1).value(u"received_quantity"_s).toString()), Decimal::fromInteger(20));
    QCOMPARE(m_f.order(id).value(u"state"_s).toString(), u"partially_received"_s);
}

void TestReceiveDialog::toleranceComesFromTheServer()
{
    m_f.sql(u"UPDATE organisation_settings SET receipt_tolerance_percent = 10 WHERE tenant_id = ?"_s, {m_f.acme.id});
    const qint64 id = m_f.approvedOrder({ProcurementClientFixture::line(m_tape, u"100"_s, u"12.00"_s)});
    QVERIFY(id > 0);
    ReceiveDialog dialog(m_f.clerk.api.get(), id);
    QVERIFY(open(dialog));
    // 100 ordered + 10 % = 110 at most.
    QTest::keyClicks(dialog.quantityEdit(0), u"110.001"_s);
    QSignalSpy failed(&dialog, &ReceiveDialog::failed);
    QTest::mouseClick(dialog.receiveButton(), Qt::LeftButton);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(dialog.errorLabel()->text().contains(u"at most 110 pc"_s), qPrintable(dialog.errorLabel()->text()));
    dialog.quantityEdit(0)->clear();
    QTest::keyClicks(dialog.quantityEdit(0), u"110"_s);
    QSignalSpy received(&dialog, &ReceiveDialog::received);
    QTest::mouseClick(dialog.receiveButton(), Qt::LeftButton);
    QVERIFY(received.wait(15000));
    QCOMPARE(m_f.order(id).value(u"state"_s).toString(), u"received"_s);
    m_f.sql(u"UPDATE organisation_settings SET receipt_tolerance_percent = 0 WHERE tenant_id = ?"_s, {m_f.acme.id});
}

void TestReceiveDialog::closeShortNeedsAReasonAndEndsTheOrder()
{
    const qint64 id = m_f.approvedOrder({ProcurementClientFixture::line(m_tape, u"50"_s, u"12.00"_s),
                                         ProcurementClientFixture::line(m_box, u"500"_s, u"1.00"_s)});
    QVERIFY(id > 0);
    ReceiveDialog dialog(m_f.clerk.api.get(), id);
    QVERIFY(open(dialog));
    QTest::keyClicks(dialog.quantityEdit(0), u"50"_s);
    QTest::keyClicks(dialog.quantityEdit(1), u"480"_s);
    dialog.closeShortBox(1)->setChecked(true);
    QSignalSpy failed(&dialog, &ReceiveDialog::failed);
    QTest::mouseClick(dialog.receiveButton(), Qt::LeftButton);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(dialog.errorLabel()->text().contains(u"say why the line is closed short"_s),
             qPrintable(dialog.errorLabel()->text()));
    QCOMPARE(m_f.order(id).value(u"state"_s).toString(), u"approved"_s);
    QTest::keyClicks(dialog.reasonEdit(1), u"Supplier discontinued the size"_s);
    QSignalSpy received(&dialog, &ReceiveDialog::received);
    QTest::mouseClick(dialog.receiveButton(), Qt::LeftButton);
    QVERIFY(received.wait(15000));
    const QJsonObject order = m_f.order(id);
    QCOMPARE(order.value(u"state"_s).toString(), u"received"_s);
    const QJsonObject boxes = order.value(u"lines"_s).toArray().at(1).toObject();
    QCOMPARE(*Decimal::parse(boxes.value(u"received_quantity"_s).toString()), Decimal::fromInteger(480));
    QVERIFY2(boxes.value(u"closed_short_reason"_s).toString().contains(u"Supplier discontinued the size"_s),
             qPrintable(boxes.value(u"closed_short_reason"_s).toString()));
}

void TestReceiveDialog::screenshot()
{
    const qint64 id = m_f.approvedOrder({ProcurementClientFixture::line(m_tape, u"120"_s, u"12.00"_s),
                                         ProcurementClientFixture::line(m_box, u"400"_s, u"1.00"_s)});
    QVERIFY(id > 0);
    ReceiveDialog dialog(m_f.clerk.api.get(), id);
    QVERIFY(open(dialog));
    QVERIFY(dialog.scan(u"4011111111112"_s));
    QVERIFY(dialog.scan(u"4011111111112"_s));
    QTest::keyClicks(dialog.quantityEdit(1), u"250"_s);
    const QStringList problems = erp::test::layoutProblems(&dialog, {u"scanEdit"_s, u"linesTable"_s, u"receiveButton"_s});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    QVERIFY(QFile::exists(erp::test::saveScreenshot(&dialog, u"purchasing_receive_dialog"_s)));
    QVERIFY(!dialog.scan(u"123456789"_s));
    erp::test::saveScreenshot(&dialog, u"purchasing_receive_dialog_no_match"_s);
}

QTEST_MAIN(TestReceiveDialog)
#include "tst_receivedialog.moc"
