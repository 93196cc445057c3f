#pragma once

#include "core/alert.h"
#include "core/entry.h"
#include "core/journal_snapshot.h"
#include "core/medication.h"
#include "core/profile.h"
#include "core/zone.h"
#include "storage/advice.h"
#include "storage/share_records.h"

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace SQLite {
class Database;
class Statement;
}  // namespace SQLite

namespace relief::storage {

// Storage stamps rows with the time they were written (for history); tests inject it.
using Clock = std::function<Instant()>;
Instant system_now();

enum class OpenMode { read_write, read_only };

// An entry row as stored, with its history: an edit writes a new row and points the old
// one at it (replaced_by); a delete only stamps deleted_utc. Nothing is ever removed.
struct StoredEntry {
    Entry entry;
    Instant created{};
    std::optional<Instant> deleted;
    std::optional<std::int64_t> replaced_by;
    bool is_current() const { return !deleted && !replaced_by; }
    bool operator==(const StoredEntry&) const = default;
};

// A prescription change as stored, with its history: replacing one (a second change from
// the same day) or removing one only stamps `deleted`. Nothing is ever removed.
struct StoredPrescriptionStep {
    std::int64_t id = 0;
    std::int64_t medication_id = 0;
    PrescriptionStep step;
    Instant created{};
    std::optional<Instant> deleted;
    bool is_current() const { return !deleted; }
    bool operator==(const StoredPrescriptionStep&) const = default;
};

struct MedicationRevision {
    Medication before;  // the medication as it was until `revised` (its prescription
                        // changes have their own history: prescription_history)
    Instant revised{};
};

// An alert as kept in the journal: the latest facts, the day it was first raised
// (alert.raised_on) and whether it has been discussed with the clinician.
// Its life: current until the analysis no longer raises it, then resolved on the first day
// it did not hold; a pattern that comes back is the same alert, one occurrence more.
struct StoredAlert {
    std::int64_t id = 0;
    Alert alert;
    std::optional<Instant> discussed;
    std::optional<AlertSeverity> discussed_severity;  // raised again only above it
    std::optional<LocalDay> resolved_on;              // nullopt while current
    int occurrences = 1;
    bool operator==(const StoredAlert&) const = default;
};

class RawStatement;

// One journal file: the person's whole record. Every write validates first and happens
// in one transaction, so bad input or a failed write leaves the file as it was.
class Journal final {
public:
    // Creates a new journal (mode 0600); refuses if anything exists at `path`. `advice`
    // words what messages tell the person to do (advice.h).
    static Journal create(const std::filesystem::path& path, const Zone& home, Clock clock = system_now,
                          Advice advice = {});
    // Opens an existing journal, migrating an older schema (read-write only). Refuses,
    // untouched, a folder, a file that is not a Relief Journal, or one from a newer version.
    static Journal open(const std::filesystem::path& path, OpenMode mode = OpenMode::read_write,
                        Clock clock = system_now, const Advice& advice = {});
    // A private journal in memory, for tests and dry runs.
    static Journal in_memory(const Zone& home, Clock clock = system_now, Advice advice = {});

    Journal(Journal&&) noexcept;
    Journal& operator=(Journal&&) noexcept;
    ~Journal();

    bool read_only() const { return read_only_; }
    // The journal's clock (the system's, or a test's): what "not in the future" means.
    Instant now() const { return clock_(); }
    const std::filesystem::path& path() const { return path_; }
    Zone home_zone() const;
    int schema_version() const;
    // SQLite's PRAGMA data_version: changes when another connection (the reminder service,
    // the CLI, a second window) commits to this journal; this connection's own writes leave
    // it as it is. The window polls it to show what was written elsewhere.
    std::int64_t data_version() const;

    Profile profile() const;
    void set_profile(const Profile& profile);
    std::optional<std::string> setting(const std::string& key) const;
    void set_setting(const std::string& key, const std::string& value);
    std::map<std::string, std::string> settings() const;

    // Stamps `entered` with the journal's clock and writes `med.steps` as its changes.
    std::int64_t add_medication(const Medication& med);
    // Keeps the previous version. Its prescription changes stay as they are (see
    // change_prescription); `med.steps` is ignored, but the stop must still follow them.
    void update_medication(const Medication& med);
    // With their current prescription changes and the moment each was entered.
    std::vector<Medication> medications() const;
    std::optional<Medication> medication(std::int64_t id) const;
    std::vector<MedicationRevision> medication_history(std::int64_t id) const;

