#include "command.h"
#include "core/entry_text.h"
#include "core/translate.h"

#include <climits>
#include <ostream>

namespace relief::cli {

namespace {

std::int64_t entry_id(const std::string& text) {
    return parse_int_in_range(text, 1, INT_MAX, translate("relief::cli::commands_entry", "entry id"));
}

}  // namespace

int run_delete(Context& ctx, const Arguments& args) {
    auto journal = ctx.open_journal_for_writing();
    const auto id = entry_id(args.operands[0]);
    journal.delete_entry(id);
    ctx.out << fill(translate("relief::cli::commands_entry", "Deleted entry %1 (%2). It stays in the history; 'relief restore %1' brings it back."),
                    {std::to_string(id), describe_entry(journal.stored_entry(id)->entry, journal.medications())})
            << "\n";
    return 0;
}

int run_restore(Context& ctx, const Arguments& args) {
    auto journal = ctx.open_journal_for_writing();
    const auto id = entry_id(args.operands[0]);
    const auto restored = journal.restore_entry(id);
    //: %1 the deleted entry's number, %2 the new entry's number, %3 what it holds.
    ctx.out << fill(translate("relief::cli::commands_entry", "Restored entry %1 as entry %2 (%3). The history keeps when it was deleted: 'relief history %2'."),
                    {std::to_string(id), std::to_string(restored),
                     describe_entry(journal.stored_entry(restored)->entry, journal.medications())})
            << "\n";
    return 0;
}

int run_history(Context& ctx, const Arguments& args) {
    auto journal = ctx.open_journal();
    const Zone home = journal.home_zone();
    const auto meds = journal.medications();
    for (const auto& row : journal.entry_history(entry_id(args.operands[0]))) {
        const Zone zone = Zone::locate(row.entry.zone);
        ctx.out << fill(translate("relief::cli::commands_entry", "entry %1"), {std::to_string(row.entry.id)}) << "  "
                << display_local(row.entry.at, zone) << "  " << describe_entry(row.entry, meds) << "\n    "
                << fill(translate("relief::cli::commands_entry", "written %1"), {display_local(row.created, home)});
        if (row.replaced_by) ctx.out << fill(translate("relief::cli::commands_entry", ", replaced by entry %1"), {std::to_string(*row.replaced_by)});
        if (row.deleted) ctx.out << fill(translate("relief::cli::commands_entry", ", deleted %1"), {display_local(*row.deleted, home)});
        if (row.is_current()) ctx.out << " " << translate("relief::cli::commands_entry", "(current)");
        ctx.out << "\n";
    }
    return 0;
}

}  // namespace relief::cli
