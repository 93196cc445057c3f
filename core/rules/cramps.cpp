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
const char* culprit_kind(ClassSet c) {
    if (c.has(DrugClass::diuretic)) return "a diuretic";
    if (c.has(DrugClass::statin)) return "a statin";
    if (c.has(DrugClass::beta_agonist)) return "a beta-agonist";
    return nullptr;
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
        const char* kind = culprit_kind(ctx.classes_of(ingredient));
        if (!kind) continue;
        const auto days = dose_days(ctx.doses, ingredient);
        const auto last = days.upper_bound(ctx.as_of());
        if (last == days.begin() || *std::prev(last) < since) continue;
        out.push_back({ingredient, kind, "last taken " + format_day(*std::prev(last))});
        seen.insert(ingredient);
    }
    for (const auto& med : ctx.index.medications()) {
        const char* kind = culprit_kind(classes_of(med));
        if (!kind || !med.active_on(ctx.as_of()) || seen.contains(med.ingredient)) continue;
        out.push_back(
            {med.ingredient, kind, "on the medication list from " + format_day(med.start)});
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

    std::string message = "Cramps have many causes: fluids, minerals, some medicines.";
    if (!culprits.empty()) {
        std::string names;
        for (const auto& c : culprits)
            names += (names.empty() ? "" : "; ") + ctx.drug_label(c.ingredient) + ", " + c.kind;
        message += " Some medicines you take can cause cramps: " + names + ".";
    }
    if (!low_fluids.empty())
        message += " You drank fewer than " + std::to_string(t.low_fluid_glasses) + " glasses on " +
                   std::to_string(low_fluids.size()) + (low_fluids.size() == 1 ? " day" : " days") +
                   " in the last " + std::to_string(week) + " days.";
    if (!relaxants.empty()) {
        std::vector<std::string> names;
        for (const auto& [ingredient, started] : relaxants)
            names.push_back(ctx.drug_label(ingredient));
        message += " You started " + joined(names, " and ") +
                   " shortly before the cramps began; a muscle relaxer may also contribute.";
    }
    message += " Mention them at your next visit." + std::string(ask_clinician);

    Alert alert = make_alert(rule_id, AlertSeverity::info, "cramps",
                             "Frequent cramps", message, {sources::seed_002, garrison}, *since);
    std::string dates;
    for (const LocalDay d : in_window) dates += (dates.empty() ? "" : ", ") + format_day(d);
    alert.evidence.push_back({"Cramp days", std::to_string(in_window.size()) + " of the last " +
                                                std::to_string(week) + ": " + dates});
    for (const auto& c : culprits)
        alert.evidence.push_back(
            {"Medicine that can cause cramps",
             ctx.drug_label(c.ingredient) + ", " + c.kind + " (" + c.why + ")"});
    for (const auto& [day, glasses] : low_fluids)
        alert.evidence.push_back(
            {"Low fluids", format_day(day) + ": " + std::to_string(glasses) + " glasses"});
    for (const auto& [ingredient, started] : relaxants)
        alert.evidence.push_back(
            {"Muscle relaxant started", ctx.drug_label(ingredient) + " on " + format_day(started)});
    alert.evidence.push_back({"Threshold", std::to_string(t.cramp_days) + " of " +
                                               std::to_string(week) +
                                               " days (setting threshold.cramp-days)"});
    if (!low_fluids.empty())
        alert.evidence.push_back(
            {"Threshold", "fewer than " + std::to_string(t.low_fluid_glasses) +
                              " glasses a day (setting threshold.low-fluid-glasses)"});
    if (!relaxants.empty())
        alert.evidence.push_back({"Threshold", "started within " +
                                                   std::to_string(t.cramp_relaxant_start_days) +
                                                   " days before the first cramp (setting "
                                                   "threshold.cramp-relaxant-start-days)"});
    out.push_back(std::move(alert));
}

}  // namespace relief
