#include <array>
#include <iterator>
#include <set>
#include <string>
#include <string_view>

#include "rule_families.h"
#include "sources.h"

namespace relief {

namespace {

constexpr std::array<std::string_view, 4> nerve_qualities{"burning", "shooting", "electric",
                                                          "tingling"};
// Pain below the knee suggests a nerve root (sciatica) rather than a muscle.
constexpr std::array<std::string_view, 5> below_knee{"below-knee", "shin", "calf", "ankle", "foot"};

std::string_view without_side(std::string_view location) {
    for (std::string_view prefix : {std::string_view{"left-"}, std::string_view{"right-"}})
        if (location.starts_with(prefix)) return location.substr(prefix.size());
    return location;
}

// The words of one pain entry that make it part of the pattern.
using Matcher = std::vector<std::string> (*)(const PainEntry&);

std::vector<std::string> nerve_features(const PainEntry& p) {
    std::vector<std::string> out;
    for (const auto& q : p.qualities)
        if (listed(nerve_qualities, q)) out.push_back(q);
    for (const auto& l : p.locations)
        if (listed(below_knee, without_side(l))) out.push_back(l);
    return out;
}

std::vector<std::string> joint_features(const PainEntry& p) {
    std::vector<std::string> out;
    for (const auto& q : p.qualities)
        if (q == "joint") out.push_back(q);
    return out;
}

struct Pattern {
    std::vector<LocalDay> days;  // days of the window with a matching entry
    std::set<std::string> features;
};

// A score of 0 means no pain, whatever words came with it.
Pattern pattern_in_window(const AnalysisContext& ctx, LocalDay end, Matcher match) {
    Pattern p;
    for (LocalDay d = end - date::days{ctx.t().window_days - 1}; d <= end; d += date::days{1}) {
        bool found = false;
        for (const Entry* entry : ctx.index.entries_on(d)) {
            const auto* pain = std::get_if<PainEntry>(&entry->data);
            if (!pain || pain->score == 0) continue;
            const auto features = match(*pain);
            p.features.insert(features.begin(), features.end());
            found = found || !features.empty();
        }
        if (found) p.days.push_back(d);
    }
    return p;
}

struct RelaxantUse {
    std::string ingredient;
    LocalDay last{};
};

// Muscle relaxants taken within the regular-use window ending on `end`.
std::vector<RelaxantUse> relaxants_in_use(const AnalysisContext& ctx, LocalDay end) {
    const LocalDay first = end - date::days{ctx.t().regular_use_window_days - 1};
    std::vector<RelaxantUse> out;
    for (const auto& [ingredient, days] : ctx.doses) {
        if (!ctx.classes_of(ingredient).has(DrugClass::muscle_relaxant)) continue;
        auto after_end = days.upper_bound(end);
        if (after_end == days.begin()) continue;
        const LocalDay last = std::prev(after_end)->first;
        if (last >= first) out.push_back({ingredient, last});
    }
    return out;
}

bool holds_on(const AnalysisContext& ctx, LocalDay day, Matcher match) {
    return static_cast<int>(pattern_in_window(ctx, day, match).days.size()) >=
               ctx.t().pattern_days &&
           !relaxants_in_use(ctx, day).empty();
}

struct PatternRule {
    const char* id;
    const char* subject;   // the pattern, whenever it comes back
    std::string title;     // "... while on %1": the drug
    std::string logged;    // "On %1 of the last N days you logged ... while taking %2."
    std::string guidance;  // RULES.md's sentence
    Matcher match;
};

void check_pattern(const AnalysisContext& ctx, const PatternRule& rule, std::vector<Alert>& out) {
    const Thresholds& t = ctx.t();
    const LocalDay as_of = ctx.as_of();
    if (!holds_on(ctx, as_of, rule.match)) return;
    const auto since = run_start(
        as_of, [&](LocalDay d) { return holds_on(ctx, d, rule.match); }, ctx.history_days());
    const LocalDay start = since.value_or(as_of);
    const Pattern pattern = pattern_in_window(ctx, as_of, rule.match);
    const auto relaxants = relaxants_in_use(ctx, as_of);

    std::vector<std::string> labels;
    std::vector<std::string> uses;
    for (const auto& r : relaxants) {
        labels.push_back(ctx.drug_label(r.ingredient));
        //: %1: the medicine; %2: a day.
        uses.push_back(fill(translate("relief::alerts::pain_patterns", "%1, last taken %2"),
                            {labels.back(), display_day(r.last)}));
    }
    std::vector<std::string> days;
    for (const LocalDay d : pattern.days) days.push_back(display_day(d));
    const std::string count = std::to_string(pattern.days.size());

    const std::string message =
        fill(rule.logged, {count, joined(labels, translate("relief::alerts::pain_patterns", "%1 and %2"))}) + " " +
        rule.guidance + " " +
        translate("relief::alerts::pain_patterns", "Ask your clinician or pharmacist about other options.");
    Alert alert = make_alert(rule.id, AlertSeverity::info, rule.subject,
                             fill(rule.title, {ctx.display_name(relaxants.front().ingredient)}), message,
                             {sources::seed_000}, start);
    for (const auto& r : relaxants) alert.drugs.push_back(r.ingredient);
    //: %1 of the last %n days; %2: those days.
    alert.evidence.push_back({translate("relief::alerts::pain_patterns", "Days with this pain"),
                              fill(translate("relief::alerts::pain_patterns", "%1 of the last %n days (%2)", nullptr,
                                             t.window_days),
                                   {count, joined(days, "%1, %2")})});
    alert.evidence.push_back(
        {translate("relief::alerts::pain_patterns", "Logged as"),
         joined(std::vector<std::string>(pattern.features.begin(), pattern.features.end()), "%1, %2")});
    alert.evidence.push_back({translate("relief::alerts::pain_patterns", "Muscle relaxant in use"), joined(uses, "%1; %2")});
    alert.evidence.push_back({translate("relief::alerts::pain_patterns", "Threshold"),
                              fill(translate("relief::alerts::pain_patterns",
                                             "%1 of %n days (setting threshold.pattern-days)", nullptr, t.window_days),
                                   {std::to_string(t.pattern_days)})});
    out.push_back(std::move(alert));
}

}  // namespace

void check_pain_patterns(const AnalysisContext& ctx, std::vector<Alert>& out) {
    const int days = ctx.t().window_days;
    check_pattern(ctx,
                  {"pain.neuropathic-pattern", "nerve-type pain",
                   //: %1: the muscle relaxant.
                   translate("relief::alerts::pain_patterns", "Nerve-type pain while on %1"),
                   //: %1 of the last %n days; %2: the muscle relaxants.
                   translate("relief::alerts::pain_patterns",
                             "On %1 of the last %n days you logged burning, shooting, electric or tingling pain, or "
                             "pain below the knee while taking %2.",
                             nullptr, days),
                   translate("relief::alerts::pain_patterns",
                             "This kind of pain often does not respond to muscle relaxers."),
                   nerve_features},
                  out);
    check_pattern(ctx,
                  {"pain.joint-pattern", "joint pain",
                   //: %1: the muscle relaxant.
                   translate("relief::alerts::pain_patterns", "Joint pain while on %1"),
                   //: %1 of the last %n days; %2: the muscle relaxants.
                   translate("relief::alerts::pain_patterns",
                             "On %1 of the last %n days you logged joint pain while taking %2.", nullptr, days),
                   translate("relief::alerts::pain_patterns", "Joint pain is not treated by muscle relaxers."),
                   joint_features},
                  out);
}

}  // namespace relief
