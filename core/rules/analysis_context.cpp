#include "analysis_context.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <iterator>

namespace relief {

namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string label(const std::string& name, const std::string& ingredient) {
    return lower(name) == lower(ingredient) ? name : name + " (" + ingredient + ")";
}

}  // namespace

AnalysisContext::AnalysisContext(const JournalIndex& idx)
    : index(idx), pain(daily_pain_means(idx)), doses(daily_doses(idx)) {
    for (const auto& [ingredient, days] : doses)
        courses[ingredient] = relief::courses(doses, ingredient, idx.thresholds().course_gap_days);
}

ClassSet AnalysisContext::classes_of(const std::string& ingredient) const {
    if (const Drug* drug = Catalogue::standard().find_ingredient(ingredient)) return drug->classes;
    for (const Medication* m : medications_of(ingredient)) return relief::classes_of(*m);
    return ClassSet{DrugClass::other};
}

std::vector<const Medication*> AnalysisContext::medications_of(const std::string& ingredient) const {
    std::vector<const Medication*> out;
    for (const auto& m : index.medications())
        if (m.ingredient == ingredient) out.push_back(&m);
    return out;
}

std::string AnalysisContext::display_name(const std::string& ingredient) const {
    const auto meds = medications_of(ingredient);
    return meds.empty() ? ingredient : meds.back()->name;
}

std::string AnalysisContext::drug_label(const std::string& ingredient) const {
    return label(display_name(ingredient), ingredient);
}

std::string drug_label(const Medication& med) {
    return label(med.name, med.ingredient);
}

std::vector<std::string> AnalysisContext::ingredients() const {
    std::vector<std::string> out;
    for (const auto& [ingredient, days] : doses) out.push_back(ingredient);
    return out;
}

int AnalysisContext::history_days() const {
    const auto first = index.first_day();
    return first ? static_cast<int>((as_of() - *first).count()) + 1 : 1;
}

std::string AnalysisContext::logged_at(const Entry& entry) const {
    return display_local(entry.at, entry.zone.empty() ? index.home() : Zone::locate(entry.zone));
}

std::string AnalysisContext::logged_time(const Entry& entry) const {
    return format_local(entry.at, entry.zone.empty() ? index.home() : Zone::locate(entry.zone)).substr(11);
}

std::string display_local(Instant at, const Zone& zone) {
    const std::string iso = format_local(at, zone);
    return display_day(parse_day(iso.substr(0, 10))) + iso.substr(10);
}

std::optional<PainComparison> compare_pain(const AnalysisContext& ctx, LocalDay start,
                                           LocalDay day) {
    const auto base = baseline(ctx.pain, start, day, ctx.t().baseline_days);
    const auto current = window_mean(ctx.pain, day, ctx.t());
    if (!base || !current) return std::nullopt;
    return PainComparison{*base, *current};
}

std::optional<LocalDay> run_start(LocalDay end, const std::function<bool(LocalDay)>& holds, int max_back) {
    if (!holds(end)) return std::nullopt;
    LocalDay start = end;
    for (int i = 0; i < max_back && holds(start - date::days{1}); ++i) start -= date::days{1};
    return start;
}

Alert make_alert(std::string rule_id, AlertSeverity severity, std::string subject, std::string title,
                 std::string message, std::vector<std::string> sources, LocalDay raised_on) {
    Alert a;
    a.rule_id = std::move(rule_id);
    a.severity = severity;
    a.subject = std::move(subject);
    a.title = std::move(title);
    a.message = std::move(message);
    a.sources = std::move(sources);
    a.raised_on = raised_on;
    return a;
}

std::string capitalised(std::string text) {
    if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
}

std::string course_subject(const Course& course) {
    return course.ingredient + " course from " + format_day(course.first);
}

std::string episode_subject(const Episode& e) { return "pain episode from " + format_day(e.start); }

std::string baseline_text(const Baseline& b) {
    //: A pain mean and the days it was taken over: "6.3 (2026-03-01 to 2026-03-03)".
    return fill(translate("relief::alerts::analysis_context", "%1 (%2 to %3)"),
                {display_mean(b.mean), display_day(b.first), display_day(b.last)});
}

