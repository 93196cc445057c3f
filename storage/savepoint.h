#pragma once

#include <SQLiteCpp/Database.h>

namespace relief::storage {

// A transaction that nests: the outermost one behaves like BEGIN, inner ones join it, so
// a single write and a whole import share the same all-or-nothing code.
class Savepoint final {
public:
    explicit Savepoint(SQLite::Database& db) : db_(db) { db_.exec("SAVEPOINT relief"); }
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;
    ~Savepoint() {
        if (!done_) {
            try {
                db_.exec("ROLLBACK TO relief");
                db_.exec("RELEASE relief");
            } catch (...) {  // a destructor must not throw; the original error propagates
            }
        }
    }
    void commit() {
        db_.exec("RELEASE relief");
        done_ = true;
    }

private:
    SQLite::Database& db_;
    bool done_ = false;
};

}  // namespace relief::storage
