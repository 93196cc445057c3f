#include <cmath>
#include <string>

#include "rule_families.h"
#include "sources.h"

namespace relief {

namespace {

constexpr const char* improved_id = "function.peg-improved";
constexpr const char* unimproved_id = "function.peg-no-improvement";
constexpr const char* course_id = "function.peg-course";

std::string peg_text(const PegPoint& p) {
    return format_mean(p.score) + " on " + format_day(p.day) + " (pain " + std::to_string(p.pain) + ", enjoyment " +
           std::to_string(p.enjoyment) + ", activity " + std::to_string(p.activity) + ")";
}

std::string change_text(const PegChange& c) {
    return std::to_string(int(std::lround(c.percent_better()))) + " % " + (c.percent_better() >= 0 ? "better" : "worse");
}

Evidence threshold_evidence(const Thresholds& t) {
    return {"Threshold", std::to_string(t.peg_improvement_percent) +
                             " % lower than the first PEG (IMMPACT: moderately important; setting "
                             "threshold.peg-improvement-percent)"};
}

void check_episode(const AnalysisContext& ctx, std::vector<Alert>& out) {
    const Thresholds& t = ctx.t();
    const LocalDay as_of = ctx.as_of();
    const auto episode = current_episode(ctx.index, ctx.pain);
    if (!episode) return;
    const auto change = peg_change(ctx, episode->start, as_of);
    if (!change) return;
    const std::string subject = "PEG from " + format_day(change->first.day);
    if (change->improved(t)) {
        Alert alert = make_alert(improved_id, AlertSeverity::info, subject, "Function better: PEG " + change_text(*change),
                                 "Good news: your PEG (pain, and how much it gets in the way of enjoying life and of "
                                 "everyday activity) is " + change_text(*change) + " than when you started (" +
                                     format_mean(change->first.score) + " to " + format_mean(change->latest.score) +
                                     "). A change of " + std::to_string(t.peg_improvement_percent) +
                                     " % or more is one patients notice. Tell your clinician what helped.",
                                 {sources::immpact, sources::krebs_peg}, change->latest.day);
        alert.evidence = {{"First PEG", peg_text(change->first)},
                          {"Latest PEG", peg_text(change->latest)},
                          threshold_evidence(t)};
        out.push_back(std::move(alert));
        return;
    }
    if (!back_pain_guidance_applies(ctx.index.profile())) return;
    const int day = episode->day_number(as_of);
    if (day < t.persistent_pain_day) return;
    Alert alert = make_alert(
        unimproved_id, AlertSeverity::warning, subject,
        "No " + std::to_string(t.peg_improvement_percent) + " % improvement in function after " +
            span_text(t.persistent_pain_day),
        "Your PEG (pain, and how much it gets in the way of enjoying life and of everyday activity) is " +
            change_text(*change) + " than when this episode began (" + format_mean(change->first.score) + " to " +
            format_mean(change->latest.score) + "), after " + span_text(day) + ". Guidance is to be re-assessed when " +
            "pain lasts 4-6 weeks without improving. Please arrange a review with your clinician.",
        {sources::seed_003, sources::krebs_peg, sources::immpact}, change->latest.day);
    alert.evidence = {{"Pain episode", "day " + std::to_string(day) + " (from " + format_day(episode->start) + ")"},
                      {"First PEG", peg_text(change->first)},
                      {"Latest PEG", peg_text(change->latest)},
                      threshold_evidence(t),
                      {"Re-assessment", "episode day " + std::to_string(t.persistent_pain_day) +
                                            " (setting threshold.persistent-pain-day)"}};
    out.push_back(std::move(alert));
}

// An acute relaxant is meant for 2-3 weeks: by its course day peg-course-day, the PEG says
// whether it is worth going on.
void check_courses(const AnalysisContext& ctx, std::vector<Alert>& out) {
    const Thresholds& t = ctx.t();
    const LocalDay as_of = ctx.as_of();
    for (const auto& [ingredient, all] : ctx.courses) {
        if (!ctx.classes_of(ingredient).has(DrugClass::acute)) continue;
        const auto gap = std::max(t.course_gap_days, t.use_gap_days);
        const auto course = course_on(all, as_of, gap);
        if (!course || course_day(*course, as_of) < t.peg_course_day) continue;
        const auto change = peg_change(ctx, course->first, as_of);
        if (!change || change->improved(t) || change->latest.day < course->first + date::days{t.peg_course_day - 1})
            continue;
        const std::string label = ctx.drug_label(ingredient);
        Alert alert = make_alert(
            course_id, AlertSeverity::info, course_subject(*course),
            capitalised(ctx.display_name(ingredient)) + ": function not better after " + span_text(t.peg_course_day),
            "Since you started " + label + ", your PEG (pain, and how much it gets in the way of life and activity) "
                "is " + change_text(*change) + " (" + format_mean(change->first.score) + " to " +
                format_mean(change->latest.score) + "). Muscle relaxants like it are meant for 2-3 weeks; ask whether "
                "it is worth going on." + ask_clinician,
            {sources::seed_003, sources::krebs_peg, sources::immpact}, change->latest.day);
        alert.drugs = {ingredient};
        alert.evidence = {{"Course day", std::to_string(course_day(*course, as_of)) + " (from " + format_day(course->first) + ")"},
                          {"First PEG", peg_text(change->first)},
                          {"Latest PEG", peg_text(change->latest)},
                          threshold_evidence(t),
                          {"Course day to judge by", std::to_string(t.peg_course_day) + " (setting threshold.peg-course-day)"}};
        out.push_back(std::move(alert));
    }
}

}  // namespace

void check_function(const AnalysisContext& ctx, std::vector<Alert>& out) {
    check_episode(ctx, out);
    check_courses(ctx, out);
}

}  // namespace relief
