#include "reminder_settings.h"

#include "errors.h"
#include "translate.h"

#include <algorithm>
#include <cctype>

namespace relief {

namespace {

constexpr std::string_view prefix = "reminders.";

std::string lower_trimmed(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

std::optional<bool> yes_no(std::string_view text) {
    const std::string t = lower_trimmed(text);
    if (t == "yes" || t == "on" || t == "true" || t == "1") return true;
    if (t == "no" || t == "off" || t == "false" || t == "0") return false;
    return std::nullopt;
}

struct Range {
    int low;
    int high;
};

std::optional<Range> minutes_range(const std::string& key) {
    if (key == "repeat-minutes") return Range{0, 120};
    if (key == "repeat-limit") return Range{0, 12};
    if (key == "heads-up-minutes") return Range{0, 120};
    if (key == "snooze-minutes") return Range{1, 120};
    return std::nullopt;
}

const ReminderSettingSpec* find(const std::string& name) {
    for (const auto& s : reminder_setting_specs())
        if (s.key == name) return &s;
    return nullptr;
}

std::string names() {
    std::string out;
    for (const auto& s : reminder_setting_specs()) out += (out.empty() ? "" : ", ") + std::string(prefix) + s.key;
    return out;
}

// "22:00-07:00", "22:00 - 07:00", "22:00 to 07:00"; equal ends are refused (no hours, or
// all of them: either way not what a person means).
QuietHours parse_quiet(const std::string& field, const std::string& value) {
    const std::string allowed =
        translate("relief::core::reminder_settings", "off, or two times such as 22:00-07:00 (from, to; over midnight is fine)");
    const std::string t = lower_trimmed(value);
    std::size_t cut = t.find(" to ");
    std::size_t skip = 4;
    if (cut == std::string::npos) {
        cut = t.find('-');
        skip = 1;
    }
    if (cut == std::string::npos) throw InputError(field, value, allowed);
    QuietHours q;
    try {
        q.start = parse_time_of_day(t.substr(0, cut), field);
        q.end = parse_time_of_day(t.substr(cut + skip), field);
    } catch (const InputError&) {
        throw InputError(field, value, allowed);
    }
    if (q.start == q.end) throw InputError(field, value, translate("relief::core::reminder_settings", "two different times, such as 22:00-07:00, or off"));
    return q;
}

}  // namespace

const std::vector<ReminderSettingSpec>& reminder_setting_specs() {
    static const std::vector<ReminderSettingSpec> specs{
        // What is allowed and what each does are for people: translate("relief::core::reminder_settings", ...) where shown.
        {"enabled", RELIEF_TRANSLATE_NOOP("relief::core::reminder_settings", "yes or no"),
         RELIEF_TRANSLATE_NOOP("relief::core::reminder_settings", "remind while the app is closed (the service must be running)")},
        {"repeat-minutes", RELIEF_TRANSLATE_NOOP("relief::core::reminder_settings", "0 to 120 (0: never repeat)"),
         RELIEF_TRANSLATE_NOOP("relief::core::reminder_settings", "repeat an unanswered reminder every this many minutes")},
        {"repeat-limit", RELIEF_TRANSLATE_NOOP("relief::core::reminder_settings", "0 to 12"),
         RELIEF_TRANSLATE_NOOP("relief::core::reminder_settings", "repeats after the first reminder, then it stops asking")},
        {"heads-up-minutes", RELIEF_TRANSLATE_NOOP("relief::core::reminder_settings", "0 to 120 (0: none)"),
         RELIEF_TRANSLATE_NOOP("relief::core::reminder_settings", "a heads-up this many minutes before a dose")},
        {"snooze-minutes", RELIEF_TRANSLATE_NOOP("relief::core::reminder_settings", "1 to 120"), RELIEF_TRANSLATE_NOOP("relief::core::reminder_settings", "how long Snooze waits")},
        {"quiet-hours", RELIEF_TRANSLATE_NOOP("relief::core::reminder_settings", "off, or 22:00-07:00"),
         RELIEF_TRANSLATE_NOOP("relief::core::reminder_settings", "no reminder sounds in these hours")},
        {"hide-names", RELIEF_TRANSLATE_NOOP("relief::core::reminder_settings", "yes or no"),
         RELIEF_TRANSLATE_NOOP("relief::core::reminder_settings", "say \"a dose is due\" without the medication's name")},
    };
    return specs;
}

std::string display_allowed(const ReminderSettingSpec& spec) {
    return translate("relief::core::reminder_settings", spec.allowed.c_str());
}

std::string display_description(const ReminderSettingSpec& spec) {
    return translate("relief::core::reminder_settings", spec.description.c_str());
}

bool is_reminder_setting(const std::string& key) { return key.rfind(prefix, 0) == 0; }

std::string validate_reminder_setting(const std::string& key, const std::string& value) {
    const std::string name = is_reminder_setting(key) ? key.substr(prefix.size()) : key;
    const ReminderSettingSpec* spec = find(name);
    if (!spec) throw InputError("setting", key, fill(translate("relief::core::reminder_settings", "one of %1"), {names()}));
    if (const auto range = minutes_range(name))
        return std::to_string(parse_int_in_range(value, range->low, range->high, key));
    if (name == "quiet-hours") {
        if (const auto off = yes_no(value); off && !*off) return "off";
        const QuietHours q = parse_quiet(key, value);
        return format_time_of_day(q.start) + "-" + format_time_of_day(q.end);
    }
    const auto flag = yes_no(value);
    if (!flag) throw InputError(key, value, display_allowed(*spec));
    return *flag ? "yes" : "no";
}

ReminderSettings reminder_settings_from(const std::map<std::string, std::string>& settings) {
    ReminderSettings s;
    const auto get = [&](const std::string& name) -> std::optional<std::string> {
        const auto it = settings.find(std::string(prefix) + name);
        if (it == settings.end() || it->second.empty()) return std::nullopt;
        try {
            return validate_reminder_setting(it->first, it->second);
        } catch (const InputError&) {
            return std::nullopt;
        }
    };
    if (auto v = get("enabled")) s.enabled = *v == "yes";
    if (auto v = get("repeat-minutes")) s.repeat_every = std::chrono::minutes{std::stoi(*v)};
    if (auto v = get("repeat-limit")) s.repeat_limit = std::stoi(*v);
    if (auto v = get("heads-up-minutes")) s.heads_up = std::chrono::minutes{std::stoi(*v)};
    if (auto v = get("snooze-minutes")) s.snooze = std::chrono::minutes{std::stoi(*v)};
    if (auto v = get("quiet-hours"); v && *v != "off") s.quiet = parse_quiet("reminders.quiet-hours", *v);
    if (auto v = get("hide-names")) s.hide_names = *v == "yes";
    return s;
}

std::string reminder_setting_text(const ReminderSettings& s, const std::string& key) {
    const std::string name = is_reminder_setting(key) ? key.substr(prefix.size()) : key;
    if (name == "enabled") return s.enabled ? "yes" : "no";
    if (name == "repeat-minutes") return std::to_string(s.repeat_every.count());
    if (name == "repeat-limit") return std::to_string(s.repeat_limit);
    if (name == "heads-up-minutes") return std::to_string(s.heads_up.count());
    if (name == "snooze-minutes") return std::to_string(s.snooze.count());
    if (name == "quiet-hours")
        return s.quiet ? format_time_of_day(s.quiet->start) + "-" + format_time_of_day(s.quiet->end) : "off";
    if (name == "hide-names") return s.hide_names ? "yes" : "no";
    throw InputError("setting", key, fill(translate("relief::core::reminder_settings", "one of %1"), {names()}));
}

}  // namespace relief
