#pragma once

struct sqlite3;
struct sqlite3_stmt;

namespace relief::storage {

// A statement prepared through SQLite's C API, for the reads of every entry (the snapshot,
// the export): SQLiteCpp's column objects cost as much again as SQLite's own step there.
// Throws SQLite::Exception like the rest of the journal.
class RawStatement final {
public:
    RawStatement(sqlite3* db, const char* sql);
    ~RawStatement();
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;
    sqlite3_stmt* get() const { return statement_; }
    bool step();
    void reset();

private:
    sqlite3* db_;
    sqlite3_stmt* statement_ = nullptr;
};

// Resets a statement when its reader is done, as StatementDone does for SQLiteCpp's.
class RawDone final {
public:
    explicit RawDone(RawStatement& statement) : statement_(statement) {}
    RawDone(const RawDone&) = delete;
    RawDone& operator=(const RawDone&) = delete;
    ~RawDone() { statement_.reset(); }

private:
    RawStatement& statement_;
};

}  // namespace relief::storage
