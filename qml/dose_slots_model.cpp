#include "dose_slots_model.h"

#include <algorithm>

#include "app_controller.h"
#include "app_text.h"
#include "app_clock.h"
#include "storage/journal.h"
#include "core/dose_slot.h"
#include "core/medication_match.h"
#include "core/rules/dose_maximum.h"
#include "core/thresholds.h"
#include "qt_text.h"

namespace relief::app {

namespace {
// A dose taken this long before its time is probably a tap on the wrong row: asked first.
constexpr auto early_before = std::chrono::minutes{60};
// An as-needed dose logged this recently makes the next tap ask "another one?".
constexpr auto recent_dose = std::chrono::minutes{10};
}  // namespace

DoseSlotsModel::DoseSlotsModel(QObject* parent) : QAbstractListModel(parent) {
    if (auto* app = AppController::instance()) {
        connect(app, &AppController::changed, this, &DoseSlotsModel::reload);
        connect(app, &AppController::minuteTick, this, &DoseSlotsModel::reload);
    }
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
        case EarlyRole: return r.early;
    }
    return {};
}

QHash<int, QByteArray> DoseSlotsModel::roleNames() const {
    return {{MedicationIdRole, "medicationId"}, {NameRole, "name"},       {DoseRole, "dose"},
            {TimeRole, "time"},                 {StateRole, "state"},     {EntryIdRole, "entryId"},
            {LoggedAtRole, "loggedAt"},         {EarlyRole, "early"}};
}

void DoseSlotsModel::setDay(const QString& day) {
    if (day == day_) return;
    day_ = day;
    emit dayChanged();
    reload();
}

void DoseSlotsModel::setTime(const QString& time) {
    if (time == time_) return;
    time_ = time;
    emit timeChanged();
    reload();  // which doses would be early depends on the time
}

int DoseSlotsModel::dueCount() const {
    return int(std::count_if(rows_.begin(), rows_.end(), [](const Row& r) { return r.state == "overdue"; }));
}

QString DoseSlotsModel::nextDue() const {
    for (const auto& r : rows_)
        if (r.state == "upcoming") return tr("%1 %2 at %3").arg(r.name, r.dose, r.time);
    return {};
}

// The minute tick reloads too: when the same slots come back, the rows are updated in place,
// so a focused button (a keyboard user's place) and the delegates' handlers survive.
void DoseSlotsModel::reload() {
    QList<Row> rows;
    QVariantList as_needed;
    auto* app = AppController::instance();
    if (app && app->journal()) {
        app->attempt([&] {
            auto* journal = app->journal();
            const Zone home = journal->home_zone();
            const LocalDay day = day_.isEmpty() ? app_today() : parse_day(ss(day_), ss(tr("day")));
            const Instant now = app_now();
            // The moment a tap would log; an unusable typed time is the time bar's to explain.
            Instant moment = now;
            try {
                moment = chosen_moment(day_, time_);
            } catch (const std::exception&) {
            }
            const auto meds = journal->medications();
            const auto nearby = journal->entries_between(day - date::days{1}, day + date::days{1});
            // The day's times on the clock where the person was that day (home unless travelling).
            const Zone there = DayZones(home, nearby).on(day);
            for (const auto& s : day_slots(meds, nearby, day, there, now)) {
                const Medication* m = nullptr;
                for (const auto& med : meds)
                    if (med.id == s.medication_id) m = &med;
                rows.push_back({s.medication_id, qs(m->name), qs(m->dose_on(day).to_string()),
                                 qs(date::format("%R", there.local_time(s.scheduled))), qs(std::string(to_string(s.state))),
                                 s.entry_id.value_or(0),
                                 s.logged_at ? qs(date::format("%R", there.local_time(*s.logged_at))) : QString(),
                                 s.scheduled.time_since_epoch().count(), s.scheduled - moment > early_before});
            }
            for (const auto& m : meds) {
                if (!m.schedule_on(day).as_needed || !m.active_on(day)) continue;
                std::optional<Instant> last;
                for (const auto& e : nearby)
                    if (const auto* d = std::get_if<DoseEntry>(&e.data);
                        d && d->medication_id == m.id && d->status == DoseStatus::taken && home.day_of(e.at) == day)
                        last = std::max(last.value_or(e.at), e.at);
                as_needed << QVariantMap{
                    {"name", qs(m.name)},
                    {"dose", qs(m.dose_on(day).to_string())},
                    {"lastAt", last ? qs(date::format("%R", home.local_time(*last))) : QString()},
                    {"recent", last && moment - *last < recent_dose && moment >= *last}};
            }
        });
    }
    const auto same_slot = [](const Row& a, const Row& b) {
        return a.medication_id == b.medication_id && a.scheduled_utc == b.scheduled_utc;
    };
    const bool same_slots = std::equal(rows.begin(), rows.end(), rows_.begin(), rows_.end(), same_slot);
    if (same_slots && rows == rows_ && as_needed == as_needed_) return;
    as_needed_ = as_needed;
    if (same_slots) {
        rows_ = rows;
        if (!rows_.isEmpty()) emit dataChanged(index(0), index(int(rows_.size()) - 1));
    } else {
        beginResetModel();
        rows_ = rows;
        endResetModel();
    }
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
        const Instant moment = chosen_moment(day_, time_);
        const LocalDay day = journal->home_zone().day_of(scheduled);
        DoseEntry dose{r.medication_id, med->dose_on(day), taken ? DoseStatus::taken : DoseStatus::skipped, scheduled};
        // A skip is recorded at the dose's own time (or now, before it); a dose when taken.
        const Instant at = taken ? moment : std::min(scheduled, moment);
        id = journal->add_entry(Entry{0, at, std::string(journal->home_zone().name()), {}, dose});
    } catch (const std::exception& e) {
        return error_text(e);
    }
    app->notifyEntryAdded(id);
    set_last_warning(taken ? id : 0);
    return {};
}

