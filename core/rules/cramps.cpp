#include "rule_families.h"
#include "sources.h"

#include <set>
#include <string>

namespace relief {

namespace {

constexpr const char* rule_id = "cramps.frequent";
constexpr const char* garrison = sources::garrison;

// RULES.md: "cramps on >= 3 of the last 7 days".
constexpr int week = 7;
// A culprit medicine counts as "in use" when taken within this many days (or active).
constexpr int in_use_days = 30;

// Diuretics, statins and beta-agonists: the commoner drug causes of cramps (Garrison 2012).
// Empty for other medicines.
std::string culprit_kind(ClassSet c) {
    if (c.has(DrugClass::diuretic)) return translate("relief::alerts::cramps", "a diuretic");
    if (c.has(DrugClass::statin)) return translate("relief::alerts::cramps", "a statin");
    if (c.has(DrugClass::beta_agonist)) return translate("relief::alerts::cramps", "a beta-agonist");
    return {};
}

struct Culprit {
    std::string ingredient;
    std::string kind;
    std::string why;  // "taken on 2026-03-05" or "active from 2026-01-01"
};

std::vector<Culprit> culprits_in_use(const AnalysisContext& ctx) {
    std::vector<Culprit> out;
    std::set<std::string> seen;
    const LocalDay since = ctx.as_of() - date::days{in_use_days - 1};
    for (const auto& ingredient : ctx.ingredients()) {
        const std::string kind = culprit_kind(ctx.classes_of(ingredient));
        if (kind.empty()) continue;
        const auto days = dose_days(ctx.doses, ingredient);
        const auto last = days.upper_bound(ctx.as_of());
        if (last == days.begin() || *std::prev(last) < since) continue;
        out.push_back({ingredient, kind,
                       fill(translate("relief::alerts::cramps", "last taken %1"), {display_day(*std::prev(last))})});
        seen.insert(ingredient);
    }
    for (const auto& med : ctx.index.medications()) {
        const std::string kind = culprit_kind(classes_of(med));
        if (kind.empty() || !med.active_on(ctx.as_of()) || seen.contains(med.ingredient)) continue;
        out.push_back({med.ingredient, kind,
                       fill(translate("relief::alerts::cramps", "on the medication list from %1"),
                            {display_day(med.start)})});
        seen.insert(med.ingredient);
    }
    return out;
}

// Days of the window with fluids logged and fewer glasses than low_fluid_glasses in total.
std::vector<std::pair<LocalDay, int>> low_fluid_days(const AnalysisContext& ctx, LocalDay first,
                                                     LocalDay last) {
    std::vector<std::pair<LocalDay, int>> out;
    for (LocalDay d = first; d <= last; d += date::days{1}) {
        int glasses = 0;
        bool logged = false;
        for (const Entry* e : ctx.index.entries_on(d))
            if (const auto* f = std::get_if<FluidsEntry>(&e->data)) {
                glasses += f->glasses;
                logged = true;
            }
        if (logged && glasses < ctx.t().low_fluid_glasses) out.emplace_back(d, glasses);
    }
    return out;
}

// Muscle relaxant courses that began within cramp_relaxant_start_days before the first cramp.
std::vector<std::pair<std::string, LocalDay>> relaxants_started(const AnalysisContext& ctx,
                                                                LocalDay first_cramp) {
    std::vector<std::pair<std::string, LocalDay>> out;
    const LocalDay earliest = first_cramp - date::days{ctx.t().cramp_relaxant_start_days};
    for (const auto& [ingredient, all] : ctx.courses) {
        if (!ctx.classes_of(ingredient).has(DrugClass::muscle_relaxant)) continue;
        for (const Course& c : all)
            if (c.first >= earliest && c.first <= first_cramp)
                out.emplace_back(ingredient, c.first);
    }
    return out;
}

}  // namespace

void check_cramps(const AnalysisContext& ctx, std::vector<Alert>& out) {
    const Thresholds& t = ctx.t();
    std::set<LocalDay> cramp_days;
    for (const Entry* e : ctx.index.entries())
        if (std::holds_alternative<CrampEntry>(e->data)) cramp_days.insert(e->day);
    auto frequent = [&](LocalDay d) {
        return days_used_in_window(cramp_days, d, week) >= t.cramp_days;
    };
    const auto since = run_start(ctx.as_of(), frequent);
    if (!since) return;

    const LocalDay first = ctx.as_of() - date::days{week - 1};
    const std::vector<LocalDay> in_window(cramp_days.lower_bound(first),
                                          cramp_days.upper_bound(ctx.as_of()));
    const auto culprits = culprits_in_use(ctx);
    const auto low_fluids = low_fluid_days(ctx, first, ctx.as_of());
    const auto relaxants = relaxants_started(ctx, in_window.front());

    std::string message = translate("relief::alerts::cramps", "Cramps have many causes: fluids, minerals, some medicines.");
    if (!culprits.empty()) {
        std::string names;
        for (const auto& c : culprits)
            names += (names.empty() ? "" : "; ") + ctx.drug_label(c.ingredient) + ", " + c.kind;
        //: %1: medicines and what they are ("Lasix (furosemide), a diuretic").
        message += " " + fill(translate("relief::alerts::cramps", "Some medicines you take can cause cramps: %1."), {names});
    }
    if (!low_fluids.empty()) {
        const int n = static_cast<int>(low_fluids.size());
        //: %1: glasses; %n: on how many days; %2: the days looked at.
        message += " " + fill(n == 1 ? translate("relief::alerts::cramps",
                                                 "You drank fewer than %1 glasses on %n day in the last %2 days.",
                                                 nullptr, n)
                                     //: %1: glasses; %n: on how many days; %2: the days looked at.
                                     : translate("relief::alerts::cramps",
                                                 "You drank fewer than %1 glasses on %n days in the last %2 days.",
                                                 nullptr, n),
                              {std::to_string(t.low_fluid_glasses), std::to_string(week)});
    }
    if (!relaxants.empty()) {
        std::vector<std::string> names;
        for (const auto& [ingredient, started] : relaxants)
            names.push_back(ctx.drug_label(ingredient));
        //: %1: the muscle relaxants.
        message += " " + fill(translate("relief::alerts::cramps",
                                        "You started %1 shortly before the cramps began; a muscle relaxer may also "
                                        "contribute."),
                              {joined(names, translate("relief::alerts::cramps", "%1 and %2"))});
    }
    message += " " + translate("relief::alerts::cramps", "Mention them at your next visit.") + ask_clinician();

    Alert alert = make_alert(rule_id, AlertSeverity::info, "cramps",
                             translate("relief::alerts::cramps", "Frequent cramps"), message,
                             {sources::seed_002, garrison}, *since);
    std::string dates;
    for (const LocalDay d : in_window) dates += (dates.empty() ? "" : ", ") + display_day(d);
    //: %1 of the last %2 days: %3 (the days).
    alert.evidence.push_back({translate("relief::alerts::cramps", "Cramp days"),
                              fill(translate("relief::alerts::cramps", "%1 of the last %2: %3"),
                                   {std::to_string(in_window.size()), std::to_string(week), dates})});
    for (const auto& c : culprits)
        alert.evidence.push_back(
            {translate("relief::alerts::cramps", "Medicine that can cause cramps"),
             //: %1: the medicine; %2: what it is ("a diuretic"); %3: why it counts ("last taken 2026-03-05").
             fill(translate("relief::alerts::cramps", "%1, %2 (%3)"), {ctx.drug_label(c.ingredient), c.kind, c.why})});
    for (const auto& [day, glasses] : low_fluids)
        alert.evidence.push_back({translate("relief::alerts::cramps", "Low fluids"),
                                  fill(translate("relief::alerts::cramps", "%1: %n glasses", nullptr, glasses),
                                       {display_day(day)})});
    for (const auto& [ingredient, started] : relaxants)
        alert.evidence.push_back({translate("relief::alerts::cramps", "Muscle relaxant started"),
                                  fill(translate("relief::alerts::cramps", "%1 on %2"),
                                       {ctx.drug_label(ingredient), display_day(started)})});
    alert.evidence.push_back({translate("relief::alerts::cramps", "Threshold"),
                              fill(translate("relief::alerts::cramps", "%1 of %2 days (setting threshold.cramp-days)"),
                                   {std::to_string(t.cramp_days), std::to_string(week)})});
    if (!low_fluids.empty())
        alert.evidence.push_back(
            {translate("relief::alerts::cramps", "Threshold"),
             fill(translate("relief::alerts::cramps", "fewer than %1 glasses a day (setting threshold.low-fluid-glasses)"),
                  {std::to_string(t.low_fluid_glasses)})});
    if (!relaxants.empty())
        alert.evidence.push_back(
            {translate("relief::alerts::cramps", "Threshold"),
             translate("relief::alerts::cramps",
                       "started within %n days before the first cramp (setting threshold.cramp-relaxant-start-days)",
                       nullptr, t.cramp_relaxant_start_days)});
    out.push_back(std::move(alert));
}

}  // namespace relief
