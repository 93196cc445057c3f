#include "journal_report.h"

#include "core/analyser.h"
#include "storage/alert_review.h"

namespace relief::reports {

ReportPeriod default_report_period(const storage::Journal& journal, LocalDay today) {
    if (auto visit = journal.last_visit(today); visit && today - *visit <= date::days{366})
        return {*visit, today};
    return {today - date::days{29}, today};
}

namespace {

// `borrowed`, when given, is read in place; else `owned` is kept in the source.
std::unique_ptr<ReportSource> gather(storage::Journal& journal, JournalSnapshot owned, const JournalSnapshot* borrowed,
                                     ReportPeriod period, LocalDay generated_on, std::optional<Instant> now,
                                     WithAlerts with_alerts) {
    auto source = std::make_unique<ReportSource>();
    source->snapshot = std::move(owned);
    ReportInput& in = source->input;
    in.journal = borrowed ? borrowed : &source->snapshot;
    in.period = period;
    in.generated_on = generated_on;
    in.now = now;
    in.thresholds = thresholds_from_settings(journal.settings());
    in.last_visit = journal.last_visit(period.from);
    if (with_alerts == WithAlerts::no) return source;
    const Zone home = journal.home_zone();
    const auto stored = journal.stored_alerts();
    for (const auto& st : stored)
        in.alerts.push_back({st.alert, st.discussed ? std::optional(home.day_of(*st.discussed)) : std::nullopt, false,
                             st.resolved_on});
    // What is current at the period's end, as the Alerts page would have said that day,
    // even if nobody ran the analysis then.
    const auto as_of = std::min(period.to, generated_on);
    for (const auto& a : storage::current_alerts(
             analyse(*in.journal, as_of, in.thresholds, as_of == generated_on ? now : std::nullopt), stored, as_of))
        in.alerts.push_back({a, std::nullopt, true, std::nullopt});
    return source;
}

}  // namespace

std::unique_ptr<ReportSource> report_source(storage::Journal& journal, ReportPeriod period, LocalDay generated_on,
                                            std::optional<Instant> now) {
    return gather(journal, journal.snapshot(), nullptr, period, generated_on, now, WithAlerts::yes);
}

std::unique_ptr<ReportSource> report_source(storage::Journal& journal, const JournalSnapshot& snapshot,
                                            ReportPeriod period, LocalDay generated_on, std::optional<Instant> now,
                                            WithAlerts with_alerts) {
    return gather(journal, {}, &snapshot, period, generated_on, now, with_alerts);
}

}  // namespace relief::reports
