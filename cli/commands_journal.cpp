#include "command.h"
#include "core/errors.h"
#include "core/vocabulary.h"
#include "core/entry_text.h"
#include "storage/alert_review.h"
#include "storage/demo_story.h"
#include "storage/errors.h"

#include <ostream>

namespace relief::cli {

namespace {

void print_profile(std::ostream& out, const Profile& p) {
    out << "Home time zone: " << p.zone << "\n";
    out << "Name:           " << p.name.value_or("(not set)") << "\n";
    out << "Birth year:     " << (p.birth_year ? std::to_string(*p.birth_year) : "(not set)") << "\n";
    out << "Date of birth:  " << (p.birth_date ? format_day(*p.birth_date) : "(not set)") << "\n";
    out << "Identifier:     " << p.identifier.value_or("(not set)")
        << (p.identifier && p.identifier_system ? " (" + *p.identifier_system + ")" : "") << "\n";
    std::string conditions;
    for (const auto& c : p.conditions) conditions += (conditions.empty() ? "" : ", ") + readable_term(c);
    out << "Conditions:     " << (conditions.empty() ? "(none)" : conditions) << "\n";
    out << "Pain began:     " << (p.onset ? format_day(*p.onset) : "(not set)") << "\n";
}

}  // namespace

int run_init(Context& ctx, const Arguments& args) {
    if (ctx.read_only) throw storage::ReadOnlyError("--read-only was given, and init creates a journal");
    const auto zone = Zone::locate(args.value("--zone").value_or(Context::system_zone_name()));
    const auto path = ctx.journal_path();
    ctx.create_journal(path, zone);
    ctx.out << "Created your journal at " << path.string() << " (home time zone " << zone.name()
            << ").\nOnly you can read it. Next, add a medication, for example:\n"
            << "  relief med add Flexeril --dose 5mg --times 08:00,14:00,20:00\n";
    return 0;
}

int run_profile_set(Context& ctx, const Arguments& args) {
    if (args.values.empty())
        throw UsageError("'relief profile set' needs at least one option, such as --birth-year 1961",
                         "profile set");
    if (args.has("--condition") && args.has("--no-conditions"))
        throw UsageError("give --condition or --no-conditions, not both", "profile set");
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
                         "the year of the date of birth " + format_day(*p.birth_date) +
                             " (or give --birth-date '' to clear the date)");
    if (auto c = args.value("--condition")) p.conditions = condition_names().canonical_list(*c);
    if (args.has("--no-conditions")) p.conditions.clear();
    if (auto onset = args.value("--onset")) {
        p.onset = parse_day(*onset, "--onset");
        if (*p.onset > ctx.today(journal.home_zone()))
            throw InputError("--onset", *onset, "a day that is not in the future");
    }
    if (auto zone = args.value("--zone")) p.zone = std::string(Zone::locate(*zone).name());
    journal.set_profile(p);
    ctx.out << "Profile saved.\n";
    print_profile(ctx.out, p);
    return 0;
}

int run_profile_show(Context& ctx, const Arguments&) {
    print_profile(ctx.out, ctx.open_journal().profile());
    return 0;
}

int run_demo(Context& ctx, const Arguments& args) {
    if (ctx.read_only) throw storage::ReadOnlyError("--read-only was given, and demo writes a story");
    storage::DemoOptions options;
    if (auto w = args.value("--weeks")) options.weeks = parse_int_in_range(*w, 1, 520, "--weeks");
    if (auto s = args.value("--seed"))
        options.seed = static_cast<std::uint32_t>(parse_int_in_range(*s, 0, 999'999'999, "--seed"));
    const auto path = ctx.journal_path();
    std::error_code ec;
    const bool existed = std::filesystem::exists(path, ec);
    if (existed && args.has("--zone"))
        throw UsageError("--zone is only for a new demo journal; " + path.string() + " exists", "demo");
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
    ctx.out << "Wrote an example story of " << options.weeks << (options.weeks == 1 ? " week" : " weeks") << " ending " << format_day(last) << " to "
            << path.string() << ": " << journal.medications().size() << " medications, "
            << journal.entry_count() << " entries, " << journal.stored_alerts().size()
            << " alerts.\nLook at a day, and at the alerts, with:\n  relief --journal " << path.string() << " day "
            << format_day(last - date::days{7 * options.weeks / 2}) << "\n  relief --journal " << path.string()
            << " alerts --all\n";
    return 0;
}

}  // namespace relief::cli
