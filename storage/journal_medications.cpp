#include "errors.h"
#include "journal.h"
#include "row_codec.h"
#include "journal_write.h"
#include "statement_done.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace relief::storage {

std::int64_t Journal::add_medication(const Medication& med) {
    require_writable("add a medication");
    validate(med);
    return insert_medication_as_is(med, clock_());
}

std::int64_t Journal::insert_medication_as_is(const Medication& med, Instant created) {
    require_writable("add a medication");
    validate(med);
    return write("add a medication", [&] {
        auto& q = statement(
            "INSERT INTO medications (name, ingredient, chosen_class, form, dose_ug, times, as_needed, "
            "max_daily_ug, start_day, stop_day, taper, created_utc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        const StatementDone q_done(q);
        bind_medication(q, 1, med);
        q.bind(12, static_cast<std::int64_t>(created.time_since_epoch().count()));
        q.exec();
        return db_->getLastInsertRowid();
    });
}

void Journal::update_medication(const Medication& med) {
    require_writable("change a medication");
    validate(med);
    if (!medication(med.id))
        throw StorageError("there is no medication with id " + std::to_string(med.id));
    write("change a medication", [&] {
        auto& keep = statement(
            "INSERT INTO medication_history (medication_id, revised_utc, name, ingredient, chosen_class, "
            "form, dose_ug, times, as_needed, max_daily_ug, start_day, stop_day, taper) "
            "SELECT id, ?, name, ingredient, chosen_class, form, dose_ug, times, as_needed, "
            "max_daily_ug, start_day, stop_day, taper FROM medications WHERE id = ?");
        const StatementDone keep_done(keep);
        keep.bind(1, static_cast<std::int64_t>(clock_().time_since_epoch().count()));
        keep.bind(2, static_cast<std::int64_t>(med.id));
        keep.exec();
        auto& q = statement(
            "UPDATE medications SET name = ?, ingredient = ?, chosen_class = ?, form = ?, dose_ug = ?, "
            "times = ?, as_needed = ?, max_daily_ug = ?, start_day = ?, stop_day = ?, taper = ? "
            "WHERE id = ?");
        const StatementDone q_done(q);
        bind_medication(q, 1, med);
        q.bind(12, static_cast<std::int64_t>(med.id));
        q.exec();
    });
}

std::vector<Medication> Journal::medications() const {
    std::vector<Medication> out;
    auto& q = statement(
        "SELECT id, name, ingredient, chosen_class, form, dose_ug, times, as_needed, max_daily_ug, "
        "start_day, stop_day, taper FROM medications ORDER BY start_day, id");
    const StatementDone q_done(q);
    while (q.executeStep()) out.push_back(read_medication_row(q));
    return out;
}

std::optional<Medication> Journal::medication(std::int64_t id) const {
    auto& q = statement(
        "SELECT id, name, ingredient, chosen_class, form, dose_ug, times, as_needed, max_daily_ug, "
        "start_day, stop_day, taper FROM medications WHERE id = ?");
    const StatementDone q_done(q);
    q.bind(1, static_cast<std::int64_t>(id));
    if (!q.executeStep()) return std::nullopt;
    return read_medication_row(q);
}

std::vector<MedicationRevision> Journal::medication_history(std::int64_t id) const {
    std::vector<MedicationRevision> out;
    auto& q = statement(
        "SELECT medication_id, name, ingredient, chosen_class, form, dose_ug, times, as_needed, "
        "max_daily_ug, start_day, stop_day, taper, revised_utc FROM medication_history "
        "WHERE medication_id = ? ORDER BY revision");
    const StatementDone q_done(q);
    q.bind(1, static_cast<std::int64_t>(id));
    while (q.executeStep())
        out.push_back({read_medication_row(q), Instant{std::chrono::seconds{q.getColumn(12).getInt64()}}});
    return out;
}

}  // namespace relief::storage
