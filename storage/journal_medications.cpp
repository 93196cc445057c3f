#include "errors.h"
#include "core/translate.h"
#include "journal.h"
#include "row_codec.h"
#include "journal_write.h"
#include "statement_done.h"
#include "gid.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace relief::storage {

std::int64_t Journal::add_medication(const Medication& med) {
    require_writable("add a medication");
    validate(med);
    const Instant now = clock_();
    return write("add a medication", [&] {
        const auto id = insert_medication_as_is(med, now);
        for (const auto& step : med.steps) insert_prescription_row({0, id, step, now, std::nullopt});
        return id;
    });
}

std::int64_t Journal::insert_medication_as_is(const Medication& med, Instant created) {
    require_writable("add a medication");
    validate(med);
    return write("add a medication", [&] {
        auto& q = statement(
            "INSERT INTO medications (name, ingredient, chosen_class, form, dose_ug, times, as_needed, "
            "max_daily_ug, start_day, stop_day, taper, created_utc, gid, hlc, origin) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        const StatementDone q_done(q);
        bind_medication(q, 1, med);
        q.bind(12, static_cast<std::int64_t>(created.time_since_epoch().count()));
        q.bind(13, new_gid());
        q.bind(14, tick());
        q.bind(15, device_id());
        q.exec();
        return db_->getLastInsertRowid();
    });
}

void Journal::update_medication(const Medication& med) {
    require_writable("change a medication");
    const auto stored = medication(med.id);
    if (!stored) throw StorageError(fill(translate("relief::storage::journal_medications", "there is no medication with id %1"), {std::to_string(med.id)}));
    Medication with_steps = med;
    with_steps.steps = stored->steps;
    // Stopping or changing a medication keeps the name it was added under, whatever rules
    // for new names came since.
    validate(with_steps, {},
             med.name == stored->name && med.ingredient == stored->ingredient ? NameRule::stored : NameRule::new_name);
    write("change a medication", [&] {
        keep_medication_version(med.id, static_cast<std::int64_t>(clock_().time_since_epoch().count()));
        auto& q = statement(
            "UPDATE medications SET name = ?, ingredient = ?, chosen_class = ?, form = ?, dose_ug = ?, "
            "times = ?, as_needed = ?, max_daily_ug = ?, start_day = ?, stop_day = ?, taper = ?, "
            "hlc = ?, origin = ?, share_seq = NULL WHERE id = ?");
        const StatementDone q_done(q);
        bind_medication(q, 1, med);
        q.bind(12, tick());
        q.bind(13, device_id());
        q.bind(14, static_cast<std::int64_t>(med.id));
        q.exec();
    });
}

void Journal::keep_medication_version(std::int64_t id, std::int64_t revised_utc) {
    auto& keep = statement(
        "INSERT INTO medication_history (medication_id, revised_utc, name, ingredient, chosen_class, "
        "form, dose_ug, times, as_needed, max_daily_ug, start_day, stop_day, taper) "
        "SELECT id, ?, name, ingredient, chosen_class, form, dose_ug, times, as_needed, "
        "max_daily_ug, start_day, stop_day, taper FROM medications WHERE id = ?");
    const StatementDone keep_done(keep);
    keep.bind(1, revised_utc);
    keep.bind(2, static_cast<std::int64_t>(id));
    keep.exec();
}

std::vector<Medication> Journal::medications() const {
    std::vector<Medication> out;
    {
        auto& q = statement(
            "SELECT id, name, ingredient, chosen_class, form, dose_ug, times, as_needed, max_daily_ug, "
            "start_day, stop_day, taper, created_utc FROM medications ORDER BY start_day, id");
        const StatementDone q_done(q);
        while (q.executeStep()) out.push_back(read_entered_medication_row(q));
    }
    attach_steps(out);
    return out;
}

std::optional<Medication> Journal::medication(std::int64_t id) const {
    std::vector<Medication> out;
    {
        auto& q = statement(
            "SELECT id, name, ingredient, chosen_class, form, dose_ug, times, as_needed, max_daily_ug, "
            "start_day, stop_day, taper, created_utc FROM medications WHERE id = ?");
        const StatementDone q_done(q);
        q.bind(1, static_cast<std::int64_t>(id));
        if (!q.executeStep()) return std::nullopt;
        out.push_back(read_entered_medication_row(q));
    }
    attach_steps(out);
    return out.front();
}

std::vector<MedicationRevision> Journal::medication_history(std::int64_t id) const {
    std::vector<MedicationRevision> out;
    // The moment of entry never changes, so each version has the medication's own.
    auto& q = statement(
        "SELECT h.medication_id, h.name, h.ingredient, h.chosen_class, h.form, h.dose_ug, h.times, h.as_needed, "
        "h.max_daily_ug, h.start_day, h.stop_day, h.taper, h.revised_utc, m.created_utc "
        "FROM medication_history h JOIN medications m ON m.id = h.medication_id "
        "WHERE h.medication_id = ? ORDER BY h.revision");
    const StatementDone q_done(q);
    q.bind(1, static_cast<std::int64_t>(id));
    while (q.executeStep())
        out.push_back({read_entered_medication_row(q, 13), Instant{std::chrono::seconds{q.getColumn(12).getInt64()}}});
    return out;
}

}  // namespace relief::storage
