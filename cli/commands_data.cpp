#include "command.h"
#include "storage/errors.h"
#include "storage/journal_csv.h"
#include "storage/private_file.h"
#include "core/translate.h"

#include <fstream>
#include <ostream>
#include <sstream>

namespace relief::cli {

namespace fs = std::filesystem;

namespace {

fs::path output_path(const Arguments& args, const std::string& command) {
    const auto out = args.value("-o");
    if (!out || out->empty()) throw UsageError(fill(translate("relief::cli::commands_data", "'relief %1' needs -o FILE"), {command}), command);
    return *out;
}

std::string read_whole_file(const fs::path& path) {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw storage::StorageError(fill(translate("relief::cli::commands_data", "cannot read %1: no such file"), {path.string()}));
    if (fs::is_directory(path, ec)) throw storage::StorageError(fill(translate("relief::cli::commands_data", "cannot read %1: it is a folder"), {path.string()}));
    std::ifstream in(path, std::ios::binary);
    if (!in) throw storage::StorageError(fill(translate("relief::cli::commands_data", "cannot read %1: permission denied"), {path.string()}));
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

}  // namespace

int run_export(Context& ctx, const Arguments& args) {
    auto journal = ctx.open_journal();
    const auto target = storage::checked_output_path(output_path(args, "export"), journal.path(), false);
    storage::write_file_atomically(target, storage::export_csv(journal));
    const int meds = static_cast<int>(journal.medications().size());
    const int rows = static_cast<int>(journal.all_rows().size());
    //: %1 the medications (a count with its noun), %2 the entry rows (likewise), %3 the file.
    ctx.out << fill(translate("relief::cli::commands_data", "Exported %1 and %2 (history included) to %3."),
                    {meds == 1 ? translate("relief::cli::commands_data", "%n medication", nullptr, meds) : translate("relief::cli::commands_data", "%n medications", nullptr, meds),
                     rows == 1 ? translate("relief::cli::commands_data", "%n entry row", nullptr, rows) : translate("relief::cli::commands_data", "%n entry rows", nullptr, rows),
                     target.string()})
            << "\n";
    return 0;
}

int run_import(Context& ctx, const Arguments& args) {
    if (ctx.read_only) throw storage::ReadOnlyError(translate("relief::cli::commands_data", "--read-only was given, and import changes the journal"));
    const fs::path source = args.operands[0];
    const std::string text = read_whole_file(source);
    const auto path = ctx.journal_path();
    std::error_code ec;
    const bool existed = fs::exists(path, ec);
    std::optional<storage::Journal> journal;
    // A new journal is built in a hidden file beside its place and moved there only when
    // the import is complete: a killed import leaves no empty journal behind (and the next
    // run removes the hidden file).
    fs::path building;
    if (existed) {
        journal.emplace(ctx.open_journal_for_writing());
    } else {
        const auto zone = storage::csv_home_zone(text, source.string());
        if (!path.parent_path().empty()) storage::create_private_folders(path.parent_path());
        building = storage::create_private_temp_beside(path);
        fs::remove(building, ec);
        journal.emplace(ctx.create_journal(building, Zone::locate(zone.value_or(Context::system_zone_name()))));
    }
    storage::ImportSummary summary;
    try {
        summary = storage::import_csv(*journal, text, source.string());
        if (!existed) {
            journal.reset();  // closing checkpoints and removes its -wal and -shm
            storage::move_into_place_new(building, path);
        }
    } catch (...) {
        if (!existed) {
            journal.reset();
            storage::remove_database_files(building);
        }
        throw;
    }
    // A count with its noun, "1 entry row" or "2 entry rows", as one numerus message each.
    const auto entry_rows = [](int n) {
        return n == 1 ? translate("relief::cli::commands_data", "%n entry row", nullptr, n) : translate("relief::cli::commands_data", "%n entry rows", nullptr, n);
    };
    const auto medications = [](int n) {
        return n == 1 ? translate("relief::cli::commands_data", "%n medication", nullptr, n) : translate("relief::cli::commands_data", "%n medications", nullptr, n);
    };
    const auto changes = [](int n) {
        return n == 1 ? translate("relief::cli::commands_data", "%n prescription change", nullptr, n)
                      : translate("relief::cli::commands_data", "%n prescription changes", nullptr, n);
    };
    //: %1 the file read, %2 the entry rows added, %3 the medications added (counts with their nouns).
    std::string said = existed ? fill(translate("relief::cli::commands_data", "Imported %1: %2 and %3 added"),
                                      {source.string(), entry_rows(summary.entries_added), medications(summary.medications_added)})
                               : fill(translate("relief::cli::commands_data", "Imported %1 into a new journal at %4: %2 and %3 added"),
                                      {source.string(), entry_rows(summary.entries_added), medications(summary.medications_added),
                                       path.string()});
    if (summary.prescription_changes_added)
        said += fill(translate("relief::cli::commands_data", ", with %1"), {changes(summary.prescription_changes_added)});
    if (summary.entries_already_present)
        said += fill(translate("relief::cli::commands_data", ", %1 already present"), {entry_rows(summary.entries_already_present)});
    if (summary.changes_merged)
        //: Edits and deletions the file records of entries the journal already had.
        said += summary.changes_merged == 1
                    ? translate("relief::cli::commands_data", ", %n later edit or deletion merged", nullptr, summary.changes_merged)
                    : translate("relief::cli::commands_data", ", %n later edits or deletions merged", nullptr, summary.changes_merged);
    ctx.out << said << ".\n";
    return 0;
}

int run_backup(Context& ctx, const Arguments& args) {
    auto journal = ctx.open_journal();
    const auto target = storage::checked_output_path(output_path(args, "backup"), journal.path(), true);
    journal.backup_to(target);
    ctx.out << fill(translate("relief::cli::commands_data", "Backed up the journal to %1 (readable only by you)."), {target.string()}) << "\n";
    return 0;
}

}  // namespace relief::cli
