#include "csv.h"

#include "errors.h"
#include "core/translate.h"

namespace relief::storage {

bool runs_as_formula(std::string_view value) {
    const auto first = value.find_first_not_of('\'');
    if (first == std::string_view::npos) return false;
    const char c = value[first];
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

std::string csv_field(std::string_view raw) {
    const std::string protected_value = runs_as_formula(raw) ? "'" + std::string(raw) : std::string();
    const std::string_view value = protected_value.empty() ? raw : std::string_view(protected_value);
    // A value starting with U+FEFF is quoted too: first in a file, a reader would take it
    // for a byte order mark and drop it.
    const bool needs_quotes = value.find_first_of(",\"\r\n") != std::string_view::npos ||
                              (!value.empty() && (value.front() == ' ' || value.back() == ' ')) ||
                              value.starts_with("\xEF\xBB\xBF");
    if (!needs_quotes) return std::string(value);
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

void append_csv_line(std::string& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out += ',';
        const std::string& f = fields[i];
        // Most fields need nothing done: the checks of csv_field, without its copy.
        const bool plain = f.find_first_of(",\"\r\n") == std::string::npos && !runs_as_formula(f) &&
                           (f.empty() || (f.front() != ' ' && f.back() != ' ')) && !f.starts_with("\xEF\xBB\xBF");
        if (plain) out += f;
        else out += csv_field(f);
    }
    out += "\r\n";
}

std::string csv_line(const std::vector<std::string>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out += ',';
        out += csv_field(fields[i]);
    }
    return out + "\r\n";
}

namespace {

// Length of the UTF-8 sequence starting at text[i], or 0 if it is not valid UTF-8.
std::size_t utf8_length(std::string_view text, std::size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t n = 0;
    if (c < 0x80) return 1;
    if ((c & 0xE0) == 0xC0 && c >= 0xC2) n = 2;
    else if ((c & 0xF0) == 0xE0) n = 3;
    else if ((c & 0xF8) == 0xF0 && c <= 0xF4) n = 4;
    else return 0;
    if (i + n > text.size()) return 0;
    for (std::size_t k = 1; k < n; ++k)
        if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 0;
    return n;
}

void check_text(std::string_view text, const std::string& file_name) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '\n') ++line;
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\n' && c != '\r' && c != '\t') || u == 0x7F)
            throw FileFormatError(file_name, line, translate("relief::storage::csv", "this is not a text CSV file (binary data found)"));
        const std::size_t n = utf8_length(text, i);
        if (n == 0) throw FileFormatError(file_name, line, translate("relief::storage::csv", "this is not a UTF-8 text CSV file"));
        i += n;
    }
}

}  // namespace

std::vector<CsvRow> parse_csv(std::string_view text, const std::string& file_name) {
    std::vector<CsvRow> rows;
    for_each_csv_row(text, file_name, [&](CsvRow&& row) {
        rows.push_back(std::move(row));
        return true;
    });
    return rows;
}

void for_each_csv_row(std::string_view text, const std::string& file_name,
                      const std::function<bool(CsvRow&&)>& each) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // spreadsheet BOM
    check_text(text, file_name);

    std::size_t line = 1;
    std::size_t i = 0;
    while (i < text.size()) {
        CsvRow row;
        row.line = line;
        std::string field;
        bool row_done = false;
        while (!row_done) {
            field.clear();
            if (i < text.size() && text[i] == '"') {
                const std::size_t quote_line = line;
                ++i;
                while (true) {
                    if (i >= text.size())
                        throw FileFormatError(file_name, quote_line, translate("relief::storage::csv", "a quoted field is never closed"));
                    if (text[i] == '"') {
                        if (i + 1 < text.size() && text[i + 1] == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (text[i] == '\n') ++line;
                    field += text[i++];
                }
                if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
                    throw FileFormatError(file_name, line, translate("relief::storage::csv", "unexpected text after a closing quote"));
            } else {
                while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
                    if (text[i] == '"')
                        throw FileFormatError(file_name, line, translate("relief::storage::csv", "a quote inside an unquoted field"));
                    field += text[i++];
                }
            }
            // The apostrophe csv_field put before a formula-like value (and only that one).
            if (field.starts_with('\'') && runs_as_formula(std::string_view(field).substr(1))) field.erase(0, 1);
            row.fields.push_back(field);
            if (i < text.size() && text[i] == ',') {
                ++i;
                continue;
            }
            if (i < text.size() && text[i] == '\r') ++i;
            if (i < text.size() && text[i] == '\n') {
                ++i;
                ++line;
            }
            row_done = true;
        }
        const bool blank = row.fields.size() == 1 && row.fields[0].empty();
        if (!blank && !each(std::move(row))) return;
    }
}

}  // namespace relief::storage
