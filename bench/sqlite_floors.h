#pragma once

// The floors: SQLite's own work for what the journal does, through its C API, on the same
// file and in the same process as the measured code (docs/performance.md). Each is the
// least any program keeping the journal in SQLite would spend: no decoding into types,
// no checks, prepared statements reused.

#include <cstdint>
#include <filesystem>
#include <string>
#include <variant>
#include <vector>

struct sqlite3;

namespace relief::bench {

// A connection opened as Journal::open opens one: read-write (or read-only), no mutex,
// WAL, synchronous=FULL, foreign keys on.
class FloorDb {
public:
    explicit FloorDb(const std::filesystem::path& path, bool read_only = false);
    ~FloorDb();
    FloorDb(const FloorDb&) = delete;
    FloorDb& operator=(const FloorDb&) = delete;
    sqlite3* get() const { return db_; }
    void exec(const std::string& sql) const;

private:
    sqlite3* db_ = nullptr;
};

// One value of a row as SQLite stores it.
using FloorValue = std::variant<std::monostate, std::int64_t, double, std::string>;
using FloorRow = std::vector<FloorValue>;

// Steps through the rows of `sql`, reading every column of every row (text and blobs by
// pointer and length); returns a checksum so that nothing is optimised away.
std::uint64_t floor_read(const FloorDb& db, const std::string& sql);
// The rows the snapshot reads: the settings, the medications and every current entry.
std::uint64_t floor_read_snapshot_rows(const FloorDb& db);
// The current entries of local days [first, last] (ISO days), as a report reads them.
std::uint64_t floor_read_period(const FloorDb& db, const std::string& first, const std::string& last);

// One dose row inserted in its own transaction, durably (the connection's WAL and FULL).
void floor_insert_one(const FloorDb& db, std::int64_t at_utc);

struct FloorTable {
    std::string name;
    std::vector<std::string> columns;
    std::vector<FloorRow> rows;
};
// Every row of a table (by rowid), for floor_bulk_insert.
FloorTable floor_table(const FloorDb& db, const std::string& table);
// The tables' rows into a journal file that has the schema and none of those rows yet, in
// one transaction through one prepared statement per table, durably.
void floor_bulk_insert(const FloorDb& db, const std::vector<FloorTable>& tables);

// Settings, medications and every entry row (with history) written as CSV text with a
// header per table: what an export reads and writes, without checks or formatting of types.
std::string floor_export(const FloorDb& db);

}  // namespace relief::bench
