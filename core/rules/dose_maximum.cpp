#include "rule_families.h"
#include "sources.h"

#include "core/catalogue.h"
#include "core/zone.h"

#include <optional>
#include <string>

namespace relief {

namespace {

constexpr const char* rule_id = "dose.daily-maximum";

// The maximum that applies to one ingredient on one day, and where it came from.
struct Limit {
    Amount amount;
    std::string origin;   // evidence: "label: Flexeril US label", "setting max-daily.x", ...
    std::string wording;  // message: "the maximum", "your prescribed maximum", ...
    bool from_label = false;
};

std::string drug_phrase(const AnalysisContext& ctx, const std::string& ingredient) {
    const std::string name = ctx.display_name(ingredient);
    return name == ingredient ? name : name + " (" + ingredient + ")";
}

// "Flexeril (35 mg of cyclobenzaprine)" or "cyclobenzaprine (35 mg)".
std::string total_phrase(const AnalysisContext& ctx, const std::string& ingredient, Amount total) {
    const std::string name = ctx.display_name(ingredient);
    if (name == ingredient) return name + " (" + total.to_string() + ")";
    return name + " (" + total.to_string() + " of " + ingredient + ")";
}

std::optional<int> course_day(const AnalysisContext& ctx, const std::string& ingredient, LocalDay day) {
    const auto found = ctx.courses.find(ingredient);
    if (found == ctx.courses.end()) return std::nullopt;
    for (const Course& c : found->second)
        if (c.first <= day && day <= c.last) return c.day_number(day);
    return std::nullopt;
}

// The label's allowance (the first days' one for methocarbamol), replaced by a setting
// when the clinician set one, then lowered by any prescribed maximum active that day.
std::optional<Limit> limit_on(const AnalysisContext& ctx, const std::string& ingredient, LocalDay day,
                              const Drug* drug) {
    std::optional<Limit> limit;
    const auto& overrides = ctx.t().max_daily_overrides;
    if (const auto o = overrides.find(ingredient); o != overrides.end()) {
        limit = Limit{o->second, "setting max-daily." + ingredient, "the maximum in your settings", false};
    } else if (drug && drug->maximum) {
        const DailyMaximum& m = *drug->maximum;
        limit = Limit{m.daily, "label: " + std::string(m.source), "the maximum", true};
        if (m.initial_days > 0 && m.initial > Amount{}) {
            const auto n = course_day(ctx, ingredient, day);
            if (n && *n <= m.initial_days) {
                limit->amount = m.initial;
                limit->origin = "label, course day " + std::to_string(*n) + " of the first " +
                                std::to_string(m.initial_days) + ": " + std::string(m.source);
            }
        }
    }
    for (const Medication* med : ctx.medications_of(ingredient)) {
        if (!med->max_daily || !med->active_on(day)) continue;
        if (!limit || *med->max_daily < limit->amount)
            limit = Limit{*med->max_daily, "prescribed for " + med->name, "your prescribed maximum", false};
    }
    return limit;
}

// The label's own urgent level (acetaminophen's 4000 mg) is a hard line whatever maximum
// applies; the percentage applies to every maximum but the label's when it has one.
struct Verdict {
    AlertSeverity severity = AlertSeverity::warning;
    std::string urgent_level;
};

Verdict judge(const AnalysisContext& ctx, const Limit& limit, const Drug* drug, Amount total) {
    const int percent = ctx.t().urgent_dose_percent;
    const Amount label_urgent = drug && drug->maximum ? drug->maximum->urgent : Amount{};
    const bool explicit_urgent = label_urgent > Amount{};
    const bool percent_applies = !(explicit_urgent && limit.from_label);

    Verdict v;
    std::string levels;
    bool urgent = false;
    if (percent_applies) {
        const Amount level = Amount::micrograms(limit.amount.in_micrograms() * percent / 100);
        urgent = total.in_micrograms() * 100 >= limit.amount.in_micrograms() * percent;
        levels = "urgent at " + level.to_string() + " (" + std::to_string(percent) +
                 " % of the maximum, setting threshold.urgent-dose-percent)";
    }
    if (explicit_urgent) {
        urgent = urgent || total > label_urgent;
        if (!levels.empty()) levels += "; ";
        levels += "urgent above " + label_urgent.to_string() + " (label: " + std::string(drug->maximum->source) + ")";
    }
    v.severity = urgent ? AlertSeverity::urgent : AlertSeverity::warning;
    v.urgent_level = levels;
    return v;
}

std::vector<std::string> sources_for(const std::string& ingredient, const Drug* drug) {
    std::vector<std::string> cited;
    if (ingredient == "cyclobenzaprine") cited.push_back(sources::seed_001);
    if (ingredient == "acetaminophen") cited.push_back(sources::seed_003);
    if (drug && drug->maximum) cited.emplace_back(drug->maximum->source);
    if (cited.empty()) cited.emplace_back("RULES.md: dose.daily-maximum");
    return cited;
}

void add_dose_evidence(const AnalysisContext& ctx, const std::string& ingredient, LocalDay day, Alert& a) {
    for (const Entry* e : ctx.index.entries_on(day)) {
        const auto* dose = std::get_if<DoseEntry>(&e->data);
        if (!dose || dose->status != DoseStatus::taken) continue;
        const Medication* med = ctx.index.medication(dose->medication_id);
        if (!med || med->ingredient != ingredient) continue;
        a.evidence.push_back(
            {"Dose", format_local(e->at, ctx.index.home()) + " " + med->name + " " + dose->amount.to_string()});
    }
}

std::string doses_text(int n) {
    return std::to_string(n) + (n == 1 ? " dose" : " doses");
}

std::string day_opening(const AnalysisContext& ctx, LocalDay day) {
    return day == ctx.as_of() ? "Today's total of " : "On " + format_day(day) + " the total of ";
}

void check_total(const AnalysisContext& ctx, const std::string& ingredient, LocalDay day, const DayDose& dd,
                 const Drug* drug, std::vector<Alert>& out) {
    const auto limit = limit_on(ctx, ingredient, day, drug);
    if (!limit || dd.total <= limit->amount) return;
    const Verdict v = judge(ctx, *limit, drug, dd.total);

    const std::string verb = day == ctx.as_of() ? " is above " : " was above ";
    std::string message = day_opening(ctx, day) + total_phrase(ctx, ingredient, dd.total) + verb +
                          limit->wording + " (" + limit->amount.to_string() +
                          "). Check with your pharmacist before taking more.";
    Alert a = make_alert(rule_id, v.severity, ingredient + " on " + format_day(day),
                         capitalised(ctx.display_name(ingredient)) + " above the daily maximum", std::move(message),
                         sources_for(ingredient, drug), day);
    a.evidence.push_back({"Day", format_day(day)});
    a.evidence.push_back({"Total", dd.total.to_string() + " in " + doses_text(dd.doses)});
    a.evidence.push_back({"Maximum", limit->amount.to_string() + " (" + limit->origin + ")"});
    a.evidence.push_back({"Threshold", v.urgent_level});
    add_dose_evidence(ctx, ingredient, day, a);
    out.push_back(std::move(a));
}

// Tizanidine's label caps the number of doses as well as the total (at most 3 a day).
void check_dose_count(const AnalysisContext& ctx, const std::string& ingredient, LocalDay day,
                      const DayDose& dd, const Drug* drug, std::vector<Alert>& out) {
    if (!drug || !drug->maximum || drug->maximum->max_doses_per_day <= 0) return;
    const int allowed = drug->maximum->max_doses_per_day;
    if (dd.doses <= allowed) return;

    const std::string when = day == ctx.as_of() ? "Today you took " : "On " + format_day(day) + " you took ";
    std::string message = when + std::to_string(dd.doses) + " doses of " + drug_phrase(ctx, ingredient) +
                          "; the label allows at most " + std::to_string(allowed) +
                          " doses a day. Check with your pharmacist before taking more.";
    Alert a = make_alert(rule_id, AlertSeverity::warning, ingredient + " doses on " + format_day(day),
                         capitalised(ctx.display_name(ingredient)) + ": too many doses in a day",
                         std::move(message), sources_for(ingredient, drug), day);
    a.evidence.push_back({"Day", format_day(day)});
    a.evidence.push_back({"Doses", std::to_string(dd.doses) + " (total " + dd.total.to_string() + ")"});
    a.evidence.push_back({"Threshold", "at most " + std::to_string(allowed) + " doses a day (label: " +
                                           std::string(drug->maximum->source) + ")"});
    add_dose_evidence(ctx, ingredient, day, a);
    out.push_back(std::move(a));
}

}  // namespace

void check_dose_maximum(const AnalysisContext& ctx, std::vector<Alert>& out) {
    for (const auto& [ingredient, days] : ctx.doses) {
        const Drug* drug = Catalogue::standard().find_ingredient(ingredient);
        for (const auto& [day, dd] : days) {
            if (day > ctx.as_of()) break;
            check_total(ctx, ingredient, day, dd, drug, out);
            check_dose_count(ctx, ingredient, day, dd, drug, out);
        }
    }
}

}  // namespace relief
