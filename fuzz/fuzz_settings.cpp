// `relief settings set KEY VALUE` and the settings rows of a CSV import: thresholds
// ("threshold.short-term-warning-day 29") and maximum daily doses ("max-daily.baclofen 60mg").
// The input is KEY, a line break, then VALUE.
#include "check.h"
#include "core/errors.h"
#include "core/thresholds.h"

using namespace relief;
using relief::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::text_of(data, size);
    const auto newline = text.find('\n');
    if (newline == std::string_view::npos) return 0;
    const std::string key(text.substr(0, newline));
    const std::string value(text.substr(newline + 1));

    std::string stored;
    try {
        stored = validate_threshold_setting(key, value);
    } catch (const InputError&) {
        return 0;
    }
    // The journal keeps the normalised value; reading it back must give the same setting,
    // and opening the thresholds must not fail on it.
    require(validate_threshold_setting(key, stored) == stored, "a stored setting validates to itself", stored);
    check_setting_key(key);
    try {
        const Thresholds t = thresholds_from_settings({{key, stored}});
        check_consistent(t);
    } catch (const InputError& e) {
        // One threshold alone may break the order of a pair; nothing else may fail here.
        const std::string message = e.what();
        require(message.find("change that one first") != std::string::npos,
                "thresholds_from_settings accepts every value validate_threshold_setting stored", message);
    }
    return 0;
}
