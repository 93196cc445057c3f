#pragma once

#include "journal.h"

#include "core/journal_snapshot.h"

#include <cstdint>

namespace relief::storage {

// The journal's snapshot kept in memory between analyses. After the person logs one entry
// the app adds just that row instead of reading ten years of entries again; the analysis
// that follows is the same pure function over the same data, so its alerts are exactly
// those of a full analysis (tests/bench/incremental_analysis_test.cpp checks it on
// synthetic journals). Any other change (an edit, a delete, an import, a new medication,
// settings) calls reload(): those are rare, and a partial update of them would be a place
// for the two to drift apart.
class SnapshotCache final {
public:
    explicit SnapshotCache(const Journal& journal);

    const JournalSnapshot& snapshot() const { return snapshot_; }
    // The entry `id` was just added to `journal` (add_entry), and nothing else changed.
    void entry_added(const Journal& journal, std::int64_t id);
    void reload(const Journal& journal);

private:
    JournalSnapshot snapshot_;
};

}  // namespace relief::storage
