#include "alert_review.h"

#include "core/analyser.h"
#include "core/rules/rule_specs.h"

#include <algorithm>

namespace relief::storage {

AlertReview review_alerts(Journal& journal, LocalDay as_of, std::optional<Instant> now) {
    return review_alerts(journal, journal.snapshot(), as_of, now);
}

AlertReview review_alerts(Journal& journal, const JournalSnapshot& snapshot, LocalDay as_of,
                          std::optional<Instant> now) {
    const auto thresholds = thresholds_from_settings(journal.settings());
    const auto stored_before = journal.stored_alerts();
    const std::vector<Alert> fresh = current_alerts(analyse(snapshot, as_of, thresholds, now), stored_before, as_of);
    if (!journal.read_only()) journal.record_alerts(fresh, as_of);

    const auto stored = journal.read_only() ? stored_before : journal.stored_alerts();
    auto find_stored = [&](const Alert& a) {
        return std::find_if(stored.begin(), stored.end(), [&](const StoredAlert& s) {
            return s.alert.rule_id == a.rule_id && s.alert.subject == a.subject;
        });
    };
    AlertReview review;
    review.as_of = as_of;
    for (const Alert& a : fresh) {
        ReviewedAlert r{StoredAlert{0, a, std::nullopt}, true};
        if (auto it = find_stored(a); it != stored.end()) {
            r.stored.id = it->id;
            r.stored.discussed = it->discussed;
            r.stored.discussed_severity = it->discussed_severity;
            r.stored.occurrences = it->occurrences;
            r.stored.alert.raised_on = std::min(a.raised_on, it->alert.raised_on);
        }
        review.current.push_back(std::move(r));
    }
    for (const auto& s : stored) {
        const bool is_current = std::any_of(review.current.begin(), review.current.end(),
                                            [&](const ReviewedAlert& r) { return r.stored.id == s.id; });
        if (!is_current && s.alert.raised_on <= as_of) review.earlier.push_back(ReviewedAlert{s, false});
    }
    return review;
}

std::vector<Alert> current_alerts(std::vector<Alert> analysed, const std::vector<StoredAlert>& stored, LocalDay as_of) {
    auto stays = [](const std::string& rule_id) {
        const RuleSpec* spec = rule_spec(rule_id);
        return spec ? spec->stays_current_days : current_alert_days;
    };
    std::erase_if(analysed, [&](const Alert& a) {
        const RuleSpec* spec = rule_spec(a.rule_id);
        const bool event = !spec || spec->kind == RuleKind::event;
        return event && a.last_seen < as_of - date::days{std::max(1, stays(a.rule_id)) - 1};
    });
    // A pattern that held until a few days ago stays current (one good day does not
    // resolve it), as recorded when it last held.
    for (const StoredAlert& s : stored) {
        const RuleSpec* spec = rule_spec(s.alert.rule_id);
        if (!spec || spec->kind != RuleKind::condition || spec->stays_current_days == 0 || s.resolved_on ||
            s.alert.last_seen > as_of)
            continue;
        if (s.alert.last_seen < as_of - date::days{stays(s.alert.rule_id)}) continue;
        const bool raised = std::any_of(analysed.begin(), analysed.end(), [&](const Alert& a) {
            return a.rule_id == s.alert.rule_id && a.subject == s.alert.subject;
        });
        if (!raised) analysed.push_back(s.alert);
    }
    return analysed;
}

std::size_t replay_alerts(Journal& journal, LocalDay first, LocalDay last, std::optional<Instant> now) {
    const auto thresholds = thresholds_from_settings(journal.settings());
    const auto snapshot = journal.snapshot();
    const LocalDay daily_from = last - date::days{12 * 7};
    journal.atomically([&] {
        for (LocalDay day = first; day <= last;) {
            const auto alerts = current_alerts(analyse(snapshot, day, thresholds, day == last ? now : std::nullopt),
                                               journal.stored_alerts(), day);
            journal.record_alerts(alerts, day);
            if (day == last) break;
            day = std::min(last, day + date::days{day < daily_from ? 7 : 1});
        }
    });
    return journal.stored_alerts().size();
}

}  // namespace relief::storage
