#pragma once

#include <libpq-fe.h>

namespace erp::server::pgtype {

// Type OIDs of pg_type (stable since PostgreSQL 7; catalog/pg_type.h is a
// server header), for code that reads libpq results.
enum : Oid {
    BoolOid = 16,
    ByteaOid = 17,
    CharOid = 18,
    NameOid = 19,
    Int8Oid = 20,
    Int2Oid = 21,
    Int4Oid = 23,
    RegprocOid = 24,
    TextOid = 25,
    OidOid = 26,
    XidOid = 28,
    CidOid = 29,
    JsonOid = 114,
    Float4Oid = 700,
    Float8Oid = 701,
    BpcharOid = 1042,
    VarcharOid = 1043,
    DateOid = 1082,
    TimeOid = 1083,
    TimestampOid = 1114,
    TimestampTzOid = 1184,
    TimeTzOid = 1266,
    NumericOid = 1700,
    UuidOid = 2950,
    JsonbOid = 3802,
};

} // namespace erp::server::pgtype
