#include "command.h"
#include "core/entry_text.h"

#include <climits>
#include <ostream>

namespace relief::cli {

namespace {

std::int64_t entry_id(const std::string& text) {
    return parse_int_in_range(text, 1, INT_MAX, "entry id");
}

}  // namespace

int run_delete(Context& ctx, const Arguments& args) {
    auto journal = ctx.open_journal_for_writing();
    const auto id = entry_id(args.operands[0]);
    journal.delete_entry(id);
    ctx.out << "Deleted entry " << id << " (" << describe_entry(journal.stored_entry(id)->entry, journal.medications())
            << "). It stays in the history; 'relief restore " << id << "' brings it back.\n";
    return 0;
}

int run_restore(Context& ctx, const Arguments& args) {
    auto journal = ctx.open_journal_for_writing();
    const auto id = entry_id(args.operands[0]);
    const auto restored = journal.restore_entry(id);
    ctx.out << "Restored entry " << id << " as entry " << restored << " ("
            << describe_entry(journal.stored_entry(restored)->entry, journal.medications())
            << "). The history keeps when it was deleted: 'relief history " << restored << "'.\n";
    return 0;
}

int run_history(Context& ctx, const Arguments& args) {
    auto journal = ctx.open_journal();
    const Zone home = journal.home_zone();
    const auto meds = journal.medications();
    for (const auto& row : journal.entry_history(entry_id(args.operands[0]))) {
        const Zone zone = Zone::locate(row.entry.zone);
        ctx.out << "entry " << row.entry.id << "  " << format_local(row.entry.at, zone) << "  "
                << describe_entry(row.entry, meds) << "\n    written " << format_local(row.created, home);
        if (row.replaced_by) ctx.out << ", replaced by entry " << *row.replaced_by;
        if (row.deleted) ctx.out << ", deleted " << format_local(*row.deleted, home);
        if (row.is_current()) ctx.out << " (current)";
        ctx.out << "\n";
    }
    return 0;
}

}  // namespace relief::cli
