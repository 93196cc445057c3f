#include "checkins.h"

#include "journal_index.h"
#include "translate.h"
#include "rules/analysis_context.h"

#include <algorithm>

namespace relief {

namespace {

template <class Kind>
bool logged_between(const JournalIndex& index, LocalDay first, LocalDay last) {
    for (LocalDay d = first; d <= last; d += date::days{1})
        for (const Entry* e : index.entries_on(d))
            if (std::holds_alternative<Kind>(e->data)) return true;
    return false;
}

}  // namespace

CheckinsDue checkins_due(const JournalSnapshot& snapshot, LocalDay today, const Thresholds& thresholds,
                         const std::map<std::string, std::string>& settings) {
    CheckinsDue due;
    const JournalIndex index(snapshot, today, thresholds);
    const AnalysisContext ctx(index);
    due.peg = !logged_between<PegEntry>(index, today - date::days{peg_every_days - 1}, today);
    due.sleep = !logged_between<SleepEntry>(index, today, today);
    for (const Goal& g : goals_from_settings(settings)) {
        const auto& day = index.entries_on(today);
        const bool checked = std::any_of(day.begin(), day.end(), [&](const Entry* e) {
            const auto* goal = std::get_if<GoalEntry>(&e->data);
            return goal && goal->goal == g.text;
        });
        if (!checked) due.goals.push_back(g);
    }

    // Checkpoints, first the relaxant course (it names the drug), then the episode.
    for (const auto& [ingredient, all] : ctx.courses) {
        if (!ctx.classes_of(ingredient).has(DrugClass::acute)) continue;
        const auto gap = std::max(thresholds.course_gap_days, thresholds.use_gap_days);
        const auto course = course_on(all, today, gap);
        if (!course) continue;
        const int day = course_day(*course, today);
        if (day < 14 || day > 21) continue;
        if (logged_between<PgicEntry>(index, course->first + date::days{13}, today)) continue;
        due.pgic = true;
        //: Why the impression of change is asked now: %1 the day of the course, %2 the medication.
        due.pgic_why = fill(translate("relief::core::checkins", "day %1 of %2"), {std::to_string(day), ctx.display_name(ingredient)});
        return due;
    }
    if (const auto episode = current_episode(index, ctx.pain)) {
        const int day = episode->day_number(today);
        if (day >= 28 && day <= 42 && !logged_between<PgicEntry>(index, episode->start + date::days{27}, today)) {
            due.pgic = true;
            //: Why the impression of change is asked now: %1 the week of the episode of pain.
            due.pgic_why = fill(translate("relief::core::checkins", "week %1 of this pain episode"), {std::to_string((day - 1) / 7 + 1)});
        }
    }
    return due;
}

}  // namespace relief
