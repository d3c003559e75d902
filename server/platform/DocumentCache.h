#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

#include <atomic>
#include <memory>
#include <optional>

namespace erp::server {

// Records' documents (the JSON a GET of one record answers) kept in the
// server's memory between requests, each with the stamp it was read under.
// A read then asks the database only for the record's current stamp (one
// index lookup, with the caller's session check and record rule) and answers
// from here when it is unchanged; otherwise the document is read anew and
// kept. Nothing is ever answered without the database's word that it is
// current, so every server process may keep its own (docs/decisions/0022).
//
// Bounded by bytes (least recently used documents go first), shared by all
// database workers (sharded locks). Capacity 0 turns it off.
class DocumentCache
{
public:
    // Which document: the organisation, the kind of record (its
    // RecordEntity, alive as long as the process) and the record's id.
    struct Key
    {
        qint64 tenantId = 0;
        const void *entity = nullptr;
        qint64 id = 0;
        bool operator==(const Key &o) const { return tenantId == o.tenantId && entity == o.entity && id == o.id; }
    };
    // What a document depends on, as the database reports it: the record's
    // version and its row version (xmin: moved by every write of the row,
    // and new for every row a restore writes), and the organisation's
    // reference stamp (moved by every change of a name a document shows,
    // migration 0025) with the organisation row's version.
    struct Stamp
    {
        qint64 version = 0;
        qint64 rowVersion = 0;
        qint64 referenceStamp = 0;
        qint64 tenantRowVersion = 0;
        bool operator==(const Stamp &o) const
        {
            return version == o.version && rowVersion == o.rowVersion && referenceStamp == o.referenceStamp
                && tenantRowVersion == o.tenantRowVersion;
        }
    };
    struct Counters
    {
        quint64 hits = 0; // answered from memory
        quint64 stale = 0; // kept, but the stamp had moved: read anew
        quint64 stored = 0;
        quint64 evicted = 0; // dropped for room
        qint64 bytes = 0; // held now
        qint64 entries = 0;
    };

    static DocumentCache &instance();

    explicit DocumentCache(qint64 capacityBytes = DefaultCapacityBytes);
    ~DocumentCache();
    DocumentCache(const DocumentCache &) = delete;
    DocumentCache &operator=(const DocumentCache &) = delete;

    static constexpr qint64 DefaultCapacityBytes = 64 * 1024 * 1024;

    // Empties it and sets the bound (0: off).
    void setCapacity(qint64 bytes);
    qint64 capacity() const { return m_capacity.load(std::memory_order_relaxed); }
    bool enabled() const { return capacity() > 0; }

    bool contains(const Key &key) const;
    // The document kept for key if it was kept under exactly this stamp;
    // a document kept under another stamp is dropped.
    std::optional<QByteArray> find(const Key &key, const Stamp &stamp);
    // The same for several documents at once (a list page's items), each
    // shard locked once: the documents in the keys' order, a null
    // QByteArray where none is kept under that stamp.
    struct Wanted
    {
        Key key;
        Stamp stamp;
    };
    QList<QByteArray> find(const QList<Wanted> &wanted);
    void store(const Key &key, const Stamp &stamp, const QByteArray &json);
    void remove(const Key &key);
    Counters counters() const;

private:
    struct Shard;
    static int shardIndex(const Key &key);
    Shard &shardOf(const Key &key) const;

    static constexpr int ShardCount = 16;
    std::unique_ptr<Shard[]> m_shards;
    std::atomic<qint64> m_capacity {0}; // each shard holds a sixteenth
};

} // namespace erp::server
