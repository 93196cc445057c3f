#pragma once

namespace SQLite {
class Database;
}

namespace relief::storage {

// 'RELF': marks an SQLite file as a Relief Journal so that another program's database is
// never mistaken for one (and never migrated).
inline constexpr int application_id = 0x52454C46;

int latest_schema_version();

// Runs every step after `from`; each step and its user_version bump commit together.
void migrate(SQLite::Database& db, int from);

}  // namespace relief::storage
