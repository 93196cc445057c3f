#pragma once

#include "core/alert.h"
#include "core/metrics/adherence.h"
#include "core/metrics/doses.h"
#include "core/metrics/pain.h"
#include "core/translate.h"
#include "core/zone.h"

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace relief {

// The metrics every rule family reads, computed once per analysis.
struct AnalysisContext {
    explicit AnalysisContext(const JournalIndex& index);

    const JournalIndex& index;
    DailyPain pain;
    DailyDoses doses;
    std::map<std::string, std::vector<Course>> courses;  // per ingredient, in time order

    const Thresholds& t() const { return index.thresholds(); }
    LocalDay as_of() const { return index.as_of(); }
    // What the catalogue (or, for unknown drugs, the chosen class) says about an ingredient.
    ClassSet classes_of(const std::string& ingredient) const;
    // The name the person uses for an ingredient ("Flexeril"), else the ingredient.
    std::string display_name(const std::string& ingredient) const;
    // "Flexeril (cyclobenzaprine)": display_name, and the ingredient when it differs (in more
    // than case), so that a clinician reading the alert knows what was taken.
    std::string drug_label(const std::string& ingredient) const;
    // The person's medications of this ingredient, oldest first.
    std::vector<const Medication*> medications_of(const std::string& ingredient) const;
    // Ingredients ever taken, in name order.
    std::vector<std::string> ingredients() const;
    // Days from the first journal day to as_of, both counted; 1 for an empty journal.
    int history_days() const;
    // "2026-03-05 14:10" on the entry's own clock, which gave it its day; the home zone
    // for entries without one. The day as the language writes it.
    std::string logged_at(const Entry& entry) const;
    // "14:10": logged_at's time alone.
    std::string logged_time(const Entry& entry) const;
};

// Rules about events (a red flag, a dose above the maximum, an interaction) read the last
// year: an event alert is current for days after its event, and what it counts ("Days in
// the last 12 months") is what a clinician asks about. Reading ten years to count them
// made every analysis as slow as the journal was long (docs/performance.md).
inline constexpr int event_look_back_days = 365;
// The first day event rules read as of `as_of`.
inline LocalDay event_look_back_start(LocalDay as_of) { return as_of - date::days{event_look_back_days - 1}; }

// Whether the back-pain guidance (re-assess at 4-6 weeks, early benefit of cyclobenzaprine,
// opioids not first) applies: not to a person whose pain comes from the spasticity of a
// listed condition (MS, spinal cord injury, cerebral palsy, stroke), unless their profile
// also lists a back or neck pain condition. Their pain is followed, not re-assessed.
bool back_pain_guidance_applies(const Profile& profile);

// "Lioresal (baclofen)": AnalysisContext::drug_label for one of the person's medications.
std::string drug_label(const Medication& med);

// The course day a course has reached by `day`: a course stops counting at its last dose,
// so a person who stopped is not told they are still taking the drug.
int course_day(const Course& course, LocalDay day);

// The pain baseline from `start` and the window mean as they stood on `day`; nothing when
// either is missing, because a verdict on too few scores would be a guess.
struct PainComparison {
    Baseline baseline;
    double current = 0;
};
std::optional<PainComparison> compare_pain(const AnalysisContext& ctx, LocalDay start,
                                           LocalDay day);

// One PEG answer (its day is the local day it was logged on).
struct PegPoint {
    LocalDay day{};
    double score = 0;
    int pain = 0;
    int enjoyment = 0;
    int activity = 0;
};
// The PEG answers up to `day`, in time order.
std::vector<PegPoint> peg_points(const AnalysisContext& ctx, LocalDay day);
// The first PEG of something that began on `start` (logged from a week before it to a
// week after), against the latest one up to `day` when that is a week or more later and
// still current (threshold.peg-current-days); nothing otherwise.
struct PegChange {
    PegPoint first;
    PegPoint latest;
    double percent_better() const { return first.score > 0 ? (first.score - latest.score) / first.score * 100 : 0; }
    bool improved(const Thresholds& t) const {
        return first.score > 0 && latest.score <= first.score * (100 - t.peg_improvement_percent) / 100.0 + 1e-9;
    }
};
std::optional<PegChange> peg_change(const AnalysisContext& ctx, LocalDay start, LocalDay day);

// Builds an alert with the fields every rule sets the same way.
Alert make_alert(std::string rule_id, AlertSeverity severity, std::string subject, std::string title,
                 std::string message, std::vector<std::string> sources, LocalDay raised_on);

// "Cyclobenzaprine": the first letter upper case, for titles.
std::string capitalised(std::string text);
// Subjects that identify an alert together with its rule id. They stay in English with ISO
// days whatever the language: the journal keeps one alert per rule and subject, so a subject
// that followed the language would turn every alert into a new one (and drop its discussed
// mark) when the person changed language.
std::string course_subject(const Course& course);  // "cyclobenzaprine course from 2026-03-04"
std::string episode_subject(const Episode& e);     // "pain episode from 2026-03-01"
// Thresholds are settings, so the wording follows them: 14 days read as "2 weeks", in the
// current language, for a place after a preposition ("after 2 weeks").
std::string span_text(int days);
// "a, b and c" from joined(items, translate(..., "%1 and %2")): the pattern joins the last
// item to the ones before it, so that each language says its own "and" or "with".
std::string joined(const std::vector<std::string>& items, const std::string& last_pattern);
// format_local's "2026-03-05 14:10" with the day as the language writes it.
std::string display_local(Instant at, const Zone& zone);
// A pain or PEG mean as format_mean rounds it ("4.5"), written as the language writes decimals.
std::string display_mean(double mean);

// Evidence for the rules that compare pain scores with a baseline.
std::string baseline_text(const Baseline& b);  // "6.3 (2026-03-01 to 2026-03-03)"
// "5.7 (2026-03-04 to 2026-03-10, 6 days logged)" for the `days` days ending on `end`.
std::string window_text(const DailyPain& pain, double mean, LocalDay end, int days);
// What counts as a clinically important improvement, with the settings that say so.
Evidence improvement_evidence(const Thresholds& t);

// Whether `name` is one of `names`, for the fixed vocabularies rules match against.
template <std::size_t N>
bool listed(const std::array<std::string_view, N>& names, std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

// For rules over sliding windows: the first day of the unbroken run of days ending on
// `end` on which `holds` is true, looking back at most `max_back` days; nullopt when it
// does not hold on `end`. Used as raised_on and in the subject ("... since <day>"), it
// keeps one alert per run however often the analysis is repeated.
std::optional<LocalDay> run_start(LocalDay end, const std::function<bool(LocalDay)>& holds, int max_back = 400);

// Every message ends by sending the person to a clinician or pharmacist (RULES.md): the
// sentence in the current language, with the space that puts it after another.
std::string ask_clinician();

}  // namespace relief
