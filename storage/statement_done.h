#pragma once

#include <SQLiteCpp/Statement.h>

namespace relief::storage {

// Resets a cached statement when its reader is done. A statement left mid-result keeps
// a read transaction open, which in a long-lived app (the caregiver's view) would pin an
// old snapshot and make the next write fail with SQLITE_BUSY_SNAPSHOT.
class StatementDone final {
public:
    explicit StatementDone(SQLite::Statement& statement) : statement_(statement) {}
    StatementDone(const StatementDone&) = delete;
    StatementDone& operator=(const StatementDone&) = delete;
    ~StatementDone() {
        try {
            statement_.reset();
        } catch (...) {  // a destructor must not throw; the statement is reset again before reuse
        }
    }

private:
    SQLite::Statement& statement_;
};

}  // namespace relief::storage
