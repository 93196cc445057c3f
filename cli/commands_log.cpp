#include "command.h"
#include "core/dose_slot.h"
#include "core/errors.h"
#include "core/vocabulary.h"
#include "core/entry_text.h"
#include "core/rules/dose_maximum.h"
#include "core/thresholds.h"
#include "core/typed_text.h"
#include "core/unicode_text.h"
#include "core/translate.h"

#include <ostream>

namespace relief::cli {

namespace {

// --where is the everyday name of --location; one of them, not both.
std::optional<std::string> location_option(const Arguments& args) {
    if (args.has("--location") && args.has("--where"))
        throw InputError("--where", *args.value("--where"), translate("relief::cli::commands_log", "either --where or --location, not both"));
    return args.has("--where") ? args.value("--where") : args.value("--location");
}

void warn_red_flag(Context& ctx, const std::string& symptom) {
    ctx.out << "\n!! "
            << fill(translate("relief::cli::commands_log", "%1 can be a sign of a serious problem. Seek urgent medical care now."), {readable_term(symptom)})
            << "\n";
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
        throw InputError("--at", *args.value("--at"),
                         fill(translate("relief::cli::commands_log", "a time that is not in the future (it is now %1 in %2)"),
                              {display_local(now, zone), zone.name()}));
    return {zone, at};
}

int log_entry(Context& ctx, storage::Journal& journal, const Moment& when, EntryData data, std::int64_t* id) {
    Entry entry{0, when.at, std::string(when.zone.name()), {}, std::move(data)};
    entry.id = journal.add_entry(entry);
    if (id) *id = entry.id;
    const std::string what = describe_entry(entry, journal.medications());
    const std::string at = display_local(when.at, when.zone);
    const std::string id_text = std::to_string(entry.id);
    if (when.zone == journal.home_zone())
        ctx.out << fill(translate("relief::cli::commands_log", "Logged %1 at %2 (entry %3)."), {what, at, id_text}) << "\n";
    else
        //: %1 what was logged, %2 the day and time, %3 the time zone (Area/City), %4 the entry's number.
        ctx.out << fill(translate("relief::cli::commands_log", "Logged %1 at %2 %3 (entry %4)."), {what, at, when.zone.name(), id_text}) << "\n";
    return 0;
}

int log_simple(Context& ctx, const Arguments& args, EntryData data) {
    auto journal = ctx.open_journal_for_writing();
    const auto when = moment_of(ctx, journal, args);
    return log_entry(ctx, journal, when, std::move(data));
}

int run_log_pain(Context& ctx, const Arguments& args) {
    PainEntry pain;
    pain.score = parse_int_in_range(args.operands[0], 0, max_pain_score, translate("relief::cli::commands_log", "pain score"));
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
    dose.amount = args.operands.size() > 1 ? parse_dose(drug, args.operands[1], translate("relief::cli::commands_log", "amount")) : med.dose_on(day);
    dose.status = args.has("--skipped") ? DoseStatus::skipped : DoseStatus::taken;
    dose.scheduled = matching_slot(med, when.at, when.zone, home,
                                   journal.entries_between(day - date::days{1}, day + date::days{1}));

    std::int64_t entry_id = 0;
    log_entry(ctx, journal, when, dose, &entry_id);
    if (drug && drug->is_combination()) {
        std::string parts;
        for (const auto& p : ingredients_in(drug, med.ingredient, dose.amount))
            parts += (parts.empty() ? "" : " + ") + p.ingredient + " " + p.amount.to_string();
        //: %1 a count of units ("2 tablets"), %2 the product, %3 its ingredients and amounts.
        ctx.out << fill(translate("relief::cli::commands_log", "That is %1 of %2: %3."), {units_text(*drug, dose.amount), med.name, parts}) << "\n";
    }
    if (dose.scheduled) {
        const std::string at = display_local(*dose.scheduled, when.zone) +
                               (when.zone == home ? "" : " " + std::string(when.zone.name()));
        ctx.out << (is_late(dose, when.at)
                        ? fill(translate("relief::cli::commands_log", "This answers the dose scheduled at %1 (late)."), {at})
                        : fill(translate("relief::cli::commands_log", "This answers the dose scheduled at %1."), {at}))
                << "\n";
    }
    if (!med.active_on(day))
        ctx.out << (med.stop ? fill(translate("relief::cli::commands_log", "Note: %1 is recorded as taken from %2 to %3."),
                                    {med.name, display_day(med.start), display_day(*med.stop)})
                             : fill(translate("relief::cli::commands_log", "Note: %1 is recorded as taken from %2."), {med.name, display_day(med.start)}))
                << "\n";
    // Said at once, not only by 'relief alerts'; the dose is recorded either way.
    for (const auto& w : dose_warnings(journal.snapshot(), entry_id, ctx.today(home),
                                       thresholds_from_settings(journal.settings())))
        ctx.out << "!! "
                << fill(w.severity == AlertSeverity::urgent ? translate("relief::cli::commands_log", "Urgent: %1 (This dose is recorded.)")
                                                            : translate("relief::cli::commands_log", "Warning: %1 (This dose is recorded.)"),
                        {w.message})
                << "\n";
    return 0;
}

int run_log_side_effect(Context& ctx, const Arguments& args) {
    // A red flag typed as a side effect ("foot drop") is logged as the symptom it is, so
    // that it raises the urgent alert and the advice shows now.
    try {
        const std::string symptom = symptom_names().canonical(args.operands[0]);
        if (is_red_flag_symptom(symptom)) {
            ctx.out << fill(translate("relief::cli::commands_log", "%1 is a symptom to act on, so it is logged as a symptom."), {readable_term(symptom)})
                    << "\n";
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
    return log_simple(ctx, args, FluidsEntry{parse_int_in_range(args.operands[0], 1, max_count_per_entry, translate("relief::cli::commands_log", "glasses"))});
}

int run_log_alcohol(Context& ctx, const Arguments& args) {
    return log_simple(ctx, args, AlcoholEntry{parse_int_in_range(args.operands[0], 1, max_count_per_entry, translate("relief::cli::commands_log", "drinks"))});
}

int run_log_symptom(Context& ctx, const Arguments& args) {
    SymptomEntry s{symptom_names().canonical(args.operands[0])};
    const int result = log_simple(ctx, args, s);
    if (is_red_flag_symptom(s.name)) warn_red_flag(ctx, s.name);
    return result;
}

int run_log_note(Context& ctx, const Arguments& args) {
    const std::string text = nfc(args.operands[0]);
    check_note_text(text, translate("relief::cli::commands_log", "note"), max_note_length);
    return log_simple(ctx, args, NoteEntry{text});
}

}  // namespace relief::cli
