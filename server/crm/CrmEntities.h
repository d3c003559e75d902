#pragma once

#include "server/platform/RecordEntity.h"

namespace erp::server {

// The declarations of the CRM entities: fields, JSON shape and record rule.
// The JSON is built by PostgreSQL (one expression shared by reads by id,
// lists and CSV exports); money goes out as exact decimal strings.
class CrmEntities
{
public:
    static const RecordEntity &accounts();
    static const RecordEntity &contacts();
    static const RecordEntity &leads();
    // A lead for lists, over the joins of leadListJoins() (ListSpec::pageJoins).
    static QString leadListJsonSql();
    static QString leadListJoins();
    // The tables whose names those show; each moves the organisation's
    // reference stamp when a shown column changes (the list keeps its items).
    static QStringList leadListNames();
    static const RecordEntity &activities();

    // What reference fields to CRM records point at (tenant table, record
    // rule, error), for declarations and for checks outside a body.
    static const RecordReference &accountReference();
    static const RecordReference &contactReference();
    static const RecordReference &leadReference();
    static const RecordReference &stageReference();

    // Leads' search text: exactly the expression the trigram index
    // leads_search is built on (see migrations/0002_crm.sql), so that
    // ILIKE '%q%' can use it.
    static QString leadSearchSql();
    // Days from 2000-01-01 to the expected close date, "no date" last: the
    // indexed sort key of leads_close.
    static QString leadCloseSortSql();
};

} // namespace erp::server
