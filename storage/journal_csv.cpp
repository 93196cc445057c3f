#include "journal_csv.h"

#include "core/entry_record.h"
#include "core/errors.h"
#include "core/goals.h"
#include "core/reminder_settings.h"
#include "core/thresholds.h"
#include "core/unicode_text.h"
#include "core/vocabulary.h"
#include "csv.h"
#include "errors.h"
#include "core/translate.h"
#include "row_codec.h"

#include <algorithm>
#include <array>
#include <deque>
#include <functional>
#include <map>
#include <set>

namespace relief::storage {

namespace {

const std::vector<std::string>& columns() {
    static const std::vector<std::string> list{
        "record",    "id",        "at_utc",     "zone",        "local_day",   "local_time",
        "kind",      "medication_id", "amount_mg", "status",    "scheduled_utc", "score",
        "severity",  "minutes",   "quantity",   "name",        "locations",   "qualities",
        "text",      "ingredient", "class",     "form",        "times",       "as_needed",
        "max_daily_mg", "start",  "stop",       "taper",       "created_utc", "deleted_utc",
        "replaced_by", "enjoyment", "activity"};
    return list;
}

// Columns later versions added: an export from before them still imports.
bool added_later(const std::string& column) { return column == "enjoyment" || column == "activity"; }

using Row = std::map<std::string, std::string>;

std::string opt(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : ""; }
std::string opt(const std::optional<std::string>& v) { return v.value_or(""); }
std::string utc_text(std::int64_t s) { return format_utc(Instant{std::chrono::seconds{s}}); }

std::vector<std::string> ordered(const Row& row) {
    std::vector<std::string> out;
    for (const auto& c : columns()) {
        auto it = row.find(c);
        out.push_back(it == row.end() ? "" : it->second);
    }
    return out;
}

// The index of each column, for writing rows straight in their order.
std::size_t column_index(const std::string& name) {
    const auto& all = columns();
    return static_cast<std::size_t>(std::find(all.begin(), all.end(), name) - all.begin());
}

// An entry row in columns() order: an export writes ten years of them, and a map per row
// was most of its time.
void entry_fields(const StoredEntry& s, const Zone& zone, std::vector<std::string>& out) {
    static const std::size_t
        record = column_index("record"), id = column_index("id"), at_utc = column_index("at_utc"),
        zone_c = column_index("zone"), local_day = column_index("local_day"), local_time = column_index("local_time"),
        kind = column_index("kind"), medication_id = column_index("medication_id"), amount_mg = column_index("amount_mg"),
        status = column_index("status"), scheduled_utc = column_index("scheduled_utc"), score = column_index("score"),
        severity = column_index("severity"), minutes = column_index("minutes"), quantity = column_index("quantity"),
        name = column_index("name"), locations = column_index("locations"), qualities = column_index("qualities"),
        text = column_index("text"), created_utc = column_index("created_utc"), deleted_utc = column_index("deleted_utc"),
        replaced_by = column_index("replaced_by"), enjoyment = column_index("enjoyment"), activity = column_index("activity");
    const Entry& e = s.entry;
    const EntryRecord r = to_record(e.data);
    out.assign(columns().size(), std::string());
    out[record] = "entry";
    out[id] = std::to_string(e.id);
    out[at_utc] = format_utc(e.at);
    out[zone_c] = e.zone;
    out[local_day] = format_day(e.day);
    out[local_time] = format_local(e.at, zone).substr(11);
    out[kind] = r.kind;
    out[medication_id] = opt(r.medication_id);
    if (r.amount_ug) out[amount_mg] = Amount::micrograms(*r.amount_ug).milligram_text();
    out[status] = opt(r.status);
    if (r.scheduled_utc) out[scheduled_utc] = utc_text(*r.scheduled_utc);
    out[score] = opt(r.score);
    out[severity] = opt(r.severity);
    out[minutes] = opt(r.minutes);
    out[quantity] = opt(r.quantity);
    out[name] = opt(r.name);
    out[locations] = opt(r.locations);
    out[qualities] = opt(r.qualities);
    out[text] = opt(r.text);
    out[created_utc] = format_utc(s.created);
    if (s.deleted) out[deleted_utc] = format_utc(*s.deleted);
    out[replaced_by] = opt(s.replaced_by);
    out[enjoyment] = opt(r.enjoyment);
    out[activity] = opt(r.activity);
}

Row medication_row(const Medication& m) {
    return Row{{"record", "medication"},
               {"id", std::to_string(m.id)},
               {"name", m.name},
               {"ingredient", m.ingredient},
               {"class", std::string(class_name(m.chosen_class))},
               {"form", form_name(m.form)},
               {"amount_mg", m.dose.milligram_text()},
               {"times", format_times(m.schedule.times)},
               {"as_needed", m.schedule.as_needed ? "yes" : "no"},
               {"max_daily_mg", m.max_daily ? m.max_daily->milligram_text() : ""},
               {"start", format_day(m.start)},
               {"stop", m.stop ? format_day(*m.stop) : ""},
               {"taper", m.taper ? "yes" : "no"},
               {"created_utc", m.entered ? format_utc(*m.entered) : ""}};
}

Row prescription_row(const StoredPrescriptionStep& p) {
    return Row{{"record", "prescription"},
               {"id", std::to_string(p.id)},
               {"medication_id", std::to_string(p.medication_id)},
               {"start", format_day(p.step.from)},
               {"amount_mg", p.step.dose.milligram_text()},
               {"times", format_times(p.step.schedule.times)},
               {"as_needed", p.step.schedule.as_needed ? "yes" : "no"},
               {"created_utc", format_utc(p.created)},
               {"deleted_utc", p.deleted ? format_utc(*p.deleted) : ""}};
}

// ---- reading ----

std::optional<std::string> cell(const Row& row, const std::string& column) {
    const auto it = row.find(column);  // absent: a column added after the file was written
    if (it == row.end() || it->second.empty()) return std::nullopt;
    return it->second;
}

std::optional<std::int64_t> int_cell(const Row& row, const std::string& column) {
    const auto v = cell(row, column);
    if (!v) return std::nullopt;
    std::size_t used = 0;
    long long n = 0;
    try {
        n = std::stoll(*v, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != v->size()) throw InputError(column, *v, translate("relief::storage::journal_csv", "a whole number"));
    return n;
}

std::int64_t required_int(const Row& row, const std::string& column) {
    auto v = int_cell(row, column);
    if (!v) throw InputError(column, "", translate("relief::storage::journal_csv", "a whole number (this column is required here)"));
    return *v;
}

std::optional<std::int64_t> mg_cell(const Row& row, const std::string& column) {
    const auto v = cell(row, column);
    if (!v) return std::nullopt;
    return Amount::parse(*v + "mg", column).in_micrograms();
}

bool yes_no(const Row& row, const std::string& column) {
    const auto v = row.at(column);
    if (v == "yes") return true;
    if (v == "no" || v.empty()) return false;
    //: The words stay as they are: they are what the file holds.
    throw InputError(column, v, translate("relief::storage::journal_csv", "'yes' or 'no'"));
}

std::optional<std::int64_t> utc_cell(const Row& row, const std::string& column) {
    const auto v = cell(row, column);
    if (!v) return std::nullopt;
    return parse_utc(*v, column).time_since_epoch().count();
}

Medication read_medication(const Row& row) {
    Medication m;
    m.id = required_int(row, "id");
    m.name = nfc(row.at("name"));
    m.ingredient = nfc(row.at("ingredient"));
    m.chosen_class = parse_choosable_class(row.at("class").empty() ? "other" : row.at("class"));
    m.form = parse_form(row.at("form").empty() ? "immediate" : row.at("form"));
    const auto dose = mg_cell(row, "amount_mg");
    if (!dose) throw InputError("amount_mg", "", translate("relief::storage::journal_csv", "the dose in mg"));
    m.dose = Amount::micrograms(*dose);
    if (auto t = cell(row, "times")) m.schedule.times = parse_times(*t, "times");
    m.schedule.as_needed = yes_no(row, "as_needed");
    if (auto max = mg_cell(row, "max_daily_mg")) m.max_daily = Amount::micrograms(*max);
    m.start = parse_day(row.at("start"), "start");
    if (auto s = cell(row, "stop")) m.stop = parse_day(*s, "stop");
    m.taper = yes_no(row, "taper");
    if (auto created = utc_cell(row, "created_utc")) m.entered = Instant{std::chrono::seconds{*created}};
    validate(m);
    return m;
}

struct FilePrescription {
    StoredPrescriptionStep row;  // medication_id as in the file
    std::size_t line;
};

StoredPrescriptionStep read_prescription(const Row& row) {
    StoredPrescriptionStep p;
    p.medication_id = required_int(row, "medication_id");
    p.step.from = parse_day(row.at("start"), "start");
    const auto dose = mg_cell(row, "amount_mg");
    if (!dose) throw InputError("amount_mg", "", translate("relief::storage::journal_csv", "the dose in mg"));
    p.step.dose = Amount::micrograms(*dose);
    if (auto t = cell(row, "times")) p.step.schedule.times = parse_times(*t, "times");
    p.step.schedule.as_needed = yes_no(row, "as_needed");
    const auto created = utc_cell(row, "created_utc");
    if (!created) throw InputError("created_utc", "", translate("relief::storage::journal_csv", "when the change was written, YYYY-MM-DDTHH:MM:SSZ"));
    p.created = Instant{std::chrono::seconds{*created}};
    if (auto d = utc_cell(row, "deleted_utc")) p.deleted = Instant{std::chrono::seconds{*d}};
    return p;
}

// What makes two prescription rows the same change, whatever ids they carry.
bool same_change(const StoredPrescriptionStep& a, const StoredPrescriptionStep& b) {
    return a.medication_id == b.medication_id && a.step == b.step && a.created == b.created && a.deleted == b.deleted;
}

// What the history check needs of an entry row; the row itself is read again when it is
// written, so that a million rows are never held in memory at once.
struct FileEntry {
    std::int64_t file_id;
    std::optional<std::int64_t> file_replaced_by;
    Instant at{};
    Instant created{};
    std::optional<Instant> deleted;
    std::size_t line;
};

// What the file says happened must be possible: nothing after now (a minute of clock
// difference allowed), a deletion after its creation, and an edit history whose
// replaced_by links form chains: each row replaced by another row of the file, never by
// itself, at most one row replaced by the same one, and no loop (1 -> 2 -> 1), so that
// every chain ends in one current version.
void check_history(const std::deque<FileEntry>& entries, Instant now, const std::string& file) {
    const Instant latest = now + std::chrono::minutes{1};
    const auto future = [&](Instant at) { return at > latest; };
    std::map<std::int64_t, const FileEntry*> by_id;
    for (const auto& fe : entries)
        if (!by_id.emplace(fe.file_id, &fe).second)
            throw FileFormatError(file, fe.line, fill(translate("relief::storage::journal_csv", "entry id %1 appears twice"), {std::to_string(fe.file_id)}));
    std::map<std::int64_t, std::int64_t> replaced_from;
    for (const auto& fe : entries) {
        //: %1: a column of the file (at_utc, created_utc, deleted_utc), %2: its value, %3: the time now (UTC).
        const auto in_future = [&](const char* column, Instant at) {
            return fill(translate("relief::storage::journal_csv", "%1 %2 is in the future (it is now %3)"), {column, format_utc(at), format_utc(now)});
        };
        if (future(fe.at)) throw FileFormatError(file, fe.line, in_future("at_utc", fe.at));
        if (future(fe.created)) throw FileFormatError(file, fe.line, in_future("created_utc", fe.created));
        if (fe.deleted && future(*fe.deleted)) throw FileFormatError(file, fe.line, in_future("deleted_utc", *fe.deleted));
        if (fe.deleted && *fe.deleted < fe.created)
            throw FileFormatError(file, fe.line,
                                  fill(translate("relief::storage::journal_csv", "deleted_utc %1 is before the row was written (created_utc %2)"),
                                       {format_utc(*fe.deleted), format_utc(fe.created)}));
        if (!fe.file_replaced_by) continue;
        const std::int64_t next = *fe.file_replaced_by;
        if (next == fe.file_id)
            throw FileFormatError(file, fe.line, fill(translate("relief::storage::journal_csv", "entry %1 is replaced_by itself"), {std::to_string(next)}));
        if (!by_id.count(next))
            throw FileFormatError(file, fe.line,
                                  fill(translate("relief::storage::journal_csv", "replaced_by %1 is not an entry listed in this file"), {std::to_string(next)}));
        if (auto [it, fresh] = replaced_from.emplace(next, fe.file_id); !fresh)
            throw FileFormatError(file, fe.line,
                                  fill(translate("relief::storage::journal_csv", "entry %1 replaces both entry %2 and entry %3; an edit has one earlier version"),
                                       {std::to_string(next), std::to_string(it->second), std::to_string(fe.file_id)}));
    }
    // Each row has at most one earlier and one later version, so the rows form chains and
    // loops; walking every chain from its first version reaches every row not in a loop
    // (linear, however long the history).
    std::set<std::int64_t> reached;
    for (const auto& fe : entries) {
        if (replaced_from.count(fe.file_id)) continue;  // not a first version
        for (const FileEntry* at = &fe; at; at = at->file_replaced_by ? by_id.at(*at->file_replaced_by) : nullptr)
            reached.insert(at->file_id);
    }
    for (const auto& fe : entries)
        if (!reached.count(fe.file_id))
            throw FileFormatError(file, fe.line,
                                  fill(translate("relief::storage::journal_csv", "the replaced_by links through entry %1 form a loop; each edit must lead to "
                                                      "one current version"),
                                       {std::to_string(fe.file_id)}));
}

StoredEntry read_entry(const Row& row) {
    EntryRecord r;
    r.kind = row.at("kind");
    r.medication_id = int_cell(row, "medication_id");
    r.amount_ug = mg_cell(row, "amount_mg");
    r.status = cell(row, "status");
    r.scheduled_utc = utc_cell(row, "scheduled_utc");
    r.score = int_cell(row, "score");
    r.severity = cell(row, "severity");
    r.minutes = int_cell(row, "minutes");
    r.quantity = int_cell(row, "quantity");
    r.name = cell(row, "name");
    r.locations = cell(row, "locations");
    r.qualities = cell(row, "qualities");
    r.text = cell(row, "text");
    r.enjoyment = int_cell(row, "enjoyment");
    r.activity = int_cell(row, "activity");

    StoredEntry s;
    s.entry.id = required_int(row, "id");
    s.entry.at = parse_utc(row.at("at_utc"), "at_utc");
    const auto zone = Zone::locate(row.at("zone"));
    check_storable_moment(s.entry.at, zone, "at_utc", row.at("at_utc"));
    s.entry.zone = std::string(zone.name());
    s.entry.data = from_record(r);
    validate(s.entry.data);  // new text to this journal: the rules for typed text apply
    const auto created = utc_cell(row, "created_utc");
    s.created = created ? Instant{std::chrono::seconds{*created}} : s.entry.at;
    if (auto d = utc_cell(row, "deleted_utc")) s.deleted = Instant{std::chrono::seconds{*d}};
    s.replaced_by = int_cell(row, "replaced_by");
    return s;
}

// What makes two rows the same logged event, whatever ids they carry.
std::string signature(const StoredEntry& s) {
    const auto r = to_record(s.entry.data);
    // Fields joined by a unit separator (a control character no stored text holds).
    std::string out = format_utc(s.entry.at);
    for (const std::string& field :
         {s.entry.zone, r.kind, opt(r.medication_id), opt(r.amount_ug), opt(r.status), opt(r.scheduled_utc), opt(r.score),
          opt(r.severity), opt(r.minutes), opt(r.quantity), opt(r.name), opt(r.locations), opt(r.qualities), opt(r.text),
          format_utc(s.created), opt(r.enjoyment), opt(r.activity)}) {
        out += '\x1f';
        out += field;
    }
    return out;
}

// A setting from a file is checked as strictly as one typed at the command line, so an
// import can never leave a journal that later fails to open its profile or thresholds.
void check_setting(const std::string& key, const std::string& value) {
    if (key == "zone") Zone::locate(value);
    else if (key == "profile.name") {
        if (!value.empty()) parse_profile_name(value, key);
    } else if (key == "profile.birth_year") parse_int_in_range(value, 1900, 2100, key);
    else if (key == "profile.birth_date") parse_birth_date(value, date::local_days{date::year{2100} / 12 / 31}, key);
    else if (key == "profile.identifier" || key == "profile.identifier_system") parse_identifier_text(value, key);
    else if (key == "profile.conditions") {
        for (const auto& c : condition_names().canonical_list(value))
            if (c.empty()) throw InputError(key, value, translate("relief::storage::journal_csv", "condition names"));
    } else if (key == "profile.onset") parse_day(value, key);
    else if (key.rfind("threshold.", 0) == 0 || key.rfind("max-daily.", 0) == 0) validate_threshold_setting(key, value);
    else if (is_reminder_setting(key)) {
        if (!value.empty()) validate_reminder_setting(key, value);  // empty: reset to its default
    } else if (key.rfind("goal.", 0) == 0) {
        //: %1: the setting's name as the file has it (goal.1).
        const int slot = parse_int_in_range(key.substr(5), 1, max_goals, fill(translate("relief::storage::journal_csv", "setting %1"), {key}));
        if (!value.empty()) free_goal_slot({}, value);  // empty: the goal was removed
        (void)slot;
    } else
        //: The setting names stay as they are: they are what the file holds.
        throw InputError("setting", key,
                         translate("relief::storage::journal_csv", "zone, profile.*, threshold.*, max-daily.*, reminders.* or goal.1/goal.2"));
}

// Each data row of an export, checked against the header, as column -> value; one at a
// time (a file of a million rows is never held as rows). `each` returns false to stop.
void for_each_row(std::string_view text, const std::string& file,
                  const std::function<bool(std::size_t line, const Row& row)>& each) {
    std::vector<std::string> header;
    std::size_t header_line = 0;
    Row row;
    for_each_csv_row(text, file, [&](CsvRow&& r) {
        if (header.empty()) {
            std::set<std::string> seen;
            for (const auto& name : r.fields) {
                if (std::find(columns().begin(), columns().end(), name) == columns().end())
                    throw FileFormatError(file, r.line,
                                          fill(translate("relief::storage::journal_csv", "unknown column '%1' in the header; expected the columns of a "
                                                              "Relief Journal export, starting with record,id,at_utc"),
                                               {name}));
                if (!seen.insert(name).second)
                    throw FileFormatError(file, r.line, fill(translate("relief::storage::journal_csv", "column '%1' appears twice"), {name}));
            }
            for (const auto& c : columns())
                if (!seen.count(c) && !added_later(c))
                    throw FileFormatError(file, r.line, fill(translate("relief::storage::journal_csv", "the header lacks the column '%1'"), {c}));
            header = std::move(r.fields);
            header_line = r.line;
            return true;
        }
        if (r.fields.size() != header.size())
            throw FileFormatError(file, r.line,
                                  fill(translate("relief::storage::journal_csv", "expected %1 fields, found %2"),
                                       {std::to_string(header.size()), std::to_string(r.fields.size())}));
        for (std::size_t k = 0; k < r.fields.size(); ++k) row[header[k]] = std::move(r.fields[k]);
        return each(r.line, row);
    });
    if (header.empty()) throw FileFormatError(file, 1, translate("relief::storage::journal_csv", "the file is empty; expected a header line"));
    (void)header_line;
}

// In file order, so that a change replaced by a later one from the same day lands before
// it. A current change must fit its medication as a change typed today would.
void import_prescriptions(Journal& journal, const std::vector<FilePrescription>& rows,
                          const std::map<std::int64_t, std::int64_t>& med_ids, const std::string& file,
                          ImportSummary& summary) {
    for (const auto& fp : rows) {
        auto row = fp.row;
        const auto it = med_ids.find(row.medication_id);
        if (it == med_ids.end())
            throw FileFormatError(file, fp.line,
                                  fill(translate("relief::storage::journal_csv", "medication_id %1 is not a medication listed in this file"),
                                       {std::to_string(row.medication_id)}));
        row.medication_id = it->second;
        const auto present = journal.prescription_history(row.medication_id);
        if (std::any_of(present.begin(), present.end(), [&](const auto& p) { return same_change(p, row); }))
            continue;
        if (row.is_current()) {
            const Medication med = *journal.medication(row.medication_id);
            if (std::any_of(med.steps.begin(), med.steps.end(), [&](const auto& s) { return s.from == row.step.from; }))
                throw FileFormatError(file, fp.line,
                                      fill(translate("relief::storage::journal_csv", "%1 already has a prescription change from %2; remove one of them first"),
                                           {med.name, display_day(row.step.from)}));
            try {
                validate(with_prescription_change(med, row.step));
            } catch (const InputError& e) {
                throw FileFormatError(file, fp.line, e.what());
            }
        }
        journal.insert_prescription_row(row);
        ++summary.prescription_changes_added;
    }
}

}  // namespace

std::string export_csv(const Journal& journal) {
    std::string out = csv_line(columns());
    for (const auto& [key, value] : journal.settings())
        out += csv_line(ordered(Row{{"record", "setting"}, {"name", key}, {"text", value}}));
    // In id order, like the entries: medications() lists them by start day, and a new journal
    // importing the file gives them ids in file order, which must be the ids they have here.
    auto medications = journal.medications();
    std::sort(medications.begin(), medications.end(),
              [](const Medication& a, const Medication& b) { return a.id < b.id; });
    for (const auto& m : medications) out += csv_line(ordered(medication_row(m)));
    for (const auto& p : journal.all_prescription_rows()) out += csv_line(ordered(prescription_row(p)));
    // Zones are looked up once each: a journal is written in one or a few.
    std::map<std::string, Zone, std::less<>> zones;
    std::vector<std::string> fields;
    const auto rows = journal.all_rows();
    out.reserve(out.size() + rows.size() * 160);  // about a row's length: the text is not copied as it grows
    for (const auto& row : rows) {
        auto zone = zones.find(row.entry.zone);
        if (zone == zones.end()) zone = zones.emplace(row.entry.zone, Zone::locate(row.entry.zone)).first;
        entry_fields(row, zone->second, fields);
        append_csv_line(out, fields);
    }
    return out;
}

std::optional<std::string> csv_home_zone(std::string_view text, const std::string& file_name) {
    std::optional<std::string> zone;
    for_each_row(text, file_name, [&](std::size_t, const Row& row) {
        if (row.at("record") == "setting" && row.at("name") == "zone") zone = row.at("text");
        return !zone;
    });
    return zone;
}

namespace {

// What a file holds, read and checked, before anything is written.
struct ParsedFile {
    std::vector<std::pair<std::string, std::string>> settings;
    std::vector<std::pair<std::size_t, Medication>> medications;
    std::vector<FilePrescription> prescriptions;
    std::deque<FileEntry> entries;  // grows without copying a million rows
};

ParsedFile parse_file(std::string_view text, const std::string& file, Instant now) {
    ParsedFile parsed;
    // Plain references: clang 14 (the fuzz build) cannot capture a structured binding.
    auto& settings = parsed.settings;
    auto& medications = parsed.medications;
    auto& prescriptions = parsed.prescriptions;
    auto& entries = parsed.entries;
    for_each_row(text, file, [&](std::size_t line, const Row& row) {
        try {
            const auto& record = row.at("record");
            if (record == "setting") {
                if (row.at("name").empty()) throw InputError("name", "", translate("relief::storage::journal_csv", "the setting's name"));
                if (!row.at("text").empty()) check_setting(row.at("name"), row.at("text"));
                settings.emplace_back(row.at("name"), row.at("text"));
            } else if (record == "medication") {
                medications.emplace_back(line, read_medication(row));
            } else if (record == "prescription") {
                prescriptions.push_back({read_prescription(row), line});
            } else if (record == "entry") {
                const auto s = read_entry(row);
                entries.push_back({s.entry.id, s.replaced_by, s.entry.at, s.created, s.deleted, line});
            } else {
                throw InputError("record", record, translate("relief::storage::journal_csv", "'setting', 'medication', 'prescription' or 'entry'"));
            }
        } catch (const InputError& e) {
            throw FileFormatError(file, line, e.what());
        }
        return true;
    });
    check_history(entries, now, file);
    return parsed;
}

ImportSummary apply_file(Journal& journal, const ParsedFile& parsed, std::string_view text, const std::string& file) {
    const auto& settings = parsed.settings;
    const auto& medications = parsed.medications;
    const auto& prescriptions = parsed.prescriptions;

    auto merged = journal.settings();
    for (const auto& [key, value] : settings)
        if (!merged.count(key) && !value.empty()) merged[key] = value;
    try {
        check_consistent(thresholds_from_settings(merged));
    } catch (const InputError& e) {
        //: %1: why, as a message about the setting.
        throw FileFormatError(file, 0, fill(translate("relief::storage::journal_csv", "the thresholds in this file do not fit together: %1"), {e.what()}));
    }

    ImportSummary summary;
    journal.atomically_in_bulk([&] {
        for (const auto& [key, value] : settings) {
            if (journal.setting(key) || value.empty()) continue;
            journal.set_setting(key, value);
            ++summary.settings_applied;
        }
        std::map<std::int64_t, std::int64_t> med_ids;
        const auto existing_meds = journal.medications();
        for (const auto& [line, m] : medications) {
            if (med_ids.count(m.id))
                throw FileFormatError(file, line, fill(translate("relief::storage::journal_csv", "medication id %1 appears twice"), {std::to_string(m.id)}));
            // Named capture: clang 14 (the fuzz build) cannot capture a structured binding.
            auto same = std::find_if(existing_meds.begin(), existing_meds.end(), [&m = m](const Medication& e) {
                return e.name == m.name && e.ingredient == m.ingredient && e.start == m.start;
            });
            if (same != existing_meds.end()) {
                med_ids[m.id] = same->id;
            } else {
                med_ids[m.id] = journal.insert_medication_as_is(m, m.entered.value_or(Instant{}));
                ++summary.medications_added;
            }
        }
        import_prescriptions(journal, prescriptions, med_ids, file, summary);

        // Identical rows are legitimate (two doses logged in the same second), so rows
        // already present are matched one for one, never merged.
        std::map<std::string, std::deque<std::int64_t>> present_ids;
        for (const auto& row : journal.all_rows()) present_ids[signature(row)].push_back(row.entry.id);

        std::map<std::int64_t, std::int64_t> entry_ids;
        struct Fresh {
            std::int64_t id;
            std::optional<std::int64_t> file_replaced_by;
            std::size_t line;
        };
        std::vector<Fresh> fresh;
        // Rows the journal already has, with what the file says became of them since.
        struct Present {
            std::int64_t id;
            std::optional<std::int64_t> file_replaced_by;
            std::optional<Instant> deleted;
            std::size_t line;
        };
        std::vector<Present> present;
        // The second pass: each entry row read again and written (all checked in the first).
        for_each_row(text, file, [&](std::size_t line, const Row& cells) {
            if (cells.at("record") != "entry") return true;
            StoredEntry row = read_entry(cells);
            const FileEntry fe{row.entry.id, row.replaced_by, row.entry.at, row.created, row.deleted, line};
            if (entry_ids.count(fe.file_id))
                throw FileFormatError(file, fe.line, fill(translate("relief::storage::journal_csv", "entry id %1 appears twice"), {std::to_string(fe.file_id)}));
            row.replaced_by.reset();
            if (auto* dose = std::get_if<DoseEntry>(&row.entry.data)) {
                auto it = med_ids.find(dose->medication_id);
                if (it == med_ids.end())
                    throw FileFormatError(file, fe.line,
                                          fill(translate("relief::storage::journal_csv", "medication_id %1 is not a medication listed in this file"),
                                               {std::to_string(dose->medication_id)}));
                dose->medication_id = it->second;
            }
            // A new journal has none: no signature to make for each row.
            if (auto it = present_ids.empty() ? present_ids.end() : present_ids.find(signature(row));
                it != present_ids.end() && !it->second.empty()) {
                entry_ids[fe.file_id] = it->second.front();
                present.push_back({it->second.front(), fe.file_replaced_by, fe.deleted, fe.line});
                it->second.pop_front();
                ++summary.entries_already_present;
                return true;
            }
            const auto id = journal.insert_row(row);
            entry_ids[fe.file_id] = id;
            fresh.push_back({id, fe.file_replaced_by, fe.line});
            ++summary.entries_added;
            return true;
        });
        for (const auto& f : fresh) {
            if (!f.file_replaced_by) continue;
            auto it = entry_ids.find(*f.file_replaced_by);
            if (it == entry_ids.end())
                throw FileFormatError(file, f.line,
                                      fill(translate("relief::storage::journal_csv", "replaced_by %1 is not an entry listed in this file"),
                                           {std::to_string(*f.file_replaced_by)}));
            journal.set_replaced_by(f.id, it->second);
        }
        // A later edit or deletion the file records of a row the journal already has is
        // merged as a change from another device would be (docs/sharing.md): the edit joins
        // the entry's versions, the deletion is recorded, and the latest is current.
        for (const auto& p : present) {
            if (p.file_replaced_by) {
                auto it = entry_ids.find(*p.file_replaced_by);
                if (it == entry_ids.end())
                    throw FileFormatError(file, p.line,
                                          fill(translate("relief::storage::journal_csv", "replaced_by %1 is not an entry listed in this file"),
                                               {std::to_string(*p.file_replaced_by)}));
                const auto ours = journal.stored_entry(p.id);
                if (ours && ours->replaced_by != it->second && journal.join_versions(p.id, it->second))
                    ++summary.changes_merged;
            }
            if (p.deleted) {
                const auto ours = journal.stored_entry(p.id);
                if (ours && !ours->deleted) {
                    journal.merge_deletion(p.id, *p.deleted);
                    ++summary.changes_merged;
                }
            }
        }
    });
    return summary;
}

}  // namespace

ImportSummary import_csv(Journal& journal, std::string_view text, const std::string& file) {
    if (journal.read_only())
        throw ReadOnlyError(fill(translate("relief::storage::journal", "this journal is open read-only (the caregiver's view): cannot %1"),
                                 {translate("relief::storage::actions", "import")}));
    return apply_file(journal, parse_file(text, file, journal.now()), text, file);
}

}  // namespace relief::storage
