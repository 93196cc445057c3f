#include "command.h"
#include "core/dose_slot.h"
#include "core/errors.h"
#include "core/vocabulary.h"
#include "core/entry_text.h"
#include "core/rules/dose_maximum.h"
#include "core/thresholds.h"
#include "core/typed_text.h"
#include "core/unicode_text.h"

#include <ostream>

namespace relief::cli {

namespace {

// --where is the everyday name of --location; one of them, not both.
std::optional<std::string> location_option(const Arguments& args) {
    if (args.has("--location") && args.has("--where"))
        throw InputError("--where", *args.value("--where"), "either --where or --location, not both");
    return args.has("--where") ? args.value("--where") : args.value("--location");
}

void warn_red_flag(Context& ctx, const std::string& symptom) {
    ctx.out << "\n!! " << readable_term(symptom) << " can be a sign of a serious problem. Seek urgent medical care now.\n";
}

std::optional<int> optional_int(const Arguments& args, const std::string& option, int low, int high) {
    if (auto v = args.value(option)) return parse_int_in_range(*v, low, high, option);
    return std::nullopt;
}

}  // namespace

Moment moment_of(const Context& ctx, const storage::Journal& journal, const Arguments& args) {
    const Zone zone = args.value("--zone") ? Zone::locate(*args.value("--zone")) : journal.home_zone();
    const Instant at = args.value("--at") ? parse_when(*args.value("--at"), zone, "--at") : ctx.now(zone);
    const Instant now = ctx.now(zone);
    if (at > now)
        throw InputError("--at", *args.value("--at"), "a time that is not in the future (it is now " +
                                                          format_local(now, zone) + " in " + std::string(zone.name()) + ")");
    return {zone, at};
}

int log_entry(Context& ctx, storage::Journal& journal, const Moment& when, EntryData data, std::int64_t* id) {
    Entry entry{0, when.at, std::string(when.zone.name()), {}, std::move(data)};
    entry.id = journal.add_entry(entry);
    if (id) *id = entry.id;
    ctx.out << "Logged " << describe_entry(entry, journal.medications()) << " at " << format_local(when.at, when.zone)
            << (when.zone == journal.home_zone() ? "" : " " + std::string(when.zone.name())) << " (entry "
            << entry.id << ").\n";
    return 0;
}

int log_simple(Context& ctx, const Arguments& args, EntryData data) {
    auto journal = ctx.open_journal_for_writing();
    const auto when = moment_of(ctx, journal, args);
    return log_entry(ctx, journal, when, std::move(data));
}

int run_log_pain(Context& ctx, const Arguments& args) {
    PainEntry pain;
    pain.score = parse_int_in_range(args.operands[0], 0, max_pain_score, "pain score");
    if (auto l = location_option(args)) pain.locations = body_locations().canonical_list(*l);
    if (auto q = args.value("--quality")) pain.qualities = pain_qualities().canonical_list(*q);
    const std::string red_flag = red_flag_in_pain(pain.locations, pain.qualities);
    const int result = log_simple(ctx, args, pain);
    if (!red_flag.empty()) warn_red_flag(ctx, red_flag);
    return result;
}

int run_log_dose(Context& ctx, const Arguments& args) {
    auto journal = ctx.open_journal_for_writing();
    const auto when = moment_of(ctx, journal, args);
    const Zone home = journal.home_zone();
    const auto meds = journal.medications();
    const LocalDay day = when.zone.day_of(when.at);
    const Medication med = find_journal_medication(meds, args.operands[0], day);

    DoseEntry dose;
    dose.medication_id = med.id;
    // A combination product's dose may be a count of its units: "Percocet 2" is 2 tablets.
    const Drug* drug = catalogue_drug(med);
    dose.amount = args.operands.size() > 1 ? parse_dose(drug, args.operands[1], "amount") : med.dose_on(day);
    dose.status = args.has("--skipped") ? DoseStatus::skipped : DoseStatus::taken;
    dose.scheduled = matching_slot(med, when.at, when.zone, home,
                                   journal.entries_between(day - date::days{1}, day + date::days{1}));

    std::int64_t entry_id = 0;
    log_entry(ctx, journal, when, dose, &entry_id);
    if (drug && drug->is_combination()) {
        std::string parts;
        for (const auto& p : ingredients_in(drug, med.ingredient, dose.amount))
            parts += (parts.empty() ? "" : " + ") + p.ingredient + " " + p.amount.to_string();
        ctx.out << "That is " << units_text(*drug, dose.amount) << " of " << med.name << ": " << parts << ".\n";
    }
    if (dose.scheduled)
        ctx.out << "This answers the dose scheduled at " << format_local(*dose.scheduled, when.zone)
                << (when.zone == home ? "" : " " + std::string(when.zone.name()))
                << (is_late(dose, when.at) ? " (late)" : "") << ".\n";
    if (!med.active_on(day))
        ctx.out << "Note: " << med.name << " is recorded as taken from " << format_day(med.start)
                << (med.stop ? " to " + format_day(*med.stop) : std::string()) << ".\n";
    // Said at once, not only by 'relief alerts'; the dose is recorded either way.
    for (const auto& w : dose_warnings(journal.snapshot(), entry_id, ctx.today(home),
                                       thresholds_from_settings(journal.settings())))
        ctx.out << "!! " << (w.severity == AlertSeverity::urgent ? "Urgent: " : "Warning: ") << w.message
                << " (This dose is recorded.)\n";
    return 0;
}

int run_log_side_effect(Context& ctx, const Arguments& args) {
    // A red flag typed as a side effect ("foot drop") is logged as the symptom it is, so
    // that it raises the urgent alert and the advice shows now.
    try {
        const std::string symptom = symptom_names().canonical(args.operands[0]);
        if (is_red_flag_symptom(symptom)) {
            ctx.out << readable_term(symptom) << " is a symptom to act on, so it is logged as a symptom.\n";
            const int result = log_simple(ctx, args, SymptomEntry{symptom});
            warn_red_flag(ctx, symptom);
            return result;
        }
    } catch (const InputError&) {  // not a symptom word: an ordinary side effect
    }
    SideEffectEntry s;
    s.name = side_effect_names().canonical(args.operands[0]);
    if (auto sev = args.value("--severity")) s.severity = parse_severity(*sev, "--severity");
    return log_simple(ctx, args, s);
}

int run_log_cramp(Context& ctx, const Arguments& args) {
    CrampEntry c;
    if (auto l = location_option(args)) c.location = body_locations().canonical(*l);
    c.minutes = optional_int(args, "--minutes", 1, max_cramp_minutes);
    c.severity = optional_int(args, "--severity", 0, max_pain_score);
    return log_simple(ctx, args, c);
}

int run_log_measure(Context& ctx, const Arguments& args) {
    MeasureEntry m;
    m.name = measure_names().canonical(args.operands[0]);
    m.minutes = optional_int(args, "--minutes", 1, 24 * 60);
    return log_simple(ctx, args, m);
}

int run_log_fluids(Context& ctx, const Arguments& args) {
    return log_simple(ctx, args, FluidsEntry{parse_int_in_range(args.operands[0], 1, max_count_per_entry, "glasses")});
}

int run_log_alcohol(Context& ctx, const Arguments& args) {
    return log_simple(ctx, args, AlcoholEntry{parse_int_in_range(args.operands[0], 1, max_count_per_entry, "drinks")});
}

int run_log_symptom(Context& ctx, const Arguments& args) {
    SymptomEntry s{symptom_names().canonical(args.operands[0])};
    const int result = log_simple(ctx, args, s);
    if (is_red_flag_symptom(s.name)) warn_red_flag(ctx, s.name);
    return result;
}

int run_log_note(Context& ctx, const Arguments& args) {
    const std::string text = nfc(args.operands[0]);
    check_note_text(text, "note", max_note_length);
    return log_simple(ctx, args, NoteEntry{text});
}

}  // namespace relief::cli
