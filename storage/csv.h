#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace relief::storage {

// RFC 4180 CSV: fields quoted when they hold a comma, quote, line break or edge space.
// A value a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a
// carriage return, after any apostrophes) is written with one more apostrophe in front,
// which spreadsheets show as text and parse_csv takes off again: the round trip stays exact.
std::string csv_field(std::string_view value);
bool runs_as_formula(std::string_view value);
std::string csv_line(const std::vector<std::string>& fields);
// csv_line's text appended to `out`, without a string per field (an export's every row).
void append_csv_line(std::string& out, const std::vector<std::string>& fields);

struct CsvRow {
    std::size_t line = 0;  // the file line on which the row starts (1-based)
    std::vector<std::string> fields;
};

// Parses a whole file. Throws FileFormatError naming `file_name` and the line for binary
// content, invalid UTF-8, or a quote left open.
std::vector<CsvRow> parse_csv(std::string_view text, const std::string& file_name);
// The same, one row at a time, so that a file of a million rows never becomes a million
// rows in memory at once; `row` returns false to stop early. Blank lines are skipped.
void for_each_csv_row(std::string_view text, const std::string& file_name,
                      const std::function<bool(CsvRow&&)>& row);

}  // namespace relief::storage
