#include "raw_statement.h"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

namespace relief::storage {

RawStatement::RawStatement(sqlite3* db, const char* sql) : db_(db) {
    if (const int rc = sqlite3_prepare_v2(db, sql, -1, &statement_, nullptr); rc != SQLITE_OK) throw SQLite::Exception(db, rc);
}

RawStatement::~RawStatement() { sqlite3_finalize(statement_); }

bool RawStatement::step() {
    const int rc = sqlite3_step(statement_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw SQLite::Exception(db_, rc);
}

void RawStatement::reset() { sqlite3_reset(statement_); }

}  // namespace relief::storage
