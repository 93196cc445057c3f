#include "row_codec.h"

#include "core/entry_record.h"
#include "core/errors.h"
#include "errors.h"
#include "core/translate.h"

#include <sqlite3.h>

namespace relief::storage {

void bind_optional(SQLite::Statement& s, int index, const std::optional<std::int64_t>& v) {
    if (v) s.bind(index, static_cast<std::int64_t>(*v));
    else s.bind(index);
}

void bind_optional(SQLite::Statement& s, int index, const std::optional<std::string>& v) {
    if (v) s.bind(index, *v);
    else s.bind(index);
}

std::optional<std::int64_t> optional_int(SQLite::Statement& s, int column) {
    const auto c = s.getColumn(column);
    if (c.isNull()) return std::nullopt;
    return c.getInt64();
}

std::optional<std::string> optional_text(SQLite::Statement& s, int column) {
    const auto c = s.getColumn(column);
    if (c.isNull()) return std::nullopt;
    return c.getString();
}

std::string form_name(DoseForm form) {
    return form == DoseForm::extended_release ? "extended-release" : "immediate";
}

DoseForm parse_form(const std::string& text) {
    if (text == "extended-release") return DoseForm::extended_release;
    if (text == "immediate") return DoseForm::immediate;
    throw InputError("form", text, translate("relief::storage::row_codec", "'immediate' or 'extended-release'"));
}

namespace {

// The columns of one entries row, read through SQLiteCpp or SQLite's C API alike.
class CppColumns {
public:
    explicit CppColumns(SQLite::Statement& s) : s_(s) {}
    std::int64_t integer(int c) const { return s_.getColumn(c).getInt64(); }
    std::string text(int c) const { return s_.getColumn(c).getString(); }
    std::optional<std::int64_t> maybe_int(int c) const { return optional_int(s_, c); }
    std::optional<std::string> maybe_text(int c) const { return optional_text(s_, c); }

private:
    SQLite::Statement& s_;
};

class RawColumns {
public:
    explicit RawColumns(sqlite3_stmt* s) : s_(s) {}
    std::int64_t integer(int c) const { return sqlite3_column_int64(s_, c); }
    std::string text(int c) const { return maybe_text(c).value_or(std::string()); }
    std::optional<std::int64_t> maybe_int(int c) const {
        if (sqlite3_column_type(s_, c) == SQLITE_NULL) return std::nullopt;
        return sqlite3_column_int64(s_, c);
    }
    std::optional<std::string> maybe_text(int c) const {
        const auto* t = sqlite3_column_text(s_, c);
        if (!t) return std::nullopt;
        return std::string(reinterpret_cast<const char*>(t), static_cast<std::size_t>(sqlite3_column_bytes(s_, c)));
    }

private:
    sqlite3_stmt* s_;
};

template <class Columns>
StoredEntry decode_entry_row(const Columns& s) {
    EntryRecord r;
    r.kind = s.text(1);
    r.medication_id = s.maybe_int(5);
    r.amount_ug = s.maybe_int(6);
    r.status = s.maybe_text(7);
    r.scheduled_utc = s.maybe_int(8);
    r.score = s.maybe_int(9);
    r.severity = s.maybe_text(10);
    r.minutes = s.maybe_int(11);
    r.quantity = s.maybe_int(12);
    r.name = s.maybe_text(13);
    r.locations = s.maybe_text(14);
    r.qualities = s.maybe_text(15);
    r.text = s.maybe_text(16);
    r.enjoyment = s.maybe_int(20);
    r.activity = s.maybe_int(21);

    StoredEntry row;
    row.entry.id = s.integer(0);
    row.entry.at = Instant{std::chrono::seconds{s.integer(2)}};
    row.entry.zone = s.text(3);
    row.entry.day = parse_day(s.text(4), "local_day");
    try {
        row.entry.data = from_record(r);
    } catch (const InputError& e) {
        //: %1: the entry's number, %2: what is wrong with it.
        throw StorageError(fill(translate("relief::storage::row_codec", "entry %1 in the journal is damaged: %2"),
                                {std::to_string(row.entry.id), e.what()}));
    }
    row.created = Instant{std::chrono::seconds{s.integer(17)}};
    if (auto d = s.maybe_int(18)) row.deleted = Instant{std::chrono::seconds{*d}};
    row.replaced_by = s.maybe_int(19);
    return row;
}

}  // namespace

StoredEntry read_entry_row(SQLite::Statement& s) { return decode_entry_row(CppColumns(s)); }

StoredEntry read_entry_row(sqlite3_stmt* s) { return decode_entry_row(RawColumns(s)); }

void bind_entry_record(SQLite::Statement& s, int first, const Entry& entry) {
    const EntryRecord r = to_record(entry.data);
    int i = first;
    s.bind(i++, r.kind);
    s.bind(i++, static_cast<std::int64_t>(entry.at.time_since_epoch().count()));
    s.bind(i++, entry.zone);
    s.bind(i++, format_day(entry.day));
    bind_optional(s, i++, r.medication_id);
    bind_optional(s, i++, r.amount_ug);
    bind_optional(s, i++, r.status);
    bind_optional(s, i++, r.scheduled_utc);
    bind_optional(s, i++, r.score);
    bind_optional(s, i++, r.severity);
    bind_optional(s, i++, r.minutes);
    bind_optional(s, i++, r.quantity);
    bind_optional(s, i++, r.name);
    bind_optional(s, i++, r.locations);
    bind_optional(s, i++, r.qualities);
    bind_optional(s, i++, r.text);
}

void bind_entry_extras(SQLite::Statement& s, int first, const Entry& entry) {
    const EntryRecord r = to_record(entry.data);
    bind_optional(s, first, r.enjoyment);
    bind_optional(s, first + 1, r.activity);
}

Medication read_medication_row(SQLite::Statement& s, int c) {
    Medication m;
    m.id = s.getColumn(c).getInt64();
    m.name = s.getColumn(c + 1).getString();
    m.ingredient = s.getColumn(c + 2).getString();
    const auto chosen = find_class(s.getColumn(c + 3).getString());
    m.chosen_class = chosen.value_or(DrugClass::other);
    m.form = parse_form(s.getColumn(c + 4).getString());
    m.dose = Amount::micrograms(s.getColumn(c + 5).getInt64());
    const std::string times = s.getColumn(c + 6).getString();
    if (!times.empty()) m.schedule.times = parse_times(times);
    m.schedule.as_needed = s.getColumn(c + 7).getInt() != 0;
    if (auto max = optional_int(s, c + 8)) m.max_daily = Amount::micrograms(*max);
    m.start = parse_day(s.getColumn(c + 9).getString());
    if (auto stop = optional_text(s, c + 10)) m.stop = parse_day(*stop);
    m.taper = s.getColumn(c + 11).getInt() != 0;
    return m;
}

Medication read_entered_medication_row(SQLite::Statement& s, int created_column) {
    Medication m = read_medication_row(s);
    if (const auto created = s.getColumn(created_column).getInt64(); created != 0)
        m.entered = Instant{std::chrono::seconds{created}};
    return m;
}

StoredPrescriptionStep read_prescription_row(SQLite::Statement& s) {
    StoredPrescriptionStep row;
    row.id = s.getColumn(0).getInt64();
    row.medication_id = s.getColumn(1).getInt64();
    row.step.from = parse_day(s.getColumn(2).getString(), "from_day");
    row.step.dose = Amount::micrograms(s.getColumn(3).getInt64());
    const std::string times = s.getColumn(4).getString();
    if (!times.empty()) row.step.schedule.times = parse_times(times);
    row.step.schedule.as_needed = s.getColumn(5).getInt() != 0;
    row.created = Instant{std::chrono::seconds{s.getColumn(6).getInt64()}};
    if (auto d = optional_int(s, 7)) row.deleted = Instant{std::chrono::seconds{*d}};
    return row;
}

void bind_medication(SQLite::Statement& s, int first, const Medication& m) {
    int i = first;
    s.bind(i++, m.name);
    s.bind(i++, m.ingredient);
    s.bind(i++, std::string(class_name(m.chosen_class)));
    s.bind(i++, form_name(m.form));
    s.bind(i++, static_cast<std::int64_t>(m.dose.in_micrograms()));
    s.bind(i++, format_times(m.schedule.times));
    s.bind(i++, m.schedule.as_needed ? 1 : 0);
    bind_optional(s, i++,
                  m.max_daily ? std::optional<std::int64_t>(m.max_daily->in_micrograms()) : std::nullopt);
    s.bind(i++, format_day(m.start));
    bind_optional(s, i++, m.stop ? std::optional<std::string>(format_day(*m.stop)) : std::nullopt);
    s.bind(i++, m.taper ? 1 : 0);
}

}  // namespace relief::storage
