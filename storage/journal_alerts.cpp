#include "errors.h"
#include "core/translate.h"
#include "journal.h"
#include "journal_write.h"
#include "statement_done.h"

#include <algorithm>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <nlohmann/json.hpp>

namespace relief::storage {

namespace {

// A pattern that comes back within this many days of resolving continues the occurrence it
// resolved from: pain that dips for a day and returns is not news.
constexpr int same_occurrence_days = 14;

std::string evidence_json(const std::vector<Evidence>& evidence) {
    nlohmann::json j = nlohmann::json::array();
    for (const auto& e : evidence) j.push_back({{"label", e.label}, {"value", e.value}});
    return j.dump();
}

std::string sources_json(const std::vector<std::string>& sources) { return nlohmann::json(sources).dump(); }

std::string parts_json(const Alert& a) { return nlohmann::json{{"drugs", a.drugs}, {"topic", a.topic}}.dump(); }

#define ALERT_COLUMNS                                                                                   \
    "id, rule_id, subject, severity, title, message, evidence, sources, first_raised, last_seen, " \
    "discussed_utc, resolved_on, occurrences, discussed_severity, subject_parts"

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
        const auto parts = nlohmann::json::parse(q.getColumn(14).getString());
        a.drugs = parts.value("drugs", std::vector<std::string>{});
        a.topic = parts.value("topic", std::string{});
    } catch (const nlohmann::json::exception& e) {
        //: %1: the alert's number, %2: what is wrong with it (in English, from the JSON reader).
        throw StorageError(fill(translate("relief::storage::journal_alerts", "alert %1 in the journal is damaged: %2"), {std::to_string(s.id), e.what()}));
    }
    a.raised_on = parse_day(q.getColumn(8).getString());
    a.last_seen = parse_day(q.getColumn(9).getString());
    if (!q.getColumn(10).isNull()) s.discussed = Instant{std::chrono::seconds{q.getColumn(10).getInt64()}};
    if (!q.getColumn(11).isNull()) s.resolved_on = parse_day(q.getColumn(11).getString());
    s.occurrences = q.getColumn(12).getInt();
    if (!q.getColumn(13).isNull()) s.discussed_severity = parse_alert_severity(q.getColumn(13).getString());
    return s;
}

}  // namespace

