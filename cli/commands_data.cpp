#include "command.h"
#include "storage/errors.h"
#include "storage/journal_csv.h"
#include "storage/private_file.h"

#include <fstream>
#include <ostream>
#include <sstream>

namespace relief::cli {

namespace fs = std::filesystem;

namespace {

fs::path output_path(const Arguments& args, const std::string& command) {
    const auto out = args.value("-o");
    if (!out || out->empty()) throw UsageError("'relief " + command + "' needs -o FILE", command);
    return *out;
}

std::string read_whole_file(const fs::path& path) {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw storage::StorageError("cannot read " + path.string() + ": no such file");
    if (fs::is_directory(path, ec)) throw storage::StorageError("cannot read " + path.string() + ": it is a folder");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw storage::StorageError("cannot read " + path.string() + ": permission denied");
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

}  // namespace

int run_export(Context& ctx, const Arguments& args) {
    auto journal = ctx.open_journal();
    const auto target = storage::checked_output_path(output_path(args, "export"), journal.path(), false);
    storage::write_file_atomically(target, storage::export_csv(journal));
    ctx.out << "Exported " << journal.medications().size() << (journal.medications().size() == 1 ? " medication" : " medications")
            << " and " << journal.all_rows().size() << (journal.all_rows().size() == 1 ? " entry row" : " entry rows")
            << " (history included) to " << target.string() << ".\n";
    return 0;
}

int run_import(Context& ctx, const Arguments& args) {
    if (ctx.read_only) throw storage::ReadOnlyError("--read-only was given, and import changes the journal");
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
    auto count = [](int n, const char* noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); };
    ctx.out << "Imported " << source.string() << (existed ? "" : " into a new journal at " + path.string()) << ": "
            << count(summary.entries_added, "entry row") << " and " << count(summary.medications_added, "medication")
            << " added";
    if (summary.prescription_changes_added)
        ctx.out << ", with " << count(summary.prescription_changes_added, "prescription change");
    if (summary.entries_already_present)
        ctx.out << ", " << count(summary.entries_already_present, "entry row") << " already present";
    ctx.out << ".\n";
    return 0;
}

int run_backup(Context& ctx, const Arguments& args) {
    auto journal = ctx.open_journal();
    const auto target = storage::checked_output_path(output_path(args, "backup"), journal.path(), true);
    journal.backup_to(target);
    ctx.out << "Backed up the journal to " << target.string() << " (readable only by you).\n";
    return 0;
}

}  // namespace relief::cli
