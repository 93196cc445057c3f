#include "core/errors.h"
#include "errors.h"
#include "core/translate.h"
#include "journal.h"
#include "raw_statement.h"
#include "row_codec.h"
#include "journal_write.h"
#include "statement_done.h"
#include "gid.h"
#include "core/hlc.h"

#include <sqlite3.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <set>

#include <algorithm>
#include <tuple>

namespace relief::storage {

namespace {

std::int64_t seconds(Instant at) { return static_cast<std::int64_t>(at.time_since_epoch().count()); }

}  // namespace

bool Journal::has_medication(std::int64_t id) const {
    auto& q = statement("SELECT 1 FROM medications WHERE id = ?");
    const StatementDone q_done(q);
    q.bind(1, static_cast<std::int64_t>(id));
    return q.executeStep();
}

Entry Journal::located(const Entry& entry) const {
    Entry out = entry;
    if (out.zone.empty()) out.zone = std::string(home_zone().name());
    out.day = Zone::locate(out.zone).day_of(out.at);
    normalise_text(out.data);
    validate(out.data);
    if (const auto* dose = std::get_if<DoseEntry>(&out.data); dose && !has_medication(dose->medication_id))
        throw InputError("medication", std::to_string(dose->medication_id), translate("relief::storage::journal_entries", "a medication in this journal"));
    return out;
}

std::int64_t Journal::add_entry(const Entry& entry) {
    require_writable("log an entry");
    StoredEntry row{located(entry), clock_(), std::nullopt, std::nullopt};
    return write("log an entry", [&] { return insert_entry_row(row, tick(), std::nullopt); });
}

// An import keeps the history's order: its rows are stamped with the moments they record.
std::int64_t Journal::insert_row(const StoredEntry& row) {
    require_writable("log an entry");
    return write("log an entry", [&] {
        const std::int64_t stamp = hlc::from_seconds(seconds(row.created));
        observe(stamp);
        const auto id = insert_entry_row(row, stamp, std::nullopt);
        // A deletion is after the version it deletes, even within the same second.
        if (row.deleted)
            record_deletion(row_gid("entries", id), std::max(stamp + 1, hlc::from_seconds(seconds(*row.deleted))), *row.deleted);
        return id;
    });
}

// `lineage`: the first version's gid, for a new version of an entry (nullopt: a new entry).
std::int64_t Journal::insert_entry_row(const StoredEntry& row, std::int64_t stamp, const std::optional<std::string>& lineage) {
    const Entry entry = located(row.entry);
    auto& q = statement(
        "INSERT INTO entries (kind, at_utc, zone, local_day, medication_id, amount_ug, status, "
        "scheduled_utc, score, severity, minutes, quantity, name, locations, qualities, text, "
        "created_utc, deleted_utc, replaced_by, enjoyment, activity, gid, lineage, hlc, origin) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    const StatementDone q_done(q);
    bind_entry_record(q, 1, entry);
    q.bind(17, seconds(row.created));
    bind_optional(q, 18, row.deleted ? std::optional<std::int64_t>(seconds(*row.deleted)) : std::nullopt);
    bind_optional(q, 19, row.replaced_by);
    bind_entry_extras(q, 20, entry);
    const std::string gid = new_gid();
    q.bind(22, gid);
    q.bind(23, lineage.value_or(gid));
    q.bind(24, stamp);
    q.bind(25, device_id());
    q.exec();
    return db_->getLastInsertRowid();
}

void Journal::set_replaced_by(std::int64_t id, std::int64_t replaced_by) {
    write("edit an entry", [&] {
        auto& q = statement("UPDATE entries SET replaced_by = ? WHERE id = ?");
        const StatementDone q_done(q);
        q.bind(1, static_cast<std::int64_t>(replaced_by));
        q.bind(2, static_cast<std::int64_t>(id));
        q.exec();
        // The later version, and the versions after it, belong to the earlier one's entry.
        auto& join = statement(
            "UPDATE entries SET lineage = (SELECT lineage FROM entries WHERE id = ?) "
            "WHERE lineage = (SELECT lineage FROM entries WHERE id = ?)");
        const StatementDone join_done(join);
        join.bind(1, static_cast<std::int64_t>(id));
        join.bind(2, static_cast<std::int64_t>(replaced_by));
        join.exec();
    });
}

std::optional<StoredEntry> Journal::stored_entry(std::int64_t id) const {
    auto& q = statement(
        "SELECT id, kind, at_utc, zone, local_day, medication_id, amount_ug, status, scheduled_utc, "
        "score, severity, minutes, quantity, name, locations, qualities, text, created_utc, "
        "deleted_utc, replaced_by, enjoyment, activity FROM entries WHERE id = ?");
    const StatementDone q_done(q);
    q.bind(1, static_cast<std::int64_t>(id));
    if (!q.executeStep()) return std::nullopt;
    return read_entry_row(q);
}

namespace {
StoredEntry current_or_throw(const std::optional<StoredEntry>& row, std::int64_t id) {
    if (!row) throw StorageError(fill(translate("relief::storage::journal_entries", "there is no entry with id %1"), {std::to_string(id)}));
    if (row->replaced_by)
        throw StorageError(fill(translate("relief::storage::journal_entries", "entry %1 was edited; its current version is entry %2"),
                                {std::to_string(id), std::to_string(*row->replaced_by)}));
    return *row;
}
}  // namespace

std::int64_t Journal::add_version(std::int64_t id, const Entry& entry) {
    const std::int64_t new_id =
        insert_entry_row(StoredEntry{entry, clock_(), std::nullopt, std::nullopt}, tick(), lineage_of(id));
    auto& link = statement("UPDATE entries SET replaced_by = ? WHERE id = ?");
    const StatementDone link_done(link);
    link.bind(1, static_cast<std::int64_t>(new_id));
    link.bind(2, static_cast<std::int64_t>(id));
    link.exec();
    return new_id;
}

std::int64_t Journal::replace_entry(std::int64_t id, const Entry& entry) {
    require_writable("edit an entry");
    const auto old = current_or_throw(stored_entry(id), id);
    if (old.deleted) throw StorageError(fill(translate("relief::storage::journal_entries", "entry %1 is deleted; restore it first"), {std::to_string(id)}));
    return write("edit an entry", [&] { return add_version(id, entry); });
}

void Journal::delete_entry(std::int64_t id) {
    require_writable("delete an entry");
    const auto row = current_or_throw(stored_entry(id), id);
    if (row.deleted) throw StorageError(fill(translate("relief::storage::journal_entries", "entry %1 is already deleted"), {std::to_string(id)}));
    write("delete an entry", [&] {
        const Instant now = clock_();
        auto& q = statement("UPDATE entries SET deleted_utc = ? WHERE id = ?");
        const StatementDone q_done(q);
        q.bind(1, seconds(now));
        q.bind(2, static_cast<std::int64_t>(id));
        q.exec();
        record_deletion(row_gid("entries", id), tick(), now);
    });
}

std::int64_t Journal::restore_entry(std::int64_t id) {
    require_writable("restore an entry");
    const auto row = current_or_throw(stored_entry(id), id);
    if (!row.deleted) throw StorageError(fill(translate("relief::storage::journal_entries", "entry %1 is not deleted"), {std::to_string(id)}));
    // A new version, as an edit makes: the deleted one keeps its deletion, so the history
    // still says when it was deleted and when it came back.
    return write("restore an entry", [&] { return add_version(id, row.entry); });
}

std::vector<Entry> Journal::entries_between(LocalDay first, LocalDay last) const {
    std::vector<Entry> out;
    auto& q = statement(
        "SELECT id, kind, at_utc, zone, local_day, medication_id, amount_ug, status, scheduled_utc, "
        "score, severity, minutes, quantity, name, locations, qualities, text, created_utc, "
        "deleted_utc, replaced_by, enjoyment, activity FROM entries WHERE local_day BETWEEN ? AND ? "
        "AND deleted_utc IS NULL AND replaced_by IS NULL ORDER BY at_utc, id");
    const StatementDone q_done(q);
    q.bind(1, format_day(first));
    q.bind(2, format_day(last));
    while (q.executeStep()) out.push_back(read_entry_row(q).entry);
    return out;
}

std::vector<Entry> Journal::all_entries() const {
    std::vector<Entry> out;
    {
        // Room for every row up front (the largest id bounds them): growing a vector of ten
        // years of entries moved each one twice and faulted in fresh pages each time.
        auto& size = raw_statement("SELECT max(id) FROM entries");
        const RawDone size_done(size);
        if (size.step()) out.reserve(static_cast<std::size_t>(std::max<sqlite3_int64>(0, sqlite3_column_int64(size.get(), 0))));
    }
    auto& q = raw_statement(
        "SELECT id, kind, at_utc, zone, local_day, medication_id, amount_ug, status, scheduled_utc, "
        "score, severity, minutes, quantity, name, locations, qualities, text, created_utc, "
        "deleted_utc, replaced_by, enjoyment, activity FROM entries NOT INDEXED WHERE deleted_utc IS NULL AND replaced_by IS NULL");
    const RawDone q_done(q);
    while (q.step()) out.push_back(read_entry_row(q.get()).entry);
    // Nearly every row is current: one pass over the table and a sort here is several times
    // faster than SQLite's ORDER BY through the by-day index (a lookup and a sort per row).
    // The keys are sorted, then the entries put in place by following the permutation's
    // cycles: each moved about once, with no second vector.
    struct Key {
        Instant at;
        std::int64_t id;
        std::size_t at_index;
    };
    std::vector<Key> keys;
    keys.reserve(out.size());
    for (std::size_t i = 0; i < out.size(); ++i) keys.push_back({out[i].at, out[i].id, i});
    const auto by_time = [](const Key& a, const Key& b) { return std::tie(a.at, a.id) < std::tie(b.at, b.id); };
    if (std::is_sorted(keys.begin(), keys.end(), by_time)) return out;
    std::sort(keys.begin(), keys.end(), by_time);
    // Position i takes the entry at keys[i].at_index.
    std::vector<bool> placed(out.size(), false);
    for (std::size_t start = 0; start < out.size(); ++start) {
        if (placed[start] || keys[start].at_index == start) {
            placed[start] = true;
            continue;
        }
        Entry held = std::move(out[start]);
        std::size_t i = start;
        while (keys[i].at_index != start) {
            out[i] = std::move(out[keys[i].at_index]);
            placed[i] = true;
            i = keys[i].at_index;
        }
        out[i] = std::move(held);
        placed[i] = true;
    }
    return out;
}

std::vector<StoredEntry> Journal::all_rows() const {
    std::vector<StoredEntry> out;
    auto& q = raw_statement(
        "SELECT id, kind, at_utc, zone, local_day, medication_id, amount_ug, status, scheduled_utc, "
        "score, severity, minutes, quantity, name, locations, qualities, text, created_utc, "
        "deleted_utc, replaced_by, enjoyment, activity FROM entries ORDER BY id");
    const RawDone q_done(q);
    while (q.step()) out.push_back(read_entry_row(q.get()));
    return out;
}

std::vector<StoredEntry> Journal::entry_history(std::int64_t id) const {
    auto row = stored_entry(id);
    if (!row) throw StorageError(fill(translate("relief::storage::journal_entries", "there is no entry with id %1"), {std::to_string(id)}));
    // Walk back to the first version, then forward through replaced_by.
    auto& back = statement("SELECT id FROM entries WHERE replaced_by = ?");
    const StatementDone back_done(back);
    // Every id is visited once: a journal written before import checked the history
    // graph may hold a loop (1 -> 2 -> 1), which must end the walk, not spin forever.
    std::set<std::int64_t> seen{id};
    std::int64_t first = id;
    while (true) {
        back.reset();
        back.bind(1, static_cast<std::int64_t>(first));
        if (!back.executeStep()) break;
        const std::int64_t previous = back.getColumn(0).getInt64();
        if (!seen.insert(previous).second) break;
        first = previous;
    }
    std::vector<StoredEntry> out;
    seen.clear();
    for (auto current = stored_entry(first); current && seen.insert(current->entry.id).second;
         current = current->replaced_by ? stored_entry(*current->replaced_by) : std::nullopt)
        out.push_back(*current);
    return out;
}

std::size_t Journal::entry_count() const {
    auto& q = statement("SELECT count(*) FROM entries WHERE deleted_utc IS NULL AND replaced_by IS NULL");
    const StatementDone q_done(q);
    q.executeStep();
    return static_cast<std::size_t>(q.getColumn(0).getInt64());
}

}  // namespace relief::storage
