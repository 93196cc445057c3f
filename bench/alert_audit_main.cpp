// relief-alert-audit: writes a synthetic journal in memory and opens it every morning, as
// a patient would, counting the alerts raised (docs/alerts.md, "Alert fatigue").
#include "alert_audit.h"
#include "synthetic_journal.h"

#include "core/calendar.h"
#include "core/errors.h"

#include <cstdio>
#include <exception>
#include <string>

namespace {

constexpr const char* usage =
    "usage: relief-alert-audit [--days N | --years N] [--seed S] [--last-day YYYY-MM-DD] [--list]\n"
    "Replays a synthetic journal (default: 1 year, seed 1, ending 2026-06-30) day by day and\n"
    "prints the alerts raised per rule and severity; --list prints each one.\n";

}  // namespace

int main(int argc, char** argv) {
    using namespace relief;
    bench::SyntheticOptions options;
    options.days = 365;
    options.last_day = parse_day("2026-06-30");
    bool list = false;
    try {
        for (int i = 1; i < argc; ++i) {
            const std::string arg = argv[i];
            auto value = [&]() -> std::string {
                if (i + 1 >= argc) throw std::invalid_argument(arg + " needs a value");
                return argv[++i];
            };
            if (arg == "--days") options.days = parse_int_in_range(value(), 1, 36500, "--days");
            else if (arg == "--years") options.days = 365 * parse_int_in_range(value(), 1, 100, "--years");
            else if (arg == "--seed") options.seed = static_cast<std::uint32_t>(parse_int_in_range(value(), 0, 1 << 30, "--seed"));
            else if (arg == "--last-day") options.last_day = parse_day(value(), "--last-day");
            else if (arg == "--list") list = true;
            else if (arg == "--help" || arg == "-h") { std::fputs(usage, stdout); return 0; }
            else throw std::invalid_argument("unexpected argument " + arg);
        }
        auto journal = storage::Journal::in_memory(Zone::locate("Europe/Berlin"), bench::synthetic_clock(options.last_day));
        bench::write_synthetic_journal(journal, options);
        const LocalDay first = options.last_day - date::days{options.days - 1};
        const auto audit = bench::audit_alerts(journal, first, options.last_day);
        if (list)
            for (const auto& r : audit.raised)
                std::printf("%s  %-8s %-32s %s | %s\n", format_day(r.day).c_str(), std::string(to_string(r.severity)).c_str(),
                            r.rule_id.c_str(), r.subject.c_str(), r.title.c_str());
        std::printf("%d days, seed %u: raised %d urgent, %d warning, %d info (%.1f warnings or worse a year)\n", audit.days,
                    options.seed, audit.count(AlertSeverity::urgent),
                    audit.count(AlertSeverity::warning) - audit.count(AlertSeverity::urgent),
                    audit.count(AlertSeverity::info) - audit.count(AlertSeverity::warning), audit.per_year(AlertSeverity::warning));
        for (const auto& [rule, counts] : audit.by_rule()) {
            std::printf("  %-34s", rule.c_str());
            for (const auto& [severity, n] : counts) std::printf(" %s %d", std::string(to_string(severity)).c_str(), n);
            std::printf("\n");
        }
        return 0;
    } catch (const std::invalid_argument& e) {
        std::fprintf(stderr, "relief-alert-audit: %s\n%s", e.what(), usage);
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "relief-alert-audit: %s\n", e.what());
        return 1;
    }
}
