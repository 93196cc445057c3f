#include "schema.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include <string>
#include <vector>

namespace relief::storage {

namespace {

// One entry per released schema version. Never edit a step once released: add one.
const std::vector<const char*>& steps() {
    static const std::vector<const char*> list{
        // 1: profile settings, medications with history, entries with history.
        R"sql(
CREATE TABLE settings (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    set_utc INTEGER NOT NULL
);
CREATE INDEX settings_key ON settings(key, id);

CREATE TABLE medications (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    ingredient TEXT NOT NULL,
    chosen_class TEXT NOT NULL,
    form TEXT NOT NULL CHECK (form IN ('immediate', 'extended-release')),
    dose_ug INTEGER NOT NULL CHECK (dose_ug > 0),
    times TEXT NOT NULL,
    as_needed INTEGER NOT NULL CHECK (as_needed IN (0, 1)),
    max_daily_ug INTEGER CHECK (max_daily_ug > 0),
    start_day TEXT NOT NULL,
    stop_day TEXT,
    taper INTEGER NOT NULL CHECK (taper IN (0, 1)),
    created_utc INTEGER NOT NULL
);

CREATE TABLE medication_history (
    revision INTEGER PRIMARY KEY,
    medication_id INTEGER NOT NULL REFERENCES medications(id),
    revised_utc INTEGER NOT NULL,
    name TEXT NOT NULL,
    ingredient TEXT NOT NULL,
    chosen_class TEXT NOT NULL,
    form TEXT NOT NULL,
    dose_ug INTEGER NOT NULL,
    times TEXT NOT NULL,
    as_needed INTEGER NOT NULL,
    max_daily_ug INTEGER,
    start_day TEXT NOT NULL,
    stop_day TEXT,
    taper INTEGER NOT NULL
);

CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    at_utc INTEGER NOT NULL,
    zone TEXT NOT NULL,
    local_day TEXT NOT NULL,
    medication_id INTEGER REFERENCES medications(id),
    amount_ug INTEGER,
    status TEXT,
    scheduled_utc INTEGER,
    score INTEGER,
    severity TEXT,
    minutes INTEGER,
    quantity INTEGER,
    name TEXT,
    locations TEXT,
    qualities TEXT,
    text TEXT,
    created_utc INTEGER NOT NULL,
    deleted_utc INTEGER,
    replaced_by INTEGER REFERENCES entries(id)
);
CREATE INDEX entries_by_day ON entries(local_day, at_utc) WHERE deleted_utc IS NULL AND replaced_by IS NULL;
CREATE INDEX entries_by_medication ON entries(medication_id, at_utc) WHERE medication_id IS NOT NULL;
)sql",
        // 2: the analyser's alerts, one row per rule and subject, with the discussed mark.
        R"sql(
CREATE TABLE alerts (
    id INTEGER PRIMARY KEY,
    rule_id TEXT NOT NULL,
    subject TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'urgent')),
    title TEXT NOT NULL,
    message TEXT NOT NULL,
    evidence TEXT NOT NULL,
    sources TEXT NOT NULL,
    first_raised TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    discussed_utc INTEGER,
    UNIQUE (rule_id, subject)
);
)sql",
        // 3: visits to the clinician; the last one starts the next report's period.
        R"sql(
CREATE TABLE visits (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,
    recorded_utc INTEGER NOT NULL,
    deleted_utc INTEGER
);
)sql",
        // 4: prescription changes from a given day (titration, taper). A change is never
        // rewritten: removing or replacing one stamps deleted_utc and keeps the row.
        R"sql(
CREATE TABLE prescription_steps (
    id INTEGER PRIMARY KEY,
    medication_id INTEGER NOT NULL REFERENCES medications(id),
    from_day TEXT NOT NULL,
    dose_ug INTEGER NOT NULL CHECK (dose_ug > 0),
    times TEXT NOT NULL,
    as_needed INTEGER NOT NULL CHECK (as_needed IN (0, 1)),
    created_utc INTEGER NOT NULL,
    deleted_utc INTEGER
);
CREATE UNIQUE INDEX prescription_steps_current ON prescription_steps(medication_id, from_day)
    WHERE deleted_utc IS NULL;
)sql",
        // 5: an alert's life: the day it stopped holding (NULL while current), how often a
        // pattern came back, the severity it had when discussed (it is raised again only
        // above it), and the subject's parts (drugs, topic), so that nothing parses its prose.
        R"sql(
ALTER TABLE alerts ADD COLUMN resolved_on TEXT;
ALTER TABLE alerts ADD COLUMN occurrences INTEGER NOT NULL DEFAULT 1 CHECK (occurrences >= 1);
ALTER TABLE alerts ADD COLUMN discussed_severity TEXT
    CHECK (discussed_severity IN ('info', 'warning', 'urgent'));
ALTER TABLE alerts ADD COLUMN subject_parts TEXT NOT NULL DEFAULT '{}';
UPDATE alerts SET discussed_severity = severity WHERE discussed_utc IS NOT NULL;
)sql",
        // 6: function and global impression (issue 15): the PEG's enjoyment-of-life and
        // general-activity answers beside its pain answer (score). Sleep, goals and the
        // PGIC use the columns there are (minutes and score, name and status, score).
        R"sql(
ALTER TABLE entries ADD COLUMN enjoyment INTEGER CHECK (enjoyment BETWEEN 0 AND 10);
ALTER TABLE entries ADD COLUMN activity INTEGER CHECK (activity BETWEEN 0 AND 10);
)sql",
    };
    return list;
}

}  // namespace

int latest_schema_version() { return static_cast<int>(steps().size()); }

void migrate(SQLite::Database& db, int from) {
    for (int version = from; version < latest_schema_version(); ++version) {
        SQLite::Transaction transaction(db);
        db.exec(steps()[static_cast<std::size_t>(version)]);
        db.exec("PRAGMA user_version = " + std::to_string(version + 1));
        transaction.commit();
    }
}

}  // namespace relief::storage
