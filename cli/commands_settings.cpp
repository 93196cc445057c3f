#include "command.h"
#include "core/catalogue.h"
#include "core/reminder_settings.h"
#include "core/thresholds.h"
#include "core/translate.h"
#include "core/unicode_text.h"

#include <ostream>

namespace relief::cli {

namespace {

// "  key = value" padded to the descriptions' column by the characters a person sees.
std::string padded(std::string left) {
    const std::size_t shown = character_count(left);
    if (shown < 48) left.append(48 - shown, ' ');
    return left;
}

}  // namespace

int run_settings(Context& ctx, const Arguments&) {
    auto journal = ctx.open_journal();
    const auto settings = journal.settings();
    const Thresholds defaults;
    const Thresholds current = thresholds_from_settings(settings);
    ctx.out << translate("relief::cli::commands_settings", "Analyser thresholds (change with 'relief settings set threshold.NAME VALUE'):") << "\n";
    for (const auto& s : threshold_specs()) {
        const int value = current.*(s.field);
        ctx.out << padded("  threshold." + s.key + " = " + std::to_string(value)) << display_description(s);
        if (value != defaults.*(s.field))
            ctx.out << " " << fill(translate("relief::cli::commands_settings", "(default %1)"), {std::to_string(defaults.*(s.field))});
        ctx.out << "\n";
    }
    ctx.out << "\n"
            << translate("relief::cli::commands_settings", "Daily maximum overrides (default: the label maximum; 'relief settings set max-daily.INGREDIENT 20mg'):")
            << "\n";
    if (current.max_daily_overrides.empty()) ctx.out << "  " << translate("relief::cli::commands_settings", "(none)") << "\n";
    for (const auto& [ingredient, amount] : current.max_daily_overrides) {
        ctx.out << "  max-daily." << ingredient << " = " << amount.to_string();
        if (const Drug* d = Catalogue::standard().find_ingredient(ingredient); d && d->maximum)
            ctx.out << " " << fill(translate("relief::cli::commands_settings", "(label %1)"), {d->maximum->daily.to_string()});
        ctx.out << "\n";
    }
    const ReminderSettings reminders = reminder_settings_from(settings);
    const ReminderSettings reminder_defaults;
    ctx.out << "\n"
            << translate("relief::cli::commands_settings", "Reminders (change with 'relief settings set reminders.NAME VALUE'; see 'relief reminders status'):")
            << "\n";
    for (const auto& s : reminder_setting_specs()) {
        const std::string value = reminder_setting_text(reminders, s.key);
        ctx.out << padded("  reminders." + s.key + " = " + value) << display_description(s);
        if (value != reminder_setting_text(reminder_defaults, s.key))
            ctx.out << " " << fill(translate("relief::cli::commands_settings", "(default %1)"), {reminder_setting_text(reminder_defaults, s.key)});
        ctx.out << "\n";
    }
    return 0;
}

int run_settings_set(Context& ctx, const Arguments& args) {
    const std::string& key = args.operands[0];
    if (is_reminder_setting(key)) {
        const std::string value = validate_reminder_setting(key, args.operands[1]);
        auto journal = ctx.open_journal_for_writing();
        journal.set_setting(key, value);
        //: %1 the setting's key, %2 its value, both as typed.
        if (key == "reminders.enabled")
            ctx.out << fill(value == "yes" ? translate("relief::cli::commands_settings", "Set %1 = %2. Reminders ring while relief-reminders runs: the app "
                                                                "starts it at login once switched on there; 'relief reminders "
                                                                "status' says what rings next.")
                                           : translate("relief::cli::commands_settings", "Set %1 = %2. A running relief-reminders ends within a minute."),
                            {key, value});
        else
            ctx.out << fill(translate("relief::cli::commands_settings", "Set %1 = %2. A running relief-reminders uses it within a minute."), {key, value});
        ctx.out << "\n";
        return 0;
    }
    const std::string value = validate_threshold_setting(key, args.operands[1]);
    auto journal = ctx.open_journal_for_writing();
    auto settings = journal.settings();
    settings[key] = value;
    check_consistent(thresholds_from_settings(settings));
    journal.set_setting(key, value);
    ctx.out << fill(translate("relief::cli::commands_settings", "Set %1 = %2. The analyser uses it from now on."), {key, value}) << "\n";
    if (key.rfind("max-daily.", 0) == 0) {
        const Drug* drug = Catalogue::standard().find_ingredient(key.substr(10));
        if (drug && drug->maximum && Amount::parse(value) > drug->maximum->daily)
            ctx.out << fill(translate("relief::cli::commands_settings", "This is above the label maximum of %1 a day: set it only on your prescriber's "
                                               "advice. Alerts will use %2."),
                            {drug->maximum->daily.to_string(), value})
                    << "\n";
    }
    return 0;
}

int run_settings_reset(Context& ctx, const Arguments& args) {
    const std::string& key = args.operands[0];
    if (is_reminder_setting(key)) {
        validate_reminder_setting(key, reminder_setting_text(ReminderSettings{}, key));  // names a wrong key
        ctx.open_journal_for_writing().set_setting(key, "");
        ctx.out << fill(translate("relief::cli::commands_settings", "Reset %1 to its default."), {key}) << "\n";
        return 0;
    }
    check_setting_key(key);
    auto journal = ctx.open_journal_for_writing();
    auto settings = journal.settings();
    settings.erase(key);
    check_consistent(thresholds_from_settings(settings));
    journal.set_setting(key, "");
    ctx.out << fill(translate("relief::cli::commands_settings", "Reset %1 to its default."), {key}) << "\n";
    return 0;
}

}  // namespace relief::cli
