#include "server/db/Database.h"
#include "server/db/DbError.h"
#include "server/db/PgPipeline.h"
#include "tests/support/TestDatabase.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace erp::server;

// PgPipeline against the real server, with QPSQL's own answers as the
// expected ones: the callers of Transaction read the pipeline's results with
// the code they used to read QPSQL's.
class tst_PgPipeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void valuesReadAsQpsqlReadsThem_data();
    void valuesReadAsQpsqlReadsThem();
    void parametersMeanWhatQpsqlLiteralsMean_data();
    void parametersMeanWhatQpsqlLiteralsMean();
    void statementsRunInOrderInOneMessage();
    void aFailureEndsTheMessageAndLeavesTheConnectionUsable();
    void allRowsAfterAForwardOnlyQuery();

private:
    // The statement `name` prepared (SQL PREPARE) on this thread's connection.
    static void prepare(const QString &name, const QString &sql);
    DatabaseConfig m_config;
};

void tst_PgPipeline::initTestCase()
{
    m_config = TestDatabase::create(QStringLiteral("pgpipeline"), false);
    Database::configure(m_config);
}

void tst_PgPipeline::cleanupTestCase()
{
    Database::closeThreadConnection();
}

void tst_PgPipeline::prepare(const QString &name, const QString &sql)
{
    QSqlQuery q(Database::connection());
    q.exec(QStringLiteral("DEALLOCATE ") + name);   // may not exist
    if (!q.exec(QStringLiteral("PREPARE %1 AS %2").arg(name, sql)))
        throw DbError(q.lastError(), name);
}

void tst_PgPipeline::valuesReadAsQpsqlReadsThem_data()
{
    QTest::addColumn<QString>("expression");
    QTest::newRow("bigint") << "9007199254740993::bigint";
    QTest::newRow("negative bigint") << "(-42)::bigint";
    QTest::newRow("int") << "7::int";
    QTest::newRow("smallint") << "(-3)::smallint";
    QTest::newRow("numeric keeps its digits") << "1234567890123.4500::numeric";
    QTest::newRow("double") << "0.1::float8";
    QTest::newRow("true") << "true";
    QTest::newRow("false") << "false";
    QTest::newRow("text") << "'Grüße, \"quoted\" ''and'' \\ back'::text";
    QTest::newRow("empty text") << "''::text";
    QTest::newRow("null text") << "NULL::text";
    QTest::newRow("null bigint") << "NULL::bigint";
    QTest::newRow("null bool") << "NULL::bool";
    QTest::newRow("date") << "DATE '2026-02-28'";
    QTest::newRow("timestamptz") << "TIMESTAMPTZ '2026-12-02 09:55:09.575+00'";
    QTest::newRow("bytea") << "'\\x00ff10'::bytea";
    QTest::newRow("json") << "'{\"a\": [1, 2]}'::json";
    QTest::newRow("jsonb") << "'{\"a\": [1, 2]}'::jsonb";
    QTest::newRow("text array") << "ARRAY['a', 'b']";
}

void tst_PgPipeline::valuesReadAsQpsqlReadsThem()
{
    QFETCH(QString, expression);
    const QString sql = QStringLiteral("SELECT ") + expression + QStringLiteral(" AS v");

    QSqlQuery expected(Database::connection());
    expected.setNumericalPrecisionPolicy(QSql::HighPrecision);
    QVERIFY2(expected.exec(sql), qPrintable(expected.lastError().text()));
    QVERIFY(expected.next());

    std::vector<QSqlQuery> results = PgPipeline::run(Database::connection(), {PgPipeline::text(sql)});
    QCOMPARE(results.size(), size_t(1));
    QSqlQuery &q = results.front();
    QVERIFY2(q.isActive(), qPrintable(q.lastError().text()));
    QVERIFY(q.isSelect());
    QVERIFY(q.next());
    QCOMPARE(q.isNull(0), expected.isNull(0));
    QCOMPARE(q.value(0).metaType(), expected.value(0).metaType());
    QCOMPARE(q.value(0), expected.value(0));
    QCOMPARE(q.record().fieldName(0), QStringLiteral("v"));
    QVERIFY(!q.next());
    expected.finish();
}

