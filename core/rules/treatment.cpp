#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "rule_families.h"
#include "sources.h"

namespace relief {

namespace {

constexpr const char* opioid_id = "treatment.opioid-first-line";
constexpr const char* non_drug_id = "treatment.non-drug-measures";

// What counts as trying something before an opioid: any non-drug measure except rest.
constexpr std::array<std::string_view, 7> tried_first{
    "heat", "ice", "stretching", "activity", "exercise", "physical-therapy", "massage"};
// The first-line non-drug measures RULES.md names for treatment.non-drug-measures.
constexpr std::array<std::string_view, 6> first_line_measures{
    "heat", "stretching", "activity", "exercise", "physical-therapy", "massage"};

const DoseEntry* taken_dose(const Entry& entry) {
    const auto* dose = std::get_if<DoseEntry>(&entry.data);
    return dose && dose->status == DoseStatus::taken ? dose : nullptr;
}

bool is_first_line(const AnalysisContext& ctx, const Entry& entry) {
    if (const auto* measure = std::get_if<MeasureEntry>(&entry.data))
        return listed(tried_first, measure->name);
    const auto* dose = taken_dose(entry);
    if (!dose) return false;
    const ClassSet classes = ctx.index.classes_of_medication(dose->medication_id);
    return classes.has(DrugClass::nsaid) || classes.has(DrugClass::analgesic);
}

bool is_opioid(const AnalysisContext& ctx, const Entry& entry) {
    const auto* dose = taken_dose(entry);
    return dose && ctx.index.classes_of_medication(dose->medication_id).has(DrugClass::opioid);
}

// "ibuprofen 400 mg" or "heat", for evidence.
std::string describe(const AnalysisContext& ctx, const Entry& entry) {
    if (const auto* measure = std::get_if<MeasureEntry>(&entry.data)) return measure->name;
    const auto* dose = std::get_if<DoseEntry>(&entry.data);
    const Medication* med = ctx.index.medication(dose->medication_id);
    const std::string name = med ? ctx.drug_label(med->ingredient) : translate("relief::alerts::treatment", "medication");
    return name + " " + dose->amount.to_string();
}

void check_opioid_first_line(const AnalysisContext& ctx, std::vector<Alert>& out) {
    if (!back_pain_guidance_applies(ctx.index.profile())) return;
    const LocalDay as_of = ctx.as_of();
    for (const Episode& episode : pain_episodes(ctx.index, ctx.pain)) {
        const LocalDay last = std::min(episode.end.value_or(as_of), as_of);
        const Entry* opioid = nullptr;
        const Entry* first_line = nullptr;
        for (LocalDay d = episode.start; d <= last; d += date::days{1}) {
            for (const Entry* entry : ctx.index.entries_on(d)) {
                if (!opioid && is_opioid(ctx, *entry)) opioid = entry;
                if (!first_line && is_first_line(ctx, *entry)) first_line = entry;
            }
        }
        // Logged at the same moment counts as tried first: the order cannot be told apart.
        if (!opioid || (first_line && first_line->at <= opioid->at)) continue;

        const auto* dose = std::get_if<DoseEntry>(&opioid->data);
        const Medication* med = ctx.index.medication(dose->medication_id);
        const std::string label =
            med ? ctx.drug_label(med->ingredient) : translate("relief::alerts::treatment", "an opioid");
        //: %1: the day the pain episode began; %2: the opioid.
        const std::string message =
            fill(translate("relief::alerts::treatment",
                           "In the pain episode from %1 you took %2 before any NSAID, acetaminophen or non-drug "
                           "measure such as heat or stretching. Opioids are not a first choice for back pain."),
                 {display_day(episode.start), label}) +
            ask_clinician();
        Alert alert =
            make_alert(opioid_id, AlertSeverity::info, "opioid in " + episode_subject(episode),
                       translate("relief::alerts::treatment", "Opioid before first-line treatment"), message,
                       {sources::seed_003, sources::acp}, opioid->day);
        //: %1: a dose ("oxycodone 5 mg"); %2: the day and time it was logged.
        alert.evidence.push_back({translate("relief::alerts::treatment", "First opioid dose"),
                                  fill(translate("relief::alerts::treatment", "%1 at %2"),
                                       {describe(ctx, *opioid), ctx.logged_at(*opioid)})});
        alert.evidence.push_back(
            {translate("relief::alerts::treatment", "Pain episode"),
             episode.end ? fill(translate("relief::alerts::treatment", "from %1 to %2"),
                                {display_day(episode.start), display_day(*episode.end)})
                         : fill(translate("relief::alerts::treatment", "from %1"), {display_day(episode.start)})});
        alert.evidence.push_back(
            {translate("relief::alerts::treatment", "First NSAID, acetaminophen or non-drug measure"),
             first_line
                 //: %1: a dose or a measure ("heat"); %2: the day and time it was logged.
                 ? fill(translate("relief::alerts::treatment", "%1 at %2, after the opioid"),
                        {describe(ctx, *first_line), ctx.logged_at(*first_line)})
                 : translate("relief::alerts::treatment", "none logged in the episode")});
        alert.evidence.push_back({translate("relief::alerts::treatment", "Threshold"),
                                  translate("relief::alerts::treatment",
                                            "none: any opioid dose before first-line treatment")});
        out.push_back(std::move(alert));
    }
}

struct RelaxantWindow {
    std::vector<LocalDay> days;         // days of the window with a muscle relaxant
    std::set<std::string> ingredients;  // the relaxants taken in it
    bool measure = false;               // a first-line non-drug measure logged in it
};

RelaxantWindow window_ending(const AnalysisContext& ctx, LocalDay end) {
    RelaxantWindow w;
    const LocalDay first = end - date::days{ctx.t().regular_use_window_days - 1};
    for (LocalDay d = first; d <= end; d += date::days{1}) {
        bool relaxant = false;
        for (const auto& [ingredient, days] : ctx.doses) {
            if (!ctx.classes_of(ingredient).has(DrugClass::muscle_relaxant) || !days.contains(d))
                continue;
            relaxant = true;
            w.ingredients.insert(ingredient);
        }
        if (relaxant) w.days.push_back(d);
        for (const Entry* entry : ctx.index.entries_on(d)) {
            const auto* m = std::get_if<MeasureEntry>(&entry->data);
            w.measure = w.measure || (m && listed(first_line_measures, m->name));
        }
    }
    return w;
}

bool relaxant_without_measures(const AnalysisContext& ctx, LocalDay day) {
    const RelaxantWindow w = window_ending(ctx, day);
    return !w.measure && static_cast<int>(w.days.size()) >= ctx.t().non_drug_relaxant_days;
}

std::optional<LocalDay> last_measure(const AnalysisContext& ctx) {
    const auto& all = ctx.index.entries();
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        const auto* m = std::get_if<MeasureEntry>(&(*it)->data);
        if (m && listed(first_line_measures, m->name)) return (*it)->day;
    }
    return std::nullopt;
}

void check_non_drug_measures(const AnalysisContext& ctx, std::vector<Alert>& out) {
    const Thresholds& t = ctx.t();
    const LocalDay as_of = ctx.as_of();
    if (!relaxant_without_measures(ctx, as_of)) return;
    const int history = ctx.history_days();
    const LocalDay start =
        run_start(
            as_of, [&](LocalDay d) { return relaxant_without_measures(ctx, d); }, history)
            .value_or(as_of);
    const RelaxantWindow w = window_ending(ctx, as_of);

    std::string labels;
    for (const auto& ingredient : w.ingredients)
        labels += (labels.empty() ? "" : ", ") + ctx.drug_label(ingredient);
    std::string days;
    for (const LocalDay d : w.days) days += (days.empty() ? "" : ", ") + display_day(d);
    const std::string count = std::to_string(w.days.size());
    //: %1: the muscle relaxants; %2 of the last %n days.
    const std::string message = fill(
        translate("relief::alerts::treatment",
                  "You took a muscle relaxer (%1) on %2 of the last %n days and logged no heat, stretching, activity, "
                  "exercise, physical therapy or massage. Heat, gentle activity and stretching are first-line; "
                  "medicines should add to them, not replace them. Ask your clinician or pharmacist which would suit "
                  "you.",
                  nullptr, t.regular_use_window_days),
        {labels, count});
    Alert alert = make_alert(non_drug_id, AlertSeverity::info,
                             "muscle relaxant without non-drug measures",
                             translate("relief::alerts::treatment", "Muscle relaxer without heat or stretching"),
                             message, {sources::seed_003, sources::seed_001, sources::seed_000}, start);
    //: %1 of the last %n days; %2: those days.
    alert.evidence.push_back({translate("relief::alerts::treatment", "Days with a muscle relaxant"),
                              fill(translate("relief::alerts::treatment", "%1 of the last %n days (%2)", nullptr,
                                             t.regular_use_window_days),
                                   {count, days})});
    alert.evidence.push_back({translate("relief::alerts::treatment", "Muscle relaxants"), labels});
    const auto measured = last_measure(ctx);
    alert.evidence.push_back({translate("relief::alerts::treatment", "Last non-drug measure"),
                              measured ? display_day(*measured) : translate("relief::alerts::treatment", "none logged")});
    alert.evidence.push_back({translate("relief::alerts::treatment", "Threshold"),
                              fill(translate("relief::alerts::treatment",
                                             "%1 of %n days (setting threshold.non-drug-relaxant-days)", nullptr,
                                             t.regular_use_window_days),
                                   {std::to_string(t.non_drug_relaxant_days)})});
    out.push_back(std::move(alert));
}

}  // namespace

void check_treatment(const AnalysisContext& ctx, std::vector<Alert>& out) {
    check_opioid_first_line(ctx, out);
    check_non_drug_measures(ctx, out);
}

}  // namespace relief
