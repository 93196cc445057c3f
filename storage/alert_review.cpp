#include "alert_review.h"

#include "core/analyser.h"

#include <algorithm>

namespace relief::storage {

AlertReview review_alerts(Journal& journal, LocalDay as_of, std::optional<Instant> now) {
    return review_alerts(journal, journal.snapshot(), as_of, now);
}

AlertReview review_alerts(Journal& journal, const JournalSnapshot& snapshot, LocalDay as_of,
                          std::optional<Instant> now) {
    const auto thresholds = thresholds_from_settings(journal.settings());
    std::vector<Alert> fresh = analyse(snapshot, as_of, thresholds, now);
    const LocalDay cutoff = as_of - date::days{current_alert_days - 1};
    std::erase_if(fresh, [&](const Alert& a) { return a.last_seen < cutoff; });
    if (!journal.read_only()) journal.record_alerts(fresh);

    const auto stored = journal.stored_alerts();
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

std::size_t replay_alerts(Journal& journal, LocalDay first, LocalDay last, std::optional<Instant> now) {
    const auto thresholds = thresholds_from_settings(journal.settings());
    const auto snapshot = journal.snapshot();
    const LocalDay daily_from = last - date::days{12 * 7};
    journal.atomically([&] {
        for (LocalDay day = first; day <= last;) {
            std::vector<Alert> alerts = analyse(snapshot, day, thresholds, day == last ? now : std::nullopt);
            const LocalDay cutoff = day - date::days{current_alert_days - 1};
            std::erase_if(alerts, [&](const Alert& a) { return a.last_seen < cutoff; });
            journal.record_alerts(alerts);
            if (day == last) break;
            day = std::min(last, day + date::days{day < daily_from ? 7 : 1});
        }
    });
    return journal.stored_alerts().size();
}

}  // namespace relief::storage