void tst_PgPipeline::parametersMeanWhatQpsqlLiteralsMean_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("bigint") << "bigint" << QVariant(qlonglong(-9007199254740993));
    QTest::newRow("int") << "int" << QVariant(12);
    QTest::newRow("numeric from text") << "numeric" << QVariant(QStringLiteral("1250.50"));
    QTest::newRow("bool true") << "boolean" << QVariant(true);
    QTest::newRow("bool false") << "boolean" << QVariant(false);
    QTest::newRow("bool as text") << "text" << QVariant(true);
    QTest::newRow("text") << "text" << QVariant(QStringLiteral("a'b\"c\\d Grüße"));
    QTest::newRow("empty text") << "text" << QVariant(QString(QLatin1String("")));
    QTest::newRow("null") << "text" << QVariant();
    QTest::newRow("typed null") << "bigint" << QVariant(QMetaType::fromType<qlonglong>());
    QTest::newRow("double") << "float8" << QVariant(0.1);
    QTest::newRow("date") << "date" << QVariant(QDate(2026, 2, 28));
    QTest::newRow("timestamptz") << "timestamptz" << QVariant(QDateTime(QDate(2026, 12, 2), QTime(9, 55, 9, 575), Qt::UTC));
    QTest::newRow("bytea") << "bytea" << QVariant(QByteArray("\x00\xff\x10", 3));
    QTest::newRow("text array") << "text[]" << QVariant(QStringLiteral("{a,\"b c\"}"));
}

void tst_PgPipeline::parametersMeanWhatQpsqlLiteralsMean()
{
    QFETCH(QString, type);
    QFETCH(QVariant, value);
    // What the server made of the value, as text: QPSQL's prepared query
    // (EXECUTE with the value as its literal) says what it should be.
    const QString sql = QStringLiteral("SELECT ($1::%1)::text").arg(type);
    QSqlQuery expected(Database::connection());
    QVERIFY(expected.prepare(QStringLiteral("SELECT (?::%1)::text").arg(type)));
    expected.addBindValue(value);
    QVERIFY2(expected.exec(), qPrintable(expected.lastError().text()));
    QVERIFY(expected.next());

    prepare(QStringLiteral("pipeline_parameter"), sql);
    std::vector<QSqlQuery> results
        = PgPipeline::run(Database::connection(), {PgPipeline::prepared(QStringLiteral("pipeline_parameter"), {value})});
    QSqlQuery &q = results.front();
    QVERIFY2(q.isActive(), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.isNull(0), expected.isNull(0));
    QCOMPARE(q.value(0).toString(), expected.value(0).toString());
    expected.finish();
}

void tst_PgPipeline::statementsRunInOrderInOneMessage()
{
    prepare(QStringLiteral("pipeline_add"), QStringLiteral("SELECT $1::int + $2::int"));
    const QSqlDatabase db = Database::connection();
    std::vector<QSqlQuery> results = PgPipeline::run(
        db, {PgPipeline::text(QStringLiteral("BEGIN")),
             PgPipeline::text(QStringLiteral("SELECT set_config('app.pipeline_probe', 'set', true)")),
             PgPipeline::prepared(QStringLiteral("pipeline_add"), {40, 2}),
             PgPipeline::text(QStringLiteral("SELECT current_setting('app.pipeline_probe'), "
                                             "pg_backend_pid() = pg_backend_pid(), generate_series(1, 3)")),
             PgPipeline::text(QStringLiteral("COMMIT"))});
    QCOMPARE(results.size(), size_t(5));
    for (QSqlQuery &q : results)
        QVERIFY2(q.isActive(), qPrintable(q.lastError().text()));
    QVERIFY(!results[0].isSelect());
    QVERIFY(results[2].next());
    QCOMPARE(results[2].value(0), QVariant(42));
    // The setting of the second statement holds in the fourth: one transaction.
    int rows = 0;
    while (results[3].next()) {
        QCOMPARE(results[3].value(0).toString(), QStringLiteral("set"));
        QCOMPARE(results[3].value(2).toInt(), ++rows);
    }
    QCOMPARE(rows, 3);
    QCOMPARE(results[3].size(), 3);
    // The transaction is over, and the connection serves QPSQL as before.
    QSqlQuery after(db);
    QVERIFY(after.exec(QStringLiteral("SELECT current_setting('app.pipeline_probe', true)")));
    QVERIFY(after.next());
    QCOMPARE(after.value(0).toString(), QString());
}

