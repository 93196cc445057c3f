#include "dose_maximum.h"

#include "rule_families.h"
#include "rule_specs.h"
#include "sources.h"

#include "core/catalogue.h"
#include "core/suggest.h"
#include "core/zone.h"

#include <algorithm>
#include <map>
#include <optional>
#include <span>
#include <string>

namespace relief {

namespace {

constexpr const char* rule_id = "dose.daily-maximum";
constexpr auto window_length = std::chrono::hours{24};

// The maximum that applies to one ingredient on one day, and where it came from.
struct Limit {
    Amount amount;
    std::string origin;   // evidence: "label: Flexeril US label", "setting max-daily.x", ...
    std::string wording;  // message: "the maximum", "your prescribed maximum", ...
    bool from_label = false;
};

// The doses of one ingredient in the 24 hours up to one of them (the window's last): the
// window is (last - 24 h, last], so doses exactly 8 hours apart make 3 in any 24 hours.
// Doses are instants, so travel and clock changes neither stretch nor shrink a window.
struct Window {
    std::size_t first = 0, last = 0;  // indices into the ingredient's doses, inclusive
    Amount total;
    int count = 0;
    LocalDay day{};             // the local day of the last dose, where it was logged
    bool calendar_day = false;  // the window holds exactly the doses of `day`
};

// The windows ending at each dose of one ingredient (doses in time order).
std::vector<Window> windows_of(const std::vector<IngredientDose>& doses) {
    std::map<LocalDay, int> per_day;
    for (const auto& d : doses) ++per_day[d.entry->day];
    std::vector<Window> out;
    std::size_t first = 0;
    Amount running;  // the sum of doses[first..last]
    for (std::size_t last = 0; last < doses.size(); ++last) {
        running += doses[last].amount;
        while (doses[first].entry->at <= doses[last].entry->at - window_length) {
            running = Amount::micrograms(running.in_micrograms() - doses[first].amount.in_micrograms());
            ++first;
        }
        Window w{first, last, running, static_cast<int>(last - first + 1), doses[last].entry->day, false};
        int on_day = 0;
        for (std::size_t i = first; i <= last; ++i) on_day += doses[i].entry->day == w.day ? 1 : 0;
        w.calendar_day = on_day == w.count && per_day[w.day] == w.count;
        out.push_back(w);
    }
    return out;
}

// A window above a maximum: its total (or its number of doses), judged.
struct Excess {
    const std::string* ingredient = nullptr;
    const Drug* drug = nullptr;
    const std::vector<IngredientDose>* doses = nullptr;
    Window window;
    Limit limit;             // for totals
    int allowed_doses = 0;   // for counts
    AlertSeverity severity = AlertSeverity::warning;
    std::string urgent_level;
    bool harmful = false;    // above the label's urgent level that names a harm
};

std::optional<int> course_day(const AnalysisContext& ctx, const std::string& ingredient, LocalDay day) {
    const auto found = ctx.courses.find(ingredient);
    if (found == ctx.courses.end()) return std::nullopt;
    for (const Course& c : found->second)
        if (c.first <= day && day <= c.last) return c.day_number(day);
    return std::nullopt;
}

// The label's allowance (the first days' one for methocarbamol, while the window began in
// them), replaced by a setting when the clinician set one, then lowered by any prescribed
// maximum active on the window's day.
std::optional<Limit> limit_on(const AnalysisContext& ctx, const std::string& ingredient, LocalDay day,
                              LocalDay window_start, const Drug* drug) {
    std::optional<Limit> limit;
    const auto& overrides = ctx.t().max_daily_overrides;
    if (const auto o = overrides.find(ingredient); o != overrides.end()) {
        //: %1 is the end of a setting's name: keep "max-daily.%1" as it is.
        limit = Limit{o->second, fill(translate("relief::alerts::dose_maximum", "setting max-daily.%1"), {ingredient}),
                      //: Follows "is above" ("... is above the maximum in your settings (30 mg)"); German: dative.
                      translate("relief::alerts::dose_maximum", "the maximum in your settings"), false};
    } else if (drug && drug->maximum) {
        const DailyMaximum& m = *drug->maximum;
        //: %1: the drug label cited ("Flexeril (cyclobenzaprine) US label").
        limit = Limit{m.daily, fill(translate("relief::alerts::dose_maximum", "label: %1"), {m.source}),
                      //: Follows "is above" ("... is above the maximum (30 mg)"); German: dative.
                      translate("relief::alerts::dose_maximum", "the maximum"), true};
        if (m.initial_days > 0 && m.initial > Amount{}) {
            const auto n = course_day(ctx, ingredient, window_start);
            if (n && *n <= m.initial_days) {
                limit->amount = m.initial;
                //: %1: the course day; %2: the label's first days; %3: the drug label cited.
                limit->origin = fill(translate("relief::alerts::dose_maximum", "label, course day %1 of the first %2: %3"),
                                     {std::to_string(*n), std::to_string(m.initial_days), m.source});
            }
        }
    }
    for (const Medication* med : ctx.medications_of(ingredient)) {
        if (!med->max_daily || !med->active_on(day)) continue;
        if (!limit || *med->max_daily < limit->amount)
            //: %1: the medicine's name.
            limit = Limit{*med->max_daily, fill(translate("relief::alerts::dose_maximum", "prescribed for %1"), {med->name}),
                          //: Follows "is above" ("... is above your prescribed maximum (30 mg)"); German: dative.
                          translate("relief::alerts::dose_maximum", "your prescribed maximum"), false};
    }
    return limit;
}

// The label's own urgent level (acetaminophen's 4000 mg) is a hard line whatever maximum
// applies; the percentage applies to every maximum but the label's when it has one.
void judge(const AnalysisContext& ctx, Excess& x) {
    const int percent = ctx.t().urgent_dose_percent;
    const Amount total = x.window.total;
    const Amount label_urgent = x.drug && x.drug->maximum ? x.drug->maximum->urgent : Amount{};
    const bool explicit_urgent = label_urgent > Amount{};
    const bool percent_applies = !(explicit_urgent && x.limit.from_label);

    std::string levels;
    bool urgent = false;
    if (percent_applies) {
        const Amount level = Amount::micrograms(x.limit.amount.in_micrograms() * percent / 100);
        urgent = total.in_micrograms() * 100 >= x.limit.amount.in_micrograms() * percent;
        //: %1: an amount ("45 mg"); %2: a percent.
        levels = fill(translate("relief::alerts::dose_maximum",
                                "urgent at %1 (%2 % of the maximum, setting threshold.urgent-dose-percent)"),
                      {level.to_string(), std::to_string(percent)});
    }
    if (explicit_urgent) {
        x.harmful = total > label_urgent && !x.drug->maximum->urgent_harm.empty();
        urgent = urgent || total > label_urgent;
        if (!levels.empty()) levels += "; ";
        //: %1: an amount ("4000 mg"); %2: the drug label cited.
        levels += fill(translate("relief::alerts::dose_maximum", "urgent above %1 (label: %2)"),
                       {label_urgent.to_string(), x.drug->maximum->source});
    }
    x.severity = urgent ? AlertSeverity::urgent : AlertSeverity::warning;
    x.urgent_level = levels;
}

// Every window of one ingredient above its maximum total, and every one with more doses
// than the label allows in 24 hours (tizanidine: 3).
// Windows ending before `counted_from` are left out: their doses are read only to fill the
// windows that end on it.
void excesses_of(const AnalysisContext& ctx, const std::string& ingredient, const std::vector<IngredientDose>& doses,
                 LocalDay counted_from, std::vector<Excess>& totals, std::vector<Excess>& counts) {
    const Drug* drug = Catalogue::standard().find_ingredient(ingredient);
    const int allowed = drug && drug->maximum ? drug->maximum->max_doses_per_day : 0;
    for (const Window& w : windows_of(doses)) {
        if (w.day < counted_from) continue;
        if (allowed > 0 && w.count > allowed) {
            Excess x{&ingredient, drug, &doses, w};
            x.allowed_doses = allowed;
            counts.push_back(std::move(x));
        }
        const auto limit = limit_on(ctx, ingredient, w.day, doses[w.first].entry->day, drug);
        if (!limit || w.total <= limit->amount) continue;
        Excess x{&ingredient, drug, &doses, w, *limit};
        judge(ctx, x);
        totals.push_back(std::move(x));
    }
}

// The worse of two excesses: the larger total (or count), then the one a calendar day
// holds, whose wording is the plainer.
bool worse_total(const Excess& a, const Excess& b) {
    if (a.window.total != b.window.total) return a.window.total > b.window.total;
    return a.window.calendar_day && !b.window.calendar_day;
}
bool worse_count(const Excess& a, const Excess& b) {
    if (a.window.count != b.window.count) return a.window.count > b.window.count;
    if (a.window.calendar_day != b.window.calendar_day) return a.window.calendar_day;
    return a.window.total > b.window.total;
}

// ---- Wording ----

std::span<const IngredientDose> doses_in(const Excess& x) {
    return std::span<const IngredientDose>(*x.doses).subspan(x.window.first, x.window.last - x.window.first + 1);
}

// The medications whose doses made the window, in the order first taken.
std::vector<const Medication*> medications_in(const Excess& x) {
    std::vector<const Medication*> meds;
    for (const auto& d : doses_in(x))
        if (std::find(meds.begin(), meds.end(), d.medication) == meds.end()) meds.push_back(d.medication);
    return meds;
}

// Whether the window's doses are of the medication's own ingredient (Flexeril for
// cyclobenzaprine, Percocet for its own product key), not a part of a combination.
bool own_ingredient(const Excess& x) {
    const auto meds = medications_in(x);
    return meds.size() == 1 && meds.front()->ingredient == *x.ingredient;
}

// The name the person knows: the one medication's, or the ingredient's.
std::string name_of(const Excess& x) {
    return own_ingredient(x) ? medications_in(x).front()->name : *x.ingredient;
}

// "8 tablets" for a combination product's own total (its prescribed maximum); else "35 mg".
std::string amount_text(const Excess& x, Amount amount) {
    if (x.drug && x.drug->is_combination()) return units_text(*x.drug, amount);
    return amount.to_string();
}

// Each medication's share: "Tylenol 3000 mg + Percocet 1300 mg".
std::string shares_text(const Excess& x, const std::string& separator) {
    std::string out;
    for (const Medication* med : medications_in(x)) {
        Amount share;
        for (const auto& d : doses_in(x))
            if (d.medication == med) share += d.amount;
        out += (out.empty() ? "" : separator) + med->name + " " + share.to_string();
    }
    return out;
}

// "Flexeril (35 mg of cyclobenzaprine)", "cyclobenzaprine (35 mg)", "Percocet (8 tablets)", or, when several products made it, "acetaminophen (4300 mg: Tylenol 3000 mg +
// Percocet 1300 mg)".
std::string total_phrase(const Excess& x) {
    const std::string total = amount_text(x, x.window.total);
    if (!own_ingredient(x)) return *x.ingredient + " (" + total + ": " + shares_text(x, " + ") + ")";
    const Medication& med = *medications_in(x).front();
    if (normalise_term(med.name) == normalise_term(*x.ingredient) || (x.drug && x.drug->is_combination()))
        return med.name + " (" + total + ")";
    //: %1: the medicine's name; %2: an amount; %3: its ingredient ("Flexeril (35 mg of cyclobenzaprine)").
    return fill(translate("relief::alerts::dose_maximum", "%1 (%2 of %3)"), {med.name, total, *x.ingredient});
}

// "Zanaflex (tizanidine)" or "tizanidine".
std::string drug_phrase(const Excess& x) {
    const std::string name = name_of(x);
    return normalise_term(name) == normalise_term(*x.ingredient) ? name : name + " (" + *x.ingredient + ")";
}

const Entry& last_entry(const Excess& x) { return *(*x.doses)[x.window.last].entry; }

// " Europe/Paris" when the dose was logged away from home, else "".
std::string zone_suffix(const AnalysisContext& ctx, const Entry& e) {
    const bool home = e.zone.empty() || e.zone == ctx.index.home().name();
    return home ? "" : " " + e.zone;
}

// "2026-03-05 09:00", with the zone when the dose was logged away from home.
std::string local_time(const AnalysisContext& ctx, const Entry& e) { return ctx.logged_at(e) + zone_suffix(ctx, e); }

// The catalogue's harm, in the current language when it is one of the catalogue's.
std::string harm_text(std::string_view harm) {
    if (harm == "can seriously harm the liver")
        return translate("relief::alerts::dose_maximum", "can seriously harm the liver");
    return std::string(harm);
}

std::string check_with_pharmacist() {
    return translate("relief::alerts::dose_maximum", "Check with your pharmacist before taking more.");
}

std::string advice(const Excess& x) {
    if (!x.harmful) return check_with_pharmacist();
    const DailyMaximum& m = *x.drug->maximum;
    //: %1: an amount ("4000 mg"); %2: the ingredient; %3: the harm ("can seriously harm the liver").
    return fill(translate("relief::alerts::dose_maximum",
                          "Above %1 in 24 hours, %2 %3: contact your pharmacist or clinician now, or a poison control "
                          "center, even if you feel well."),
                {m.urgent.to_string(), *x.ingredient, harm_text(m.urgent_harm)});
}

// One sentence for each way of saying when: today, on a past day, or in the 24 hours up to a
// dose (today, or on a past day).
std::string total_message(const AnalysisContext& ctx, const Excess& x, LocalDay today) {
    const bool now = x.window.day == today;
    const Entry& last = last_entry(x);
    const std::string total = total_phrase(x);
    const std::string limit = amount_text(x, x.limit.amount);
    std::string sentence;
    if (x.window.calendar_day && now)
        //: %1: the medicine and its total; %2: which maximum ("the maximum"); %3: the maximum's amount.
        sentence = fill(translate("relief::alerts::dose_maximum", "Today's total of %1 is above %2 (%3)."),
                        {total, x.limit.wording, limit});
    else if (x.window.calendar_day)
        //: %1: a day; %2: the medicine and its total; %3: which maximum ("the maximum"); %4: the maximum's amount.
        sentence = fill(translate("relief::alerts::dose_maximum", "On %1 the total of %2 was above %3 (%4)."),
                        {display_day(x.window.day), total, x.limit.wording, limit});
    else if (now)
        //: %1: the time of the last dose; %2: the medicine and its total; %3: which maximum; %4: its amount.
        sentence = fill(translate("relief::alerts::dose_maximum",
                                  "In the 24 hours up to %1 today, the total of %2 is above %3 (%4)."),
                        {ctx.logged_time(last) + zone_suffix(ctx, last), total, x.limit.wording, limit});
    else
        //: %1: the day and time of the last dose; %2: the medicine and its total; %3: which maximum; %4: its amount.
        sentence = fill(translate("relief::alerts::dose_maximum",
                                  "In the 24 hours up to %1, the total of %2 was above %3 (%4)."),
                        {local_time(ctx, last), total, x.limit.wording, limit});
    return sentence + " " + advice(x);
}

std::string count_message(const AnalysisContext& ctx, const Excess& x, LocalDay today) {
    const Entry& last = last_entry(x);
    const std::string count = std::to_string(x.window.count);
    const std::string drug = drug_phrase(x);
    const std::string allowed = std::to_string(x.allowed_doses);
    std::string sentence;
    if (!x.window.calendar_day && x.window.day == today)
        //: %1: the time of the last dose; %2: how many doses; %3: the medicine; %4: the label's number of doses.
        sentence = fill(translate("relief::alerts::dose_maximum",
                                  "In the 24 hours up to %1 today you took %2 doses of %3; the label allows at most "
                                  "%4 doses in 24 hours."),
                        {ctx.logged_time(last) + zone_suffix(ctx, last), count, drug, allowed});
    else if (!x.window.calendar_day)
        //: %1: the day and time of the last dose; %2: how many doses; %3: the medicine; %4: the label's number.
        sentence = fill(translate("relief::alerts::dose_maximum",
                                  "In the 24 hours up to %1 you took %2 doses of %3; the label allows at most %4 "
                                  "doses in 24 hours."),
                        {local_time(ctx, last), count, drug, allowed});
    else if (x.window.day == today)
        //: %1: how many doses; %2: the medicine; %3: the label's number of doses.
        sentence = fill(translate("relief::alerts::dose_maximum",
                                  "Today you took %1 doses of %2; the label allows at most %3 doses in 24 hours."),
                        {count, drug, allowed});
    else
        //: %1: a day; %2: how many doses; %3: the medicine; %4: the label's number of doses.
        sentence = fill(translate("relief::alerts::dose_maximum",
                                  "On %1 you took %2 doses of %3; the label allows at most %4 doses in 24 hours."),
                        {display_day(x.window.day), count, drug, allowed});
    return sentence + " " + check_with_pharmacist();
}

std::vector<std::string> sources_for(const Excess& x) {
    std::vector<std::string> cited;
    if (*x.ingredient == "cyclobenzaprine") cited.push_back(sources::seed_001);
    if (*x.ingredient == "acetaminophen") cited.push_back(sources::seed_003);
    if (x.drug && x.drug->maximum) cited.emplace_back(x.drug->maximum->source);
    for (const Medication* med : medications_in(x))
        if (const Drug* product = catalogue_drug(*med); product && product->is_combination()) {
            const std::string label(product->sources.back());
            if (std::find(cited.begin(), cited.end(), label) == cited.end()) cited.push_back(label);
        }
    if (cited.empty()) cited.emplace_back("the product's US label");
    return cited;
}

std::string window_evidence(const AnalysisContext& ctx, const Excess& x) {
    if (x.window.calendar_day)
        return fill(translate("relief::alerts::dose_maximum", "the day %1"), {display_day(x.window.day)});
    return fill(translate("relief::alerts::dose_maximum", "24 hours up to %1"), {local_time(ctx, last_entry(x))});
}

// One line per dose that made the total: when, what, how much (and how much of the
// ingredient, for a part of a combination product).
void add_dose_evidence(const AnalysisContext& ctx, const Excess& x, Alert& a) {
    for (const auto& d : doses_in(x)) {
        const Medication& med = *d.medication;
        const auto& taken = std::get<DoseEntry>(d.entry->data).amount;
        std::string what = taken.to_string();
        if (const Drug* product = catalogue_drug(med); product && product->is_combination()) {
            what = units_text(*product, taken);
            if (med.ingredient != *x.ingredient) what += " (" + d.amount.to_string() + " " + *x.ingredient + ")";
            else what += " (" + taken.to_string() + ")";
        }
        a.evidence.push_back(
            {translate("relief::alerts::dose_maximum", "Dose"), local_time(ctx, *d.entry) + " " + med.name + " " + what});
    }
}

// "35 mg in 3 doses".
std::string total_text(const std::string& amount, int n) {
    return fill(n == 1 ? translate("relief::alerts::dose_maximum", "%1 in %n dose", nullptr, n)
                       : translate("relief::alerts::dose_maximum", "%1 in %n doses", nullptr, n),
                {amount});
}

// One alert per ingredient (and one for its number of doses), about the day that matters:
// the most severe of the days above the maximum while the latest one is current, the
// latest of those. A maximum passed again is the same alert back, never a pile of them
// (docs/alerts.md); its evidence counts the days.
struct Occurrences {
    const Excess* shown = nullptr;
    std::vector<LocalDay> days;  // every day above the maximum up to as of, in order
};

template <class Worse>
Occurrences occurrences(const AnalysisContext& ctx, const std::vector<Excess>& all, Worse worse,
                        AlertSeverity (*severity)(const Excess&)) {
    std::map<LocalDay, const Excess*> per_day;
    for (const Excess& x : all) {
        if (x.window.day > ctx.as_of()) continue;
        const Excess*& slot = per_day[x.window.day];
        if (!slot || worse(x, *slot)) slot = &x;
    }
    Occurrences o;
    if (per_day.empty()) return o;
    const RuleSpec* spec = rule_spec(rule_id);
    const int current_days = spec ? spec->stays_current_days : 14;
    const LocalDay latest = per_day.rbegin()->first;
    for (const auto& [day, x] : per_day) {
        o.days.push_back(day);
        if ((latest - day).count() >= current_days) continue;
        if (!o.shown || severity(*x) >= severity(*o.shown)) o.shown = x;
    }
    return o;
}

AlertSeverity total_severity(const Excess& x) { return x.severity; }
AlertSeverity count_severity(const Excess&) { return AlertSeverity::warning; }

// "3 (2026-03-04, 2026-03-09 and 2026-03-12)": how many days, the latest few by date.
std::string days_text(const std::vector<LocalDay>& days) {
    constexpr std::size_t shown = 5;
    std::vector<std::string> words;
    for (std::size_t i = days.size() > shown ? days.size() - shown : 0; i < days.size(); ++i)
        words.push_back(display_day(days[i]));
    const std::string listed = joined(words, translate("relief::alerts::dose_maximum", "%1 and %2"));
    //: %1: how many days; %2: the latest of them.
    return days.size() > shown
               ? fill(translate("relief::alerts::dose_maximum", "%1 (latest: %2)"), {std::to_string(days.size()), listed})
               : std::to_string(days.size()) + " (" + listed + ")";
}

Alert total_alert(const AnalysisContext& ctx, const Excess& x, const std::vector<LocalDay>& days) {
    Alert a = make_alert(rule_id, x.severity, *x.ingredient + " above the maximum",
                         //: %1: the medicine.
                         fill(translate("relief::alerts::dose_maximum", "%1 above the daily maximum"),
                              {capitalised(name_of(x))}),
                         total_message(ctx, x, ctx.as_of()), sources_for(x), x.window.day);
    a.drugs = {*x.ingredient};
    a.last_seen = days.back();
    a.evidence.push_back({translate("relief::alerts::dose_maximum", "Day"), display_day(x.window.day)});
    a.evidence.push_back({translate("relief::alerts::dose_maximum", "Window"), window_evidence(ctx, x)});
    a.evidence.push_back({translate("relief::alerts::dose_maximum", "Total"),
                          total_text(amount_text(x, x.window.total), x.window.count)});
    if (!own_ingredient(x))
        a.evidence.push_back({translate("relief::alerts::dose_maximum", "From"), shares_text(x, "; ")});
    a.evidence.push_back({translate("relief::alerts::dose_maximum", "Maximum"),
                          amount_text(x, x.limit.amount) + " (" + x.limit.origin + ")"});
    a.evidence.push_back({translate("relief::alerts::dose_maximum", "Threshold"), x.urgent_level});
    if (days.size() > 1)
        a.evidence.push_back(
            {translate("relief::alerts::dose_maximum", "Days above the maximum in the last 12 months"), days_text(days)});
    add_dose_evidence(ctx, x, a);
    return a;
}

// Tizanidine's label caps the number of doses as well as the total (at most 3 in 24 hours).
Alert count_alert(const AnalysisContext& ctx, const Excess& x, const std::vector<LocalDay>& days) {
    Alert a = make_alert(rule_id, AlertSeverity::warning, *x.ingredient + " doses above the maximum",
                         //: %1: the medicine.
                         fill(translate("relief::alerts::dose_maximum", "%1: too many doses in 24 hours"),
                              {capitalised(name_of(x))}),
                         count_message(ctx, x, ctx.as_of()), sources_for(x), x.window.day);
    a.drugs = {*x.ingredient};
    a.last_seen = days.back();
    a.evidence.push_back({translate("relief::alerts::dose_maximum", "Day"), display_day(x.window.day)});
    a.evidence.push_back({translate("relief::alerts::dose_maximum", "Window"), window_evidence(ctx, x)});
    //: %1: how many doses; %2: their total amount.
    a.evidence.push_back({translate("relief::alerts::dose_maximum", "Doses"),
                          fill(translate("relief::alerts::dose_maximum", "%1 (total %2)"),
                               {std::to_string(x.window.count), x.window.total.to_string()})});
    a.evidence.push_back({translate("relief::alerts::dose_maximum", "Threshold"),
                          //: %1: the label's number of doses; %2: the drug label cited.
                          fill(translate("relief::alerts::dose_maximum", "at most %1 doses in 24 hours (label: %2)"),
                               {std::to_string(x.allowed_doses), x.drug->maximum->source})});
    if (days.size() > 1)
        a.evidence.push_back(
            {translate("relief::alerts::dose_maximum", "Days with too many doses in the last 12 months"), days_text(days)});
    add_dose_evidence(ctx, x, a);
    return a;
}

}  // namespace

void check_dose_maximum(const AnalysisContext& ctx, std::vector<Alert>& out) {
    // The last year (event_look_back_days), and two days before it for the 24-hour windows
    // that end on its first day.
    const LocalDay start = event_look_back_start(ctx.as_of());
    const IngredientDoses doses = ingredient_doses(ctx.index, start - date::days{2});
    for (const auto& [ingredient, list] : doses) {
        std::vector<Excess> totals, counts;
        excesses_of(ctx, ingredient, list, start, totals, counts);
        if (const auto o = occurrences(ctx, totals, worse_total, total_severity); o.shown)
            out.push_back(total_alert(ctx, *o.shown, o.days));
        if (const auto o = occurrences(ctx, counts, worse_count, count_severity); o.shown)
            out.push_back(count_alert(ctx, *o.shown, o.days));
    }
}

std::vector<DoseWarning> dose_warnings(const JournalSnapshot& journal, std::int64_t entry_id, LocalDay today,
                                       const Thresholds& thresholds) {
    const auto entry = std::find_if(journal.entries.begin(), journal.entries.end(),
                                    [&](const Entry& e) { return e.id == entry_id; });
    if (entry == journal.entries.end()) return {};
    const auto* dose = std::get_if<DoseEntry>(&entry->data);
    if (!dose || dose->status != DoseStatus::taken) return {};

    const JournalIndex index(journal, std::max(today, entry->day), thresholds);
    const AnalysisContext ctx(index);
    const Medication* med = index.medication(dose->medication_id);
    if (!med) return {};
    // The windows holding the dose end within a day of it.
    const IngredientDoses doses = ingredient_doses(index, entry->day - date::days{2});

    std::vector<DoseWarning> out;
    for (const auto& part : dose_ingredients(*med, dose->amount)) {
        const auto found = doses.find(part.ingredient);
        if (found == doses.end()) continue;
        const auto& list = found->second;
        const auto at = std::find_if(list.begin(), list.end(), [&](const IngredientDose& d) { return d.entry->id == entry_id; });
        if (at == list.end()) continue;
        const std::size_t k = static_cast<std::size_t>(at - list.begin());

        std::vector<Excess> totals, counts;
        excesses_of(ctx, part.ingredient, list, entry->day - date::days{1}, totals, counts);
        auto holds_dose = [&](const Excess& x) { return x.window.first <= k && k <= x.window.last; };
        const Excess* total = nullptr;
        for (const Excess& x : totals)
            if (holds_dose(x) && (!total || worse_total(x, *total))) total = &x;
        const Excess* count = nullptr;
        for (const Excess& x : counts)
            if (holds_dose(x) && (!count || worse_count(x, *count))) count = &x;
        if (total) out.push_back({total->severity, part.ingredient, total_message(ctx, *total, today)});
        if (count) out.push_back({AlertSeverity::warning, part.ingredient, count_message(ctx, *count, today)});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const DoseWarning& a, const DoseWarning& b) { return a.severity > b.severity; });
    return out;
}

}  // namespace relief
