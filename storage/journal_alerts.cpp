#include "errors.h"
#include "journal.h"
#include "journal_write.h"
#include "statement_done.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <nlohmann/json.hpp>

namespace relief::storage {

namespace {

std::string evidence_json(const std::vector<Evidence>& evidence) {
    nlohmann::json j = nlohmann::json::array();
    for (const auto& e : evidence) j.push_back({{"label", e.label}, {"value", e.value}});
    return j.dump();
}

std::string sources_json(const std::vector<std::string>& sources) { return nlohmann::json(sources).dump(); }

StoredAlert read_alert(SQLite::Statement& q) {
    StoredAlert s;
    s.id = q.getColumn(0).getInt64();
    Alert& a = s.alert;
    a.rule_id = q.getColumn(1).getString();
    a.subject = q.getColumn(2).getString();
    a.severity = parse_alert_severity(q.getColumn(3).getString());
    a.title = q.getColumn(4).getString();
    a.message = q.getColumn(5).getString();
    try {
        for (const auto& e : nlohmann::json::parse(q.getColumn(6).getString()))
            a.evidence.push_back({e.at("label").get<std::string>(), e.at("value").get<std::string>()});
        a.sources = nlohmann::json::parse(q.getColumn(7).getString()).get<std::vector<std::string>>();
    } catch (const nlohmann::json::exception& e) {
        throw StorageError("alert " + std::to_string(s.id) + " in the journal is damaged: " + e.what());
    }
    a.raised_on = parse_day(q.getColumn(8).getString());
    a.last_seen = parse_day(q.getColumn(9).getString());
    if (!q.getColumn(10).isNull()) s.discussed = Instant{std::chrono::seconds{q.getColumn(10).getInt64()}};
    return s;
}

}  // namespace

void Journal::record_alerts(const std::vector<Alert>& alerts) {
    require_writable("record alerts");
    write("record alerts", [&] {
        for (const Alert& a : alerts) {
            auto& find = statement("SELECT id, severity, first_raised, last_seen FROM alerts WHERE rule_id = ? AND subject = ?");
            const StatementDone find_done(find);
            find.bind(1, a.rule_id);
            find.bind(2, a.subject);
            if (!find.executeStep()) {
                auto& insert = statement(
                    "INSERT INTO alerts (rule_id, subject, severity, title, message, evidence, sources, "
                    "first_raised, last_seen) VALUES (?,?,?,?,?,?,?,?,?)");
                const StatementDone insert_done(insert);
                insert.bind(1, a.rule_id);
                insert.bind(2, a.subject);
                insert.bind(3, std::string(to_string(a.severity)));
                insert.bind(4, a.title);
                insert.bind(5, a.message);
                insert.bind(6, evidence_json(a.evidence));
                insert.bind(7, sources_json(a.sources));
                insert.bind(8, format_day(a.raised_on));
                insert.bind(9, format_day(a.last_seen));
                insert.exec();
                continue;
            }
            const std::int64_t id = find.getColumn(0).getInt64();
            const AlertSeverity old_severity = parse_alert_severity(find.getColumn(1).getString());
            const LocalDay first = std::min(parse_day(find.getColumn(2).getString()), a.raised_on);
            const LocalDay old_last = parse_day(find.getColumn(3).getString());
            // An analysis as of an earlier day must not overwrite newer facts.
            const bool newer = a.last_seen >= old_last;
            auto& update = statement(
                "UPDATE alerts SET severity = ?, title = ?, message = ?, evidence = ?, sources = ?, first_raised = ?, "
                "last_seen = ?, discussed_utc = CASE WHEN ? THEN NULL ELSE discussed_utc END WHERE id = ?");
            const StatementDone update_done(update);
            if (newer) {
                update.bind(1, std::string(to_string(a.severity)));
                update.bind(2, a.title);
                update.bind(3, a.message);
                update.bind(4, evidence_json(a.evidence));
                update.bind(5, sources_json(a.sources));
                update.bind(7, format_day(a.last_seen));
                update.bind(8, a.severity > old_severity ? 1 : 0);
            } else {
                const auto stored = stored_alert(id);
                update.bind(1, std::string(to_string(stored->alert.severity)));
                update.bind(2, stored->alert.title);
                update.bind(3, stored->alert.message);
                update.bind(4, evidence_json(stored->alert.evidence));
                update.bind(5, sources_json(stored->alert.sources));
                update.bind(7, format_day(old_last));
                update.bind(8, 0);
            }
            update.bind(6, format_day(first));
            update.bind(9, static_cast<std::int64_t>(id));
            update.exec();
        }
    });
}

std::vector<StoredAlert> Journal::stored_alerts() const {
    std::vector<StoredAlert> out;
    auto& q = statement(
        "SELECT id, rule_id, subject, severity, title, message, evidence, sources, first_raised, last_seen, "
        "discussed_utc FROM alerts ORDER BY last_seen DESC, id");
    const StatementDone q_done(q);
    while (q.executeStep()) out.push_back(read_alert(q));
    return out;
}

std::optional<StoredAlert> Journal::stored_alert(std::int64_t id) const {
    auto& q = statement(
        "SELECT id, rule_id, subject, severity, title, message, evidence, sources, first_raised, last_seen, "
        "discussed_utc FROM alerts WHERE id = ?");
    const StatementDone q_done(q);
    q.bind(1, static_cast<std::int64_t>(id));
    if (!q.executeStep()) return std::nullopt;
    return read_alert(q);
}

void Journal::mark_alert_discussed(std::int64_t id) {
    require_writable("mark an alert as discussed");
    const auto alert = stored_alert(id);
    if (!alert) throw StorageError("there is no alert with id " + std::to_string(id) + "; " + advice_.list_alerts);
    if (alert->discussed) return;
    write("mark an alert as discussed", [&] {
        auto& q = statement("UPDATE alerts SET discussed_utc = ? WHERE id = ?");
        const StatementDone q_done(q);
        q.bind(1, static_cast<std::int64_t>(clock_().time_since_epoch().count()));
        q.bind(2, static_cast<std::int64_t>(id));
        q.exec();
    });
}

}  // namespace relief::storage