void DoseSlotsModel::set_last_warning(qint64 entry_id) {
    QString text;
    auto* app = AppController::instance();
    if (entry_id != 0 && app && app->journal()) {
        try {
            auto* journal = app->journal();
            for (const auto& w : dose_warnings(journal->snapshot(), entry_id, app_today(),
                                               thresholds_from_settings(journal->settings()))) {
                if (!text.isEmpty()) text += QLatin1Char(' ');
                text += (w.severity == AlertSeverity::urgent ? tr("Urgent: %1") : tr("Warning: %1")).arg(qs(w.message));
            }
        } catch (const std::exception& e) {
            text = error_text(e);  // the dose is recorded; what could not be checked is said
        }
    }
    if (text == last_warning_) return;
    last_warning_ = text;
    emit lastWarningChanged();
}

QString DoseSlotsModel::take(int row) { return log(row, true); }
QString DoseSlotsModel::markSkipped(int row) { return log(row, false); }

QString DoseSlotsModel::undo(int row) {
    auto* app = AppController::instance();
    if (row < 0 || row >= rows_.size() || !app || !app->journal()) return tr("That dose is no longer listed.");
    const qint64 id = rows_[row].entry_id;
    if (id == 0) return tr("Nothing was logged for this dose.");
    return app->removeEntry(id);
}

QString DoseSlotsModel::takeAsNeeded(const QString& name) {
    auto* app = AppController::instance();
    if (!app || !app->journal()) return tr("Open a journal first.");
    std::int64_t id = 0;
    try {
        auto* journal = app->journal();
        const Instant moment = chosen_moment(day_, time_);
        const auto meds = journal->medications();
        const LocalDay day = journal->home_zone().day_of(moment);
        const Medication* med = match_medication(meds, ss(name), day);
        if (!med) return tr("%1 is not one of your medications.").arg(name);
        id = journal->add_entry(Entry{0, moment, std::string(journal->home_zone().name()), {},
                                      DoseEntry{med->id, med->dose_on(day), DoseStatus::taken, std::nullopt}});
    } catch (const std::exception& e) {
        return error_text(e);
    }
    app->notifyEntryAdded(id);
    set_last_warning(id);
    return {};
}

}  // namespace relief::app
