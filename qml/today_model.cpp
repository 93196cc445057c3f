#include "today_model.h"

#include "app_controller.h"
#include "app_text.h"
#include "app_clock.h"
#include "storage/journal.h"
#include "core/entry_edit.h"
#include "core/entry_text.h"
#include "core/errors.h"
#include "core/suggest.h"
#include "core/vocabulary.h"
#include "qt_text.h"

namespace relief::app {


TodayModel::TodayModel(QObject* parent) : QAbstractListModel(parent) {
    if (auto* app = AppController::instance()) {
        connect(app, &AppController::changed, this, &TodayModel::reload);
        // "Now" moves on: a typed time that was in the future may have passed.
        connect(app, &AppController::minuteTick, this, &TodayModel::timeChanged);
        connect(app, &AppController::languageChanged, this, &TodayModel::timeChanged);  // timeError is words
    }
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
        case FieldsRole: return r.fields;
    }
    return {};
}

QHash<int, QByteArray> TodayModel::roleNames() const {
    return {{EntryIdRole, "entryId"}, {TimeRole, "time"}, {KindRole, "kind"}, {TextRole, "text"}, {FieldsRole, "fields"}};
}

void TodayModel::setDay(const QString& day) {
    if (day == day_) return;
    day_ = day;
    emit dayChanged();
    emit timeChanged();
    reload();
}

void TodayModel::setTime(const QString& time) {
    if (time == time_) return;
    time_ = time;
    emit timeChanged();
}

QString TodayModel::timeError() const {
    try {
        chosen_moment(day_, time_);
    } catch (const std::exception& e) {
        return error_text(e);
    }
    return {};
}

QString TodayModel::yesterday() const { return qs(format_day(app_today() - date::days{1})); }

void TodayModel::reload() {
    beginResetModel();
    rows_.clear();
    auto* app = AppController::instance();
    if (app && app->journal()) {
        app->attempt([&] {
            auto* journal = app->journal();
            const LocalDay day = day_.isEmpty() ? app_today() : parse_day(ss(day_), ss(tr("day")));
            const auto meds = journal->medications();
            const auto entries = journal->entries_between(day, day);
            for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
                const Zone zone = Zone::locate(it->zone);
                QVariantMap fields;
                for (const auto& [key, value] : entry_fields(*it)) fields.insert(qs(key), qs(value));
                rows_.push_back({it->id, qs(date::format("%R", zone.local_time(it->at))), qs(std::string(kind_name(it->data))),
                                 entry_as_shown(describe_entry(*it, meds)), fields});
            }
        });
    }
    endResetModel();
    emit countChanged();
}

namespace {

QString log(EntryData data, const QString& day, const QString& time) {
    auto* app = AppController::instance();
    if (!app || !app->journal()) return TodayModel::tr("Open a journal first.");
    std::int64_t id = 0;
    try {
        const Zone home = app->journal()->home_zone();
        id = app->journal()->add_entry(Entry{0, chosen_moment(day, time), std::string(home.name()), {}, std::move(data)});
    } catch (const std::exception& e) {
        return error_text(e);
    }
    app->notifyEntryAdded(id);
    return {};
}

}  // namespace

QString TodayModel::logPain(int score, const QStringList& locations, const QStringList& qualities) {
    PainEntry p{score, {}, {}};
    for (const auto& l : locations) p.locations.push_back(ss(l));
    for (const auto& q : qualities) p.qualities.push_back(ss(q));
    return log(p, day_, time_);
}

QString TodayModel::logSideEffect(const QString& name, const QString& severity) {
    try {
        // A red flag chosen as a side effect is the symptom it is (the urgent alert follows).
        try {
            const std::string symptom = symptom_names().canonical(ss(name));
            if (is_red_flag_symptom(symptom)) return log(SymptomEntry{symptom}, day_, time_);
        } catch (const InputError&) {
        }
        return log(SideEffectEntry{side_effect_names().canonical(ss(name)), parse_severity(ss(severity))}, day_, time_);
    } catch (const std::exception& e) {
        return error_text(e);
    }
}

QString TodayModel::logCramp(const QString& location, int minutes, int severity) {
    CrampEntry c;
    c.location = ss(location);
    if (minutes > 0) c.minutes = minutes;
    if (severity >= 0) c.severity = severity;
    return log(c, day_, time_);
}

QString TodayModel::logMeasure(const QString& name) { return log(MeasureEntry{ss(name), std::nullopt}, day_, time_); }
QString TodayModel::logFluids(int glasses) { return log(FluidsEntry{glasses}, day_, time_); }
QString TodayModel::logAlcohol(int drinks) { return log(AlcoholEntry{drinks}, day_, time_); }
QString TodayModel::logNote(const QString& text) { return log(NoteEntry{ss(text.trimmed())}, day_, time_); }

QString TodayModel::logSymptom(const QString& name) {
    try {
        return log(SymptomEntry{symptom_names().canonical(ss(name))}, day_, time_);
    } catch (const std::exception& e) {
        return error_text(e);
    }
}

QString TodayModel::undo(int entry_id) {
    auto* app = AppController::instance();
    if (!app) return tr("Open a journal first.");
    return app->removeEntry(entry_id);
}

QString TodayModel::editEntry(int entry_id, const QVariantMap& changes) {
    auto* app = AppController::instance();
    if (!app || !app->journal()) return tr("Open a journal first.");
    try {
        const auto stored = app->journal()->stored_entry(entry_id);
        if (!stored || !stored->is_current()) return tr("That entry is no longer in the journal.");
        EntryFields fields;
        for (auto it = changes.begin(); it != changes.end(); ++it) fields[ss(it.key())] = ss(it.value().toString());
        const Entry edited = edited_entry(stored->entry, fields);
        if (edited == stored->entry) return {};
        if (edited.at > app_now())
            throw InputError(ss(tr("time")), format_local(edited.at, Zone::locate(edited.zone)), ss(tr("a time that has passed")));
        app->journal()->replace_entry(entry_id, edited);
    } catch (const std::exception& e) {
        return error_text(e);
    }
    app->forgetLogged(entry_id);
    app->notifyChanged();
    return {};
}

namespace {
QStringList names_of(const Vocabulary& v) { return qlist(v.names()); }
}  // namespace

QStringList TodayModel::locations() const { return names_of(body_locations()); }
QStringList TodayModel::qualities() const { return names_of(pain_qualities()); }
QStringList TodayModel::sideEffects() const { return names_of(side_effect_names()); }
QStringList TodayModel::measures() const { return names_of(measure_names()); }
QString TodayModel::readable(const QString& term) const { return qs(readable_term(ss(term))); }
QStringList TodayModel::symptomSuggestions(const QString& typed) const {
    const std::string key = normalise_term(ss(typed));
    QStringList out;
    if (key.empty()) return out;
    for (const auto& term : symptom_names().terms()) {
        bool match = normalise_term(term.name).find(key) != std::string::npos;
        for (const auto& alias : term.aliases) match = match || normalise_term(alias).rfind(key, 0) == 0;
        if (match) out << qs(readable_term(term.name));
    }
    return out.mid(0, 8);
}

QString TodayModel::painWords(int score) const { return qs(pain_word(score)); }

QString TodayModel::pgicWords(int answer) const {
    if (answer < 1 || answer > 7) return {};
    return entry_as_shown(pgic_display_words(answer));
}

}  // namespace relief::app
