#include "today_model.h"

#include "app_controller.h"
#include "app_clock.h"
#include "storage/journal.h"
#include "core/entry_text.h"
#include "core/errors.h"
#include "core/vocabulary.h"
#include "qt_text.h"

#include <functional>

namespace relief::app {

TodayModel::TodayModel(QObject* parent) : QAbstractListModel(parent) {
    if (auto* app = AppController::instance()) connect(app, &AppController::changed, this, &TodayModel::reload);
    reload();
}

int TodayModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }

QVariant TodayModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const Row& r = rows_[index.row()];
    switch (role) {
        case EntryIdRole: return r.id;
        case TimeRole: return r.time;
        case KindRole: return r.kind;
        case TextRole:
        case Qt::DisplayRole: return r.text;
    }
    return {};
}

QHash<int, QByteArray> TodayModel::roleNames() const {
    return {{EntryIdRole, "entryId"}, {TimeRole, "time"}, {KindRole, "kind"}, {TextRole, "text"}};
}

void TodayModel::setDay(const QString& day) {
    if (day == day_) return;
    day_ = day;
    emit dayChanged();
    reload();
}

void TodayModel::reload() {
    beginResetModel();
    rows_.clear();
    auto* app = AppController::instance();
    if (app && app->journal()) {
        app->attempt([&] {
            auto* journal = app->journal();
            const LocalDay day = day_.isEmpty() ? app_today() : parse_day(ss(day_), "day");
            const auto meds = journal->medications();
            const auto entries = journal->entries_between(day, day);
            for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
                const Zone zone = Zone::locate(it->zone);
                rows_.push_back({it->id, qs(date::format("%R", zone.local_time(it->at))), qs(std::string(kind_name(it->data))),
                                 qs(describe_entry(*it, meds))});
            }
        });
    }
    endResetModel();
    emit countChanged();
}

namespace {

QString log(EntryData data) {
    auto* app = AppController::instance();
    if (!app || !app->journal()) return QObject::tr("Open a journal first.");
    QString error;
    std::int64_t id = 0;
    try {
        const Zone home = app->journal()->home_zone();
        id = app->journal()->add_entry(Entry{0, app_now(), std::string(home.name()), {}, std::move(data)});
    } catch (const std::exception& e) {
        error = QString::fromStdString(e.what());
    }
    if (error.isEmpty()) app->notifyEntryAdded(id);
    return error;
}

}  // namespace

QString TodayModel::logPain(int score, const QStringList& locations, const QStringList& qualities) {
    PainEntry p{score, {}, {}};
    for (const auto& l : locations) p.locations.push_back(ss(l));
    for (const auto& q : qualities) p.qualities.push_back(ss(q));
    return log(p);
}

QString TodayModel::logSideEffect(const QString& name, const QString& severity) {
    try {
        // A red flag chosen as a side effect is the symptom it is (the urgent alert follows).
        try {
            const std::string symptom = symptom_names().canonical(ss(name));
            if (is_red_flag_symptom(symptom)) return log(SymptomEntry{symptom});
        } catch (const InputError&) {
        }
        return log(SideEffectEntry{side_effect_names().canonical(ss(name)), parse_severity(ss(severity))});
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
}

QString TodayModel::logCramp(const QString& location, int minutes, int severity) {
    CrampEntry c;
    c.location = ss(location);
    if (minutes > 0) c.minutes = minutes;
    if (severity >= 0) c.severity = severity;
    return log(c);
}

QString TodayModel::logMeasure(const QString& name) { return log(MeasureEntry{ss(name), std::nullopt}); }
QString TodayModel::logFluids(int glasses) { return log(FluidsEntry{glasses}); }
QString TodayModel::logAlcohol(int drinks) { return log(AlcoholEntry{drinks}); }
QString TodayModel::logNote(const QString& text) { return log(NoteEntry{ss(text.trimmed())}); }

QString TodayModel::logSymptom(const QString& name) {
    try {
        return log(SymptomEntry{symptom_names().canonical(ss(name))});
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
}

QString TodayModel::undo(int entry_id) {
    auto* app = AppController::instance();
    if (!app || !app->journal()) return tr("Open a journal first.");
    try {
        app->journal()->delete_entry(entry_id);
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
    app->notifyChanged();
    return {};
}

namespace {

// Replaces an entry by an edited copy; `change` may throw InputError.
QString edit_entry(int entry_id, const std::function<void(Entry&)>& change) {
    auto* app = AppController::instance();
    if (!app || !app->journal()) return QObject::tr("Open a journal first.");
    try {
        const auto stored = app->journal()->stored_entry(entry_id);
        if (!stored) return QObject::tr("That entry is no longer in the journal.");
        Entry edited = stored->entry;
        change(edited);
        if (edited.at > app_now()) throw InputError("time", format_utc(edited.at), "a time that is not in the future");
        app->journal()->replace_entry(entry_id, edited);
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
    app->notifyChanged();
    return {};
}

QStringList names_of(const Vocabulary& v) { return qlist(v.names()); }
}  // namespace

QString TodayModel::editTime(int entry_id, const QString& hhmm) {
    return edit_entry(entry_id, [&](Entry& e) {
        const Zone zone = Zone::locate(e.zone);
        const TimeOfDay t = parse_time_of_day(ss(hhmm.trimmed()), "time");
        e.at = zone.resolve_typed(e.day + std::chrono::minutes{t.minutes}, "time");
    });
}

QString TodayModel::editPainScore(int entry_id, int score) {
    return edit_entry(entry_id, [&](Entry& e) {
        auto* pain = std::get_if<PainEntry>(&e.data);
        if (!pain) throw InputError("entry", std::to_string(e.id), "a pain entry");
        pain->score = score;
    });
}

QString TodayModel::editNote(int entry_id, const QString& text) {
    return edit_entry(entry_id, [&](Entry& e) {
        auto* note = std::get_if<NoteEntry>(&e.data);
        if (!note) throw InputError("entry", std::to_string(e.id), "a note");
        note->text = ss(text.trimmed());
    });
}

QString TodayModel::editEntry(int entry_id, const QString& hhmm, int pain_score, const QString& text) {
    return edit_entry(entry_id, [&](Entry& e) {
        if (!hhmm.trimmed().isEmpty()) {
            const TimeOfDay t = parse_time_of_day(ss(hhmm.trimmed()), "time");
            e.at = Zone::locate(e.zone).resolve_typed(e.day + std::chrono::minutes{t.minutes}, "time");
        }
        if (pain_score >= 0) {
            auto* pain = std::get_if<PainEntry>(&e.data);
            if (!pain) throw InputError("entry", std::to_string(e.id), "a pain entry");
            pain->score = pain_score;
        }
        if (!text.trimmed().isEmpty()) {
            auto* note = std::get_if<NoteEntry>(&e.data);
            if (!note) throw InputError("entry", std::to_string(e.id), "a note");
            note->text = ss(text.trimmed());
        }
        validate(e.data);
    });
}

QStringList TodayModel::locations() const { return names_of(body_locations()); }
QStringList TodayModel::qualities() const { return names_of(pain_qualities()); }
QStringList TodayModel::sideEffects() const { return names_of(side_effect_names()); }
QStringList TodayModel::measures() const { return names_of(measure_names()); }
QString TodayModel::readable(const QString& term) const { return qs(readable_term(ss(term))); }
QString TodayModel::painWords(int score) const { return qs(pain_word(score)); }

}  // namespace relief::app
