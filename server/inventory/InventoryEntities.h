#pragma once

#include "server/platform/RecordEntity.h"

namespace erp::server {

// The master data inventory exposes: units, warehouses, locations, products.
class InventoryEntities
{
public:
    static const RecordEntity &units();
    static const RecordEntity &warehouses();
    static const RecordEntity &locations();
    static const RecordEntity &products();
};

} // namespace erp::server
