#include "dose_slots_model.h"

#include "app_controller.h"
#include "app_clock.h"
#include "storage/journal.h"
#include "core/dose_slot.h"
#include "core/medication_match.h"
#include "qt_text.h"

namespace relief::app {

DoseSlotsModel::DoseSlotsModel(QObject* parent) : QAbstractListModel(parent) {
    if (auto* app = AppController::instance()) connect(app, &AppController::changed, this, &DoseSlotsModel::reload);
    reload();
}

int DoseSlotsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }

QVariant DoseSlotsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const Row& r = rows_[index.row()];
    switch (role) {
        case MedicationIdRole: return r.medication_id;
        case NameRole:
        case Qt::DisplayRole: return r.name;
        case DoseRole: return r.dose;
        case TimeRole: return r.time;
        case StateRole: return r.state;
        case EntryIdRole: return r.entry_id;
        case LoggedAtRole: return r.logged_at;
    }
    return {};
}

QHash<int, QByteArray> DoseSlotsModel::roleNames() const {
    return {{MedicationIdRole, "medicationId"}, {NameRole, "name"},   {DoseRole, "dose"},        {TimeRole, "time"},
            {StateRole, "state"},               {EntryIdRole, "entryId"}, {LoggedAtRole, "loggedAt"}};
}

int DoseSlotsModel::dueCount() const {
    return int(std::count_if(rows_.begin(), rows_.end(), [](const Row& r) { return r.state == "overdue"; }));
}

QStringList DoseSlotsModel::asNeeded() const { return as_needed_; }

void DoseSlotsModel::reload() {
    beginResetModel();
    rows_.clear();
    as_needed_.clear();
    auto* app = AppController::instance();
    if (app && app->journal()) {
        app->attempt([&] {
            auto* journal = app->journal();
            const Zone home = journal->home_zone();
            const LocalDay day = app_today();
            const auto meds = journal->medications();
            const auto nearby = journal->entries_between(day - date::days{1}, day + date::days{1});
            for (const auto& s : day_slots(meds, nearby, day, home, app_now())) {
                const Medication* m = nullptr;
                for (const auto& med : meds)
                    if (med.id == s.medication_id) m = &med;
                rows_.push_back({s.medication_id, qs(m->name), qs(m->dose.to_string()),
                                 qs(date::format("%R", home.local_time(s.scheduled))), qs(std::string(to_string(s.state))),
                                 s.entry_id.value_or(0),
                                 s.logged_at ? qs(date::format("%R", home.local_time(*s.logged_at))) : QString(),
                                 s.scheduled.time_since_epoch().count()});
            }
            for (const auto& m : meds)
                if (m.schedule.as_needed && m.active_on(day)) as_needed_ << qs(m.name);
        });
    }
    endResetModel();
    emit countChanged();
}

QString DoseSlotsModel::log(int row, bool taken) {
    auto* app = AppController::instance();
    if (row < 0 || row >= rows_.size() || !app || !app->journal()) return tr("That dose is no longer listed.");
    const Row r = rows_[row];
    std::int64_t id = 0;
    try {
        auto* journal = app->journal();
        const auto med = journal->medication(r.medication_id);
        const Instant scheduled{std::chrono::seconds{r.scheduled_utc}};
        DoseEntry dose{r.medication_id, med->dose, taken ? DoseStatus::taken : DoseStatus::skipped, scheduled};
        // A skip is recorded at the dose's own time; a dose is taken now.
        const Instant at = taken ? app_now() : std::min(scheduled, app_now());
        id = journal->add_entry(Entry{0, at, std::string(journal->home_zone().name()), {}, dose});
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
    app->notifyEntryAdded(id);
    return {};
}

QString DoseSlotsModel::take(int row) { return log(row, true); }
QString DoseSlotsModel::markSkipped(int row) { return log(row, false); }

QString DoseSlotsModel::undo(int row) {
    auto* app = AppController::instance();
    if (row < 0 || row >= rows_.size() || !app || !app->journal()) return tr("That dose is no longer listed.");
    if (rows_[row].entry_id == 0) return tr("Nothing was logged for this dose.");
    try {
        app->journal()->delete_entry(rows_[row].entry_id);
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
    app->notifyChanged();
    return {};
}

QString DoseSlotsModel::takeAsNeeded(const QString& name) {
    auto* app = AppController::instance();
    if (!app || !app->journal()) return tr("Open a journal first.");
    std::int64_t id = 0;
    try {
        auto* journal = app->journal();
        const auto meds = journal->medications();
        const Medication* med = match_medication(meds, ss(name), app_today());
        if (!med) return tr("%1 is not one of your medications.").arg(name);
        id = journal->add_entry(Entry{0, app_now(), std::string(journal->home_zone().name()), {},
                                      DoseEntry{med->id, med->dose, DoseStatus::taken, std::nullopt}});
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
    app->notifyEntryAdded(id);
    return {};
}

}  // namespace relief::app
