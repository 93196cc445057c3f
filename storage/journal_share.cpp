#include "core/errors.h"
#include "core/hlc.h"
#include "core/translate.h"
#include "errors.h"
#include "gid.h"
#include "journal.h"
#include "journal_write.h"
#include "statement_done.h"
#include "write_error.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <random>
#include <set>
#include <tuple>

// Sharing's side of the journal (docs/sharing.md): the records a device sends, and the
// merge of the records it receives. The rules: logged events and their versions are
// insert-only and known by their gid; an entry's current version is its latest stamp
// among edits, restores and deletions, all of which stay in the history; a medication, a
// setting and the profile go to the last writer, the earlier states kept as history.

namespace relief::storage {

using nlohmann::json;

std::string new_gid() {
    static thread_local std::random_device device;
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (int word = 0; word < 4; ++word) {
        const std::uint32_t bits = device();
        for (int shift = 28; shift >= 0; shift -= 4) out += hex[(bits >> shift) & 15];
    }
    return out;
}

namespace {

// One step of a merge went wrong in a way that says the record is bad, not the file.
[[noreturn]] void bad_record(const std::string& why) {
    //: %1: what is wrong with the record.
    throw ShareDataError(fill(translate("relief::storage::journal_share", "a shared change is not valid (%1); nothing of its file was applied"), {why}));
}

json column_value(const SQLite::Column& c) {
    if (c.isNull()) return nullptr;
    if (c.isInteger()) return c.getInt64();
    return c.getString();
}

// The row the statement stands on as a record: every column by its name, those without a
// value left out (most of an entry's columns belong to other kinds of entry).
json row_record(SQLite::Statement& q, const char* type) {
    json out = json::object();
    out["t"] = type;
    for (int i = 0; i < q.getColumnCount(); ++i)
        if (!q.getColumn(i).isNull()) out[q.getColumnName(i)] = column_value(q.getColumn(i));
    return out;
}

const json& field(const json& record, const char* name) {
    const auto it = record.find(name);
    if (it == record.end()) bad_record(std::string("no field ") + name);
    return *it;
}

std::string text_field(const json& record, const char* name) {
    const auto& v = field(record, name);
    if (!v.is_string()) bad_record(std::string(name) + " is not text");
    return v.get<std::string>();
}

std::int64_t int_field(const json& record, const char* name) {
    const auto& v = field(record, name);
    if (!v.is_number_integer()) bad_record(std::string(name) + " is not a whole number");
    return v.get<std::int64_t>();
}

// A column a record leaves out has no value.
void bind_field(SQLite::Statement& q, int index, const json& record, const char* name) {
    const auto it = record.find(name);
    if (it == record.end()) {
        q.bind(index);
        return;
    }
    const auto& v = *it;
    if (v.is_null())
        q.bind(index);
    else if (v.is_number_integer())
        q.bind(index, v.get<std::int64_t>());
    else if (v.is_string())
        q.bind(index, v.get<std::string>());
    else
        bad_record(std::string(name) + " is neither text, a whole number nor empty");
}

void bind_fields(SQLite::Statement& q, int first, const json& record, std::initializer_list<const char*> names) {
    int index = first;
    for (const char* name : names) bind_field(q, index++, record, name);
}

constexpr std::initializer_list<const char*> entry_fields = {
    "kind", "at_utc", "zone", "local_day", "amount_ug", "status", "scheduled_utc", "score", "severity", "minutes",
    "quantity", "name", "locations", "qualities", "text", "created_utc", "enjoyment", "activity"};
constexpr std::initializer_list<const char*> medication_fields = {
    "name", "ingredient", "chosen_class", "form", "dose_ug", "times", "as_needed", "max_daily_ug",
    "start_day", "stop_day", "taper", "created_utc"};

struct Key {
    std::int64_t stamp;
    std::string origin;
    std::int64_t id;
    bool operator<(const Key& o) const { return std::tie(stamp, origin, id) < std::tie(o.stamp, o.origin, o.id); }
};

}  // namespace

std::string Journal::device_id() const {
    // Kept for the rest of the transaction only (every row of an import names it); reset
    // when the transaction ends, whatever became of it, and when the value is written.
    if (sqlite3_get_autocommit(db_->getHandle()) != 0) return local_value("device").value_or("");
    if (!device_in_transaction_) device_in_transaction_ = local_value("device").value_or("");
    return *device_in_transaction_;
}

std::optional<std::string> Journal::local_value(const std::string& key) const {
    auto& q = statement("SELECT value FROM share_local WHERE key = ?");
    const StatementDone q_done(q);
    q.bind(1, key);
    if (!q.executeStep()) return std::nullopt;
    return q.getColumn(0).getString();
}

void Journal::set_local_value(const std::string& key, const std::optional<std::string>& value) {
    device_in_transaction_.reset();
    write_file("change settings", [&] {
        auto& q = statement(value ? "INSERT OR REPLACE INTO share_local (key, value) VALUES (?, ?)"
                                  : "DELETE FROM share_local WHERE key = ?");
        const StatementDone q_done(q);
        q.bind(1, key);
        if (value) q.bind(2, *value);
        q.exec();
    });
}

void Journal::set_following(bool following) {
    set_local_value("mode", following ? std::optional<std::string>("read-only") : std::nullopt);
    if (following_ && !following) read_only_ = false;
    following_ = following;
    if (following) read_only_ = true;
}

std::int64_t Journal::tick() {
    const auto last = local_value("hlc");
    const std::int64_t stamp =
        hlc::next(last ? std::stoll(*last) : 0, static_cast<std::int64_t>(clock_().time_since_epoch().count()) * 1000);
    set_local_value("hlc", std::to_string(stamp));
    return stamp;
}

void Journal::observe(std::int64_t stamp) {
    const auto last = local_value("hlc");
    if (!last || std::stoll(*last) < stamp) set_local_value("hlc", std::to_string(stamp));
}

std::string Journal::row_gid(const char* table, std::int64_t id) const {
    const std::string name = table;
    auto& q = statement(name == "entries"       ? "SELECT gid FROM entries WHERE id = ?"
                        : name == "medications" ? "SELECT gid FROM medications WHERE id = ?"
                                                : "SELECT gid FROM prescription_steps WHERE id = ?");
    const StatementDone q_done(q);
    q.bind(1, static_cast<std::int64_t>(id));
    if (!q.executeStep() || q.getColumn(0).isNull()) return {};
    return q.getColumn(0).getString();
}

void Journal::record_deletion(const std::string& version, std::int64_t stamp, Instant at) {
    auto& q = statement(
        "INSERT OR IGNORE INTO entry_deletions (version, hlc, origin, at_utc) VALUES (?, ?, ?, ?)");
    const StatementDone q_done(q);
    q.bind(1, version);
    q.bind(2, stamp);
    q.bind(3, device_id());
    q.bind(4, static_cast<std::int64_t>(at.time_since_epoch().count()));
    q.exec();
}

void Journal::take_device_id(const std::string& id) {
    write_file("change settings", [&] {
        const std::string old = device_id();
        for (const char* sql : {"UPDATE entries SET origin = ? WHERE origin = ? AND share_seq IS NULL",
                                "UPDATE entry_deletions SET origin = ? WHERE origin = ? AND share_seq IS NULL",
                                "UPDATE medications SET origin = ? WHERE origin = ? AND share_seq IS NULL",
                                "UPDATE prescription_steps SET origin = ? WHERE origin = ? AND share_seq IS NULL",
                                "UPDATE prescription_removals SET origin = ? WHERE origin = ? AND share_seq IS NULL",
                                "UPDATE settings SET origin = ? WHERE origin = ? AND share_seq IS NULL",
                                "UPDATE visits SET origin = ? WHERE origin = ? AND share_seq IS NULL"}) {
            auto& q = statement(sql);
            const StatementDone q_done(q);
            q.bind(1, id);
            q.bind(2, old);
            q.exec();
        }
        set_local_value("device", id);
    });
}

void Journal::restart_sharing() {
    write_file("change settings", [&] {
        db_->exec(
            "UPDATE entries SET share_seq = NULL WHERE share_seq IS NOT NULL; "
            "UPDATE entry_deletions SET share_seq = NULL WHERE share_seq IS NOT NULL; "
            "UPDATE medications SET share_seq = NULL WHERE share_seq IS NOT NULL; "
            "UPDATE prescription_steps SET share_seq = NULL WHERE share_seq IS NOT NULL; "
            "UPDATE prescription_removals SET share_seq = NULL WHERE share_seq IS NOT NULL; "
            "UPDATE settings SET share_seq = NULL WHERE share_seq IS NOT NULL; "
            "UPDATE visits SET share_seq = NULL WHERE share_seq IS NOT NULL; "
            "DELETE FROM share_peers;");
    });
}

std::size_t Journal::unshared_count() const {
    auto& q = statement(
        "SELECT (SELECT count(*) FROM entries WHERE share_seq IS NULL) + "
        "(SELECT count(*) FROM entry_deletions WHERE share_seq IS NULL) + "
        "(SELECT count(*) FROM medications WHERE share_seq IS NULL) + "
        "(SELECT count(*) FROM prescription_steps WHERE share_seq IS NULL) + "
        "(SELECT count(*) FROM prescription_removals WHERE share_seq IS NULL) + "
        "(SELECT count(*) FROM settings WHERE share_seq IS NULL) + "
        "(SELECT count(*) FROM visits WHERE share_seq IS NULL AND deleted_utc IS NULL)");
    const StatementDone q_done(q);
    q.executeStep();
    return static_cast<std::size_t>(q.getColumn(0).getInt64());
}

void Journal::exclusively(const std::function<void()>& work) {
    require_writable("change it");
    // Inside a caller's transaction the lock is the caller's to take.
    if (!sqlite3_get_autocommit(db_->getHandle())) {
        write_file("change it", work);
        return;
    }
    try {
        db_->exec("BEGIN IMMEDIATE");
    } catch (const SQLite::Exception& e) {
        throw_write_error(e, path_, advice_);
    }
    const TransactionEnd end(*this);
    try {
        work();
        db_->exec("COMMIT");
    } catch (const SQLite::Exception& e) {
        try { db_->exec("ROLLBACK"); } catch (...) {}
        throw_write_error(e, path_, advice_);
    } catch (...) {
        try { db_->exec("ROLLBACK"); } catch (...) {}
        throw;
    }
}

void Journal::yield_to_share() {
    if (entry_count() != 0 || !medications().empty()) return;
    write_file("change settings", [&] { db_->exec("UPDATE settings SET hlc = 0, share_seq = 0"); });
}

ShareOutbox Journal::unshared_changes() const {
    ShareOutbox out;
    const auto take = [&](const char* table, const char* type, const char* sql) {
        auto& q = statement(sql);
        const StatementDone q_done(q);
        while (q.executeStep()) {
            json record = row_record(q, type);
            out.rows[table].push_back(record.at("id").get<std::int64_t>());
            record.erase("id");
            out.records.push_back(record.dump());
        }
    };
    // In the order another device applies them: what is named before what names it.
    take("medications", "medication",
         "SELECT id, gid, hlc, origin, name, ingredient, chosen_class, form, dose_ug, times, as_needed, max_daily_ug, "
         "start_day, stop_day, taper, created_utc FROM medications WHERE share_seq IS NULL ORDER BY hlc, id");
    take("prescription_steps", "prescription",
         "SELECT p.id, p.gid, p.hlc, p.origin, m.gid AS medication, p.from_day, p.dose_ug, p.times, p.as_needed, p.created_utc "
         "FROM prescription_steps p JOIN medications m ON m.id = p.medication_id "
         "WHERE p.share_seq IS NULL ORDER BY p.hlc, p.id");
    take("prescription_removals", "prescription-removed",
         "SELECT id, medication, from_day, hlc, origin, at_utc FROM prescription_removals WHERE share_seq IS NULL "
         "ORDER BY hlc, id");
    take("settings", "setting",
         "SELECT id, gid, hlc, origin, key, value, set_utc FROM settings WHERE share_seq IS NULL ORDER BY hlc, id");
    take("visits", "visit",
         "SELECT id, gid, hlc, origin, day, recorded_utc FROM visits WHERE share_seq IS NULL AND deleted_utc IS NULL "
         "ORDER BY hlc, id");
    take("entries", "entry",
         "SELECT e.id, e.gid, e.lineage, e.hlc, e.origin, m.gid AS medication, e.kind, e.at_utc, e.zone, e.local_day, "
         "e.amount_ug, e.status, e.scheduled_utc, e.score, e.severity, e.minutes, e.quantity, e.name, "
         "e.locations, e.qualities, e.text, e.created_utc, e.enjoyment, e.activity "
         "FROM entries e LEFT JOIN medications m ON m.id = e.medication_id "
         "WHERE e.share_seq IS NULL ORDER BY e.hlc, e.id");
    take("entry_deletions", "entry-deleted",
         "SELECT id, version, hlc, origin, at_utc FROM entry_deletions WHERE share_seq IS NULL ORDER BY hlc, id");
    return out;
}

void Journal::mark_shared(const ShareOutbox& outbox, std::int64_t file) {
    // Only what went out: a medication changed again since then has a later stamp and
    // goes out in the next file.
    std::int64_t newest = 0;
    for (const auto& r : outbox.records) newest = std::max(newest, json::parse(r).value("hlc", std::int64_t{0}));
    write_file("change settings", [&] {
        for (const auto& [table, ids] : outbox.rows) {
            const char* sql = table == "entries"              ? "UPDATE entries SET share_seq = ? WHERE id = ?"
                              : table == "entry_deletions"    ? "UPDATE entry_deletions SET share_seq = ? WHERE id = ?"
                              : table == "medications"        ? "UPDATE medications SET share_seq = ? WHERE id = ? AND hlc <= ?"
                              : table == "prescription_steps" ? "UPDATE prescription_steps SET share_seq = ? WHERE id = ?"
                              : table == "prescription_removals"
                                  ? "UPDATE prescription_removals SET share_seq = ? WHERE id = ?"
                              : table == "settings" ? "UPDATE settings SET share_seq = ? WHERE id = ?"
                                                    : "UPDATE visits SET share_seq = ? WHERE id = ?";
            for (const auto id : ids) {
                auto& q = statement(sql);
                const StatementDone q_done(q);
                q.bind(1, file);
                q.bind(2, static_cast<std::int64_t>(id));
                if (table == "medications") q.bind(3, newest);
                q.exec();
            }
        }
    });
}

void Journal::rechain_entry(const std::string& lineage) {
    struct Version {
        Key key;
        std::optional<std::int64_t> replaced_by, deleted;
    };
    std::vector<Version> versions;
    {
        auto& q = statement("SELECT id, hlc, origin, replaced_by, deleted_utc FROM entries WHERE lineage = ?");
        const StatementDone q_done(q);
        q.bind(1, lineage);
        while (q.executeStep()) {
            Version v{{q.getColumn(1).getInt64(), q.getColumn(2).getString(), q.getColumn(0).getInt64()}, {}, {}};
            if (!q.getColumn(3).isNull()) v.replaced_by = q.getColumn(3).getInt64();
            if (!q.getColumn(4).isNull()) v.deleted = q.getColumn(4).getInt64();
            versions.push_back(std::move(v));
        }
    }
    std::vector<std::pair<Key, std::int64_t>> deletions;
    {
        auto& q = statement(
            "SELECT d.hlc, d.origin, d.id, d.at_utc FROM entry_deletions d JOIN entries e ON e.gid = d.version "
            "WHERE e.lineage = ?");
        const StatementDone q_done(q);
        q.bind(1, lineage);
        while (q.executeStep())
            deletions.push_back({{q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getInt64()},
                                 q.getColumn(3).getInt64()});
    }
    std::sort(versions.begin(), versions.end(), [](const Version& a, const Version& b) { return a.key < b.key; });
    std::sort(deletions.begin(), deletions.end());
    for (std::size_t i = 0; i < versions.size(); ++i) {
        const Version* next = i + 1 < versions.size() ? &versions[i + 1] : nullptr;
        std::optional<std::int64_t> replaced_by, deleted;
        if (next) replaced_by = next->key.id;
        // The latest deletion from this version on, before the next, deletes this one (a
        // deletion stamped the same as the version it deletes comes after it).
        const auto stamp_of = [](const Key& k) { return std::tie(k.stamp, k.origin); };
        for (const auto& [key, at] : deletions)
            if (stamp_of(key) >= stamp_of(versions[i].key) && (!next || stamp_of(key) < stamp_of(next->key))) deleted = at;
        if (replaced_by == versions[i].replaced_by && deleted == versions[i].deleted) continue;
        auto& q = statement("UPDATE entries SET replaced_by = ?, deleted_utc = ? WHERE id = ?");
        const StatementDone q_done(q);
        if (replaced_by) q.bind(1, *replaced_by); else q.bind(1);
        if (deleted) q.bind(2, *deleted); else q.bind(2);
        q.bind(3, versions[i].key.id);
        q.exec();
    }
}

void Journal::rechain_prescription(std::int64_t medication_id, const std::string& from_day) {
    // Each change from a day is current until the next event on that day: a later change
    // (which replaces it) or a removal.
    struct Event {
        Key key;
        std::int64_t at;
        bool removal;
        std::optional<std::int64_t> deleted;
    };
    std::vector<Event> events;
    {
        auto& q = statement(
            "SELECT id, hlc, origin, created_utc, deleted_utc FROM prescription_steps "
            "WHERE medication_id = ? AND from_day = ?");
        const StatementDone q_done(q);
        q.bind(1, static_cast<std::int64_t>(medication_id));
        q.bind(2, from_day);
        while (q.executeStep()) {
            Event e{{q.getColumn(1).getInt64(), q.getColumn(2).getString(), q.getColumn(0).getInt64()},
                    q.getColumn(3).getInt64(), false, {}};
            if (!q.getColumn(4).isNull()) e.deleted = q.getColumn(4).getInt64();
            events.push_back(std::move(e));
        }
    }
    {
        auto& q = statement(
            "SELECT r.id, r.hlc, r.origin, r.at_utc FROM prescription_removals r "
            "JOIN medications m ON m.gid = r.medication WHERE m.id = ? AND r.from_day = ?");
        const StatementDone q_done(q);
        q.bind(1, static_cast<std::int64_t>(medication_id));
        q.bind(2, from_day);
        while (q.executeStep())
            events.push_back({{q.getColumn(1).getInt64(), q.getColumn(2).getString(), -q.getColumn(0).getInt64()},
                              q.getColumn(3).getInt64(), true, {}});
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        return std::tie(a.key.stamp, a.key.origin) < std::tie(b.key.stamp, b.key.origin) ||
               (std::tie(a.key.stamp, a.key.origin) == std::tie(b.key.stamp, b.key.origin) && a.key.id < b.key.id);
    });
    // Deletions first, then the one current change: the journal allows one per day.
    std::optional<std::int64_t> current;
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (events[i].removal) continue;
        const std::optional<std::int64_t> deleted =
            i + 1 < events.size() ? std::optional<std::int64_t>(events[i + 1].at) : std::nullopt;
        if (!deleted) current = events[i].key.id;
        if (!deleted || deleted == events[i].deleted) continue;
        auto& q = statement("UPDATE prescription_steps SET deleted_utc = ? WHERE id = ?");
        const StatementDone q_done(q);
        q.bind(1, *deleted);
        q.bind(2, events[i].key.id);
        q.exec();
    }
    if (current) {
        auto& q = statement("UPDATE prescription_steps SET deleted_utc = NULL WHERE id = ? AND deleted_utc IS NOT NULL");
        const StatementDone q_done(q);
        q.bind(1, *current);
        q.exec();
    }
}

