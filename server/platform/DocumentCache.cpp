#include "server/platform/DocumentCache.h"

#include <QHash>
#include <QMutex>

#include <algorithm>
#include <iterator>
#include <list>

namespace erp::server {

// Found by argument-dependent lookup from QHash: in the key's namespace.
size_t qHash(const DocumentCache::Key &k, size_t seed = 0)
{
    return qHashMulti(seed, k.tenantId, quintptr(k.entity), k.id);
}

namespace {

// What an entry costs beyond its document: the list node, the hash node and
// the key twice.
constexpr qint64 EntryOverheadBytes = 160;

} // namespace

struct DocumentCache::Shard
{
    struct Entry
    {
        Key key;
        Stamp stamp;
        QByteArray json;
        qint64 bytes() const { return json.size() + EntryOverheadBytes; }
    };

    mutable QMutex mutex;
    std::list<Entry> recent; // most recently used first
    QHash<Key, std::list<Entry>::iterator> byKey;
    qint64 bytes = 0;
    quint64 hits = 0;
    quint64 stale = 0;
    quint64 stored = 0;
    quint64 evicted = 0;

    void drop(std::list<Entry>::iterator it)
    {
        bytes -= it->bytes();
        byKey.remove(it->key);
        recent.erase(it);
    }
    // Under the lock: the document kept for key under exactly stamp; one
    // under another stamp is dropped.
    std::optional<QByteArray> find(const Key &key, const Stamp &stamp);
    void makeRoom(qint64 capacity)
    {
        while (bytes > capacity && !recent.empty()) {
            drop(std::prev(recent.end()));
            ++evicted;
        }
    }
};

DocumentCache &DocumentCache::instance()
{
    static DocumentCache cache;
    return cache;
}

DocumentCache::DocumentCache(qint64 capacityBytes)
    : m_shards(new Shard[ShardCount])
{
    setCapacity(capacityBytes);
}

DocumentCache::~DocumentCache() = default;

int DocumentCache::shardIndex(const Key &key)
{
    return int(qHash(key) % ShardCount);
}

DocumentCache::Shard &DocumentCache::shardOf(const Key &key) const
{
    return m_shards[shardIndex(key)];
}

void DocumentCache::setCapacity(qint64 bytes)
{
    m_capacity.store(qMax<qint64>(0, bytes), std::memory_order_relaxed);
    for (int i = 0; i < ShardCount; ++i) {
        Shard &s = m_shards[i];
        const QMutexLocker lock(&s.mutex);
        s.recent.clear();
        s.byKey.clear();
        s.bytes = 0;
    }
}

bool DocumentCache::contains(const Key &key) const
{
    Shard &s = shardOf(key);
    const QMutexLocker lock(&s.mutex);
    return s.byKey.contains(key);
}

std::optional<QByteArray> DocumentCache::Shard::find(const Key &key, const Stamp &stamp)
{
    const auto found = byKey.constFind(key);
    if (found == byKey.constEnd())
        return std::nullopt;
    const auto it = *found;
    if (!(it->stamp == stamp)) {
        drop(it);
        ++stale;
        return std::nullopt;
    }
    recent.splice(recent.begin(), recent, it);
    ++hits;
    return it->json;
}

std::optional<QByteArray> DocumentCache::find(const Key &key, const Stamp &stamp)
{
    Shard &s = shardOf(key);
    const QMutexLocker lock(&s.mutex);
    return s.find(key, stamp);
}

QList<QByteArray> DocumentCache::find(const QList<Wanted> &wanted)
{
    // By shard, so that each is locked once: the workers reading the same
    // page would otherwise meet on the same locks item after item.
    QList<std::pair<int, qsizetype>> order;   // shard, index in wanted
    order.reserve(wanted.size());
    for (qsizetype i = 0; i < wanted.size(); ++i)
        order.append({shardIndex(wanted.at(i).key), i});
    std::sort(order.begin(), order.end());
    QList<QByteArray> found(wanted.size());
    for (qsizetype first = 0; first < order.size();) {
        Shard &s = m_shards[order.at(first).first];
        const QMutexLocker lock(&s.mutex);
        qsizetype next = first;
        for (; next < order.size() && order.at(next).first == order.at(first).first; ++next) {
            const Wanted &w = wanted.at(order.at(next).second);
            if (auto json = s.find(w.key, w.stamp))
                found[order.at(next).second] = std::move(*json);
        }
        first = next;
    }
    return found;
}

void DocumentCache::store(const Key &key, const Stamp &stamp, const QByteArray &json)
{
    Shard &s = shardOf(key);
    const qint64 shardCapacity = capacity() / ShardCount;
    const QMutexLocker lock(&s.mutex);
    if (shardCapacity <= 0)
        return;
    if (const auto found = s.byKey.constFind(key); found != s.byKey.constEnd())
        s.drop(*found);
    Shard::Entry entry {key, stamp, json};
    if (entry.bytes() > shardCapacity)
        return;
    s.bytes += entry.bytes();
    s.recent.push_front(std::move(entry));
    s.byKey.insert(key, s.recent.begin());
    ++s.stored;
    s.makeRoom(shardCapacity);
}

void DocumentCache::remove(const Key &key)
{
    Shard &s = shardOf(key);
    const QMutexLocker lock(&s.mutex);
    if (const auto found = s.byKey.constFind(key); found != s.byKey.constEnd())
        s.drop(*found);
}

DocumentCache::Counters DocumentCache::counters() const
{
    Counters c;
    for (int i = 0; i < ShardCount; ++i) {
        const Shard &s = m_shards[i];
        const QMutexLocker lock(&s.mutex);
        c.hits += s.hits;
        c.stale += s.stale;
        c.stored += s.stored;
        c.evicted += s.evicted;
        c.bytes += s.bytes;
        c.entries += s.byKey.size();
    }
    return c;
}

} // namespace erp::server
