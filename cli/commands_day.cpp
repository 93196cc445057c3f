#include "command.h"
#include "core/checkins.h"
#include "core/thresholds.h"
#include "core/dose_slot.h"
#include "core/entry_text.h"
#include "core/translate.h"
#include "i18n/language.h"

#include <QDate>
#include <QLocale>

#include <algorithm>
#include <ostream>

namespace relief::cli {

namespace {

// The state of a scheduled dose, a word in the day's table.
std::string slot_state_text(SlotState state) {
    switch (state) {
        case SlotState::taken: return translate("relief::cli::commands_day", "taken");
        case SlotState::taken_late: return translate("relief::cli::commands_day", "taken late");
        case SlotState::skipped: return translate("relief::cli::commands_day", "skipped");
        case SlotState::missed: return translate("relief::cli::commands_day", "missed");
        case SlotState::overdue: return translate("relief::cli::commands_day", "overdue");
        case SlotState::upcoming: return translate("relief::cli::commands_day", "upcoming");
    }
    return translate("relief::cli::commands_day", "upcoming");
}

// The day's heading with the weekday and the month in words, in the language in use.
std::string day_heading(LocalDay day) {
    const date::year_month_day ymd{day};
    const QDate date(int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day())));
    //: The heading of 'relief day', as a QLocale date pattern: dddd the weekday, dd the day,
    //: MMMM the month, yyyy the year ("Tuesday 10 March 2026").
    const QString pattern = QString::fromStdString(translate("relief::cli::commands_day", "dddd dd MMMM yyyy"));
    return QLocale(i18n::current_language()).toString(date, pattern).toStdString();
}

// What today still asks for beside pain and doses (core/checkins.h), with the command for each.
void print_checkins(Context& ctx, const storage::Journal& journal, LocalDay today) {
    const auto settings = journal.settings();
    const CheckinsDue due = checkins_due(journal.snapshot(), today, thresholds_from_settings(settings), settings);
    if (!due.any()) return;
    ctx.out << "\n" << translate("relief::cli::commands_day", "Check-ins for today:") << "\n";
    if (due.peg)
        ctx.out << "  " << translate("relief::cli::commands_day", "PEG (weekly): relief log peg PAIN ENJOYMENT ACTIVITY   (0-10 each; see relief log peg --help)")
                << "\n";
    if (due.sleep) ctx.out << "  " << translate("relief::cli::commands_day", "Last night's sleep: relief log sleep HOURS --quality 0-10") << "\n";
    for (const Goal& g : due.goals)
        //: %1 the goal's number, %2 the goal in the person's words.
        ctx.out << "  " << fill(translate("relief::cli::commands_day", "Goal %1 (%2): relief goal done %1   (or --not-met)"), {std::to_string(g.slot), g.text})
                << "\n";
    if (due.pgic)
        //: %1 why it is asked now.
        ctx.out << "  "
                << fill(translate("relief::cli::commands_day", "How things have changed (%1): relief log pgic 1-7   (1 very much improved - 7 very much worse)"),
                        {due.pgic_why})
                << "\n";
}

}  // namespace

int run_day(Context& ctx, const Arguments& args) {
    auto journal = ctx.open_journal();
    const Zone home = journal.home_zone();
    const LocalDay day = args.operands.empty() ? ctx.today(home) : parse_day(args.operands[0], "date");
    const auto meds = journal.medications();
    const auto nearby = journal.entries_between(day - date::days{1}, day + date::days{1});

    ctx.out << day_heading(day) << "\n";
    // The day's times on the clock where the person was that day (home unless travelling).
    const Zone there = DayZones(home, nearby).on(day);
    const auto due_slots = day_slots(meds, nearby, day, there, ctx.now(home));
    if (!due_slots.empty()) {
        ctx.out << "\n"
                << (there == home ? translate("relief::cli::commands_day", "Scheduled doses:")
                                  : fill(translate("relief::cli::commands_day", "Scheduled doses (%1 time):"), {there.name()}))
                << "\n";
        for (const auto& s : due_slots) {
            const auto med = std::find_if(meds.begin(), meds.end(), [&](const Medication& m) { return m.id == s.medication_id; });
            ctx.out << "  " << date::format("%R", there.local_time(s.scheduled)) << "  " << med->name << " "
                    << med->dose_on(day).to_string() << "  ";
            if (s.logged_at && s.state != SlotState::skipped)
                //: %1 the state of a dose (taken, taken late), %2 the time it was logged (HH:MM).
                ctx.out << fill(translate("relief::cli::commands_day", "%1 at %2"),
                                {slot_state_text(s.state), date::format("%R", there.local_time(*s.logged_at))});
            else
                ctx.out << slot_state_text(s.state);
            ctx.out << "\n";
        }
    }
    std::vector<Entry> entries;
    std::copy_if(nearby.begin(), nearby.end(), std::back_inserter(entries), [&](const Entry& e) { return e.day == day; });
    if (day == ctx.today(home) && !journal.read_only()) print_checkins(ctx, journal, day);
    if (entries.empty()) {
        ctx.out << "\n"
                << (journal.read_only() ? translate("relief::cli::commands_day", "Nothing logged on this day.")
                                        : translate("relief::cli::commands_day", "Nothing logged on this day. Log something with, for example:\n"
                                                             "  relief log pain 4"))
                << "\n";
        return 0;
    }
    ctx.out << "\n" << translate("relief::cli::commands_day", "Logged:") << "\n";
    for (const auto& e : entries) {
        const Zone zone = Zone::locate(e.zone);
        ctx.out << "  " << date::format("%R", zone.local_time(e.at)) << "  " << describe_entry(e, meds);
        if (!(zone == home)) ctx.out << "  [" << e.zone << "]";
        ctx.out << "  " << fill(translate("relief::cli::commands_day", "(entry %1)"), {std::to_string(e.id)}) << "\n";
    }
    return 0;
}

}  // namespace relief::cli
