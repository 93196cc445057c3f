#include "command.h"
#include "core/catalogue.h"
#include "core/errors.h"
#include "core/medication_input.h"
#include "core/medication_match.h"
#include "core/suggest.h"
#include "core/entry_text.h"

#include <ostream>

namespace relief::cli {

namespace {

std::string schedule_text(const Medication& m) {
    std::string out = m.schedule.is_scheduled() ? "at " + format_times(m.schedule.times) : "";
    if (m.schedule.as_needed) out += (out.empty() ? "" : ", plus ") + std::string("as needed");
    return out;
}

// The medication NAME names among the journal's, or an InputError that says what exists.
Medication find_or_explain(const std::vector<Medication>& meds, const std::string& name, LocalDay day) {
    if (const Medication* m = match_medication(meds, name, day)) return *m;
    std::string allowed;
    if (meds.empty()) {
        allowed = "one of your medications, but none are recorded yet; add it with 'relief med add'";
    } else {
        std::vector<std::string> names;
        for (const auto& m : meds) names.push_back(m.name);
        allowed = "one of your medications: " + join_choices(names);
        const auto near = medication_suggestions(meds, name);
        if (!near.empty()) allowed += " (did you mean " + join_choices(near) + "?)";
        else if (Catalogue::standard().lookup(name)) allowed += "; add this one first with 'relief med add'";
    }
    throw InputError("medication", name, allowed);
}

}  // namespace

Medication find_journal_medication(const std::vector<Medication>& meds, const std::string& name, LocalDay day) {
    return find_or_explain(meds, name, day);
}

int run_med_add(Context& ctx, const Arguments& args) {
    const std::string& name = args.operands[0];
    const auto dose_text = args.value("--dose");
    if (!dose_text) throw UsageError("'relief med add' needs --dose, such as --dose 5mg", "med add");
    auto journal = ctx.open_journal_for_writing();
    const Zone home = journal.home_zone();

    if (!args.has("--times") && !args.has("--as-needed"))
        throw UsageError("say when it is taken: --times 08:00,20:00, or --as-needed", "med add");
    MedicationInput in{name,
                       *dose_text,
                       args.value("--times").value_or(""),
                       args.has("--as-needed"),
                       args.value("--max-daily").value_or(""),
                       args.value("--class").value_or(""),
                       args.value("--start") ? parse_day(*args.value("--start"), "--start") : ctx.today(home)};
    const auto existing = journal.medications();
    Medication m = new_medication(in, existing, {"--dose", "--times", "--max-daily", "--class"});
    m.id = journal.add_medication(m);

    ctx.out << "Added " << medication_label(m) << ", " << m.dose.to_string() << " " << schedule_text(m)
            << ", from " << format_day(m.start) << " (medication " << m.id << ").\n";
    if (const Drug* drug = catalogue_drug(m); drug && drug->maximum)
        ctx.out << "Label maximum: " << drug->maximum->daily.to_string() << " a day.\n";
    for (const auto& other : existing)
        if (other.ingredient == m.ingredient && (!other.stop || *other.stop >= m.start))
            ctx.out << "Note: you also take " << medication_label(other) << "; doses of both count towards the daily "
                    << "maximum of " << m.ingredient << ".\n";
    return 0;
}

int run_med_edit(Context& ctx, const Arguments& args) {
    if (args.values.empty())
        throw UsageError("'relief med edit' needs at least one change, such as --dose 10mg", "med edit");
    if (args.has("--as-needed") && args.has("--no-as-needed"))
        throw UsageError("give --as-needed or --no-as-needed, not both", "med edit");
    auto journal = ctx.open_journal_for_writing();
    const Zone home = journal.home_zone();
    Medication m = find_or_explain(journal.medications(), args.operands[0], ctx.today(home));
    if (auto dose = args.value("--dose")) m.dose = Amount::parse(*dose, "--dose");
    if (auto times = args.value("--times")) m.schedule.times = parse_times(*times, "--times");
    if (args.has("--no-times")) m.schedule.times.clear();
    if (args.has("--as-needed")) m.schedule.as_needed = true;
    if (args.has("--no-as-needed")) m.schedule.as_needed = false;
    if (auto max = args.value("--max-daily"))
        m.max_daily = *max == "none" ? std::nullopt : std::optional(Amount::parse(*max, "--max-daily"));
    if (auto start = args.value("--start")) m.start = parse_day(*start, "--start");
    if (!m.schedule.is_scheduled() && !m.schedule.as_needed)
        throw UsageError("a medication needs --times or --as-needed", "med edit");
    journal.update_medication(m);
    ctx.out << "Changed " << medication_label(m) << ": " << m.dose.to_string() << " " << schedule_text(m)
            << ", from " << format_day(m.start) << ". The previous version is kept in the history.\n";
    return 0;
}

int run_med_stop(Context& ctx, const Arguments& args) {
    auto journal = ctx.open_journal_for_writing();
    const Zone home = journal.home_zone();
    const LocalDay on = args.value("--on") ? parse_day(*args.value("--on"), "--on") : ctx.today(home);
    Medication m = find_or_explain(journal.medications(), args.operands[0], on);
    if (m.stop && *m.stop < on && !args.value("--on"))
        throw InputError("medication", args.operands[0],
                         "a medication that is still being taken; it stopped on " + format_day(*m.stop));
    if (on < m.start)
        throw InputError("--on", format_day(on), "a day on or after its start, " + format_day(m.start));
    m.stop = on;
    m.taper = args.has("--taper");
    journal.update_medication(m);
    ctx.out << "Recorded that " << medication_label(m) << " stops after " << format_day(on)
            << (m.taper ? ", on a taper plan" : "") << ".\n";
    const ClassSet classes = classes_of(m);
    if (!m.taper && classes.has(DrugClass::chronic) && classes.has(DrugClass::muscle_relaxant))
        ctx.out << "Stopping " << m.ingredient
                << " suddenly can cause withdrawal. If your clinician gave you a taper plan, "
                   "record it with --taper.\n";
    return 0;
}

int run_med_list(Context& ctx, const Arguments&) {
    auto journal = ctx.open_journal();
    const auto meds = journal.medications();
    if (meds.empty()) {
        ctx.out << "No medications yet. Add one with:\n  relief med add NAME --dose AMOUNT --times HH:MM,...\n";
        return 0;
    }
    const LocalDay today = ctx.today(journal.home_zone());
    for (const auto& m : meds) {
        const bool active = m.active_on(today);
        ctx.out << m.id << "  " << medication_label(m) << (m.form == DoseForm::extended_release ? " ER" : "")
                << "\n    " << m.dose.to_string() << " " << schedule_text(m);
        if (m.max_daily) ctx.out << ", at most " << m.max_daily->to_string() << " a day";
        ctx.out << "\n    from " << format_day(m.start);
        if (m.stop) ctx.out << " to " << format_day(*m.stop) << (m.taper ? " (taper)" : "");
        ctx.out << (active ? "  [taking]" : m.start > today ? "  [not started]" : "  [stopped]") << "\n";
    }
    return 0;
}

}  // namespace relief::cli