namespace {

std::optional<std::int64_t> id_of(SQLite::Statement& q, const std::string& gid) {
    const StatementDone q_done(q);
    q.bind(1, gid);
    if (!q.executeStep()) return std::nullopt;
    return q.getColumn(0).getInt64();
}

}  // namespace

MergeOutcome Journal::merge_changes(const std::string& device, const std::vector<std::string>& records,
                                    const std::optional<SharePeer>& peer) {
    if (device.empty() || device == device_id())
        bad_record(translate("relief::storage::journal_share", "the changes claim to come from this device"));
    MergeOutcome outcome;
    std::set<std::string> lineages;
    std::set<std::pair<std::int64_t, std::string>> prescription_days;
    write_file("take changes from another device", [&] {
        for (const auto& text : records) {
            json record;
            try {
                record = json::parse(text);
            } catch (const json::exception&) {
                bad_record(translate("relief::storage::journal_share", "not JSON"));
            }
            if (!record.is_object()) bad_record(translate("relief::storage::journal_share", "not a record"));
            const std::string type = text_field(record, "t");
            const std::int64_t stamp = int_field(record, "hlc");
            // The device that made the change: the file's, unless the record names another
            // (rows a device had taken from others, sent again into a new share).
            const std::string origin = record.contains("origin") ? text_field(record, "origin") : device;
            outcome.newest = std::max(outcome.newest, stamp);
            const auto medication_id = [&](const char* name) -> std::optional<std::int64_t> {
                const auto it = record.find(name);
                if (it == record.end() || it->is_null()) return std::nullopt;
                auto id = id_of(statement("SELECT id FROM medications WHERE gid = ?"), text_field(record, name));
                //: The changes of one device name a medication whose own change file has not arrived yet.
                if (!id) throw MergeDeferred(translate("relief::storage::journal_share", "they name a medication another device's changes have not brought yet"));
                return id;
            };
            bool applied = true;
            try {
                if (type == "entry") {
                    const std::string gid = text_field(record, "gid");
                    if (id_of(statement("SELECT id FROM entries WHERE gid = ?"), gid)) {
                        applied = false;
                    } else {
                        const auto med = medication_id("medication");
                        auto& q = statement(
                            "INSERT INTO entries (kind, at_utc, zone, local_day, amount_ug, status, scheduled_utc, score, "
                            "severity, minutes, quantity, name, locations, qualities, text, created_utc, enjoyment, activity, "
                            "medication_id, gid, lineage, hlc, origin, share_seq) "
                            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)");
                        const StatementDone q_done(q);
                        bind_fields(q, 1, record, entry_fields);
                        if (med) q.bind(19, *med); else q.bind(19);
                        q.bind(20, gid);
                        q.bind(21, text_field(record, "lineage"));
                        q.bind(22, stamp);
                        q.bind(23, origin);
                        q.exec();
                        const auto row = stored_entry(db_->getLastInsertRowid());
                        if (!row) bad_record("entry");
                        // The checks a logged entry passes, and its day where its zone says.
                        if (located(row->entry).day != row->entry.day) bad_record("local_day");
                        lineages.insert(text_field(record, "lineage"));
                    }
                } else if (type == "entry-deleted") {
                    const std::string version = text_field(record, "version");
                    auto& lineage_q = statement("SELECT lineage FROM entries WHERE gid = ?");
                    std::string lineage;
                    {
                        const StatementDone done(lineage_q);
                        lineage_q.bind(1, version);
                        if (!lineage_q.executeStep())
                            throw MergeDeferred(translate("relief::storage::journal_share", "they delete an entry another device's changes have not brought yet"));
                        lineage = lineage_q.getColumn(0).getString();
                    }
                    auto& q = statement(
                        "INSERT OR IGNORE INTO entry_deletions (version, hlc, origin, at_utc, share_seq) VALUES (?,?,?,?,0)");
                    const StatementDone q_done(q);
                    q.bind(1, version);
                    q.bind(2, stamp);
                    q.bind(3, origin);
                    q.bind(4, int_field(record, "at_utc"));
                    applied = q.exec() > 0;
                    lineages.insert(lineage);
                } else if (type == "medication") {
                    const std::string gid = text_field(record, "gid");
                    auto& find = statement("SELECT id, hlc, origin FROM medications WHERE gid = ?");
                    std::optional<std::tuple<std::int64_t, std::int64_t, std::string>> here;
                    {
                        const StatementDone done(find);
                        find.bind(1, gid);
                        if (find.executeStep())
                            here = {find.getColumn(0).getInt64(), find.getColumn(1).getInt64(), find.getColumn(2).getString()};
                    }
                    std::int64_t id = 0;
                    if (!here) {
                        auto& q = statement(
                            "INSERT INTO medications (name, ingredient, chosen_class, form, dose_ug, times, as_needed, "
                            "max_daily_ug, start_day, stop_day, taper, created_utc, gid, hlc, origin, share_seq) "
                            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)");
                        const StatementDone q_done(q);
                        bind_fields(q, 1, record, medication_fields);
                        q.bind(13, gid);
                        q.bind(14, stamp);
                        q.bind(15, origin);
                        q.exec();
                        id = db_->getLastInsertRowid();
                    } else if (std::get<1>(*here) == stamp && std::get<2>(*here) == origin) {
                        applied = false;
                    } else if (hlc::later(stamp, origin, std::get<1>(*here), std::get<2>(*here))) {
                        id = std::get<0>(*here);
                        keep_medication_version(id, hlc::seconds(stamp));
                        auto& q = statement(
                            "UPDATE medications SET name = ?, ingredient = ?, chosen_class = ?, form = ?, dose_ug = ?, "
                            "times = ?, as_needed = ?, max_daily_ug = ?, start_day = ?, stop_day = ?, taper = ?, "
                            "created_utc = ?, hlc = ?, origin = ?, share_seq = 0 WHERE id = ?");
                        const StatementDone q_done(q);
                        bind_fields(q, 1, record, medication_fields);
                        q.bind(13, stamp);
                        q.bind(14, origin);
                        q.bind(15, id);
                        q.exec();
                    } else {
                        // An earlier state arriving late: history only.
                        auto& q = statement(
                            "INSERT INTO medication_history (name, ingredient, chosen_class, form, dose_ug, times, "
                            "as_needed, max_daily_ug, start_day, stop_day, taper, revised_utc, medication_id) "
                            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
                        const StatementDone q_done(q);
                        bind_fields(q, 1, record, medication_fields);
                        q.bind(12, hlc::seconds(std::get<1>(*here)));
                        q.bind(13, std::get<0>(*here));
                        q.exec();
                    }
                    if (id) {
                        // The record's own fields; how it fits prescription changes made
                        // elsewhere at the same time is settled by the stamps, not refused.
                        auto med = medication(id);
                        if (!med) bad_record("medication");
                        med->steps.clear();
                        validate(*med, {}, NameRule::stored);
                    }
                } else if (type == "prescription") {
                    const std::string gid = text_field(record, "gid");
                    if (id_of(statement("SELECT id FROM prescription_steps WHERE gid = ?"), gid)) {
                        applied = false;
                    } else {
                        const auto med = medication_id("medication");
                        if (!med) bad_record("prescription without a medication");
                        // Entered as replaced; the rechain below decides which change is current.
                        auto& q = statement(
                            "INSERT INTO prescription_steps (from_day, dose_ug, times, as_needed, created_utc, "
                            "medication_id, deleted_utc, gid, hlc, origin, share_seq) VALUES (?,?,?,?,?,?,?,?,?,?,0)");
                        const StatementDone q_done(q);
                        bind_fields(q, 1, record, {"from_day", "dose_ug", "times", "as_needed", "created_utc"});
                        q.bind(6, *med);
                        q.bind(7, int_field(record, "created_utc"));
                        q.bind(8, gid);
                        q.bind(9, stamp);
                        q.bind(10, origin);
                        q.exec();
                        prescription_days.insert({*med, text_field(record, "from_day")});
                    }
                } else if (type == "prescription-removed") {
                    const auto med = medication_id("medication");
                    if (!med) bad_record("removal without a medication");
                    auto& q = statement(
                        "INSERT OR IGNORE INTO prescription_removals (medication, from_day, hlc, origin, at_utc, share_seq) "
                        "VALUES (?,?,?,?,?,0)");
                    const StatementDone q_done(q);
                    q.bind(1, text_field(record, "medication"));
                    q.bind(2, text_field(record, "from_day"));
                    q.bind(3, stamp);
                    q.bind(4, origin);
                    q.bind(5, int_field(record, "at_utc"));
                    applied = q.exec() > 0;
                    prescription_days.insert({*med, text_field(record, "from_day")});
                } else if (type == "setting") {
                    const std::string gid = text_field(record, "gid");
                    if (id_of(statement("SELECT id FROM settings WHERE gid = ?"), gid)) {
                        applied = false;
                    } else {
                        auto& q = statement(
                            "INSERT INTO settings (key, value, set_utc, gid, hlc, origin, share_seq) VALUES (?,?,?,?,?,?,0)");
                        const StatementDone q_done(q);
                        q.bind(1, text_field(record, "key"));
                        q.bind(2, text_field(record, "value"));
                        q.bind(3, int_field(record, "set_utc"));
                        q.bind(4, gid);
                        q.bind(5, stamp);
                        q.bind(6, origin);
                        q.exec();
                    }
                } else if (type == "visit") {
                    const std::string gid = text_field(record, "gid");
                    const std::string day = text_field(record, "day");
                    parse_day(day);
                    auto& exists = statement("SELECT count(*) FROM visits WHERE (gid = ? OR day = ?) AND deleted_utc IS NULL");
                    bool known = false;
                    {
                        const StatementDone done(exists);
                        exists.bind(1, gid);
                        exists.bind(2, day);
                        known = exists.executeStep() && exists.getColumn(0).getInt() > 0;
                    }
                    if (known) {
                        applied = false;
                    } else {
                        auto& q = statement(
                            "INSERT INTO visits (day, recorded_utc, gid, hlc, origin, share_seq) VALUES (?,?,?,?,?,0)");
                        const StatementDone q_done(q);
                        q.bind(1, day);
                        q.bind(2, int_field(record, "recorded_utc"));
                        q.bind(3, gid);
                        q.bind(4, stamp);
                        q.bind(5, origin);
                        q.exec();
                    }
                } else {
                    //: %1: the kind of record, as written in the file.
                    bad_record(fill(translate("relief::storage::journal_share", "unknown kind of change %1"), {type}));
                }
            } catch (const MergeDeferred&) {
                throw;
            } catch (const ShareDataError&) {
                throw;
            } catch (const SQLite::Exception& e) {
                if ((e.getErrorCode() & 0xff) == SQLITE_CONSTRAINT || (e.getErrorCode() & 0xff) == SQLITE_MISMATCH)
                    bad_record(e.what());
                throw;
            } catch (const std::exception& e) {
                bad_record(e.what());
            }
            (applied ? outcome.applied : outcome.known) += 1;
        }
        for (const auto& lineage : lineages) rechain_entry(lineage);
        for (const auto& [med, day] : prescription_days) rechain_prescription(med, day);
        observe(outcome.newest);
        // In the same transaction: a crash after it never applies the file a second time.
        if (peer) {
            SharePeer taken = *peer;
            taken.last_change = std::max(taken.last_change, outcome.newest);
            record_peer(taken);
        }
    });
    return outcome;
}

std::string Journal::lineage_of(std::int64_t id) const {
    auto& q = statement("SELECT lineage FROM entries WHERE id = ?");
    const StatementDone q_done(q);
    q.bind(1, static_cast<std::int64_t>(id));
    return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

bool Journal::join_versions(std::int64_t earlier, std::int64_t later) {
    return write("edit an entry", [&] {
        const std::string lineage = lineage_of(earlier);
        const std::string old = lineage_of(later);
        if (lineage.empty() || old.empty() || lineage == old) return false;
        // Versions another device already has keep their entry: it would never hear of
        // the move, and the two journals would disagree on what is current.
        auto& shared = statement("SELECT count(*) FROM entries WHERE lineage = ? AND share_seq IS NOT NULL");
        {
            const StatementDone done(shared);
            shared.bind(1, old);
            if (shared.executeStep() && shared.getColumn(0).getInt64() > 0) return false;
        }
        auto& q = statement("UPDATE entries SET lineage = ? WHERE lineage = ?");
        const StatementDone q_done(q);
        q.bind(1, lineage);
        q.bind(2, old);
        q.exec();
        rechain_entry(lineage);
        return true;
    });
}

void Journal::merge_deletion(std::int64_t id, Instant at) {
    write("delete an entry", [&] {
        // After the version it deletes, even when made in the same second.
        auto& version = statement("SELECT hlc FROM entries WHERE id = ?");
        std::int64_t after = 0;
        {
            const StatementDone done(version);
            version.bind(1, static_cast<std::int64_t>(id));
            if (version.executeStep() && !version.getColumn(0).isNull()) after = version.getColumn(0).getInt64() + 1;
        }
        const auto stamp = std::max(after, hlc::from_seconds(static_cast<std::int64_t>(at.time_since_epoch().count())));
        observe(stamp);
        record_deletion(row_gid("entries", id), stamp, at);
        rechain_entry(lineage_of(id));
    });
}

std::vector<SharePeer> Journal::share_peers() const {
    std::vector<SharePeer> out;
    auto& q = statement(
        "SELECT device, name, mode, applied_file, last_change_hlc, applied_utc FROM share_peers ORDER BY name, device");
    const StatementDone q_done(q);
    while (q.executeStep())
        out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                       q.getColumn(3).getInt64(), q.getColumn(4).getInt64(), q.getColumn(5).getInt64()});
    return out;
}

void Journal::record_peer(const SharePeer& peer) {
    write_file("take changes from another device", [&] {
        auto& q = statement(
            "INSERT OR REPLACE INTO share_peers (device, name, mode, applied_file, last_change_hlc, applied_utc) "
            "VALUES (?,?,?,?,?,?)");
        const StatementDone q_done(q);
        q.bind(1, peer.device);
        q.bind(2, peer.name);
        q.bind(3, peer.mode);
        q.bind(4, peer.applied_file);
        q.bind(5, peer.last_change);
        q.bind(6, peer.applied_utc);
        q.exec();
    });
}

}  // namespace relief::storage
