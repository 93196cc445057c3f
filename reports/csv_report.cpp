#include "csv_report.h"

#include "core/translate.h"
#include "core/day_zones.h"
#include "core/metrics/pain.h"
#include "core/zone.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstddef>
#include <map>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>


namespace relief::reports {

namespace {

enum Column : std::size_t {
    entry_id_col,
    date_col,
    local_time_col,
    zone_col,
    utc_time_col,
    kind_col,
    name_col,
    drug_col,
    ingredient_col,
    amount_col,
    unit_col,
    status_col,
    scheduled_time_col,
    actual_time_col,
    score_col,
    location_col,
    quality_col,
    severity_col,
    cramp_severity_col,
    minutes_col,
    quantity_col,
    note_col,
    peg_pain_col,
    peg_enjoyment_col,
    peg_activity_col,
    peg_score_col,
    sleep_hours_col,
    sleep_quality_col,
    goal_met_col,
    pgic_col,
    column_count
};

constexpr std::array<std::string_view, column_count> column_names{
    "entry_id", "date",        "local_time", "zone",     "utc_time",       "kind",    "name",
    "drug",     "ingredient",  "amount",     "unit",     "status",         "scheduled_time",
    "actual_time", "score",    "location",   "quality",  "severity",       "cramp_severity",
    "minutes",  "quantity",    "note",       "peg_pain", "peg_enjoyment",  "peg_activity",
    "peg_score", "sleep_hours", "sleep_quality", "goal_met", "pgic"};

using Row = std::array<std::string, column_count>;

// A spreadsheet runs a cell starting with one of these as a formula (CSV injection), so
// such text is shown with a leading apostrophe instead.
bool looks_like_formula(std::string_view cell) {
    if (cell.empty()) return false;
    const char c = cell.front();
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

std::string csv_cell(std::string_view value) {
    std::string text = looks_like_formula(value) ? "'" + std::string(value) : std::string(value);
    const bool needs_quotes = text.find_first_of(",\"\r\n") != std::string::npos ||
                              (!text.empty() && (text.front() == ' ' || text.back() == ' '));
    if (!needs_quotes) return text;
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string csv_line(const Row& cells) {
    std::string out;
    for (std::size_t i = 0; i < column_count; ++i) {
        if (i) out += ',';
        out += csv_cell(cells[i]);
    }
    return out + "\r\n";
}

std::string joined(const std::vector<std::string>& terms) {
    std::string out;
    for (const auto& t : terms) {
        if (!out.empty()) out += "; ";
        out += t;
    }
    return out;
}

// Entries and slots name their zone; looking each up once keeps long journals quick.
class Zones {
public:
    const Zone& get(const std::string& name) {
        auto it = zones_.find(name);
        if (it == zones_.end()) it = zones_.emplace(name, Zone::locate(name)).first;
        return it->second;
    }

    std::string hh_mm(Instant at, const std::string& zone) {
        const auto local = get(zone).local_time(at);
        const auto since_midnight = local - date::floor<date::days>(local);
        return format_time_of_day({static_cast<int>(
            std::chrono::duration_cast<std::chrono::minutes>(since_midnight).count())});
    }

private:
    std::map<std::string, Zone> zones_;
};

void fill_drug(Row& row, const Medication* med) {
    if (!med) return;
    row[drug_col] = med->name;
    row[ingredient_col] = med->ingredient;
}

void fill_amount(Row& row, Amount amount) {
    row[amount_col] = amount.milligram_text();
    row[unit_col] = "mg";
}

std::string optional_int(const std::optional<int>& value) {
    return value ? std::to_string(*value) : std::string();
}

Row entry_row(const Entry& e, const VisitReport& report, Zones& zones) {
    Row row;
    row[entry_id_col] = std::to_string(e.id);
    row[date_col] = format_day(e.day);
    row[local_time_col] = zones.hh_mm(e.at, e.zone);
    row[zone_col] = e.zone;
    row[utc_time_col] = format_utc(e.at);
    row[kind_col] = std::string(kind_name(e.data));
    std::visit(
        [&](const auto& d) {
            using T = std::decay_t<decltype(d)>;
            if constexpr (std::is_same_v<T, DoseEntry>) {
                fill_drug(row, report.medication(d.medication_id));
                const bool skipped = d.status == DoseStatus::skipped;
                if (!skipped) fill_amount(row, d.amount);  // a dose not taken has no amount
                row[status_col] = skipped ? "skipped" : is_late(d, e.at) ? "late" : "taken";
                if (d.scheduled) row[scheduled_time_col] = zones.hh_mm(*d.scheduled, e.zone);
                if (!skipped) row[actual_time_col] = row[local_time_col];
            } else if constexpr (std::is_same_v<T, PainEntry>) {
                row[score_col] = std::to_string(d.score);
                row[location_col] = joined(d.locations);
                row[quality_col] = joined(d.qualities);
            } else if constexpr (std::is_same_v<T, SideEffectEntry>) {
                row[name_col] = d.name;
                row[severity_col] = std::string(to_string(d.severity));
            } else if constexpr (std::is_same_v<T, CrampEntry>) {
                row[cramp_severity_col] = optional_int(d.severity);
                row[location_col] = d.location;
                row[minutes_col] = optional_int(d.minutes);
            } else if constexpr (std::is_same_v<T, MeasureEntry>) {
                row[name_col] = d.name;
                row[minutes_col] = optional_int(d.minutes);
            } else if constexpr (std::is_same_v<T, FluidsEntry>) {
                row[quantity_col] = std::to_string(d.glasses);
            } else if constexpr (std::is_same_v<T, AlcoholEntry>) {
                row[quantity_col] = std::to_string(d.drinks);
            } else if constexpr (std::is_same_v<T, SymptomEntry>) {
                row[name_col] = d.name;
            } else if constexpr (std::is_same_v<T, PegEntry>) {
                row[peg_pain_col] = std::to_string(d.pain);
                row[peg_enjoyment_col] = std::to_string(d.enjoyment);
                row[peg_activity_col] = std::to_string(d.activity);
                row[peg_score_col] = format_mean(d.score());
            } else if constexpr (std::is_same_v<T, SleepEntry>) {
                char hours[16];
                std::snprintf(hours, sizeof hours, "%.2f", d.minutes / 60.0);
                row[sleep_hours_col] = hours;
                row[sleep_quality_col] = optional_int(d.quality);
            } else if constexpr (std::is_same_v<T, GoalEntry>) {
                row[name_col] = d.goal;
                row[goal_met_col] = d.met ? "yes" : "no";
            } else if constexpr (std::is_same_v<T, PgicEntry>) {
                row[pgic_col] = std::to_string(d.answer);
                row[note_col] = std::string(pgic_words(d.answer));
            } else {
                static_assert(std::is_same_v<T, NoteEntry>);
                row[note_col] = d.text;
            }
        },
        e.data);
    return row;
}

// A slot nobody answered has no entry of its own; it is shown on the clock where the
// schedule ran that day (the home zone unless the person was away), with no amount.
Row missed_row(const SlotStatus& slot, const VisitReport& report, const DayZones& days, Zones& zones) {
    const Zone& home = zones.get(report.profile.zone);
    const std::string there(days.on(home.day_of(slot.scheduled)).name());
    Row row;
    row[date_col] = format_day(zones.get(there).day_of(slot.scheduled));
    row[local_time_col] = zones.hh_mm(slot.scheduled, there);
    row[zone_col] = there;
    row[utc_time_col] = format_utc(slot.scheduled);
    row[kind_col] = "dose";
    fill_drug(row, report.medication(slot.medication_id));
    row[status_col] = "missed";
    row[scheduled_time_col] = row[local_time_col];
    return row;
}

}  // namespace

std::string render_csv(const VisitReport& report) {
    // Software reads this file: its words (body sites, qualities, care) are the same in every
    // language, whatever language the person or the report is in (docs/translating.md).
    const TranslationsScope english(nullptr);
    // UTF-8 with a byte-order mark: without it, Excel reads "Schmerz, Rücken" as Latin-1.
    std::string out = "\xEF\xBB\xBF";
    Row header;
    for (std::size_t i = 0; i < column_count; ++i) header[i] = std::string(column_names[i]);
    out += csv_line(header);

    std::vector<const SlotStatus*> missed;
    for (const auto& slot : report.scheduled_doses)
        if (slot.state == SlotState::missed) missed.push_back(&slot);
    std::stable_sort(missed.begin(), missed.end(), [](const SlotStatus* a, const SlotStatus* b) {
        return a->scheduled < b->scheduled;
    });

    // Entries come in time order already; merging keeps an entry ahead of a missed slot
    // at the same instant.
    Zones zones;
    const DayZones days(zones.get(report.profile.zone), report.entries);
    std::size_t m = 0;
    for (const auto& e : report.entries) {
        for (; m < missed.size() && missed[m]->scheduled < e.at; ++m)
            out += csv_line(missed_row(*missed[m], report, days, zones));
        out += csv_line(entry_row(e, report, zones));
    }
    for (; m < missed.size(); ++m) out += csv_line(missed_row(*missed[m], report, days, zones));
    return out;
}

}  // namespace relief::reports
