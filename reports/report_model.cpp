#include "report_model.h"

#include "core/entry_text.h"
#include "core/journal_index.h"
#include "core/metrics/doses.h"
#include "core/metrics/pain.h"
#include "core/rules/rule_specs.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace relief::reports {

namespace {

std::vector<Count> sorted_counts(const std::map<std::string, int>& counts) {
    std::vector<Count> out;
    for (const auto& [name, n] : counts) out.push_back({name, n});
    std::stable_sort(out.begin(), out.end(), [](const Count& a, const Count& b) { return a.count > b.count; });
    return out;
}

MedicationSummary summarise(const JournalIndex& index, const std::vector<Course>& courses, const Medication& m,
                            const std::vector<Entry>& entries, const ReportPeriod& period, LocalDay changes_since) {
    MedicationSummary s;
    s.medication = m;
    s.label = medication_label(m);
    s.class_text = class_description(classes_of(m));
    s.schedule_text = prescription_history_text(m, period.to);
    std::map<LocalDay, Amount> per_day;
    for (const Entry& e : entries) {
        const auto* d = std::get_if<DoseEntry>(&e.data);
        if (!d || d->medication_id != m.id || d->status != DoseStatus::taken) continue;
        per_day[e.day] += d->amount;
        s.total += d->amount;
        ++s.doses_taken;
    }
    s.days_used = static_cast<int>(per_day.size());
    for (const auto& [day, amount] : per_day) s.highest_daily = std::max(s.highest_daily, amount);
    if (s.days_used > 0) {
        // A mean is read, never summed: "703 mg", not "703.448 mg".
        const std::int64_t ug = s.total.in_micrograms() / s.days_used;
        const std::int64_t step = ug >= 10'000 ? 1000 : 100;
        s.mean_daily = Amount::micrograms((ug + step / 2) / step * step);
    }
    if (m.ever_scheduled()) s.adherence = adherence(index, m, period.from, period.to);
    // "Course day 365" means nothing for a water pill: the count is for the acute relaxants
    // whose guidance is 2-3 weeks.
    if (classes_of(m).has(DrugClass::acute))
        if (auto c = course_on(courses, period.to,
                               std::max(index.thresholds().course_gap_days, index.thresholds().use_gap_days))) {
            s.course_start = c->first;
            s.course_day = c->length();
        }
    s.stopped = m.stop && *m.stop < period.to;
    for (const Entry* e : index.entries()) {
        const auto* d = std::get_if<DoseEntry>(&e->data);
        if (!d || d->medication_id != m.id || d->status != DoseStatus::taken || e->day > period.to) continue;
        if (!s.first_dose) s.first_dose = e->day;
        s.last_dose = e->day;
    }
    for (const auto& step : m.steps)
        if (step.from > changes_since && step.from <= period.to) s.changes.push_back(step);
    return s;
}

PainTrend pain_trend(const DailyPain& pain, const ReportPeriod& period, const std::vector<Entry>& entries,
                     const Thresholds& t) {
    PainTrend p;
    for (auto it = pain.lower_bound(period.from); it != pain.end() && it->first <= period.to; ++it)
        p.daily.push_back({it->first, it->second});
    for (LocalDay d = period.from; d <= period.to; d += date::days{1})
        if (auto mean = window_mean(pain, d, t)) p.rolling.push_back({d, *mean});
    if (auto b = baseline(pain, period.from, period.to, t.baseline_days)) {
        p.baseline = b->mean;
        p.baseline_from = b->first;
        p.baseline_to = b->last;
    }
    p.latest = window_mean(pain, period.to, t);
    if (!p.daily.empty()) {
        double sum = 0;
        std::vector<double> means;
        for (const auto& d : p.daily) sum += d.value, means.push_back(d.value);
        p.mean = sum / double(p.daily.size());
        std::sort(means.begin(), means.end());
        const std::size_t n = means.size();
        const double median = n % 2 ? means[n / 2] : (means[n / 2 - 1] + means[n / 2]) / 2;
        std::map<LocalDay, int> highest;
        for (const Entry& e : entries)
            if (const auto* score = std::get_if<PainEntry>(&e.data))
                highest[e.day] = std::max(highest[e.day], score->score);
        for (const auto& [day, score] : highest)
            if (score >= flare_floor && score >= median + flare_points) p.flare_days.push_back(day);
    }
    const LocalDay previous_from = period.from - date::days{period.days()};
    double previous_sum = 0;
    for (auto it = pain.lower_bound(previous_from); it != pain.end() && it->first < period.from; ++it)
        previous_sum += it->second, ++p.previous_days_logged;
    if (p.previous_days_logged >= t.window_min_logged_days) {
        p.previous_mean = previous_sum / p.previous_days_logged;
        p.previous_from = previous_from;
    }
    p.last_week = p.latest;
    if (period.days() >= 2 * t.window_days)
        p.first_week = window_mean(pain, period.from + date::days{t.window_days - 1}, t);
    p.week_before = window_mean(pain, period.to - date::days{t.window_days}, t);
    if (p.baseline && p.latest) {
        p.change = *p.latest - *p.baseline;
        p.clinically_important_improvement = clinically_important_improvement(*p.baseline, *p.latest, t);
    }
    p.days_logged = static_cast<int>(p.daily.size());
    for (const Entry& e : entries) {
        const auto* score = std::get_if<PainEntry>(&e.data);
        if (!score) continue;
        ++p.scores;
        p.lowest = std::min(p.lowest.value_or(score->score), score->score);
        p.highest = std::max(p.highest.value_or(score->score), score->score);
        if (!p.peak || score->score >= *p.peak) {
            p.peak = score->score;
            p.peak_day = e.day;
        }
    }
    return p;
}

// Night cramps are the ones that wake people; 22:00 to 06:00 local time.
bool at_night(const Entry& e) {
    const auto local = Zone::locate(e.zone).local_time(e.at);
    const auto hour = date::floor<std::chrono::hours>(local - date::floor<date::days>(local)).count();
    return hour >= 22 || hour < 6;
}

void summarise_entries(VisitReport& r, const Thresholds& t) {
    std::map<std::string, std::set<LocalDay>> locations, qualities;
    std::map<std::string, SideEffectSummary> effects;
    std::map<std::string, int> cramp_locations, measures;
    std::set<LocalDay> cramp_days, alcohol_days;
    std::map<LocalDay, int> fluids;
    std::map<std::string, SymptomSummary> symptoms;
    std::map<std::string, std::set<LocalDay>> symptom_days;
    for (const Entry& e : r.entries) {
        if (const auto* p = std::get_if<PainEntry>(&e.data)) {
            if (p->score == 0) continue;
            for (const auto& l : p->locations) locations[l].insert(e.day);
            for (const auto& q : p->qualities) qualities[q].insert(e.day);
        } else if (const auto* s = std::get_if<SideEffectEntry>(&e.data)) {
            auto& sum = effects[s->name];
            sum.name = s->name;
            ++sum.count;
            (s->severity == Severity::mild ? sum.mild : s->severity == Severity::moderate ? sum.moderate : sum.severe)++;
        } else if (const auto* c = std::get_if<CrampEntry>(&e.data)) {
            ++r.cramps.count;
            cramp_days.insert(e.day);
            if (at_night(e)) ++r.cramps.nights;
            if (c->minutes) {
                r.cramps.total_minutes += *c->minutes;
                r.cramps.longest_minutes = std::max(r.cramps.longest_minutes.value_or(0), *c->minutes);
            }
            ++cramp_locations[c->location.empty() ? "not given" : c->location];  // term_text() words it for a reader
        } else if (const auto* m = std::get_if<MeasureEntry>(&e.data)) {
            ++measures[m->name];
        } else if (const auto* a = std::get_if<AlcoholEntry>(&e.data)) {
            r.intake.alcohol_drinks += a->drinks;
            alcohol_days.insert(e.day);
        } else if (const auto* f = std::get_if<FluidsEntry>(&e.data)) {
            fluids[e.day] += f->glasses;
        } else if (const auto* n = std::get_if<NoteEntry>(&e.data)) {
            r.notes.push_back({e.at, e.zone, e.day, n->text});
        } else if (const auto* sy = std::get_if<SymptomEntry>(&e.data)) {
            auto& sum = symptoms[sy->name];
            if (sum.count == 0) sum.name = sy->name, sum.first = e.day;
            ++sum.count;
            if (symptom_days[sy->name].insert(e.day).second) ++sum.days;
            sum.last = e.day;
        }
    }
    auto day_counts = [](const std::map<std::string, std::set<LocalDay>>& m) {
        std::map<std::string, int> out;
        for (const auto& [k, days] : m) out[k] = static_cast<int>(days.size());
        return sorted_counts(out);
    };
    r.pain_locations = day_counts(locations);
    r.pain_qualities = day_counts(qualities);
    for (auto& [name, s] : effects) r.side_effects.push_back(s);
    std::stable_sort(r.side_effects.begin(), r.side_effects.end(),
                     [](const SideEffectSummary& a, const SideEffectSummary& b) { return a.count > b.count; });
    for (auto& [name, sum] : symptoms) r.symptoms.push_back(sum);
    std::stable_sort(r.symptoms.begin(), r.symptoms.end(),
                     [](const SymptomSummary& a, const SymptomSummary& b) { return a.count > b.count; });
    r.cramps.days = static_cast<int>(cramp_days.size());
    r.cramps.locations = sorted_counts(cramp_locations);
    r.measures = sorted_counts(measures);
    r.intake.alcohol_days = static_cast<int>(alcohol_days.size());
    r.intake.fluid_days = static_cast<int>(fluids.size());
    int glasses = 0;
    for (const auto& [day, n] : fluids) {
        glasses += n;
        if (n < t.low_fluid_glasses) ++r.intake.low_fluid_days;
    }
    if (!fluids.empty()) r.intake.mean_glasses = double(glasses) / double(fluids.size());
}

int peg_sum(const PegAnswer& a) { return a.pain + a.enjoyment + a.activity; }

// The PEG answers of the period against their baseline: the period's first answer, or the
// first of the pain episode open at the period's end when it was answered before the period.
PegTrend peg_trend(const JournalIndex& index, const DailyPain& pain, const ReportPeriod& period, const Thresholds& t) {
    PegTrend out;
    out.improvement_percent = t.improvement_percent;
    std::vector<PegAnswer> before;  // answered before the period, in time order
    for (const Entry* e : index.entries()) {
        const auto* p = std::get_if<PegEntry>(&e->data);
        if (!p || e->day > period.to) continue;
        const PegAnswer a{e->id, e->at, e->day, p->pain, p->enjoyment, p->activity, p->score(), std::nullopt};
        (e->day < period.from ? before : out.answers).push_back(a);
    }
    if (out.answers.empty()) return out;
    out.baseline = out.answers.front();
    if (!before.empty())
        for (const Episode& episode : pain_episodes(index, pain)) {
            const bool open_at_end = episode.start <= period.to && (!episode.end || *episode.end >= period.to);
            if (!open_at_end || episode.start >= period.from) continue;
            const auto first = std::find_if(before.begin(), before.end(),
                                            [&](const PegAnswer& a) { return a.day >= episode.start; });
            if (first == before.end()) continue;
            out.baseline = *first;
            out.baseline_from = PegBaseline::episode;
            out.episode_start = episode.start;
        }
    const int base = peg_sum(*out.baseline);
    if (base == 0) return out;  // nothing to improve on: no line, no percentages
    out.improvement_line = out.baseline->score * (100 - out.improvement_percent) / 100.0;
    for (auto& a : out.answers) a.change_percent = double(peg_sum(a) - base) * 100.0 / double(base);
    out.baseline->change_percent = 0.0;
    // Exactly, on whole numbers: 30 % lower is (base - latest) * 100 >= 30 * base.
    out.improvement_reached =
        out.has_change() && (base - peg_sum(out.answers.back())) * 100 >= out.improvement_percent * base;
    return out;
}

SleepSummary sleep_summary(const std::vector<Entry>& entries) {
    SleepSummary out;
    std::map<LocalDay, SleepNight> nights;  // a day logged twice keeps its last entry
    for (const Entry& e : entries)
        if (const auto* s = std::get_if<SleepEntry>(&e.data)) nights[e.day] = {e.day, s->minutes, s->quality};
    if (nights.empty()) return out;
    double minutes = 0, quality = 0;
    for (const auto& [day, night] : nights) {
        out.nights.push_back(night);
        minutes += night.minutes;
        if (night.quality) quality += *night.quality, ++out.rated_nights;
    }
    out.mean_hours = minutes / 60.0 / double(out.nights.size());
    if (out.rated_nights > 0) out.mean_quality = quality / out.rated_nights;
    return out;
}

std::vector<GoalSummary> goal_summaries(const std::vector<Entry>& entries, const ReportPeriod& period) {
    std::vector<std::string> order;
    std::map<std::string, std::map<LocalDay, bool>> days;  // a day checked twice: its last check
    for (const Entry& e : entries)
        if (const auto* g = std::get_if<GoalEntry>(&e.data)) {
            if (!days.count(g->goal)) order.push_back(g->goal);
            days[g->goal][e.day] = g->met;
        }
    std::vector<GoalSummary> out;
    for (const auto& goal : order) {
        GoalSummary s{goal, {}, 0, 0};
        for (LocalDay to = period.to; to >= period.from; to -= date::days{7}) {
            GoalWeek w{std::max(period.from, to - date::days{6}), to, 0, 0};
            for (const auto& [day, met] : days[goal])
                if (day >= w.from && day <= w.to) ++w.checked, w.met += met ? 1 : 0;
            s.met += w.met;
            s.checked += w.checked;
            s.weeks.insert(s.weeks.begin(), w);
        }
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<PgicAnswer> pgic_answers(const std::vector<Entry>& entries) {
    std::vector<PgicAnswer> out;
    for (const Entry& e : entries)
        if (const auto* p = std::get_if<PgicEntry>(&e.data))
            out.push_back({e.id, e.at, e.day, p->answer, std::string(pgic_words(p->answer))});
    return out;
}

void select_alerts(VisitReport& r, const std::vector<ReportAlert>& candidates) {
    std::map<std::string, std::string> names;  // the latest medication's name wins
    for (const auto& m : r.all_medications) names[m.ingredient] = m.name;
    std::map<std::pair<std::string, std::string>, ReportAlert> unique;
    for (const auto& a : candidates) {
        if (a.alert.raised_on > r.period.to || a.alert.last_seen < r.period.from) continue;
        const auto key = std::make_pair(a.alert.rule_id, a.alert.subject);
        auto it = unique.find(key);
        // The same alert may come stored and freshly analysed: keep the newer facts.
        if (it == unique.end() || a.alert.last_seen >= it->second.alert.last_seen) {
            ReportAlert keep = a;
            if (it != unique.end()) {
                keep.alert.raised_on = std::min(keep.alert.raised_on, it->second.alert.raised_on);
                if (!keep.discussed_on) keep.discussed_on = it->second.discussed_on;
                keep.current = keep.current || it->second.current;
                if (!keep.resolved_on) keep.resolved_on = it->second.resolved_on;
            }
            unique[key] = keep;
        } else {
            it->second.current = it->second.current || a.current;
            if (!it->second.discussed_on) it->second.discussed_on = a.discussed_on;
        }
    }
    for (auto& [key, a] : unique) {
        if (a.current) a.resolved_on.reset();
        (a.current ? r.alerts : r.resolved_alerts).push_back(a);
    }
    std::stable_sort(r.alerts.begin(), r.alerts.end(), [](const ReportAlert& a, const ReportAlert& b) {
        if (a.alert.severity != b.alert.severity) return a.alert.severity > b.alert.severity;
        return a.alert.raised_on > b.alert.raised_on;
    });
    std::stable_sort(r.resolved_alerts.begin(), r.resolved_alerts.end(), [](const ReportAlert& a, const ReportAlert& b) {
        return a.alert.last_seen > b.alert.last_seen;
    });
    // A drug stopped by the period's end is not asked about ("Should I keep taking
    // Flexeril?" after it was stopped), except by the question its stop raises.
    std::set<std::string> stopped;
    for (const auto& m : r.medications)
        if (m.stopped) stopped.insert(m.medication.ingredient);
    for (const auto& m : r.medications)
        if (!m.stopped) stopped.erase(m.medication.ingredient);
    std::set<std::string> asked;
    for (const auto& a : r.alerts) {
        const bool about_stopped = !a.alert.drugs.empty() && a.alert.rule_id != "withdrawal.abrupt-stop" &&
                                   std::all_of(a.alert.drugs.begin(), a.alert.drugs.end(),
                                               [&](const std::string& d) { return stopped.count(d) > 0; });
        if (about_stopped) continue;
        const auto q = question_for(a.alert, names);
        if (asked.insert(q).second) r.questions.push_back(q);
    }
}

}  // namespace

const Medication* VisitReport::medication(std::int64_t id) const {
    for (const auto& m : all_medications)
        if (m.id == id) return &m;
    return nullptr;
}

VisitReport build_report(const ReportInput& in) {
    const JournalSnapshot& snap = *in.journal;
    const JournalIndex index(snap, in.generated_on, in.thresholds, in.now);
    VisitReport r;
    r.period = in.period;
    r.generated_on = in.generated_on;
    r.last_visit = in.last_visit;
    r.profile = snap.profile;
    if (snap.profile.birth_year)
        r.age = static_cast<int>(date::year_month_day{in.generated_on}.year()) - *snap.profile.birth_year;
    r.all_medications = snap.medications;
    r.journal_began = index.first_day();
    for (const Entry* e : index.entries())
        if (r.period.contains(e->day)) r.entries.push_back(*e);

    const DailyDoses doses = daily_doses(index);
    const LocalDay changes_since = in.last_visit ? std::min(*in.last_visit, r.period.from) : r.period.from;
    for (const auto& m : snap.medications) {
        const bool active = m.start <= r.period.to && (!m.stop || *m.stop >= r.period.from);
        const bool stopped_just_before = m.start <= r.period.to && m.stop && *m.stop < r.period.from &&
                                         *m.stop >= r.period.from - date::days{stopped_before_days};
        const auto course_list = relief::courses(doses, m.ingredient,
                                                 std::max(in.thresholds.course_gap_days, in.thresholds.use_gap_days));
        MedicationSummary s = summarise(index, course_list, m, r.entries, r.period, changes_since);
        if (active || stopped_just_before || s.doses_taken > 0) r.medications.push_back(std::move(s));
        if (m.ever_scheduled())
            for (const auto& slot : settled_slots(index, m, r.period.from, r.period.to))
                r.scheduled_doses.push_back(slot);
    }
    // What is taken now first; what was stopped after.
    std::stable_sort(r.medications.begin(), r.medications.end(),
                     [](const MedicationSummary& a, const MedicationSummary& b) { return !a.stopped && b.stopped; });
    std::stable_sort(r.scheduled_doses.begin(), r.scheduled_doses.end(),
                     [](const SlotStatus& a, const SlotStatus& b) { return a.scheduled < b.scheduled; });
    for (const auto& [ingredient, days] : doses)
        for (auto it = days.lower_bound(r.period.from); it != days.end() && it->first <= r.period.to; ++it)
            r.dose_days.push_back({it->first, ingredient, it->second.total, it->second.doses});

    std::map<LocalDay, DayEvents> events;
    std::map<LocalDay, std::map<std::string, bool>> goal_checks;  // entries are in time order: the last wins
    for (LocalDay d = r.period.from; d <= r.period.to; d += date::days{1}) events[d].day = d;
    for (const Entry& e : r.entries) {
        if (const auto* s = std::get_if<SideEffectEntry>(&e.data)) {
            auto& day = events[e.day];
            ++day.side_effects;
            day.worst_side_effect = std::max(day.worst_side_effect.value_or(s->severity), s->severity);
        } else if (std::holds_alternative<CrampEntry>(e.data)) {
            ++events[e.day].cramps;
        } else if (const auto* peg = std::get_if<PegEntry>(&e.data)) {
            events[e.day].peg = peg->score();
        } else if (const auto* sleep = std::get_if<SleepEntry>(&e.data)) {
            events[e.day].sleep_minutes = sleep->minutes;
        } else if (const auto* goal = std::get_if<GoalEntry>(&e.data)) {
            goal_checks[e.day][goal->goal] = goal->met;
        }
    }
    for (const auto& [day, checks] : goal_checks) {
        auto& d = events[day];
        d.goals_checked = int(checks.size());
        d.goals_met = int(std::count_if(checks.begin(), checks.end(), [](const auto& c) { return c.second; }));
    }
    for (const auto& slot : r.scheduled_doses) {
        auto it = events.find(index.home().day_of(slot.scheduled));
        if (it == events.end()) continue;
        ++it->second.scheduled;
        if (slot.state == SlotState::taken || slot.state == SlotState::taken_late) ++it->second.taken;
    }
    for (auto& [day, e] : events) r.day_events.push_back(e);

    const DailyPain daily_pain = daily_pain_means(index);
    r.pain = pain_trend(daily_pain, r.period, r.entries, in.thresholds);
    r.peg = peg_trend(index, daily_pain, r.period, in.thresholds);
    r.sleep = sleep_summary(r.entries);
    r.goals = goal_summaries(r.entries, r.period);
    r.pgic = pgic_answers(r.entries);
    summarise_entries(r, in.thresholds);
    select_alerts(r, in.alerts);
    return r;
}

}  // namespace relief::reports
