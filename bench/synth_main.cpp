// relief-synth: writes a synthetic journal to a new file, so that the benchmarks, the
// sqlite3 floors and the app's first-frame measurement all read the same journals.
#include "synthetic_journal.h"

#include "core/calendar.h"
#include "core/errors.h"
#include "storage/alert_review.h"

#include <cstdio>
#include <cstring>
#include <exception>
#include <string>

namespace {

constexpr const char* usage =
    "usage: relief-synth [--days N | --years N] [--seed S] [--last-day YYYY-MM-DD] "
    "[--zone Area/City] FILE\n"
    "Writes a new journal of synthetic daily use (default: 1 year, seed 1, ending 2026-06-30,\n"
    "Europe/Berlin) and records the alerts current on its last day.\n";

}  // namespace

int main(int argc, char** argv) {
    using namespace relief;
    bench::SyntheticOptions options;
    options.days = 365;
    options.last_day = parse_day("2026-06-30");
    std::string zone = "Europe/Berlin";
    std::string file;
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
            else if (arg == "--zone") zone = value();
            else if (arg == "--help" || arg == "-h") { std::fputs(usage, stdout); return 0; }
            else if (!arg.empty() && arg[0] != '-' && file.empty()) file = arg;
            else throw std::invalid_argument("unexpected argument " + arg);
        }
        if (file.empty()) throw std::invalid_argument("name the journal FILE to write");
        auto journal = storage::Journal::create(file, Zone::locate(zone), bench::synthetic_clock(options.last_day));
        bench::write_synthetic_journal(journal, options);
        storage::review_alerts(journal, options.last_day);
        std::printf("%s: %zu entries over %d days\n", file.c_str(), journal.entry_count(), options.days);
        return 0;
    } catch (const std::invalid_argument& e) {
        std::fprintf(stderr, "relief-synth: %s\n%s", e.what(), usage);
        return 2;
    } catch (const InputError& e) {
        std::fprintf(stderr, "relief-synth: %s\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "relief-synth: %s\n", e.what());
        return 1;
    }
}
