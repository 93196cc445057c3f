#include "sqlite_floors.h"

#include <sqlite3.h>

#include <stdexcept>

namespace relief::bench {

namespace {

constexpr const char* entry_columns =
    "id, kind, at_utc, zone, local_day, medication_id, amount_ug, status, scheduled_utc, score, severity, "
    "minutes, quantity, name, locations, qualities, text, created_utc, deleted_utc, replaced_by, enjoyment, "
    "activity";

void check(int rc, sqlite3* db, const char* what) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(db));
}

class Stmt {
public:
    Stmt(sqlite3* db, const std::string& sql) : db_(db) {
        check(sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &s_, nullptr), db, sql.c_str());
    }
    ~Stmt() { sqlite3_finalize(s_); }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;
    sqlite3_stmt* get() const { return s_; }
    bool step() {
        const int rc = sqlite3_step(s_);
        check(rc, db_, "step");
        return rc == SQLITE_ROW;
    }

private:
    sqlite3* db_;
    sqlite3_stmt* s_ = nullptr;
};

void append_csv_field(std::string& out, const unsigned char* text, int bytes) {
    bool quote = false;
    for (int i = 0; i < bytes && !quote; ++i)
        quote = text[i] == ',' || text[i] == '"' || text[i] == '\n' || text[i] == '\r';
    if (!quote) {
        out.append(reinterpret_cast<const char*>(text), static_cast<std::size_t>(bytes));
        return;
    }
    out += '"';
    for (int i = 0; i < bytes; ++i) {
        if (text[i] == '"') out += '"';
        out += static_cast<char>(text[i]);
    }
    out += '"';
}

void export_query(sqlite3* db, const std::string& sql, std::string& out) {
    Stmt s(db, sql);
    const int n = sqlite3_column_count(s.get());
    for (int c = 0; c < n; ++c) {
        if (c) out += ',';
        out += sqlite3_column_name(s.get(), c);
    }
    out += "\r\n";
    while (s.step()) {
        for (int c = 0; c < n; ++c) {
            if (c) out += ',';
            // SQLite's own text form of every value (integers too), as the shell's CSV mode writes.
            if (sqlite3_column_type(s.get(), c) == SQLITE_NULL) continue;
            const unsigned char* text = sqlite3_column_text(s.get(), c);
            append_csv_field(out, text, sqlite3_column_bytes(s.get(), c));
        }
        out += "\r\n";
    }
}

}  // namespace

FloorDb::FloorDb(const std::filesystem::path& path, bool read_only) {
    const int flags = (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
        const std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        throw std::runtime_error("cannot open " + path.string() + ": " + message);
    }
    if (!read_only) exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;");
}

FloorDb::~FloorDb() { sqlite3_close(db_); }

void FloorDb::exec(const std::string& sql) const {
    char* error = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : "?";
        sqlite3_free(error);
        throw std::runtime_error(sql + ": " + message);
    }
}

std::uint64_t floor_read(const FloorDb& db, const std::string& sql) {
    Stmt s(db.get(), sql);
    std::uint64_t sum = 0;
    const int n = sqlite3_column_count(s.get());
    while (s.step()) {
        for (int c = 0; c < n; ++c) {
            switch (sqlite3_column_type(s.get(), c)) {
            case SQLITE_INTEGER: sum += static_cast<std::uint64_t>(sqlite3_column_int64(s.get(), c)); break;
            case SQLITE_FLOAT: sum += static_cast<std::uint64_t>(sqlite3_column_double(s.get(), c)); break;
            case SQLITE_TEXT:
            case SQLITE_BLOB: {
                const auto* text = sqlite3_column_text(s.get(), c);
                const int bytes = sqlite3_column_bytes(s.get(), c);
                sum += static_cast<std::uint64_t>(bytes) + (bytes ? text[0] : 0);
                break;
            }
            default: break;
            }
        }
    }
    return sum;
}

std::uint64_t floor_read_snapshot_rows(const FloorDb& db) {
    return floor_read(db, "SELECT key, value FROM settings") + floor_read(db, "SELECT * FROM medications") +
           floor_read(db, std::string("SELECT ") + entry_columns +
                              // Nearly every row is current: one pass over the table is the fastest plan.
                              " FROM entries NOT INDEXED WHERE deleted_utc IS NULL AND replaced_by IS NULL");
}

