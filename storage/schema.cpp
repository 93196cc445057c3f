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
        // 7: sharing through a folder (issue 17, docs/sharing.md). Every row another device
        // may receive gets a global id (gid), the hybrid-logical-clock stamp of its change
        // (hlc, core/hlc.h) and the device that made it (origin); share_seq is the change
        // file that carried it (NULL: not yet shared; 0: received, not ours to share).
        // An entry's versions share a lineage (the gid of its first version); deletions and
        // removed prescription changes become rows of their own, so that a deletion on one
        // device and an edit on another both stay in the history. share_local holds what
        // belongs to this device only (its id, the folder, the key) and is never shared.
        R"sql(
CREATE TABLE share_local (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO share_local (key, value) VALUES ('device', lower(hex(randomblob(16))));
CREATE TABLE share_peers (
    device TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    mode TEXT NOT NULL,
    applied_file INTEGER NOT NULL,
    last_change_hlc INTEGER NOT NULL,
    applied_utc INTEGER NOT NULL
);

ALTER TABLE entries ADD COLUMN gid TEXT;
ALTER TABLE entries ADD COLUMN lineage TEXT;
ALTER TABLE entries ADD COLUMN hlc INTEGER;
ALTER TABLE entries ADD COLUMN origin TEXT;
ALTER TABLE entries ADD COLUMN share_seq INTEGER;
UPDATE entries SET gid = lower(hex(randomblob(16))), hlc = created_utc * 65536000 + id % 65536,
    origin = (SELECT value FROM share_local WHERE key = 'device');
WITH RECURSIVE chain(id, root) AS (
    SELECT id, gid FROM entries
    WHERE id NOT IN (SELECT replaced_by FROM entries WHERE replaced_by IS NOT NULL)
    UNION
    SELECT next.id, chain.root FROM chain
    JOIN entries AS this ON this.id = chain.id
    JOIN entries AS next ON next.id = this.replaced_by)
UPDATE entries SET lineage = (SELECT root FROM chain WHERE chain.id = entries.id);
UPDATE entries SET lineage = gid WHERE lineage IS NULL;
CREATE UNIQUE INDEX entries_gid ON entries(gid);
CREATE INDEX entries_lineage ON entries(lineage);
CREATE INDEX entries_unshared ON entries(share_seq) WHERE share_seq IS NULL;

CREATE TABLE entry_deletions (
    id INTEGER PRIMARY KEY,
    version TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    origin TEXT NOT NULL,
    at_utc INTEGER NOT NULL,
    share_seq INTEGER,
    UNIQUE (version, hlc, origin)
);
CREATE INDEX entry_deletions_unshared ON entry_deletions(share_seq) WHERE share_seq IS NULL;
INSERT INTO entry_deletions (version, hlc, origin, at_utc)
    SELECT gid, max(deleted_utc * 65536000, hlc + 1), origin, deleted_utc FROM entries WHERE deleted_utc IS NOT NULL;

ALTER TABLE medications ADD COLUMN gid TEXT;
ALTER TABLE medications ADD COLUMN hlc INTEGER;
ALTER TABLE medications ADD COLUMN origin TEXT;
ALTER TABLE medications ADD COLUMN share_seq INTEGER;
UPDATE medications SET gid = lower(hex(randomblob(16))),
    hlc = coalesce((SELECT max(revised_utc) FROM medication_history WHERE medication_id = medications.id),
                   created_utc) * 65536000,
    origin = (SELECT value FROM share_local WHERE key = 'device');
CREATE UNIQUE INDEX medications_gid ON medications(gid);
CREATE INDEX medications_unshared ON medications(share_seq) WHERE share_seq IS NULL;

ALTER TABLE prescription_steps ADD COLUMN gid TEXT;
ALTER TABLE prescription_steps ADD COLUMN hlc INTEGER;
ALTER TABLE prescription_steps ADD COLUMN origin TEXT;
ALTER TABLE prescription_steps ADD COLUMN share_seq INTEGER;
UPDATE prescription_steps SET gid = lower(hex(randomblob(16))), hlc = created_utc * 65536000 + 1 + id % 65535,
    origin = (SELECT value FROM share_local WHERE key = 'device');
CREATE UNIQUE INDEX prescription_steps_gid ON prescription_steps(gid);
CREATE TABLE prescription_removals (
    id INTEGER PRIMARY KEY,
    medication TEXT NOT NULL,
    from_day TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    origin TEXT NOT NULL,
    at_utc INTEGER NOT NULL,
    share_seq INTEGER,
    UNIQUE (medication, from_day, hlc, origin)
);
INSERT OR IGNORE INTO prescription_removals (medication, from_day, hlc, origin, at_utc)
    SELECT m.gid, p.from_day, max(p.deleted_utc * 65536000, p.hlc + 1), p.origin, p.deleted_utc
    FROM prescription_steps p JOIN medications m ON m.id = p.medication_id WHERE p.deleted_utc IS NOT NULL;

ALTER TABLE settings ADD COLUMN gid TEXT;
ALTER TABLE settings ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE settings ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE settings ADD COLUMN share_seq INTEGER;
UPDATE settings SET gid = lower(hex(randomblob(16))), hlc = set_utc * 65536000 + id % 65536,
    origin = (SELECT value FROM share_local WHERE key = 'device');
CREATE UNIQUE INDEX settings_gid ON settings(gid);
CREATE INDEX settings_current ON settings(key, hlc, origin, id);
CREATE INDEX settings_unshared ON settings(share_seq) WHERE share_seq IS NULL;

ALTER TABLE visits ADD COLUMN gid TEXT;
ALTER TABLE visits ADD COLUMN hlc INTEGER;
ALTER TABLE visits ADD COLUMN origin TEXT;
ALTER TABLE visits ADD COLUMN share_seq INTEGER;
UPDATE visits SET gid = lower(hex(randomblob(16))), hlc = recorded_utc * 65536000,
    origin = (SELECT value FROM share_local WHERE key = 'device');
CREATE UNIQUE INDEX visits_gid ON visits(gid);
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
