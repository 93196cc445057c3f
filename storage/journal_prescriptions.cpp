#include "errors.h"
#include "core/translate.h"
#include "journal.h"
#include "journal_write.h"
#include "row_codec.h"
#include "statement_done.h"
#include "gid.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <map>

namespace relief::storage {

namespace {

std::int64_t seconds(Instant at) {
    return static_cast<std::int64_t>(at.time_since_epoch().count());
}

}  // namespace

void Journal::attach_steps(std::vector<Medication>& meds) const {
    std::map<std::int64_t, Medication*> by_id;
    for (auto& m : meds) by_id[m.id] = &m;
    for (const auto& row : all_prescription_rows())
        if (auto it = by_id.find(row.medication_id); row.is_current() && it != by_id.end())
            it->second->steps.push_back(row.step);
    for (auto& m : meds)
        std::sort(
            m.steps.begin(), m.steps.end(),
            [](const PrescriptionStep& a, const PrescriptionStep& b) { return a.from < b.from; });
}

std::vector<StoredPrescriptionStep> Journal::prescription_history(
    std::int64_t medication_id) const {
    auto rows = all_prescription_rows();
    std::erase_if(
        rows, [&](const StoredPrescriptionStep& r) { return r.medication_id != medication_id; });
    return rows;
}

// A handful of rows per medication: one query serves the history, the export and the
// current changes alike.
std::vector<StoredPrescriptionStep> Journal::all_prescription_rows() const {
    std::vector<StoredPrescriptionStep> out;
    auto& q = statement(
        "SELECT id, medication_id, from_day, dose_ug, times, as_needed, created_utc, deleted_utc "
        "FROM prescription_steps ORDER BY id");
    const StatementDone q_done(q);
    while (q.executeStep()) out.push_back(read_prescription_row(q));
    return out;
}

void Journal::stamp_change_deleted(std::int64_t medication_id, LocalDay from, Instant when) {
    auto& q = statement(
        "UPDATE prescription_steps SET deleted_utc = ? "
        "WHERE medication_id = ? AND from_day = ? AND deleted_utc IS NULL");
    const StatementDone q_done(q);
    q.bind(1, seconds(when));
    q.bind(2, static_cast<std::int64_t>(medication_id));
    q.bind(3, format_day(from));
    q.exec();
}

std::int64_t Journal::change_prescription(std::int64_t medication_id,
                                          const PrescriptionStep& step) {
    require_writable("change a prescription");
    const auto med = medication(medication_id);
    if (!med) throw StorageError(fill(translate("relief::storage::journal_medications", "there is no medication with id %1"), {std::to_string(medication_id)}));
    validate(with_prescription_change(*med, step));
    const Instant now = clock_();
    return write("change a prescription", [&] {
        // A second change from the same day replaces the first, which stays in the history.
        stamp_change_deleted(medication_id, step.from, now);
        return insert_prescription_row({0, medication_id, step, now, std::nullopt});
    });
}

void Journal::remove_prescription_change(std::int64_t medication_id, LocalDay from) {
    require_writable("remove a prescription change");
    const auto med = medication(medication_id);
    if (!med) throw StorageError(fill(translate("relief::storage::journal_medications", "there is no medication with id %1"), {std::to_string(medication_id)}));
    without_prescription_change(*med, from);
    write("remove a prescription change", [&] {
        const Instant now = clock_();
        stamp_change_deleted(medication_id, from, now);
        auto& q = statement(
            "INSERT OR IGNORE INTO prescription_removals (medication, from_day, hlc, origin, at_utc) "
            "VALUES (?, ?, ?, ?, ?)");
        const StatementDone q_done(q);
        q.bind(1, row_gid("medications", medication_id));
        q.bind(2, format_day(from));
        q.bind(3, tick());
        q.bind(4, device_id());
        q.bind(5, seconds(now));
        q.exec();
    });
}

std::int64_t Journal::insert_prescription_row(const StoredPrescriptionStep& row) {
    return write("change a prescription", [&] {
        auto& q = statement(
            "INSERT INTO prescription_steps (medication_id, from_day, dose_ug, times, as_needed, "
            "created_utc, deleted_utc, gid, hlc, origin) VALUES (?,?,?,?,?,?,?,?,?,?)");
        const StatementDone q_done(q);
        q.bind(1, static_cast<std::int64_t>(row.medication_id));
        q.bind(2, format_day(row.step.from));
        q.bind(3, static_cast<std::int64_t>(row.step.dose.in_micrograms()));
        q.bind(4, format_times(row.step.schedule.times));
        q.bind(5, row.step.schedule.as_needed ? 1 : 0);
        q.bind(6, seconds(row.created));
        bind_optional(
            q, 7, row.deleted ? std::optional<std::int64_t>(seconds(*row.deleted)) : std::nullopt);
        q.bind(8, new_gid());
        q.bind(9, tick());
        q.bind(10, device_id());
        q.exec();
        return db_->getLastInsertRowid();
    });
}

}  // namespace relief::storage
