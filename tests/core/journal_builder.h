#pragma once

#include "core/analyser.h"
#include "core/dose_slot.h"
#include "core/journal_snapshot.h"

#include <algorithm>
#include <string>
#include <vector>

namespace relief::testing {

// Builds a journal snapshot in memory for analyser tests, entry by entry or day by day.
// Times are local "YYYY-MM-DDTHH:MM" in the builder's zone.
class JournalBuilder {
public:
    explicit JournalBuilder(std::string zone = "Europe/Berlin") : zone_(Zone::locate(zone)) {
        snap_.profile.zone = zone;
    }

    Profile& profile() { return snap_.profile; }
    const Zone& zone() const { return zone_; }
    Instant at(const std::string& when) const { return parse_when(when, zone_); }
    static LocalDay day(const std::string& text) { return parse_day(text); }

    // Adds a medication; `times` like "08:00,20:00", empty for as-needed only.
    std::int64_t med(const std::string& name, const std::string& dose, const std::string& times,
                     const std::string& start, const std::string& stop = "") {
        Medication m;
        m.id = static_cast<std::int64_t>(snap_.medications.size()) + 1;
        m.name = name;
        const auto match = Catalogue::standard().lookup(name);
        m.ingredient = match ? std::string(match->drug->ingredient) : name;
        if (match) m.form = match->form;
        m.dose = Amount::parse(dose);
        if (!times.empty()) m.schedule.times = parse_times(times);
        m.schedule.as_needed = times.empty();
        m.start = day(start);
        if (!stop.empty()) m.stop = day(stop);
        snap_.medications.push_back(m);
        return m.id;
    }
    Medication& medication(std::int64_t id) { return snap_.medications.at(static_cast<std::size_t>(id - 1)); }
    // A prescription change from `from`; `times` as for med(), empty for as-needed only.
    void change(std::int64_t id, const std::string& from, const std::string& dose, const std::string& times) {
        PrescriptionStep s{day(from), Amount::parse(dose), {}};
        if (!times.empty()) s.schedule.times = parse_times(times);
        s.schedule.as_needed = times.empty();
        medication(id) = with_prescription_change(medication(id), s);
        validate(medication(id));
    }

    // One dose; a scheduled medication's dose answers its nearest slot, like the CLI.
    void dose(std::int64_t med_id, const std::string& when, const std::string& amount = "",
              DoseStatus status = DoseStatus::taken) {
        const Medication& m = medication(med_id);
        DoseEntry d{med_id, amount.empty() ? m.dose_on(zone_.day_of(at(when))) : Amount::parse(amount), status,
                    std::nullopt};
        d.scheduled = matching_slot(m, at(when), zone_, zone_, snap_.entries);
        add(at(when), d);
    }
    void skipped(std::int64_t med_id, const std::string& when) { dose(med_id, when, "", DoseStatus::skipped); }
    // A dose taken while travelling: `when` is the local time in `zone`, where it is logged,
    // and its day is the day there; like the CLI, it answers the nearest slot on the clock there.
    void dose_in(const std::string& zone, std::int64_t med_id, const std::string& when,
                 const std::string& amount = "") {
        const Zone there = Zone::locate(zone);
        const Instant t = parse_when(when, there);
        const Medication& m = medication(med_id);
        Entry e{static_cast<std::int64_t>(snap_.entries.size()) + 1, t, zone, there.day_of(t),
                DoseEntry{med_id, amount.empty() ? m.dose_on(there.day_of(t)) : Amount::parse(amount),
                          DoseStatus::taken, matching_slot(m, t, there, zone_, snap_.entries)}};
        validate(e.data);
        snap_.entries.push_back(std::move(e));
    }

    // Every scheduled dose of the medication taken on time, first..last inclusive, as each
    // day's prescription has it; on an as-needed day, one dose at 12:00.
    void take_daily(std::int64_t med_id, const std::string& first, const std::string& last,
                    const std::string& amount = "") {
        const Medication m = medication(med_id);
        for (auto d = day(first); d <= day(last); d += date::days{1}) {
            const Amount dose = amount.empty() ? m.dose_on(d) : Amount::parse(amount);
            if (m.schedule_on(d).is_scheduled()) {
                for (const Instant slot : expected_doses(m.schedule_on(d), d, zone_))
                    add(slot, DoseEntry{med_id, dose, DoseStatus::taken, slot});
            } else {
                add(zone_.resolve_scheduled(d + std::chrono::hours{12}),
                    DoseEntry{med_id, dose, DoseStatus::taken, std::nullopt});
            }
        }
    }

    void pain(const std::string& when, int score, std::vector<std::string> locations = {},
              std::vector<std::string> qualities = {}) {
        add(at(when), PainEntry{score, std::move(locations), std::move(qualities)});
    }
    // One score a day at 09:00, first..last inclusive.
    void pain_daily(const std::string& first, const std::string& last, int score,
                    std::vector<std::string> locations = {}, std::vector<std::string> qualities = {}) {
        for (auto d = day(first); d <= day(last); d += date::days{1})
            add(zone_.resolve_scheduled(d + std::chrono::hours{9}), PainEntry{score, locations, qualities});
    }
    void side_effect(const std::string& when, const std::string& name, Severity s = Severity::mild) {
        add(at(when), SideEffectEntry{name, s});
    }
    void cramp(const std::string& when, const std::string& location = "left-calf", int minutes = 5) {
        add(at(when), CrampEntry{location, minutes, 5});
    }
    void measure(const std::string& when, const std::string& name) { add(at(when), MeasureEntry{name, 20}); }
    void fluids(const std::string& when, int glasses) { add(at(when), FluidsEntry{glasses}); }
    void alcohol(const std::string& when, int drinks) { add(at(when), AlcoholEntry{drinks}); }
    void symptom(const std::string& when, const std::string& name) { add(at(when), SymptomEntry{name}); }
    void note(const std::string& when, const std::string& text) { add(at(when), NoteEntry{text}); }
    // The PEG's three answers (pain, enjoyment, activity: 0-10 each).
    void peg(const std::string& when, int pain, int enjoyment, int activity) {
        add(at(when), PegEntry{pain, enjoyment, activity});
    }
    void sleep(const std::string& when, int minutes, std::optional<int> quality = std::nullopt) {
        add(at(when), SleepEntry{minutes, quality});
    }
    void goal(const std::string& when, const std::string& goal, bool met = true) { add(at(when), GoalEntry{goal, met}); }
    void pgic(const std::string& when, int answer) { add(at(when), PgicEntry{answer}); }

    const JournalSnapshot& snapshot() {
        std::stable_sort(snap_.entries.begin(), snap_.entries.end(),
                         [](const Entry& a, const Entry& b) { return a.at < b.at; });
        return snap_;
    }
    std::vector<Alert> analyse(const std::string& as_of, const Thresholds& t = {}) {
        return relief::analyse(snapshot(), day(as_of), t);
    }

private:
    void add(Instant when, EntryData data) {
        Entry e{static_cast<std::int64_t>(snap_.entries.size()) + 1, when, std::string(zone_.name()),
                zone_.day_of(when), std::move(data)};
        validate(e.data);
        snap_.entries.push_back(std::move(e));
    }

    Zone zone_;
    JournalSnapshot snap_;
};

// The alerts of one rule, in the order the analyser returned them.
inline std::vector<Alert> of_rule(const std::vector<Alert>& alerts, const std::string& rule_id) {
    std::vector<Alert> out;
    std::copy_if(alerts.begin(), alerts.end(), std::back_inserter(out),
                 [&](const Alert& a) { return a.rule_id == rule_id; });
    return out;
}

}  // namespace relief::testing