std::uint64_t floor_read_period(const FloorDb& db, const std::string& first, const std::string& last) {
    return floor_read(db, "SELECT key, value FROM settings") + floor_read(db, "SELECT * FROM medications") +
           floor_read(db, std::string("SELECT ") + entry_columns + " FROM entries WHERE local_day BETWEEN '" + first +
                              "' AND '" + last + "' AND deleted_utc IS NULL AND replaced_by IS NULL");
}

void floor_insert_one(const FloorDb& db, std::int64_t at_utc) {
    // A statement kept prepared across calls, as the journal keeps its own.
    static thread_local sqlite3* prepared_for = nullptr;
    static thread_local sqlite3_stmt* insert = nullptr;
    if (prepared_for != db.get()) {
        sqlite3_finalize(insert);
        insert = nullptr;
        const char* sql =
            "INSERT INTO entries (kind, at_utc, zone, local_day, medication_id, amount_ug, status, created_utc) "
            "VALUES ('dose', ?, 'Europe/Berlin', '2026-06-30', 1, 10000, 'taken', ?)";
        check(sqlite3_prepare_v2(db.get(), sql, -1, &insert, nullptr), db.get(), sql);
        prepared_for = db.get();
    }
    sqlite3_reset(insert);
    sqlite3_bind_int64(insert, 1, at_utc);
    sqlite3_bind_int64(insert, 2, at_utc);
    check(sqlite3_step(insert), db.get(), "insert");
    sqlite3_reset(insert);
}

FloorTable floor_table(const FloorDb& db, const std::string& table) {
    Stmt s(db.get(), "SELECT * FROM " + table + " ORDER BY rowid");
    const int n = sqlite3_column_count(s.get());
    FloorTable out{table, {}, {}};
    for (int c = 0; c < n; ++c) out.columns.emplace_back(sqlite3_column_name(s.get(), c));
    auto& rows = out.rows;
    while (s.step()) {
        FloorRow row(static_cast<std::size_t>(n));
        for (int c = 0; c < n; ++c) {
            switch (sqlite3_column_type(s.get(), c)) {
            case SQLITE_INTEGER: row[c] = static_cast<std::int64_t>(sqlite3_column_int64(s.get(), c)); break;
            case SQLITE_FLOAT: row[c] = sqlite3_column_double(s.get(), c); break;
            case SQLITE_NULL: break;
            default:
                row[c] = std::string(reinterpret_cast<const char*>(sqlite3_column_text(s.get(), c)),
                                     static_cast<std::size_t>(sqlite3_column_bytes(s.get(), c)));
            }
        }
        rows.push_back(std::move(row));
    }
    return out;
}

void floor_bulk_insert(const FloorDb& db, const std::vector<FloorTable>& tables) {
    // The rows are a journal's own, consistent already: SQLite's work here is storing them and
    // their indexes. (With the checks on, each entry naming a later version would make every
    // insert scan the table for rows waiting on it.)
    db.exec("PRAGMA foreign_keys = OFF");
    db.exec("BEGIN");
    for (const auto& table : tables) {
        std::string names, marks;
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            names += (c ? ", " : "") + table.columns[c];
            marks += c ? ", ?" : "?";
        }
        Stmt s(db.get(), "INSERT INTO " + table.name + " (" + names + ") VALUES (" + marks + ")");
        for (const auto& row : table.rows) {
            for (std::size_t c = 0; c < row.size(); ++c) {
                const int i = static_cast<int>(c) + 1;
                if (const auto* v = std::get_if<std::int64_t>(&row[c])) sqlite3_bind_int64(s.get(), i, *v);
                else if (const auto* d = std::get_if<double>(&row[c])) sqlite3_bind_double(s.get(), i, *d);
                else if (const auto* t = std::get_if<std::string>(&row[c]))
                    sqlite3_bind_text(s.get(), i, t->data(), static_cast<int>(t->size()), SQLITE_STATIC);
                else sqlite3_bind_null(s.get(), i);
            }
            s.step();
            sqlite3_reset(s.get());
        }
    }
    db.exec("COMMIT");
    db.exec("PRAGMA foreign_keys = ON");
}

std::string floor_export(const FloorDb& db) {
    std::string out;
    export_query(db.get(), "SELECT key, value FROM settings", out);
    export_query(db.get(), "SELECT * FROM medications ORDER BY id", out);
    export_query(db.get(), "SELECT * FROM prescription_steps ORDER BY id", out);
    export_query(db.get(), std::string("SELECT ") + entry_columns + " FROM entries ORDER BY id", out);
    return out;
}

}  // namespace relief::bench
