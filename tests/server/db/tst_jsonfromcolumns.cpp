// JsonFromColumns writes the object json_build_object would have built, from
// plain columns. The expected objects come from PostgreSQL itself: the same
// json_build_object text runs as SQL and both answers are compared value for
// value (the spacing differs; JSON does not care).
#include "server/db/Database.h"
#include "server/db/JsonFromColumns.h"
#include "tests/support/TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace erp::server;
using erp::test::TestDatabase;

class tst_JsonFromColumns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void writesWhatJsonBuildObjectBuilds_data();
    void writesWhatJsonBuildObjectBuilds();
    void selectsThePlainValueOfItsToCharCalls();
    void readsEveryRowOfAResult();
    void refusesTypesWhoseJsonIsNotTheirText_data();
    void refusesTypesWhoseJsonIsNotTheirText();
    void takesOnlyOneJsonBuildObjectCall_data();
    void takesOnlyOneJsonBuildObjectCall();
};

void tst_JsonFromColumns::initTestCase()
{
    Database::configure(TestDatabase::create(QStringLiteral("jsonfromcolumns"), false));
}

void tst_JsonFromColumns::cleanupTestCase()
{
    Database::closeThreadConnection();
}

void tst_JsonFromColumns::writesWhatJsonBuildObjectBuilds_data()
{
    QTest::addColumn<QString>("sql");
    auto row = [](const char *name, const char *sql) { QTest::newRow(name) << QString::fromUtf8(sql); };
    row("integers", "json_build_object('a', 1::int2, 'b', 2147483647, 'c', '-9223372036854775808'::int8, 'd', 26::oid)");
    row("exact numbers", "json_build_object('a', 1250.50::numeric, 'b', -0.0001::numeric(10,4), 'c', 1e30::numeric)");
    row("numbers that are not JSON numbers",
        "json_build_object('a', 'NaN'::numeric, 'b', 'Infinity'::float8, 'c', '-Infinity'::float4)");
    row("floats", "json_build_object('a', 0.1::float8, 'b', -2.5e-7::float8, 'c', 3.25::float4)");
    row("booleans", "json_build_object('t', true, 'f', false)");
    row("nulls", "json_build_object('a', NULL::text, 'b', NULL::int, 'c', NULL::jsonb, 'd', NULL::bool)");
    row("text that needs escaping",
        "json_build_object('quote', 'say \"hi\"', 'backslash', 'C:\\dir', 'controls', E'a\\nb\\tc\\rd\\be\\ff', "
        "'low', E'\\x01\\x1f', 'unicode', 'Grüße – 東京 🙂', 'empty', '')");
    row("text types", "json_build_object('v', 'x'::varchar(5), 'c', 'ab'::char(4), 'n', 'n'::name, 'u', "
                      "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid, 'ch', 'q'::\"char\")");
    row("json inside", "json_build_object('j', '{\"a\": [1, 2, {\"b\": null}]}'::json, 'jb', "
                       "'{\"z\": 1, \"a\": \"x\"}'::jsonb, 'nested', json_build_object('k', 1), "
                       "'list', json_build_array(1, 'two'))");
    row("keys that need escaping", "json_build_object('it''s', 1, 'say \"x\"', 2, 'a,b', 3, 'p(q)', 4)");
    row("expressions with commas, parentheses and quotes",
        "json_build_object('a', coalesce(NULL, 'x,y'), 'b', (SELECT string_agg(g::text, ',') FROM "
        "generate_series(1, 3) g), 'c', 'it''s (here)', 'd', to_char(DATE '2026-12-02', 'YYYY-MM-DD'), "
        "'e', round(2.345, 2)::text, 'f', (ARRAY['x,y', 'z'])[1])");
    // The server writes these to_char calls itself, from the plain value.
    const char *utc = "AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
    const QByteArray timestamps = QByteArray("json_build_object(")
        + "'fraction', to_char(TIMESTAMPTZ '2026-12-02 10:00:05.5+00' " + utc
        + ", 'whole', to_char(TIMESTAMPTZ '2026-12-02 10:00:05+00' " + utc
        + ", 'micro', to_char(TIMESTAMPTZ '2026-01-31 23:59:59.000001+00' " + utc
        + ", 'six', to_char(TIMESTAMPTZ '2026-12-02 10:00:05.123456+00' " + utc
        + ", 'elsewhere', to_char(TIMESTAMPTZ '2026-06-01 01:30:00+02' " + utc
        + ", 'null', to_char(NULL::timestamptz " + utc
        + ", 'infinity', to_char('infinity'::timestamptz " + utc
        + ", 'minus', to_char('-infinity'::timestamptz " + utc
        + ", 'bc', to_char(TIMESTAMPTZ '0044-03-15 12:00:00+00 BC' " + utc
        + ", 'far', to_char(TIMESTAMPTZ '12345-06-07 08:09:10.25+00' " + utc
        + ", 'computed', to_char((TIMESTAMPTZ '2026-12-02 10:00:00+00' + interval '1.25 seconds') " + utc + ")";
    QTest::newRow("timestamps at UTC by to_char") << QString::fromUtf8(timestamps);
    row("dates by to_char",
        "json_build_object('on', to_char(DATE '2026-12-02', 'YYYY-MM-DD'), 'early', to_char(DATE '0999-01-05', "
        "'YYYY-MM-DD'), 'bc', to_char(DATE '0044-03-15 BC', 'YYYY-MM-DD'), 'far', to_char(DATE '12345-06-07', "
        "'YYYY-MM-DD'), 'null', to_char(NULL::date, 'YYYY-MM-DD'), 'infinity', to_char('infinity'::date, "
        "'YYYY-MM-DD'), 'spaced', to_char( (DATE '2026-12-02' + 1) , 'YYYY-MM-DD'))");
}

