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
    //: One PEG answer: its score, its day, and the three answers (0-10) it is the mean of.
    return fill(translate("relief::alerts::function", "%1 on %2 (pain %3, enjoyment %4, activity %5)"),
                {display_mean(p.score), display_day(p.day), std::to_string(p.pain), std::to_string(p.enjoyment),
                 std::to_string(p.activity)});
}

std::string percent_text(const PegChange& c) { return std::to_string(int(std::lround(c.percent_better()))); }
bool better(const PegChange& c) { return c.percent_better() >= 0; }

Evidence threshold_evidence(const Thresholds& t) {
    return {translate("relief::alerts::function", "Threshold"),
            //: IMMPACT is the name of a group of experts; keep the setting name as it is.
            fill(translate("relief::alerts::function",
                           "%1 % lower than the first PEG (IMMPACT: moderately important; setting "
                           "threshold.peg-improvement-percent)"),
                 {std::to_string(t.peg_improvement_percent)})};
}

Evidence peg_evidence(std::string which, const PegPoint& p) {
    return {std::move(which), peg_text(p)};
}

void check_episode(const AnalysisContext& ctx, std::vector<Alert>& out) {
    const Thresholds& t = ctx.t();
    const LocalDay as_of = ctx.as_of();
    const auto episode = current_episode(ctx.index, ctx.pain);
    if (!episode) return;
    const auto change = peg_change(ctx, episode->start, as_of);
    if (!change) return;
    const std::string subject = "PEG from " + format_day(change->first.day);
    const std::string first = display_mean(change->first.score);
    const std::string latest = display_mean(change->latest.score);
    const std::string percent = percent_text(*change);
    if (change->improved(t)) {
        Alert alert = make_alert(
            improved_id, AlertSeverity::info, subject,
            better(*change) ? fill(translate("relief::alerts::function", "Function better: PEG %1 % better"), {percent})
                            : fill(translate("relief::alerts::function", "Function better: PEG %1 % worse"), {percent}),
            fill(better(*change)
                     //: %1 and %2: the first and the latest PEG score; %3 the change in percent; %4 the setting's percent.
                     ? translate("relief::alerts::function",
                                 "Good news: your PEG (pain, and how much it gets in the way of enjoying life and of "
                                 "everyday activity) is %3 % better than when you started (%1 to %2). A change of "
                                 "%4 % or more is one patients notice. Tell your clinician what helped.")
                     : translate("relief::alerts::function",
                                 "Good news: your PEG (pain, and how much it gets in the way of enjoying life and of "
                                 "everyday activity) is %3 % worse than when you started (%1 to %2). A change of "
                                 "%4 % or more is one patients notice. Tell your clinician what helped."),
                 {first, latest, percent, std::to_string(t.peg_improvement_percent)}),
            {sources::immpact, sources::krebs_peg}, change->latest.day);
        alert.evidence = {peg_evidence(translate("relief::alerts::function", "First PEG"), change->first),
                          peg_evidence(translate("relief::alerts::function", "Latest PEG"), change->latest),
                          threshold_evidence(t)};
        out.push_back(std::move(alert));
        return;
    }
    if (!back_pain_guidance_applies(ctx.index.profile())) return;
    const int day = episode->day_number(as_of);
    if (day < t.persistent_pain_day) return;
    Alert alert = make_alert(
        unimproved_id, AlertSeverity::warning, subject,
        //: %1: the setting's percent; %2: a length of time ("4 weeks").
        fill(translate("relief::alerts::function", "No %1 % improvement in function after %2"),
             {std::to_string(t.peg_improvement_percent), span_text(t.persistent_pain_day)}),
        fill(better(*change)
                 //: %1 and %2: the first and the latest PEG score; %3 the change in percent; %4 a length of time.
                 ? translate("relief::alerts::function",
                             "Your PEG (pain, and how much it gets in the way of enjoying life and of everyday "
                             "activity) is %3 % better than when this episode began (%1 to %2), after %4. Guidance "
                             "is to be re-assessed when pain lasts 4-6 weeks without improving. Please arrange a "
                             "review with your clinician.")
                 : translate("relief::alerts::function",
                             "Your PEG (pain, and how much it gets in the way of enjoying life and of everyday "
                             "activity) is %3 % worse than when this episode began (%1 to %2), after %4. Guidance "
                             "is to be re-assessed when pain lasts 4-6 weeks without improving. Please arrange a "
                             "review with your clinician."),
             {first, latest, percent, span_text(day)}),
        {sources::seed_003, sources::krebs_peg, sources::immpact}, change->latest.day);
    alert.evidence = {{translate("relief::alerts::function", "Pain episode"),
                       fill(translate("relief::alerts::function", "day %1 (from %2)"),
                            {std::to_string(day), display_day(episode->start)})},
                      peg_evidence(translate("relief::alerts::function", "First PEG"), change->first),
                      peg_evidence(translate("relief::alerts::function", "Latest PEG"), change->latest),
                      threshold_evidence(t),
                      {translate("relief::alerts::function", "Re-assessment"),
                       fill(translate("relief::alerts::function",
                                      "episode day %1 (setting threshold.persistent-pain-day)"),
                            {std::to_string(t.persistent_pain_day)})}};
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
        const std::string first = display_mean(change->first.score);
        const std::string latest = display_mean(change->latest.score);
        Alert alert = make_alert(
            course_id, AlertSeverity::info, course_subject(*course),
            //: %1: the medicine; %2: a length of time ("3 weeks").
            fill(translate("relief::alerts::function", "%1: function not better after %2"),
                 {capitalised(ctx.display_name(ingredient)), span_text(t.peg_course_day)}),
            fill(better(*change)
                     //: %1: the medicine; %2 and %3: the first and the latest PEG score; %4: the change in percent.
                     ? translate("relief::alerts::function",
                                 "Since you started %1, your PEG (pain, and how much it gets in the way of life and "
                                 "activity) is %4 % better (%2 to %3). Muscle relaxants like it are meant for 2-3 "
                                 "weeks; ask whether it is worth going on.")
                     : translate("relief::alerts::function",
                                 "Since you started %1, your PEG (pain, and how much it gets in the way of life and "
                                 "activity) is %4 % worse (%2 to %3). Muscle relaxants like it are meant for 2-3 "
                                 "weeks; ask whether it is worth going on."),
                 {label, first, latest, percent_text(*change)}) +
                ask_clinician(),
            {sources::seed_003, sources::krebs_peg, sources::immpact}, change->latest.day);
        alert.drugs = {ingredient};
        alert.evidence = {{translate("relief::alerts::function", "Course day"),
                           fill(translate("relief::alerts::function", "%1 (from %2)"),
                                {std::to_string(course_day(*course, as_of)), display_day(course->first)})},
                          peg_evidence(translate("relief::alerts::function", "First PEG"), change->first),
                          peg_evidence(translate("relief::alerts::function", "Latest PEG"), change->latest),
                          threshold_evidence(t),
                          {translate("relief::alerts::function", "Course day to judge by"),
                           fill(translate("relief::alerts::function", "%1 (setting threshold.peg-course-day)"),
                                {std::to_string(t.peg_course_day)})}};
        out.push_back(std::move(alert));
    }
}

}  // namespace

void check_function(const AnalysisContext& ctx, std::vector<Alert>& out) {
    check_episode(ctx, out);
    check_courses(ctx, out);
}

}  // namespace relief
