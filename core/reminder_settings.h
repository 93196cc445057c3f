#pragma once

#include "calendar.h"

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace relief {

// Hours in which no reminder sounds, on the local clock: 22:00-07:00 runs over midnight.
struct QuietHours {
    TimeOfDay start;
    TimeOfDay end;
    bool contains(TimeOfDay t) const {
        return start <= end ? (t >= start && t < end) : (t >= start || t < end);
    }
    bool operator==(const QuietHours&) const = default;
};

// How the reminder service behaves, from the journal's settings ("reminders.<key>"), so
// the window, the service and `relief reminders status` read the same values.
struct ReminderSettings {
    bool enabled = false;                        // reminders.enabled: yes / no
    std::chrono::minutes repeat_every{15};       // reminders.repeat-minutes (0: never repeat)
    int repeat_limit = 4;                        // reminders.repeat-limit: repeats after the first
    std::chrono::minutes heads_up{0};            // reminders.heads-up-minutes (0: none)
    std::chrono::minutes snooze{10};             // reminders.snooze-minutes
    std::optional<QuietHours> quiet;             // reminders.quiet-hours: "22:00-07:00" or "off"
    bool hide_names = false;                     // reminders.hide-names: yes / no
    bool operator==(const ReminderSettings&) const = default;
};

struct ReminderSettingSpec {
    std::string key;          // "repeat-minutes" (the setting is "reminders.repeat-minutes")
    std::string allowed;      // "0 to 120 (0: never repeat)"
    std::string description;
};
const std::vector<ReminderSettingSpec>& reminder_setting_specs();
// A setting's allowed values and what it does, in the current language, for a person.
std::string display_allowed(const ReminderSettingSpec& spec);
std::string display_description(const ReminderSettingSpec& spec);

// Whether `key` is a reminders setting ("reminders.…").
bool is_reminder_setting(const std::string& key);
// The value as stored ("yes", "15", "22:00-07:00", "off"); InputError naming the setting,
// the value and what is allowed otherwise. The words people type are taken: on/off,
// true/false, "22:00 to 07:00".
std::string validate_reminder_setting(const std::string& key, const std::string& value);
// Unknown or malformed stored values fall back to their defaults (a journal written by
// a newer version must still remind).
ReminderSettings reminder_settings_from(const std::map<std::string, std::string>& settings);
// The stored text of each setting, for the window and the CLI.
std::string reminder_setting_text(const ReminderSettings& s, const std::string& key);

}  // namespace relief