void tst_JsonFromColumns::writesWhatJsonBuildObjectBuilds()
{
    QFETCH(QString, sql);
    QSqlQuery &expected = Database::exec(QStringLiteral("SELECT ") + sql + QStringLiteral("::text"));
    QVERIFY(expected.next());
    const QByteArray fromDatabase = expected.value(0).toString().toUtf8();
    expected.finish();

    const std::optional<JsonFromColumns> columns = JsonFromColumns::fromBuildObject(sql);
    QVERIFY(columns);
    QSqlQuery &q = Database::exec(QStringLiteral("SELECT ") + columns->selectList());
    QVERIFY(q.next());
    const QByteArray written = columns->object(q);
    q.finish();

    QJsonParseError error;
    const QJsonDocument ours = QJsonDocument::fromJson(written, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u": "_qs + QString::fromUtf8(written)));
    const QJsonDocument theirs = QJsonDocument::fromJson(fromDatabase);
    QVERIFY(theirs.isObject());
    QVERIFY2(ours == theirs, qPrintable(QString::fromUtf8(written + "\n  json_build_object: " + fromDatabase)));
    // The same keys in the same order (QJsonObject sorts them).
    QCOMPARE(QByteArray(written).replace(' ', ""), QByteArray(fromDatabase).replace(' ', ""));
}

void tst_JsonFromColumns::selectsThePlainValueOfItsToCharCalls()
{
    const std::optional<JsonFromColumns> columns = JsonFromColumns::fromBuildObject(
        QStringLiteral("json_build_object('at', to_char(po.created_at AT TIME ZONE 'UTC', "
                       "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), 'on', to_char(po.order_date, 'YYYY-MM-DD'), "
                       "'month', to_char(po.order_date, 'YYYY-MM'))"));
    QVERIFY(columns);
    QCOMPARE(columns->selectList(), QStringLiteral("po.created_at AT TIME ZONE 'UTC', po.order_date, "
                                                   "to_char(po.order_date, 'YYYY-MM')"));
}

