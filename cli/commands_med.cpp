#include "command.h"
#include "core/catalogue.h"
#include "core/errors.h"
#include "core/medication_input.h"
#include "core/medication_match.h"
#include "core/prescription_input.h"
#include "core/suggest.h"
#include "core/entry_text.h"
#include "core/metrics/doses.h"
#include "core/translate.h"

#include <algorithm>
#include <ostream>
#include <utility>

namespace relief::cli {

namespace {

// How the command line names a medication's fields in messages.
const MedicationFieldNames& cli_names() {
    static const MedicationFieldNames names{
        .dose = "--dose",
        .times = "--times",
        .max_daily = "--max-daily",
        .drug_class = "--class",
        .as_needed = "--as-needed",
        .from = "--from",
        .stop = "--on",
        .change_it = translate("relief::cli::commands_med", "Change it with 'relief med change' (from a given day) or 'relief med edit' (a correction)")};
    return names;
}

// Whether the options give a new dose or new times (med edit, med change).
bool changes_prescription(const Arguments& args) {
    return args.has("--dose") || args.has("--times") || args.has("--no-times") || args.has("--as-needed") ||
           args.has("--no-as-needed");
}

// The medication NAME names among the journal's, or an InputError that says what exists.
Medication find_or_explain(const std::vector<Medication>& meds, const std::string& name, LocalDay day) {
    if (const Medication* m = match_medication(meds, name, day)) return *m;
    std::string allowed;
    if (meds.empty()) {
        allowed = translate("relief::cli::commands_med", "one of your medications, but none are recorded yet; add it with 'relief med add'");
    } else {
        std::vector<std::string> names;
        for (const auto& m : meds) names.push_back(m.name);
        const auto near = medication_suggestions(meds, name);
        if (!near.empty())
            allowed = fill(translate("relief::cli::commands_med", "one of your medications: %1 (did you mean %2?)"), {join_choices(names), join_choices(near)});
        else if (Catalogue::standard().lookup(name))
            allowed = fill(translate("relief::cli::commands_med", "one of your medications: %1; add this one first with 'relief med add'"),
                           {join_choices(names)});
        else
            allowed = fill(translate("relief::cli::commands_med", "one of your medications: %1"), {join_choices(names)});
    }
    throw InputError(translate("relief::cli::commands_med", "medication"), name, allowed);
}

// The ingredients a medication's doses hold: its own, or each part of a combination product.
std::vector<std::string> ingredients_of(const Medication& m) {
    std::vector<std::string> out;
    for (const auto& part : dose_ingredients(m, m.dose)) out.push_back(part.ingredient);
    return out;
}

// For a combination product: what one unit holds, how to log it, and the maxima its
// ingredients count towards.
void explain_combination(std::ostream& out, const Medication& m, const Drug& product) {
    const std::string unit(product.unit);
    //: %1 the unit (tablet, capsule), %2 the product, %3 what one unit holds, %4 the dose in units
    //: ("2 tablets"). The command is typed as it is: only the words around it change.
    out << fill(translate("relief::cli::commands_med", "One %1 of %2 is %3; the dose is %4. Log doses as %1s: relief log dose \"%2\" 2"),
                {unit, m.name, unit_contents_text(product), units_text(product, m.dose)})
        << "\n";
    for (const Part& part : product.parts) {
        const Drug* single = Catalogue::standard().find_ingredient(part.ingredient);
        if (!single || !single->maximum) continue;
        if (single->maximum->urgent > Amount{})
            //: %1 the ingredient, %2 its daily maximum, %3 the amount above which it is urgent.
            out << fill(translate("relief::cli::commands_med", "Its %1 counts towards the daily maximum of %1 (%2; urgent above %3) together with "
                                           "every other product that contains it."),
                        {part.ingredient, single->maximum->daily.to_string(), single->maximum->urgent.to_string()});
        else
            out << fill(translate("relief::cli::commands_med", "Its %1 counts towards the daily maximum of %1 (%2) together with every other "
                                           "product that contains it."),
                        {part.ingredient, single->maximum->daily.to_string()});
        out << "\n";
    }
}

// Many pain relievers and cold medicines hide acetaminophen; the journal cannot see it in
// a product it does not know, so it says so (a script gets the note, never a question).
void hint_hidden_acetaminophen(std::ostream& out, const Medication& m) {
    if (catalogue_drug(m) || !may_hide_acetaminophen(m.chosen_class)) return;
    out << fill(translate("relief::cli::commands_med", "Does %1 contain acetaminophen (paracetamol, APAP)? Many pain relievers and cold "
                                   "medicines do. The journal does not know what %1 contains, so it cannot add its "
                                   "acetaminophen to the daily maximum. Check the label or ask your pharmacist; if it is a "
                                   "product the catalogue knows (such as Percocet, Norco, Vicodin, Ultracet, Tylenol PM, "
                                   "NyQuil or Excedrin), add it under that name instead."),
                {m.name})
        << "\n";
}

}  // namespace

Medication find_journal_medication(const std::vector<Medication>& meds, const std::string& name, LocalDay day) {
    return find_or_explain(meds, name, day);
}

int run_med_add(Context& ctx, const Arguments& args) {
    const std::string& name = args.operands[0];
    const auto dose_text = args.value("--dose");
    if (!dose_text) throw UsageError(translate("relief::cli::commands_med", "'relief med add' needs --dose, such as --dose 5mg"), "med add");
    auto journal = ctx.open_journal_for_writing();
    const Zone home = journal.home_zone();

    if (!args.has("--times") && !args.has("--as-needed"))
        throw UsageError(translate("relief::cli::commands_med", "say when it is taken: --times 08:00,20:00, or --as-needed"), "med add");
    MedicationInput in{name,
                       *dose_text,
                       args.value("--times").value_or(""),
                       args.has("--as-needed"),
                       args.value("--max-daily").value_or(""),
                       args.value("--class").value_or(""),
                       args.value("--start") ? parse_day(*args.value("--start"), "--start") : ctx.today(home)};
    const auto existing = journal.medications();
    Medication m = new_medication(in, existing, cli_names());
    m.id = journal.add_medication(m);

    //: %1 the medication, %2 its dose and times, %3 the first day, %4 its number.
    ctx.out << fill(translate("relief::cli::commands_med", "Added %1, %2, from %3 (medication %4)."),
                    {medication_label(m), prescription_text(m.dose, m.schedule), display_day(m.start), std::to_string(m.id)})
            << "\n";
    if (const Drug* drug = catalogue_drug(m); drug && drug->maximum)
        ctx.out << fill(translate("relief::cli::commands_med", "Label maximum: %1 a day."), {drug->maximum->daily.to_string()}) << "\n";
    else if (drug && drug->is_combination())
        explain_combination(ctx.out, m, *drug);
    hint_hidden_acetaminophen(ctx.out, m);
    const auto mine = ingredients_of(m);
    for (const auto& other : existing) {
        if (other.stop && *other.stop < m.start) continue;
        std::vector<std::string> shared;
        for (const auto& ingredient : ingredients_of(other))
            if (const Drug* d = Catalogue::standard().find_ingredient(ingredient);
                std::find(mine.begin(), mine.end(), ingredient) != mine.end() && !(d && d->is_combination()))
                shared.push_back(ingredient);
        if (other.ingredient == m.ingredient && shared.empty()) shared.push_back(m.ingredient);
        if (!shared.empty())
            ctx.out << fill(translate("relief::cli::commands_med", "Note: you also take %1; doses of both count towards the daily maximum of %2."),
                            {medication_label(other), join_choices(shared, translate("relief::cli::commands_med", "and"))})
                    << "\n";
    }
    return 0;
}

int run_med_edit(Context& ctx, const Arguments& args) {
    if (args.values.empty())
        throw UsageError(translate("relief::cli::commands_med", "'relief med edit' needs at least one change, such as --dose 10mg"), "med edit");
    if (args.has("--as-needed") && args.has("--no-as-needed"))
        throw UsageError(fill(translate("relief::cli::commands_med", "give %1 or %2, not both"), {"--as-needed", "--no-as-needed"}), "med edit");
    auto journal = ctx.open_journal_for_writing();
    const Zone home = journal.home_zone();
    Medication m = find_or_explain(journal.medications(), args.operands[0], ctx.today(home));
    if (auto dose = args.value("--dose")) m.dose = parse_dose(catalogue_drug(m), *dose, "--dose");
    if (auto times = args.value("--times")) m.schedule.times = parse_times(*times, "--times");
    if (args.has("--no-times")) m.schedule.times.clear();
    if (args.has("--as-needed")) m.schedule.as_needed = true;
    if (args.has("--no-as-needed")) m.schedule.as_needed = false;
    if (auto max = args.value("--max-daily"))
        m.max_daily = *max == "none" ? std::nullopt : std::optional(parse_dose(catalogue_drug(m), *max, "--max-daily"));
    if (auto start = args.value("--start")) m.start = parse_day(*start, "--start");
    if (!m.schedule.is_scheduled() && !m.schedule.as_needed)
        throw UsageError(translate("relief::cli::commands_med", "a medication needs --times or --as-needed"), "med edit");
    validate(m, cli_names(), NameRule::stored);
    journal.update_medication(m);
    if (m.steps.empty())
        ctx.out << fill(translate("relief::cli::commands_med", "Changed %1: %2, from %3. The previous version is kept in the history."),
                        {medication_label(m), prescription_text(m.dose, m.schedule), display_day(m.start)});
    else
        //: %4 the day of the first prescription change.
        ctx.out << fill(translate("relief::cli::commands_med", "Changed %1: %2, from %3 (its changes from %4 on stay as they are). The previous "
                                           "version is kept in the history."),
                        {medication_label(m), prescription_text(m.dose, m.schedule), display_day(m.start),
                         display_day(m.steps.front().from)});
    ctx.out << "\n";
    if (changes_prescription(args))
        //: %2 the medication's name as typed, inside a command.
        ctx.out << fill(translate("relief::cli::commands_med", "This corrects every day from %1. For a new prescription from a given day, use "
                                           "'relief med change %2 ... --from DATE' instead."),
                        {display_day(m.start), args.operands[0]})
                << "\n";
    return 0;
}

int run_med_change(Context& ctx, const Arguments& args) {
    const auto from_text = args.value("--from");
    if (!from_text)
        throw UsageError(translate("relief::cli::commands_med", "'relief med change' needs --from DATE, the first day of the new prescription"),
                         "med change");
    for (const auto& [one, other] : {std::pair{"--times", "--no-times"}, std::pair{"--as-needed", "--no-as-needed"}})
        if (args.has(one) && args.has(other))
            throw UsageError(fill(translate("relief::cli::commands_med", "give %1 or %2, not both"), {one, other}), "med change");
    const bool changes = changes_prescription(args);
    if (args.has("--remove") && changes)
        throw UsageError(translate("relief::cli::commands_med", "--remove undoes the change from --from; give it without --dose, --times or --as-needed"),
                         "med change");
    if (!args.has("--remove") && !changes)
        throw UsageError(translate("relief::cli::commands_med", "say what changes: --dose, --times, --no-times, --as-needed or --no-as-needed"),
                         "med change");
    const LocalDay from = parse_day(*from_text, "--from");
    auto journal = ctx.open_journal_for_writing();
    const Medication m = find_or_explain(journal.medications(), args.operands[0], from);
    const std::string name = medication_label(m);

    if (args.has("--remove")) {
        const Medication without = without_prescription_change(m, from, cli_names());
        const PrescriptionStep removed = m.prescription_on(from);
        journal.remove_prescription_change(m.id, from);
        const PrescriptionStep now = without.prescription_on(from);
        //: %1 the medication, %2 the day, %3 the removed prescription, %4 the one in force again.
        ctx.out << fill(translate("relief::cli::commands_med", "Removed the change to %1 from %2 (%3); from then on it is %4 again. The change stays "
                                           "in the history."),
                        {name, display_day(from), prescription_text(removed.dose, removed.schedule),
                         prescription_text(now.dose, now.schedule)})
                << "\n";
        return 0;
    }

    PrescriptionChangeInput in;
    // A combination product's dose may be a count of its units; the change holds the mg.
    if (auto dose = args.value("--dose")) in.dose = parse_dose(catalogue_drug(m), *dose, "--dose").milligram_text() + "mg";
    if (args.has("--times")) in.times = args.value("--times");
    if (args.has("--no-times")) in.times = "";
    if (args.has("--as-needed")) in.as_needed = true;
    if (args.has("--no-as-needed")) in.as_needed = false;
    in.from = from;
    const PrescriptionStep step = prescription_change(m, in, cli_names());
    const auto replaced = std::find_if(m.steps.begin(), m.steps.end(), [&](const PrescriptionStep& s) { return s.from == from; });
    journal.change_prescription(m.id, step);
    const Medication changed = with_prescription_change(m, step);
    ctx.out << fill(translate("relief::cli::commands_med", "Changed %1: %2."), {name, prescription_history_text(changed, from)}) << "\n";
    if (replaced != m.steps.end())
        ctx.out << fill(translate("relief::cli::commands_med", "This replaces the change from the same day (%1), which stays in the history."),
                        {prescription_text(replaced->dose, replaced->schedule)})
                << "\n";
    //: A command to type: %1 the medication as typed, %2 the day as YYYY-MM-DD.
    ctx.out << fill(translate("relief::cli::commands_med", "To remove this change: relief med change %1 --from %2 --remove"),
                    {args.operands[0], format_day(from)})
            << "\n";
    return 0;
}

int run_med_stop(Context& ctx, const Arguments& args) {
    auto journal = ctx.open_journal_for_writing();
    const Zone home = journal.home_zone();
    const LocalDay on = args.value("--on") ? parse_day(*args.value("--on"), "--on") : ctx.today(home);
    Medication m = find_or_explain(journal.medications(), args.operands[0], on);
    if (m.stop && *m.stop < on && !args.value("--on"))
        throw InputError(translate("relief::cli::commands_med", "medication"), args.operands[0],
                         fill(translate("relief::cli::commands_med", "a medication that is still being taken; it stopped on %1"), {display_day(*m.stop)}));
    if (on < m.start)
        throw InputError("--on", format_day(on), fill(translate("relief::cli::commands_med", "a day on or after its start, %1"), {display_day(m.start)}));
    m.stop = on;
    m.taper = args.has("--taper");
    validate(m, cli_names(), NameRule::stored);
    journal.update_medication(m);
    ctx.out << fill(m.taper ? translate("relief::cli::commands_med", "Recorded that %1 stops after %2, on a taper plan.")
                            : translate("relief::cli::commands_med", "Recorded that %1 stops after %2."),
                    {medication_label(m), display_day(on)})
            << "\n";
    const ClassSet classes = classes_of(m);
    if (!m.taper && classes.has(DrugClass::chronic) && classes.has(DrugClass::muscle_relaxant))
        ctx.out << fill(translate("relief::cli::commands_med", "Stopping %1 suddenly can cause withdrawal. If your clinician gave you a taper plan, "
                                           "record it with --taper."),
                        {m.ingredient})
                << "\n";
    return 0;
}

int run_med_list(Context& ctx, const Arguments&) {
    auto journal = ctx.open_journal();
    const auto meds = journal.medications();
    if (meds.empty()) {
        ctx.out << translate("relief::cli::commands_med", "No medications yet. Add one with:\n  relief med add NAME --dose AMOUNT --times HH:MM,...") << "\n";
        return 0;
    }
    const LocalDay today = ctx.today(journal.home_zone());
    for (const auto& m : meds) {
        const bool active = m.active_on(today);
        ctx.out << m.id << "  " << medication_label(m) << (m.form == DoseForm::extended_release ? " ER" : "")
                << "\n    " << prescription_history_text(m, today);
        if (m.max_daily) ctx.out << fill(translate("relief::cli::commands_med", ", at most %1 a day"), {m.max_daily->to_string()});
        if (const Drug* product = catalogue_drug(m); product && product->is_combination())
            //: %1 the dose, %2 it in units ("2 tablets"), %3 the unit, %4 what one unit holds.
            ctx.out << "\n    "
                    << fill(translate("relief::cli::commands_med", "a dose of %1 is %2; one %3 is %4"),
                            {m.dose_on(today).to_string(), units_text(*product, m.dose_on(today)), product->unit,
                             unit_contents_text(*product)});
        ctx.out << "\n    ";
        if (!m.stop)
            ctx.out << fill(translate("relief::cli::commands_med", "from %1"), {display_day(m.start)});
        else if (m.taper)
            ctx.out << fill(translate("relief::cli::commands_med", "from %1 to %2 (taper)"), {display_day(m.start), display_day(*m.stop)});
        else
            ctx.out << fill(translate("relief::cli::commands_med", "from %1 to %2"), {display_day(m.start), display_day(*m.stop)});
        ctx.out << "  "
                << (active ? translate("relief::cli::commands_med", "[taking]")
                    : m.start > today ? translate("relief::cli::commands_med", "[not started]")
                                      : translate("relief::cli::commands_med", "[stopped]"))
                << "\n";
    }
    return 0;
}

}  // namespace relief::cli