void tst_PgPipeline::aFailureEndsTheMessageAndLeavesTheConnectionUsable()
{
    const QSqlDatabase db = Database::connection();
    QSqlQuery setup(db);
    QVERIFY(setup.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS pipeline_rows (v int)")));
    QVERIFY(setup.exec(QStringLiteral("TRUNCATE pipeline_rows")));
    std::vector<QSqlQuery> results
        = PgPipeline::run(db, {PgPipeline::text(QStringLiteral("BEGIN")),
                               PgPipeline::text(QStringLiteral("INSERT INTO pipeline_rows VALUES (1)")),
                               PgPipeline::text(QStringLiteral("SELECT 1 / 0")),
                               PgPipeline::text(QStringLiteral("INSERT INTO pipeline_rows VALUES (2)")),
                               PgPipeline::text(QStringLiteral("COMMIT"))});
    QCOMPARE(results.size(), size_t(5));
    QVERIFY(results[1].isActive());
    QCOMPARE(results[1].numRowsAffected(), 1);
    QVERIFY(!results[2].isActive());
    QCOMPARE(results[2].lastError().nativeErrorCode(), QStringLiteral("22012"));
    QCOMPARE(DbError(results[2].lastError()).sqlState(), QStringLiteral("22012"));
    QVERIFY(results[2].lastError().databaseText().contains(QStringLiteral("division by zero")));
    QVERIFY(!results[3].isActive());
    QVERIFY(!results[4].isActive());
    // The transaction failed: the server waits for its ROLLBACK.
    QSqlQuery rollback(db);
    QVERIFY2(rollback.exec(QStringLiteral("ROLLBACK")), qPrintable(rollback.lastError().text()));
    QSqlQuery count(db);
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM pipeline_rows")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 0);

    // An unknown prepared statement fails the same way, with its SQLSTATE.
    results = PgPipeline::run(db, {PgPipeline::prepared(QStringLiteral("pipeline_no_such_statement"), {1})});
    QCOMPARE(results.front().lastError().nativeErrorCode(), QStringLiteral("26000"));
}

void tst_PgPipeline::allRowsAfterAForwardOnlyQuery()
{
    // QPSQL reads a forward-only query a row at a time, and libpq keeps that
    // mode for the first statement of the next pipeline.
    const QSqlDatabase db = Database::connection();
    QSqlQuery forwardOnly(db);
    forwardOnly.setForwardOnly(true);
    QVERIFY(forwardOnly.exec(QStringLiteral("SELECT generate_series(1, 2)")));
    while (forwardOnly.next()) {
    }
    forwardOnly.finish();

    std::vector<QSqlQuery> results = PgPipeline::run(
        db, {PgPipeline::text(QStringLiteral("SELECT g, CASE WHEN g = 2 THEN NULL ELSE 'x' END FROM generate_series(1, 4) g")),
             PgPipeline::text(QStringLiteral("SELECT 5"))});
    QSqlQuery &q = results[0];
    QVERIFY2(q.isActive(), qPrintable(q.lastError().text()));
    QCOMPARE(q.size(), 4);
    QVERIFY(PgPipeline::resultOf(q));
    int rows = 0;
    while (q.next()) {
        QCOMPARE(q.value(0).toInt(), ++rows);
        QCOMPARE(q.isNull(1), rows == 2);
    }
    QCOMPARE(rows, 4);
    QVERIFY(results[1].next());
    QCOMPARE(results[1].value(0).toInt(), 5);
}

QTEST_GUILESS_MAIN(tst_PgPipeline)
#include "tst_pgpipeline.moc"
