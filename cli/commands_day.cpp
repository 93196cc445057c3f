#include "command.h"
#include "core/checkins.h"
#include "core/thresholds.h"
#include "core/dose_slot.h"
#include "core/entry_text.h"

#include <algorithm>
#include <ostream>

namespace relief::cli {

namespace {

// What today still asks for beside pain and doses (core/checkins.h), with the command for each.
void print_checkins(Context& ctx, const storage::Journal& journal, LocalDay today) {
    const auto settings = journal.settings();
    const CheckinsDue due = checkins_due(journal.snapshot(), today, thresholds_from_settings(settings), settings);
    if (!due.any()) return;
    ctx.out << "\nCheck-ins for today:\n";
    if (due.peg) ctx.out << "  PEG (weekly): relief log peg PAIN ENJOYMENT ACTIVITY   (0-10 each; see relief log peg --help)\n";
    if (due.sleep) ctx.out << "  Last night's sleep: relief log sleep HOURS --quality 0-10\n";
    for (const Goal& g : due.goals)
        ctx.out << "  Goal " << g.slot << " (" << g.text << "): relief goal done " << g.slot << "   (or --not-met)\n";
    if (due.pgic)
        ctx.out << "  How things have changed (" << due.pgic_why << "): relief log pgic 1-7   (1 very much improved - 7 very much worse)\n";
}

}  // namespace

int run_day(Context& ctx, const Arguments& args) {
    auto journal = ctx.open_journal();
    const Zone home = journal.home_zone();
    const LocalDay day = args.operands.empty() ? ctx.today(home) : parse_day(args.operands[0], "date");
    const auto meds = journal.medications();
    const auto nearby = journal.entries_between(day - date::days{1}, day + date::days{1});

    ctx.out << date::format("%A %d %B %Y", day) << "\n";
    // The day's times on the clock where the person was that day (home unless travelling).
    const Zone there = DayZones(home, nearby).on(day);
    const auto slots = day_slots(meds, nearby, day, there, ctx.now(home));
    if (!slots.empty()) {
        ctx.out << "\nScheduled doses" << (there == home ? "" : " (" + std::string(there.name()) + " time)") << ":\n";
        for (const auto& s : slots) {
            const auto med = std::find_if(meds.begin(), meds.end(), [&](const Medication& m) { return m.id == s.medication_id; });
            ctx.out << "  " << date::format("%R", there.local_time(s.scheduled)) << "  " << med->name << " "
                    << med->dose_on(day).to_string() << "  " << to_string(s.state);
            if (s.logged_at && s.state != SlotState::skipped)
                ctx.out << " at " << date::format("%R", there.local_time(*s.logged_at));
            ctx.out << "\n";
        }
    }
    std::vector<Entry> entries;
    std::copy_if(nearby.begin(), nearby.end(), std::back_inserter(entries), [&](const Entry& e) { return e.day == day; });
    if (day == ctx.today(home) && !journal.read_only()) print_checkins(ctx, journal, day);
    if (entries.empty()) {
        ctx.out << "\nNothing logged on this day.";
        if (!journal.read_only()) ctx.out << " Log something with, for example:\n  relief log pain 4";
        ctx.out << "\n";
        return 0;
    }
    ctx.out << "\nLogged:\n";
    for (const auto& e : entries) {
        const Zone zone = Zone::locate(e.zone);
        ctx.out << "  " << date::format("%R", zone.local_time(e.at)) << "  " << describe_entry(e, meds);
        if (!(zone == home)) ctx.out << "  [" << e.zone << "]";
        ctx.out << "  (entry " << e.id << ")\n";
    }
    return 0;
}

}  // namespace relief::cli
