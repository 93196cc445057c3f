// Function, sleep, goals and the global impression of change (issue 15): the PEG scale,
// last night's sleep, one or two personal goals checked off per day, and the PGIC.
#include "command.h"
#include "core/entry_text.h"
#include "core/errors.h"
#include "core/goals.h"
#include "core/typed_text.h"
#include "core/unicode_text.h"
#include "core/translate.h"

#include <ostream>

namespace relief::cli {

int run_log_peg(Context& ctx, const Arguments& args) {
    const PegEntry peg{parse_int_in_range(args.operands[0], 0, 10, translate("relief::cli::commands_function", "PEG pain (average pain in the past week)")),
                       parse_int_in_range(args.operands[1], 0, 10, translate("relief::cli::commands_function", "PEG enjoyment (how pain interfered with enjoyment of life)")),
                       parse_int_in_range(args.operands[2], 0, 10, translate("relief::cli::commands_function", "PEG activity (how pain interfered with general activity)"))};
    return log_simple(ctx, args, peg);
}

int run_log_sleep(Context& ctx, const Arguments& args) {
    SleepEntry sleep;
    sleep.minutes = parse_sleep_duration(args.operands[0], translate("relief::cli::commands_function", "hours slept"));
    if (auto q = args.value("--quality")) sleep.quality = parse_int_in_range(*q, 0, 10, "--quality");
    return log_simple(ctx, args, sleep);
}

int run_log_pgic(Context& ctx, const Arguments& args) {
    return log_simple(ctx, args, PgicEntry{parse_pgic(args.operands[0], translate("relief::cli::commands_function", "global impression of change"))});
}

int run_goal_add(Context& ctx, const Arguments& args) {
    auto journal = ctx.open_journal_for_writing();
    auto goals = goals_from_settings(journal.settings());
    const std::string text = nfc(args.operands[0]);
    const int slot = free_goal_slot(goals, text);  // refuses a third goal or the same one twice
    journal.set_setting(goal_setting_key(slot), text);
    //: %1 the goal's number, %2 the goal in the person's words.
    ctx.out << fill(translate("relief::cli::commands_function", "Goal %1: %2. Check it off with 'relief goal done %1' on the days you manage it."),
                    {std::to_string(slot), text})
            << "\n";
    return 0;
}

int run_goal_list(Context& ctx, const Arguments&) {
    auto journal = ctx.open_journal();
    const auto goals = goals_from_settings(journal.settings());
    if (goals.empty()) {
        ctx.out << translate("relief::cli::commands_function", "No goals yet. Add one or two in your own words, such as:\n"
                                      "  relief goal add \"walk the dog 20 minutes\"")
                << "\n";
        return 0;
    }
    for (const auto& g : goals) ctx.out << "  " << g.slot << "  " << g.text << "\n";
    return 0;
}

int run_goal_done(Context& ctx, const Arguments& args) {
    auto journal = ctx.open_journal_for_writing();
    const auto goals = goals_from_settings(journal.settings());
    const Goal& goal = find_goal(goals, args.operands[0]);
    const bool met = !args.has("--not-met");
    const Moment when = moment_of(ctx, journal, args);
    Entry entry{0, when.at, std::string(when.zone.name()), {}, GoalEntry{goal.text, met}};
    entry.id = journal.add_entry(entry);
    ctx.out << fill(translate("relief::cli::commands_function", "Logged %1 on %2 (entry %3)."),
                    {describe_entry(entry, {}), display_day(when.zone.day_of(when.at)), std::to_string(entry.id)})
            << "\n";
    return 0;
}

int run_goal_remove(Context& ctx, const Arguments& args) {
    auto journal = ctx.open_journal_for_writing();
    const auto goals = goals_from_settings(journal.settings());
    const Goal& goal = find_goal(goals, args.operands[0]);
    journal.set_setting(goal_setting_key(goal.slot), "");
    ctx.out << fill(translate("relief::cli::commands_function", "Removed goal %1 (%2). The days it was checked off stay in the journal."),
                    {std::to_string(goal.slot), goal.text})
            << "\n";
    return 0;
}

}  // namespace relief::cli
