#include "journal.h"
#include "journal_write.h"
#include "statement_done.h"
#include "gid.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace relief::storage {

void Journal::record_visit(LocalDay day) {
    require_writable("record a visit");
    auto& exists = statement("SELECT count(*) FROM visits WHERE day = ? AND deleted_utc IS NULL");
    const StatementDone exists_done(exists);
    exists.bind(1, format_day(day));
    exists.executeStep();
    if (exists.getColumn(0).getInt() > 0) return;
    write("record a visit", [&] {
        auto& q = statement("INSERT INTO visits (day, recorded_utc, gid, hlc, origin) VALUES (?, ?, ?, ?, ?)");
        const StatementDone q_done(q);
        q.bind(1, format_day(day));
        q.bind(2, static_cast<std::int64_t>(clock_().time_since_epoch().count()));
        q.bind(3, new_gid());
        q.bind(4, tick());
        q.bind(5, device_id());
        q.exec();
    });
}

std::vector<LocalDay> Journal::visits() const {
    std::vector<LocalDay> out;
    auto& q = statement("SELECT day FROM visits WHERE deleted_utc IS NULL ORDER BY day");
    const StatementDone q_done(q);
    while (q.executeStep()) out.push_back(parse_day(q.getColumn(0).getString()));
    return out;
}

std::optional<LocalDay> Journal::last_visit(LocalDay on_or_before) const {
    auto& q = statement("SELECT max(day) FROM visits WHERE deleted_utc IS NULL AND day <= ?");
    const StatementDone q_done(q);
    q.bind(1, format_day(on_or_before));
    if (!q.executeStep() || q.getColumn(0).isNull()) return std::nullopt;
    return parse_day(q.getColumn(0).getString());
}

}  // namespace relief::storage
