#include "command.h"
#include "core/errors.h"
#include "core/vocabulary.h"
#include "core/entry_text.h"
#include "storage/alert_review.h"
#include "storage/demo_story.h"
#include "storage/errors.h"
#include "core/translate.h"

#include "core/unicode_text.h"

#include <algorithm>
#include <ostream>
#include <utility>
#include <vector>

namespace relief::cli {

namespace {

// A label and its value, the values lined up after the longest label of the language.
void print_rows(std::ostream& out, const std::vector<std::pair<std::string, std::string>>& rows) {
    std::size_t width = 0;
    for (const auto& [label, value] : rows) width = std::max(width, character_count(label));
    for (const auto& [label, value] : rows)
        out << label << std::string(width - character_count(label) + 1, ' ') << value << "\n";
}

void print_profile(std::ostream& out, const Profile& p) {
    const std::string not_set = translate("relief::cli::commands_journal", "(not set)");
    std::string conditions;
    for (const auto& c : p.conditions) conditions += (conditions.empty() ? "" : ", ") + readable_term(c);
    print_rows(out, {
        {translate("relief::cli::commands_journal", "Home time zone:"), p.zone},
        {translate("relief::cli::commands_journal", "Name:"), p.name.value_or(not_set)},
        {translate("relief::cli::commands_journal", "Birth year:"), p.birth_year ? std::to_string(*p.birth_year) : not_set},
        {translate("relief::cli::commands_journal", "Date of birth:"), p.birth_date ? display_day(*p.birth_date) : not_set},
        {translate("relief::cli::commands_journal", "Identifier:"), p.identifier.value_or(not_set) +
                                                (p.identifier && p.identifier_system ? " (" + *p.identifier_system + ")" : "")},
        {translate("relief::cli::commands_journal", "Conditions:"), conditions.empty() ? translate("relief::cli::commands_journal", "(none)") : conditions},
        {translate("relief::cli::commands_journal", "Pain began:"), p.onset ? display_day(*p.onset) : not_set},
    });
}

}  // namespace

int run_init(Context& ctx, const Arguments& args) {
    if (ctx.read_only) throw storage::ReadOnlyError(translate("relief::cli::commands_journal", "--read-only was given, and init creates a journal"));
    const auto zone = Zone::locate(args.value("--zone").value_or(Context::system_zone_name()));
    const auto path = ctx.journal_path();
    ctx.create_journal(path, zone);
    ctx.out << fill(translate("relief::cli::commands_journal", "Created your journal at %1 (home time zone %2).\nOnly you can read it. Next, add a "
                                       "medication, for example:\n  relief med add Flexeril --dose 5mg --times 08:00,14:00,20:00"),
                    {path.string(), zone.name()})
            << "\n";
    return 0;
}

int run_profile_set(Context& ctx, const Arguments& args) {
    if (args.values.empty())
        throw UsageError(translate("relief::cli::commands_journal", "'relief profile set' needs at least one option, such as --birth-year 1961"),
                         "profile set");
    if (args.has("--condition") && args.has("--no-conditions"))
        throw UsageError(fill(translate("relief::cli::commands_journal", "give %1 or %2, not both"), {"--condition", "--no-conditions"}), "profile set");
    auto journal = ctx.open_journal_for_writing();
    Profile p = journal.profile();
    if (auto name = args.value("--name"))
        p.name = name->empty() ? std::nullopt : std::optional(parse_profile_name(*name, "--name"));
    if (auto year = args.value("--birth-year")) {
        const int this_year = static_cast<int>(date::year_month_day{ctx.today(journal.home_zone())}.year());
        p.birth_year = parse_birth_year(*year, this_year);
    }
    if (auto birth = args.value("--birth-date")) {
        if (birth->empty()) {
            p.birth_date.reset();
        } else {
            p.birth_date = parse_birth_date(*birth, ctx.today(journal.home_zone()), "--birth-date");
            // The date implies the year, unless --birth-year says otherwise (checked below).
            if (!args.has("--birth-year")) p.birth_year = static_cast<int>(date::year_month_day{*p.birth_date}.year());
        }
    }
    if (auto id = args.value("--identifier"))
        p.identifier = id->empty() ? std::nullopt : std::optional(parse_identifier_text(*id, "--identifier"));
    if (auto system = args.value("--identifier-system"))
        p.identifier_system =
            system->empty() ? std::nullopt : std::optional(parse_identifier_text(*system, "--identifier-system"));
    if (p.birth_date && p.birth_year && args.has("--birth-year") &&
        static_cast<int>(date::year_month_day{*p.birth_date}.year()) != *p.birth_year)
        throw InputError("--birth-year", std::to_string(*p.birth_year),
                         fill(translate("relief::cli::commands_journal", "the year of the date of birth %1 (or give --birth-date '' to clear the date)"),
                              {display_day(*p.birth_date)}));
    if (auto c = args.value("--condition")) p.conditions = condition_names().canonical_list(*c);
    if (args.has("--no-conditions")) p.conditions.clear();
    if (auto onset = args.value("--onset")) {
        p.onset = parse_day(*onset, "--onset");
        if (*p.onset > ctx.today(journal.home_zone()))
            throw InputError("--onset", *onset, translate("relief::cli::commands_journal", "a day that is not in the future"));
    }
    if (auto zone = args.value("--zone")) p.zone = std::string(Zone::locate(*zone).name());
    journal.set_profile(p);
    ctx.out << translate("relief::cli::commands_journal", "Profile saved.") << "\n";
    print_profile(ctx.out, p);
    return 0;
}

int run_profile_show(Context& ctx, const Arguments&) {
    print_profile(ctx.out, ctx.open_journal().profile());
    return 0;
}

int run_demo(Context& ctx, const Arguments& args) {
    if (ctx.read_only) throw storage::ReadOnlyError(translate("relief::cli::commands_journal", "--read-only was given, and demo writes a story"));
    storage::DemoOptions options;
    if (auto w = args.value("--weeks")) options.weeks = parse_int_in_range(*w, 1, 520, "--weeks");
    if (auto s = args.value("--seed"))
        options.seed = static_cast<std::uint32_t>(parse_int_in_range(*s, 0, 999'999'999, "--seed"));
    const auto path = ctx.journal_path();
    std::error_code ec;
    const bool existed = std::filesystem::exists(path, ec);
    if (existed && args.has("--zone"))
        throw UsageError(fill(translate("relief::cli::commands_journal", "--zone is only for a new demo journal; %1 exists"), {path.string()}), "demo");
    auto journal = existed ? ctx.open_journal_for_writing()
                           : ctx.create_journal(
                                 path, Zone::locate(args.value("--zone").value_or(Context::system_zone_name())));
    const LocalDay last = ctx.today(journal.home_zone());
    options.not_after = ctx.now(journal.home_zone());
    try {
        storage::write_demo_story(journal, last, options);
        storage::replay_alerts(journal, last - date::days{7 * options.weeks - 1}, last, options.not_after);
    } catch (...) {
        if (!existed) {
            journal = storage::Journal::in_memory(Zone::locate("UTC"));  // close the file first
            for (const char* suffix : {"", "-wal", "-shm"})
                std::filesystem::remove(path.string() + suffix, ec);
        }
        throw;
    }
    // English says "1 week" and "8 weeks": one numerus message for each keeps it as it was.
    const int weeks = options.weeks;
    //: %n the weeks, %1 the last day, %2 the file, %3 medications, %4 entries, %5 alerts (counts), %6 a day as
    //: YYYY-MM-DD in a command to type.
    const std::string wrote =
        weeks == 1 ? translate("relief::cli::commands_journal", "Wrote an example story of %n week ending %1 to %2: %3 medications, %4 entries, %5 alerts.\n"
                                        "Look at a day, and at the alerts, with:\n  relief --journal %2 day %6\n  relief --journal %2 alerts --all",
                               nullptr, weeks)
                   : translate("relief::cli::commands_journal", "Wrote an example story of %n weeks ending %1 to %2: %3 medications, %4 entries, %5 alerts.\n"
                                        "Look at a day, and at the alerts, with:\n  relief --journal %2 day %6\n  relief --journal %2 alerts --all",
                               nullptr, weeks);
    ctx.out << fill(wrote, {display_day(last), path.string(), std::to_string(journal.medications().size()),
                            std::to_string(journal.entry_count()), std::to_string(journal.stored_alerts().size()),
                            format_day(last - date::days{7 * options.weeks / 2})})
            << "\n";
    return 0;
}

}  // namespace relief::cli
