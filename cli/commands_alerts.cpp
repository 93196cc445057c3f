#include "command.h"
#include "core/errors.h"
#include "storage/alert_review.h"
#include "core/translate.h"

#include <nlohmann/json.hpp>

#include <climits>
#include <ostream>

namespace relief::cli {

namespace {

nlohmann::json alert_json(const storage::ReviewedAlert& r, const Zone& home) {
    const Alert& a = r.stored.alert;
    nlohmann::json evidence = nlohmann::json::array();
    for (const auto& e : a.evidence) evidence.push_back({{"label", e.label}, {"value", e.value}});
    return {
        {"id", r.stored.id == 0 ? nlohmann::json(nullptr) : nlohmann::json(r.stored.id)},
        {"rule_id", a.rule_id},
        {"severity", std::string(to_string(a.severity))},
        {"subject", a.subject},
        {"drugs", a.drugs},
        {"topic", a.topic},
        {"title", a.title},
        {"message", a.message},
        {"evidence", evidence},
        {"sources", a.sources},
        {"first_raised", format_day(a.raised_on)},
        {"last_seen", format_day(a.last_seen)},
        {"current", r.current},
        {"resolved_on", r.stored.resolved_on && !r.current ? nlohmann::json(format_day(*r.stored.resolved_on))
                                                           : nlohmann::json(nullptr)},
        {"occurrences", r.stored.occurrences},
        {"discussed", r.stored.discussed ? nlohmann::json(format_day(home.day_of(*r.stored.discussed)))
                                         : nlohmann::json(nullptr)},
    };
}

void print_alert(std::ostream& out, const storage::ReviewedAlert& r, const Zone& home) {
    const Alert& a = r.stored.alert;
    // The facts in brackets after the title, each its own phrase, joined as a list.
    std::string facts = fill(translate("relief::cli::commands_alerts", "raised %1"), {display_day(a.raised_on)});
    const int back = r.stored.occurrences - 1;
    if (back > 0)
        facts += "; " + (back == 1 ? translate("relief::cli::commands_alerts", "came back %n time", nullptr, back)
                                   : translate("relief::cli::commands_alerts", "came back %n times", nullptr, back));
    if (!r.current && r.stored.resolved_on) facts += "; " + fill(translate("relief::cli::commands_alerts", "resolved %1"), {display_day(*r.stored.resolved_on)});
    if (r.stored.discussed)
        facts += "; " + fill(translate("relief::cli::commands_alerts", "discussed %1"), {display_day(home.day_of(*r.stored.discussed))});
    out << "  " << (r.stored.id ? "[" + std::to_string(r.stored.id) + "] " : std::string()) << a.title << "  (" << facts
        << ")\n      " << a.message << "\n";
    for (const auto& e : a.evidence) out << "      - " << e.label << ": " << e.value << "\n";
    std::string sources;
    for (std::size_t i = 0; i < a.sources.size(); ++i) sources += (i ? "; " : "") + a.sources[i];
    out << "      " << fill(translate("relief::cli::commands_alerts", "Sources: %1"), {sources});
    out << "\n      (" << a.rule_id << ", " << a.subject << ")\n";
}

void print_by_severity(std::ostream& out, const std::vector<storage::ReviewedAlert>& alerts, const Zone& home) {
    for (auto severity : {AlertSeverity::urgent, AlertSeverity::warning, AlertSeverity::info}) {
        bool heading = false;
        for (const auto& r : alerts) {
            if (r.stored.alert.severity != severity) continue;
            if (!heading) {
                out << "\n"
                    << (severity == AlertSeverity::urgent    ? translate("relief::cli::commands_alerts", "URGENT: contact your clinician now or seek care")
                        : severity == AlertSeverity::warning ? translate("relief::cli::commands_alerts", "WARNING: contact your clinician or pharmacist soon")
                                                             : translate("relief::cli::commands_alerts", "INFO: worth mentioning at your next visit"))
                    << "\n";
                heading = true;
            }
            print_alert(out, r, home);
        }
    }
}

}  // namespace

int run_alerts(Context& ctx, const Arguments& args) {
    auto journal = ctx.open_journal();
    const Zone home = journal.home_zone();
    const LocalDay as_of = args.value("--as-of") ? parse_day(*args.value("--as-of"), "--as-of") : ctx.today(home);
    if (as_of > ctx.today(home))
        throw InputError("--as-of", format_day(as_of), translate("relief::cli::commands_alerts", "a day that is not in the future"));
    const auto review = storage::review_alerts(
        journal, as_of, as_of == ctx.today(home) ? std::optional(ctx.now(home)) : std::nullopt);

    if (args.has("--json")) {
        nlohmann::json alerts = nlohmann::json::array();
        for (const auto& r : review.current) alerts.push_back(alert_json(r, home));
        if (args.has("--all"))
            for (const auto& r : review.earlier) alerts.push_back(alert_json(r, home));
        ctx.out << nlohmann::json{{"as_of", format_day(as_of)}, {"alerts", alerts}}.dump(2) << "\n";
        return 0;
    }
    ctx.out << fill(translate("relief::cli::commands_alerts", "Alerts as of %1"), {display_day(as_of)}) << "\n";
    if (review.current.empty())
        ctx.out << "\n" << translate("relief::cli::commands_alerts", "No current alerts. Keep logging: the more you log, the more the analyser can see.") << "\n";
    print_by_severity(ctx.out, review.current, home);
    if (args.has("--all") && !review.earlier.empty()) {
        ctx.out << "\n" << translate("relief::cli::commands_alerts", "Resolved alerts (history)") << "\n";
        print_by_severity(ctx.out, review.earlier, home);
    } else if (!review.earlier.empty()) {
        const int n = static_cast<int>(review.earlier.size());
        ctx.out << "\n"
                << (n == 1 ? translate("relief::cli::commands_alerts", "%n resolved alert in the history: 'relief alerts --all' shows them.", nullptr, n)
                           : translate("relief::cli::commands_alerts", "%n resolved alerts in the history: 'relief alerts --all' shows them.", nullptr, n))
                << "\n";
    }
    if (!review.current.empty() && !journal.read_only())
        ctx.out << "\n" << translate("relief::cli::commands_alerts", "After your visit: 'relief alert discuss ID' marks an alert as discussed with your clinician.")
                << "\n";
    ctx.out << "\n"
            << translate("relief::cli::commands_alerts", "This journal is not a medical device: it points out what to discuss, it does not replace your "
                                  "clinician.")
            << "\n";
    return 0;
}

int run_alert_discuss(Context& ctx, const Arguments& args) {
    auto journal = ctx.open_journal_for_writing();
    const auto id = parse_int_in_range(args.operands[0], 1, INT_MAX, translate("relief::cli::commands_alerts", "alert id"));
    journal.mark_alert_discussed(id);
    ctx.out << fill(translate("relief::cli::commands_alerts", "Marked alert %1 (%2) as discussed with your clinician. It stays in the history."),
                    {std::to_string(id), journal.stored_alert(id)->alert.title})
            << "\n";
    return 0;
}

}  // namespace relief::cli
