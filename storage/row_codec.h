#pragma once

#include "journal.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <optional>
#include <string>

namespace relief::storage {

void bind_optional(SQLite::Statement& s, int index, const std::optional<std::int64_t>& v);
void bind_optional(SQLite::Statement& s, int index, const std::optional<std::string>& v);
std::optional<std::int64_t> optional_int(SQLite::Statement& s, int column);
std::optional<std::string> optional_text(SQLite::Statement& s, int column);

StoredEntry read_entry_row(SQLite::Statement& s);
// Binds kind .. text (the record columns) starting at parameter `first`.
void bind_entry_record(SQLite::Statement& s, int first, const Entry& entry);

Medication read_medication_row(SQLite::Statement& s, int first_column = 0);
// Binds name .. taper (11 values) starting at parameter `first`.
void bind_medication(SQLite::Statement& s, int first, const Medication& med);

std::string form_name(DoseForm form);
DoseForm parse_form(const std::string& text);

}  // namespace relief::storage
