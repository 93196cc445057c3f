#include "snapshot_cache.h"

#include "errors.h"
#include "core/translate.h"

#include <algorithm>
#include <tuple>

namespace relief::storage {

SnapshotCache::SnapshotCache(const Journal& journal) : snapshot_(journal.snapshot()) {}

void SnapshotCache::reload(const Journal& journal) { snapshot_ = journal.snapshot(); }

void SnapshotCache::entry_added(const Journal& journal, std::int64_t id) {
    const auto row = journal.stored_entry(id);
    if (!row) throw StorageError(fill(translate("relief::storage::journal_entries", "there is no entry with id %1"), {std::to_string(id)}));
    if (!row->is_current()) return;
    // all_entries() orders by time, then id: the same place a re-read would give it.
    auto& entries = snapshot_.entries;
    const auto at = std::upper_bound(entries.begin(), entries.end(), row->entry, [](const Entry& a, const Entry& b) {
        return std::tie(a.at, a.id) < std::tie(b.at, b.id);
    });
    entries.insert(at, row->entry);
}

}  // namespace relief::storage
