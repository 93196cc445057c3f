#pragma once

#include "storage/errors.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace relief::storage {

// What a device has changed and not yet shared: one JSON record per change, in the order
// another device must apply them (medications before the doses that name them), and the
// rows they came from, to be marked once the change file holding them is written.
struct ShareOutbox {
    std::vector<std::string> records;
    std::map<std::string, std::vector<std::int64_t>> rows;  // table -> row ids
    bool empty() const { return records.empty(); }
};

struct MergeOutcome {
    std::size_t applied = 0;  // records that changed the journal
    std::size_t known = 0;    // records it already had (a change file read twice)
    std::int64_t newest = 0;  // the latest stamp among them (core/hlc.h)
};

// Another device this one has taken changes from.
struct SharePeer {
    std::string device;
    std::string name;               // as it calls itself ("laptop")
    std::string mode;               // "full" or "read-only"
    std::int64_t applied_file = 0;  // the last of its change files applied here
    std::int64_t last_change = 0;   // the stamp of its latest change (core/hlc.h)
    std::int64_t applied_utc = 0;   // when this device last took changes from it
};

// Changes that refer to something not here yet (a dose of a medication another device
// added, whose change file has not arrived): nothing was applied; try again later.
class MergeDeferred : public StorageError {
public:
    using StorageError::StorageError;
};

// A change record that is not what it claims to be: nothing of its file was applied.
class ShareDataError : public StorageError {
public:
    using StorageError::StorageError;
};

}  // namespace relief::storage
