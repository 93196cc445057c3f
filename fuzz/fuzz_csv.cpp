// The CSV reader under the journal import: any text either parses into rows or is refused
// with FileFormatError; rows written back with csv_line() parse to the same fields.
#include "check.h"
#include "storage/csv.h"
#include "storage/errors.h"

using namespace relief::storage;
using relief::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = relief::fuzz::text_of(data, size);
    std::vector<CsvRow> rows;
    try {
        rows = parse_csv(text, "fuzz.csv");
    } catch (const FileFormatError& e) {
        require(e.line() >= 1, "a CSV error names a line");
        return 0;
    }
    std::string written;
    std::size_t last_line = 0;
    for (const auto& row : rows) {
        require(!row.fields.empty(), "a row has at least one field");
        // Not strictly increasing: a lone CR ends a row without starting a new line number.
        require(row.line >= last_line && row.line >= 1, "rows start on non-decreasing lines");
        last_line = row.line;
        written += csv_line(row.fields);
    }
    std::vector<CsvRow> again;
    try {
        again = parse_csv(written, "again.csv");
    } catch (const FileFormatError& e) {
        relief::fuzz::fail("csv_line() wrote text parse_csv refuses", e.what());
    }
    require(again.size() == rows.size(), "written rows parse back to as many rows", written);
    for (std::size_t i = 0; i < rows.size(); ++i)
        require(again[i].fields == rows[i].fields, "written rows parse back to the same fields", written);
    return 0;
}