    // A prescription change from `step.from` (a titration or taper step): the earlier
    // prescription stays for the days before it. A change from a day that already has one
    // replaces it, and the replaced one is kept in the history. The medication with the
    // change must validate (core/prescription_input.h builds a change from typed text).
    // Returns the id of the stored change.
    std::int64_t change_prescription(std::int64_t medication_id, const PrescriptionStep& step);
    // Undoes the change from `from` (InputError if there is none); it stays in the history.
    void remove_prescription_change(std::int64_t medication_id, LocalDay from);
    // Every change written for one medication, or for all, replaced and removed ones
    // included, oldest first.
    std::vector<StoredPrescriptionStep> prescription_history(std::int64_t medication_id) const;
    std::vector<StoredPrescriptionStep> all_prescription_rows() const;

    // `entry.day` is derived from `at` and `zone`; the given value is ignored.
    std::int64_t add_entry(const Entry& entry);
    // An edit: returns the id of the new version; the old row stays, pointing at it.
    std::int64_t replace_entry(std::int64_t id, const Entry& entry);
    void delete_entry(std::int64_t id);
    // Brings a deleted entry back as a new version (returned): the deleted one keeps its
    // deletion in the history.
    std::int64_t restore_entry(std::int64_t id);
    std::optional<StoredEntry> stored_entry(std::int64_t id) const;
    std::vector<Entry> entries_between(LocalDay first, LocalDay last) const;  // current only
    std::vector<Entry> all_entries() const;                                   // current only
    std::vector<StoredEntry> all_rows() const;  // every row ever written, history included
    // The versions of an entry, oldest first, following edits both ways from `id`.
    std::vector<StoredEntry> entry_history(std::int64_t id) const;
    std::size_t entry_count() const;

    JournalSnapshot snapshot() const;

    // Visits to the clinician, oldest first. Recording a day twice keeps one visit.
    void record_visit(LocalDay day);
    std::vector<LocalDay> visits() const;
    std::optional<LocalDay> last_visit(LocalDay on_or_before) const;

    // Keeps the alerts of one analysis: a new rule+subject is added; a known one keeps its
    // first day raised and its discussed mark, takes the newer facts, and is shown again
    // (discussed cleared) when its severity rises. Repeating an analysis changes nothing.
    // Records what the analysis as of `as_of` raised, and resolves the recorded alerts it no
    // longer raises (an analysis of an earlier day resolves nothing).
    void record_alerts(const std::vector<Alert>& alerts, LocalDay as_of);
    std::vector<StoredAlert> stored_alerts() const;
    std::optional<StoredAlert> stored_alert(std::int64_t id) const;
    void mark_alert_discussed(std::int64_t id);

    // A consistent copy through SQLite's online backup, written atomically with mode 0600.
    void backup_to(const std::filesystem::path& target) const;

    // Runs `work` in one transaction: all of it lands or none of it does.
    void atomically(const std::function<void()>& work);
    // atomically() for a bulk write (an import): the writes inside take no savepoint each,
    // since any failure undoes the whole of it. Nothing inside may catch a failed write and
    // go on.
    void atomically_in_bulk(const std::function<void()>& work);

    // Sharing through a folder (docs/sharing.md, journal_share.cpp). This device's id
    // (every journal has one; a change it makes carries it).
    std::string device_id() const;
    // True when the journal was joined read-only (a caregiver's): it follows the shared
    // journal, takes other devices' changes, and refuses every change of its own.
    bool following() const { return following_; }
    // What belongs to this device alone (the share folder, its key): never shared, and
    // written even on a journal that follows read-only.
    std::optional<std::string> local_value(const std::string& key) const;
    void set_local_value(const std::string& key, const std::optional<std::string>& value);
    // Makes the journal follow (or stop following) a shared journal read-only.
    void set_following(bool following);
    // A new id for this device (joining a share): what it has not yet shared becomes the
    // new device's.
    void take_device_id(const std::string& id);
    // A journal that joins a share with nothing logged yet: its settings (the zone it was
    // created with) give way to the shared journal's and are not shared.
    void yield_to_share();
    // What this device changed and has not yet shared, in the order it must be applied.
    ShareOutbox unshared_changes() const;
    // Records that `outbox` went out in this device's change file number `file`.
    void mark_shared(const ShareOutbox& outbox, std::int64_t file);
    // Applies another device's changes, all or none: what is already here is skipped, so
    // applying them twice changes nothing. Throws MergeDeferred when they refer to what has
    // not arrived yet, ShareDataError when a record is not what it claims to be.
    // `peer`, when given, is recorded in the same transaction (the file it came from).
    MergeOutcome merge_changes(const std::string& device, const std::vector<std::string>& records,
                               const std::optional<SharePeer>& peer = std::nullopt);
    // Starting or joining a share anew: everything goes out again, no peer is known yet.
    void restart_sharing();
    // How many changes wait to be sent (without building them).
    std::size_t unshared_count() const;
    // Runs `work` holding the journal's write lock from the start (BEGIN IMMEDIATE), so that
    // two programs doing the same (the app and the CLI sending changes) take turns.
    void exclusively(const std::function<void()>& work);
    // The merge rules for rows another copy of the journal recorded (CSV import): `later`
    // becomes a version of `earlier`'s entry, and `id` deleted at `at`; which version is
    // current then follows the stamps, as for changes from another device.
    // Returns false, changing nothing, when `later`'s versions were already shared.
    bool join_versions(std::int64_t earlier, std::int64_t later);
    void merge_deletion(std::int64_t id, Instant at);
    std::vector<SharePeer> share_peers() const;
    void record_peer(const SharePeer& peer);