void Journal::record_alerts(const std::vector<Alert>& alerts, LocalDay as_of) {
    require_writable("record alerts");
    write("record alerts", [&] {
        for (const Alert& a : alerts) {
            auto& find = statement("SELECT " ALERT_COLUMNS " FROM alerts WHERE rule_id = ? AND subject = ?");
            const StatementDone find_done(find);
            find.bind(1, a.rule_id);
            find.bind(2, a.subject);
            if (!find.executeStep()) {
                auto& insert = statement(
                    "INSERT INTO alerts (rule_id, subject, severity, title, message, evidence, sources, "
                    "first_raised, last_seen, subject_parts) VALUES (?,?,?,?,?,?,?,?,?,?)");
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
                insert.bind(10, parts_json(a));
                insert.exec();
                continue;
            }
            const StoredAlert old = read_alert(find);
            const LocalDay first = std::min(old.alert.raised_on, a.raised_on);
            // An analysis as of an earlier day must not overwrite newer facts, nor reopen
            // what was resolved after it.
            const bool newer = a.last_seen >= old.alert.last_seen && (!old.resolved_on || a.last_seen >= *old.resolved_on);
            auto& update = statement(
                "UPDATE alerts SET severity = ?, title = ?, message = ?, evidence = ?, sources = ?, first_raised = ?, "
                "last_seen = ?, subject_parts = ?, resolved_on = ?, occurrences = ?, "
                "discussed_utc = CASE WHEN ? THEN NULL ELSE discussed_utc END, "
                "discussed_severity = CASE WHEN ? THEN NULL ELSE discussed_severity END WHERE id = ?");
            const StatementDone update_done(update);
            const Alert& keep = newer ? a : old.alert;
            bool new_occurrence = false;
            if (newer && old.resolved_on) {
                const LocalDay back = std::max(a.raised_on, *old.resolved_on);
                new_occurrence = (back - *old.resolved_on).count() >= same_occurrence_days;
            }
            const AlertSeverity discussed_at = old.discussed_severity.value_or(old.alert.severity);
            // Raised again only when it got worse; a red flag that comes back is new danger.
            const bool clear_discussed = newer && old.discussed &&
                                         (a.severity > discussed_at || (new_occurrence && a.severity == AlertSeverity::urgent));
            // The same analysis again (the window refreshes after every entry): nothing to
            // write, so the commit does not wait for the disk.
            Alert after = keep;
            after.raised_on = first;
            const bool resolved_kept = !(newer || !old.resolved_on);
            if (after == old.alert && !new_occurrence && !clear_discussed && (resolved_kept || !old.resolved_on)) continue;
            update.bind(1, std::string(to_string(keep.severity)));
            update.bind(2, keep.title);
            update.bind(3, keep.message);
            update.bind(4, evidence_json(keep.evidence));
            update.bind(5, sources_json(keep.sources));
            update.bind(6, format_day(first));
            update.bind(7, format_day(keep.last_seen));
            update.bind(8, parts_json(keep));
            if (newer || !old.resolved_on) update.bind(9);
            else update.bind(9, format_day(*old.resolved_on));
            update.bind(10, old.occurrences + (new_occurrence ? 1 : 0));
            update.bind(11, clear_discussed ? 1 : 0);
            update.bind(12, clear_discussed ? 1 : 0);
            update.bind(13, static_cast<std::int64_t>(old.id));
            update.exec();
        }
        // What the analysis no longer raises has stopped holding: resolved today (an alert
        // seen later than `as_of` is newer than this analysis, and stays as it is).
        auto& current = statement("SELECT id, rule_id, subject FROM alerts WHERE resolved_on IS NULL AND last_seen <= ?");
        const StatementDone current_done(current);
        current.bind(1, format_day(as_of));
        std::vector<std::int64_t> resolved;
        while (current.executeStep()) {
            const std::string rule = current.getColumn(1).getString();
            const std::string subject = current.getColumn(2).getString();
            const bool raised = std::any_of(alerts.begin(), alerts.end(),
                                            [&](const Alert& a) { return a.rule_id == rule && a.subject == subject; });
            if (!raised) resolved.push_back(current.getColumn(0).getInt64());
        }
        for (const std::int64_t id : resolved) {
            auto& resolve = statement("UPDATE alerts SET resolved_on = ? WHERE id = ?");
            const StatementDone resolve_done(resolve);
            resolve.bind(1, format_day(as_of));
            resolve.bind(2, static_cast<std::int64_t>(id));
            resolve.exec();
        }
    });
}

std::vector<StoredAlert> Journal::stored_alerts() const {
    std::vector<StoredAlert> out;
    auto& q = statement("SELECT " ALERT_COLUMNS " FROM alerts ORDER BY last_seen DESC, id");
    const StatementDone q_done(q);
    while (q.executeStep()) out.push_back(read_alert(q));
    return out;
}

std::optional<StoredAlert> Journal::stored_alert(std::int64_t id) const {
    auto& q = statement("SELECT " ALERT_COLUMNS " FROM alerts WHERE id = ?");
    const StatementDone q_done(q);
    q.bind(1, static_cast<std::int64_t>(id));
    if (!q.executeStep()) return std::nullopt;
    return read_alert(q);
}

void Journal::mark_alert_discussed(std::int64_t id) {
    require_writable("mark an alert as discussed");
    const auto alert = stored_alert(id);
    //: %1: the number asked for, %2: where the alerts are listed (such as the Alerts page lists them).
    if (!alert)
        throw StorageError(fill(translate("relief::storage::journal_alerts", "there is no alert with id %1; %2"),
                                {std::to_string(id), advice_text(advice_.list_alerts)}));
    if (alert->discussed) return;
    write("mark an alert as discussed", [&] {
        auto& q = statement("UPDATE alerts SET discussed_utc = ?, discussed_severity = ? WHERE id = ?");
        const StatementDone q_done(q);
        q.bind(1, static_cast<std::int64_t>(clock_().time_since_epoch().count()));
        q.bind(2, std::string(to_string(alert->alert.severity)));
        q.bind(3, static_cast<std::int64_t>(id));
        q.exec();
    });
}

}  // namespace relief::storage
