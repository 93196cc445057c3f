#pragma once

#include "journal.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

struct sqlite3_stmt;

#include <optional>
#include <string>

namespace relief::storage {

void bind_optional(SQLite::Statement& s, int index, const std::optional<std::int64_t>& v);
void bind_optional(SQLite::Statement& s, int index, const std::optional<std::string>& v);
std::optional<std::int64_t> optional_int(SQLite::Statement& s, int column);
std::optional<std::string> optional_text(SQLite::Statement& s, int column);

// Columns: id, kind .. text, created_utc, deleted_utc, replaced_by, enjoyment, activity.
StoredEntry read_entry_row(SQLite::Statement& s);
// The same through SQLite's C API (RawStatement), for reads of every row.
StoredEntry read_entry_row(sqlite3_stmt* s);
// Binds kind .. text (the record columns) starting at parameter `first`.
void bind_entry_record(SQLite::Statement& s, int first, const Entry& entry);
// Binds the columns schema 6 added (enjoyment, activity) at `first` and `first + 1`.
void bind_entry_extras(SQLite::Statement& s, int first, const Entry& entry);

Medication read_medication_row(SQLite::Statement& s, int first_column = 0);
// A medications row followed, in `created_column`, by its created_utc: the moment it was
// entered (0, as an import of an older export wrote it, is unknown).
Medication read_entered_medication_row(SQLite::Statement& s, int created_column = 12);
// Binds name .. taper (11 values) starting at parameter `first`.
void bind_medication(SQLite::Statement& s, int first, const Medication& med);

// id, medication_id, from_day, dose_ug, times, as_needed, created_utc, deleted_utc.
StoredPrescriptionStep read_prescription_row(SQLite::Statement& s);

std::string form_name(DoseForm form);
DoseForm parse_form(const std::string& text);

}  // namespace relief::storage
