#pragma once

#include "raw_statement.h"

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

namespace relief::storage {

// A transaction that nests: the outermost one behaves like BEGIN, inner ones join it, so
// a single write and a whole import share the same all-or-nothing code.
class Savepoint final {
public:
    // `begin` and `release` are the journal's prepared SAVEPOINT and RELEASE: parsing them
    // again for every write cost as much as a row of an import.
    Savepoint(SQLite::Database& db, RawStatement& begin, RawStatement& release)
        : db_(db), outermost_(sqlite3_get_autocommit(db.getHandle()) != 0), release_(release) {
        begin.step();
        begin.reset();
    }
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;
    ~Savepoint() {
        if (done_) return;
        try {
            // The outermost one must end the transaction even when its commit was what
            // failed (disk full, busy): a RELEASE could fail again and leave the
            // connection inside a transaction that every later write would join.
            if (outermost_) {
                if (sqlite3_get_autocommit(db_.getHandle()) == 0) db_.exec("ROLLBACK");
            } else {
                db_.exec("ROLLBACK TO relief");
                db_.exec("RELEASE relief");
            }
        } catch (...) {  // a destructor must not throw; the original error propagates
        }
    }
    void commit() {
        release_.step();
        release_.reset();
        done_ = true;
    }

private:
    SQLite::Database& db_;
    bool outermost_;
    RawStatement& release_;
    bool done_ = false;
};

}  // namespace relief::storage