std::string window_text(const DailyPain& pain, double mean, LocalDay end, int days) {
    const LocalDay first = end - date::days{days - 1};
    const auto logged = static_cast<int>(std::distance(pain.lower_bound(first), pain.upper_bound(end)));
    //: A pain mean, the days it covers and on how many of them pain was logged.
    return fill(translate("relief::alerts::analysis_context", "%1 (%2 to %3, %n days logged)", nullptr, logged),
                {display_mean(mean), display_day(first), display_day(end)});
}

Evidence improvement_evidence(const Thresholds& t) {
    return {translate("relief::alerts::analysis_context", "Clinically important improvement"),
            //: The setting names (threshold....) are typed by people: keep them as they are.
            fill(translate("relief::alerts::analysis_context",
                           "at least %1 points or %2 % below baseline (settings threshold.improvement-points, "
                           "threshold.improvement-percent)"),
                 {std::to_string(t.improvement_points), std::to_string(t.improvement_percent)})};
}

// English has one message per form ("1 week", "2 weeks") because English is the source text;
// each language gives its own forms in both messages.
std::string span_text(int days) {
    if (days > 0 && days % 7 == 0) {
        const int weeks = days / 7;
        //: A length of time after a preposition ("after 3 weeks", "for 3 weeks"); German: dative.
        return weeks == 1 ? translate("relief::alerts::analysis_context", "%n week", nullptr, weeks)
                          //: A length of time after a preposition ("after 3 weeks", "for 3 weeks"); German: dative.
                          : translate("relief::alerts::analysis_context", "%n weeks", nullptr, weeks);
    }
    //: A length of time after a preposition ("after 5 days", "for 5 days"); German: dative.
    return days == 1 ? translate("relief::alerts::analysis_context", "%n day", nullptr, days)
                     //: A length of time after a preposition ("after 5 days", "for 5 days"); German: dative.
                     : translate("relief::alerts::analysis_context", "%n days", nullptr, days);
}

std::string joined(const std::vector<std::string>& items, const std::string& last_pattern) {
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i == 0) text = items[i];
        else if (i + 1 == items.size()) text = fill(last_pattern, {text, items[i]});
        else text += ", " + items[i];
    }
    return text;
}

std::string display_mean(double mean) { return display_decimal(std::round(mean * 10) / 10, 1); }

std::string ask_clinician() {
    return " " + translate("relief::alerts::analysis_context", "Talk to your clinician or pharmacist.");
}

int course_day(const Course& course, LocalDay day) {
    return course.day_number(std::min(day, course.last));
}

bool back_pain_guidance_applies(const Profile& profile) {
    auto has = [&](std::string_view c) {
        return std::find(profile.conditions.begin(), profile.conditions.end(), c) != profile.conditions.end();
    };
    const bool spasticity = has("multiple-sclerosis") || has("spinal-cord-injury") || has("cerebral-palsy") || has("stroke");
    const bool back_pain = has("low-back-pain") || has("neck-pain") || has("sciatica");
    return !spasticity || back_pain;
}

std::vector<PegPoint> peg_points(const AnalysisContext& ctx, LocalDay day) {
    std::vector<PegPoint> out;
    for (const Entry* e : ctx.index.entries())
        if (const auto* p = std::get_if<PegEntry>(&e->data); p && e->day <= day)
            out.push_back({e->day, p->score(), p->pain, p->enjoyment, p->activity});
    std::stable_sort(out.begin(), out.end(), [](const PegPoint& a, const PegPoint& b) { return a.day < b.day; });
    return out;
}

std::optional<PegChange> peg_change(const AnalysisContext& ctx, LocalDay start, LocalDay day) {
    const auto points = peg_points(ctx, day);
    const auto first = std::find_if(points.begin(), points.end(), [&](const PegPoint& p) {
        return p.day >= start - date::days{7} && p.day <= start + date::days{7};
    });
    if (first == points.end() || points.back().day < first->day + date::days{7}) return std::nullopt;
    if (points.back().day <= day - date::days{ctx.t().peg_current_days}) return std::nullopt;
    return PegChange{*first, points.back()};
}

}  // namespace relief