void tst_JsonFromColumns::readsEveryRowOfAResult()
{
    const QString sql = QStringLiteral("json_build_object('n', g, 'label', 'row ' || g, 'even', g % 2 = 0)");
    const std::optional<JsonFromColumns> columns = JsonFromColumns::fromBuildObject(sql);
    QVERIFY(columns);
    const QString select = QStringLiteral("SELECT %1, g FROM generate_series(1, 120) g ORDER BY g").arg(columns->selectList());
    // Forward-only (QPSQL reads a row at a time) and scrollable queries.
    for (bool forwardOnly : {true, false}) {
        QSqlQuery q(Database::connection());
        q.setForwardOnly(forwardOnly);
        QVERIFY(q.exec(select));
        int rows = 0;
        while (q.next()) {
            ++rows;
            const QJsonObject o = QJsonDocument::fromJson(columns->object(q)).object();
            QCOMPARE(o.value(u"n"_qs).toInt(), rows);
            QCOMPARE(o.value(u"label"_qs).toString(), u"row %1"_qs.arg(rows));
            QCOMPARE(o.value(u"even"_qs).toBool(), rows % 2 == 0);
            QCOMPARE(q.value(3).toInt(), rows);   // the columns after the object's
        }
        QCOMPARE(rows, 120);
    }
}

void tst_JsonFromColumns::refusesTypesWhoseJsonIsNotTheirText_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("timestamptz") << QStringLiteral("json_build_object('at', TIMESTAMPTZ '2026-12-02 10:00:00+00')");
    QTest::newRow("date") << QStringLiteral("json_build_object('on', DATE '2026-12-02')");
    QTest::newRow("a date that is NULL") << QStringLiteral("json_build_object('n', 1, 'on', NULL::date)");
    QTest::newRow("array") << QStringLiteral("json_build_object('ids', ARRAY[1, 2])");
    QTest::newRow("record") << QStringLiteral("json_build_object('r', ROW(1, 'a'))");
    // A to_char format the server writes, given a value of another type.
    QTest::newRow("date format of a timestamp")
        << QStringLiteral("json_build_object('on', to_char(TIMESTAMP '2026-12-02 10:00:00', 'YYYY-MM-DD'))");
    QTest::newRow("UTC format of a timestamp without time zone, NULL")
        << QStringLiteral("json_build_object('at', to_char(NULL::timestamp AT TIME ZONE 'UTC', "
                          "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'))");
}

void tst_JsonFromColumns::refusesTypesWhoseJsonIsNotTheirText()
{
    QFETCH(QString, sql);
    const std::optional<JsonFromColumns> columns = JsonFromColumns::fromBuildObject(sql);
    QVERIFY(columns);
    QSqlQuery &q = Database::exec(QStringLiteral("SELECT ") + columns->selectList());
    QVERIFY(q.next());
    QVERIFY_THROWS_EXCEPTION(std::logic_error, columns->object(q));
    q.finish();
}

void tst_JsonFromColumns::takesOnlyOneJsonBuildObjectCall_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("taken");
    QTest::newRow("a call") << QStringLiteral("json_build_object('a', x.a, 'b', f(x, (y)))") << true;
    QTest::newRow("spaces around") << QStringLiteral("  json_build_object ( 'a', 1 )  ") << true;
    QTest::newRow("a cast after the call") << QStringLiteral("json_build_object('a', 1)::jsonb") << false;
    QTest::newRow("two calls") << QStringLiteral("json_build_object('a', 1) || json_build_object('b', 2)") << false;
    QTest::newRow("jsonb_build_object") << QStringLiteral("jsonb_build_object('a', 1)") << false;
    QTest::newRow("a key that is not a literal") << QStringLiteral("json_build_object(k, 1)") << false;
    QTest::newRow("a key made of two literals") << QStringLiteral("json_build_object('a' || 'b', 1)") << false;
    QTest::newRow("a key without its value") << QStringLiteral("json_build_object('a', 1, 'b')") << false;
    QTest::newRow("no pairs") << QStringLiteral("json_build_object()") << false;
    QTest::newRow("unbalanced") << QStringLiteral("json_build_object('a', (1)") << false;
    QTest::newRow("a quote left open") << QStringLiteral("json_build_object('a', 'b)") << false;
}

void tst_JsonFromColumns::takesOnlyOneJsonBuildObjectCall()
{
    QFETCH(QString, sql);
    QFETCH(bool, taken);
    QCOMPARE(JsonFromColumns::fromBuildObject(sql).has_value(), taken);
}

QTEST_GUILESS_MAIN(tst_JsonFromColumns)
#include "tst_jsonfromcolumns.moc"
