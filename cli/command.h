#pragma once

#include "context.h"
#include "core/entry.h"
#include "core/medication.h"

#include <cstddef>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace relief::cli {

// The command line was not what the command takes (exit code 2).
class UsageError : public std::runtime_error {
public:
    UsageError(const std::string& message, std::string command)
        : std::runtime_error(message), command_(std::move(command)) {}
    const std::string& command() const { return command_; }

private:
    std::string command_;
};

struct Option {
    std::string name;        // "--at"
    std::string value_name;  // "WHEN"; empty for a flag that takes no value
    std::string help;
};

struct Arguments {
    std::vector<std::string> operands;
    std::map<std::string, std::string> values;  // options given, "" for flags
    bool has(const std::string& option) const { return values.count(option) != 0; }
    std::optional<std::string> value(const std::string& option) const;
};

using Handler = int (*)(Context&, const Arguments&);

struct Command {
    std::string name;      // "log pain"
    std::string operands;  // "SCORE"
    std::size_t min_operands = 0;
    std::size_t max_operands = 0;
    std::vector<Option> options;
    std::string summary;
    std::string details;  // examples and notes for --help
    Handler run = nullptr;
};

const std::vector<Command>& commands();
std::string command_help(const Command& command);
// The command's summary in the current language.
std::string command_summary(const Command& command);
std::string main_help();
// Parses the words after the command name; throws UsageError naming the option.
Arguments parse_arguments(const Command& command, const std::vector<std::string>& words);

// Where and when an entry is logged: --zone (travel) or home, --at or now (never ahead).
struct Moment {
    Zone zone;
    Instant at;
};
Moment moment_of(const Context& ctx, const storage::Journal& journal, const Arguments& args);
// Writes the entry and says what was logged, when, and its id (also in `id`, if given).
int log_entry(Context& ctx, storage::Journal& journal, const Moment& when, EntryData data, std::int64_t* id = nullptr);
// Opens the journal for writing and logs `data` at moment_of(args).
int log_simple(Context& ctx, const Arguments& args, EntryData data);

// The journal's medication that `name` means, or an InputError listing what there is.
Medication find_journal_medication(const std::vector<Medication>& meds, const std::string& name, LocalDay day);

// D-Bus and the program's folder want a QCoreApplication; the CLI makes one when needed.
void ensure_core_application();

// The handlers, grouped by the file that holds them.
int run_init(Context&, const Arguments&);
int run_profile_set(Context&, const Arguments&);
int run_profile_show(Context&, const Arguments&);
int run_demo(Context&, const Arguments&);
int run_med_add(Context&, const Arguments&);
int run_med_stop(Context&, const Arguments&);
int run_med_edit(Context&, const Arguments&);
int run_med_change(Context&, const Arguments&);
int run_med_list(Context&, const Arguments&);
int run_log_pain(Context&, const Arguments&);
int run_log_dose(Context&, const Arguments&);
int run_log_side_effect(Context&, const Arguments&);
int run_log_cramp(Context&, const Arguments&);
int run_log_measure(Context&, const Arguments&);
int run_log_fluids(Context&, const Arguments&);
int run_log_alcohol(Context&, const Arguments&);
int run_log_symptom(Context&, const Arguments&);
int run_log_note(Context&, const Arguments&);
int run_log_peg(Context&, const Arguments&);
int run_log_sleep(Context&, const Arguments&);
int run_log_pgic(Context&, const Arguments&);
int run_goal_add(Context&, const Arguments&);
int run_goal_list(Context&, const Arguments&);
int run_goal_done(Context&, const Arguments&);
int run_goal_remove(Context&, const Arguments&);
int run_day(Context&, const Arguments&);
int run_delete(Context&, const Arguments&);
int run_restore(Context&, const Arguments&);
int run_history(Context&, const Arguments&);
int run_export(Context&, const Arguments&);
int run_report(Context&, const Arguments&);
int run_visit_record(Context&, const Arguments&);
int run_alerts(Context&, const Arguments&);
int run_alert_discuss(Context&, const Arguments&);
int run_reminders_status(Context&, const Arguments&);
int run_reminders_test(Context&, const Arguments&);
int run_settings(Context&, const Arguments&);
int run_settings_set(Context&, const Arguments&);
int run_settings_reset(Context&, const Arguments&);
int run_import(Context&, const Arguments&);
int run_backup(Context&, const Arguments&);
int run_share_init(Context&, const Arguments&);
int run_share_join(Context&, const Arguments&);
int run_share_sync(Context&, const Arguments&);
int run_share_status(Context&, const Arguments&);
int run_share_key(Context&, const Arguments&);
int run_share_leave(Context&, const Arguments&);
int run_share_notify(Context&, const Arguments&);

}  // namespace relief::cli
