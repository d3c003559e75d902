// The kept documents by themselves: a document is given back only under the
// exact stamp it was kept with (and dropped under any other), only to its own
// organisation, kind and id; the bound in bytes holds, the least recently
// used go first, and capacity 0 keeps nothing.
#include "server/platform/DocumentCache.h"

#include <QtTest>

using erp::server::DocumentCache;

class TestDocumentCache : public QObject
{
    Q_OBJECT

private slots:
    void givenBackOnlyUnderItsStamp();
    void keyedByOrganisationKindAndId();
    void boundedByBytesLeastRecentlyUsedFirst();
    void capacityZeroKeepsNothing();
    void severalFoundAtOnceAsOneByOne();
};

namespace {
const int OrderKind = 1;
const int LeadKind = 2;
} // namespace

void TestDocumentCache::givenBackOnlyUnderItsStamp()
{
    DocumentCache cache(1024 * 1024);
    const DocumentCache::Key key {1, &OrderKind, 42};
    const DocumentCache::Stamp stamp {3, 1000, 7, 900};
    cache.store(key, stamp, "{\"id\":42}");
    QVERIFY(cache.contains(key));
    QCOMPARE(cache.find(key, stamp).value_or(QByteArray()), QByteArray("{\"id\":42}"));
    QCOMPARE(cache.counters().hits, 1u);

    // Any part of the stamp moved: not given back, and dropped.
    for (const DocumentCache::Stamp &moved :
         {DocumentCache::Stamp {4, 1000, 7, 900}, DocumentCache::Stamp {3, 1001, 7, 900},
          DocumentCache::Stamp {3, 1000, 8, 900}, DocumentCache::Stamp {3, 1000, 7, 901}}) {
        cache.store(key, stamp, "{\"id\":42}");
        QVERIFY(!cache.find(key, moved).has_value());
        QVERIFY(!cache.contains(key));
    }
    QCOMPARE(cache.counters().stale, 4u);
    QCOMPARE(cache.counters().entries, 0);
    QCOMPARE(cache.counters().bytes, 0);

    // Kept again under a new stamp: replaced, not doubled.
    cache.store(key, stamp, "old");
    cache.store(key, {4, 1001, 7, 900}, "new");
    QCOMPARE(cache.counters().entries, 1);
    QCOMPARE(cache.find(key, {4, 1001, 7, 900}).value_or(QByteArray()), QByteArray("new"));
}

void TestDocumentCache::keyedByOrganisationKindAndId()
{
    DocumentCache cache(1024 * 1024);
    const DocumentCache::Stamp stamp {1, 1, 1, 1};
    cache.store({1, &OrderKind, 5}, stamp, "acme order 5");
    QVERIFY(!cache.find({2, &OrderKind, 5}, stamp).has_value());
    QVERIFY(!cache.find({1, &LeadKind, 5}, stamp).has_value());
    QVERIFY(!cache.find({1, &OrderKind, 6}, stamp).has_value());
    QCOMPARE(cache.find({1, &OrderKind, 5}, stamp).value_or(QByteArray()), QByteArray("acme order 5"));
    cache.remove({1, &OrderKind, 5});
    QVERIFY(!cache.contains({1, &OrderKind, 5}));
}

void TestDocumentCache::boundedByBytesLeastRecentlyUsedFirst()
{
    const qint64 capacity = 64 * 1024;
    DocumentCache cache(capacity);
    const QByteArray document(1000, 'x');
    const DocumentCache::Stamp stamp {1, 1, 1, 1};
    // The first document is used after every store, so it stays the most
    // recently used of its part of the cache throughout.
    cache.store({1, &OrderKind, 0}, stamp, document);
    for (qint64 id = 1; id <= 1000; ++id) {
        cache.store({1, &OrderKind, id}, stamp, document);
        QVERIFY(cache.find({1, &OrderKind, 0}, stamp).has_value());
        QVERIFY(cache.counters().bytes <= capacity);
    }
    const DocumentCache::Counters c = cache.counters();
    QVERIFY(c.evicted > 0);
    QCOMPARE(qint64(c.stored), 1001);
    QCOMPARE(qint64(c.evicted) + c.entries, 1001);
    QVERIFY(c.entries > 16); // at least one per part
    QVERIFY(cache.contains({1, &OrderKind, 1000}));
    QVERIFY(!cache.contains({1, &OrderKind, 1}));
    // A document larger than a part of the cache is not kept at all.
    cache.store({1, &OrderKind, 5000}, stamp, QByteArray(capacity, 'y'));
    QVERIFY(!cache.contains({1, &OrderKind, 5000}));
}

void TestDocumentCache::capacityZeroKeepsNothing()
{
    DocumentCache cache(1024 * 1024);
    cache.store({1, &OrderKind, 1}, {1, 1, 1, 1}, "kept");
    cache.setCapacity(0);
    QVERIFY(!cache.enabled());
    QVERIFY(!cache.contains({1, &OrderKind, 1}));
    cache.store({1, &OrderKind, 2}, {1, 1, 1, 1}, "not kept");
    QVERIFY(!cache.contains({1, &OrderKind, 2}));
    QCOMPARE(cache.counters().bytes, 0);
}

// A page's items looked up together: each as a lookup of its own would
// answer (kept under the same stamp, or not), in the order asked, with the
// same counting and the same dropping of stale documents.
void TestDocumentCache::severalFoundAtOnceAsOneByOne()
{
    DocumentCache cache(1024 * 1024);
    const DocumentCache::Stamp stamp {1, 100, 0, 10};
    QList<DocumentCache::Wanted> wanted;
    for (qint64 id = 1; id <= 40; ++id) {
        if (id % 4 != 0)   // every fourth never kept
            cache.store({1, &OrderKind, id}, stamp, "order " + QByteArray::number(id));
        // Every third asked for under a moved stamp.
        wanted.append({{1, &OrderKind, id}, id % 3 == 0 ? DocumentCache::Stamp {2, 101, 0, 10} : stamp});
    }
    const auto before = cache.counters();
    const QList<QByteArray> found = cache.find(wanted);
    QCOMPARE(found.size(), wanted.size());
    int hits = 0;
    int stale = 0;
    for (qint64 id = 1; id <= 40; ++id) {
        const QByteArray &json = found.at(id - 1);
        if (id % 4 == 0) {
            QVERIFY(json.isNull());
        } else if (id % 3 == 0) {
            QVERIFY(json.isNull());
            QVERIFY(!cache.contains({1, &OrderKind, id}));   // dropped
            ++stale;
        } else {
            QCOMPARE(json, "order " + QByteArray::number(id));
            ++hits;
        }
    }
    QCOMPARE(cache.counters().hits, before.hits + quint64(hits));
    QCOMPARE(cache.counters().stale, before.stale + quint64(stale));
    QVERIFY(cache.find(QList<DocumentCache::Wanted>()).isEmpty());
}

QTEST_GUILESS_MAIN(TestDocumentCache)
#include "tst_documentcache.moc"