    // For import: rows exactly as exported, history included; returns the new id.
    std::int64_t insert_row(const StoredEntry& row);
    std::int64_t insert_medication_as_is(const Medication& med, Instant created);
    std::int64_t insert_prescription_row(const StoredPrescriptionStep& row);
    void set_replaced_by(std::int64_t id, std::int64_t replaced_by);

private:
    Journal(std::unique_ptr<SQLite::Database> db, std::filesystem::path path, bool read_only,
            Clock clock, Advice advice);
    void require_writable(const std::string& action) const;
    // A write that follows no permission check of its own (merging, this device's own
    // values): the file's errors still become messages (journal_write.h).
    template <class Work>
    auto write_file(const char* action, Work&& work);
    // The stamp of a change made now (core/hlc.h), remembered in share_local.
    std::int64_t tick();
    void observe(std::int64_t stamp);
    std::int64_t insert_entry_row(const StoredEntry& row, std::int64_t stamp, const std::optional<std::string>& lineage);
    void record_deletion(const std::string& version, std::int64_t stamp, Instant at);
    void rechain_entry(const std::string& lineage);
    void rechain_prescription(std::int64_t medication_id, const std::string& from_day);
    std::string row_gid(const char* table, std::int64_t id) const;
    // The gid of the first version of entry `id`'s entry ("" if there is no such row).
    std::string lineage_of(std::int64_t id) const;
    // Keeps medication `id` as it is now in its history, as revised at `revised_utc`.
    void keep_medication_version(std::int64_t id, std::int64_t revised_utc);
    // Writes `entry` as the next version of entry `id` (an edit, a restore); in a write.
    std::int64_t add_version(std::int64_t id, const Entry& entry);
    template <class Work>
    auto write(const char* action, Work&& work);  // journal_write.h
    SQLite::Statement& statement(const char* sql) const;
    RawStatement& raw_statement(const char* sql) const;
    Entry located(const Entry& entry) const;
    bool has_medication(std::int64_t id) const;
    void attach_steps(std::vector<Medication>& meds) const;
    void stamp_change_deleted(std::int64_t medication_id, LocalDay from, Instant when);

    // Reads a consistent copy of a journal in a folder we cannot write to (a USB stick, a
    // shared folder): the caregiver's view from any medium (journal.cpp).
    static Journal open_copy(const std::filesystem::path& path, Clock clock, const Advice& advice);

    std::unique_ptr<SQLite::Database> db_;
    std::filesystem::path path_;
    // The private temporary copy this journal reads, if any: removed when it closes.
    std::filesystem::path copy_;
    bool read_only_;
    bool following_ = false;
    Clock clock_;
    Advice advice_;
    mutable std::map<const char*, std::unique_ptr<SQLite::Statement>> statements_;
    mutable std::map<const char*, std::unique_ptr<RawStatement>> raw_statements_;
    // device_id() within the current transaction (see there).
    mutable std::optional<std::string> device_in_transaction_;
    bool bulk_ = false;  // inside atomically_in_bulk
    // Forgets what is kept for a transaction when the outermost one ends.
    struct TransactionEnd {
        const Journal& journal;
        bool outermost;
        explicit TransactionEnd(const Journal& j);
        ~TransactionEnd();
    };
};

}  // namespace relief::storage
