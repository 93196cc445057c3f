#include "command.h"
#include "core/catalogue.h"
#include "core/reminder_settings.h"
#include "core/thresholds.h"

#include <ostream>

namespace relief::cli {

int run_settings(Context& ctx, const Arguments&) {
    auto journal = ctx.open_journal();
    const auto settings = journal.settings();
    const Thresholds defaults;
    const Thresholds current = thresholds_from_settings(settings);
    ctx.out << "Analyser thresholds (change with 'relief settings set threshold.NAME VALUE'):\n";
    for (const auto& s : threshold_specs()) {
        const int value = current.*(s.field);
        std::string left = "  threshold." + s.key + " = " + std::to_string(value);
        if (left.size() < 48) left.resize(48, ' ');
        ctx.out << left << s.description;
        if (value != defaults.*(s.field)) ctx.out << " (default " << defaults.*(s.field) << ")";
        ctx.out << "\n";
    }
    ctx.out << "\nDaily maximum overrides (default: the label maximum; 'relief settings set max-daily.INGREDIENT 20mg'):\n";
    if (current.max_daily_overrides.empty()) ctx.out << "  (none)\n";
    for (const auto& [ingredient, amount] : current.max_daily_overrides) {
        ctx.out << "  max-daily." << ingredient << " = " << amount.to_string();
        if (const Drug* d = Catalogue::standard().find_ingredient(ingredient); d && d->maximum)
            ctx.out << " (label " << d->maximum->daily.to_string() << ")";
        ctx.out << "\n";
    }
    const ReminderSettings reminders = reminder_settings_from(settings);
    const ReminderSettings reminder_defaults;
    ctx.out << "\nReminders (change with 'relief settings set reminders.NAME VALUE'; see 'relief reminders status'):\n";
    for (const auto& s : reminder_setting_specs()) {
        const std::string value = reminder_setting_text(reminders, s.key);
        std::string left = "  reminders." + s.key + " = " + value;
        if (left.size() < 48) left.resize(48, ' ');
        ctx.out << left << s.description;
        if (value != reminder_setting_text(reminder_defaults, s.key))
            ctx.out << " (default " << reminder_setting_text(reminder_defaults, s.key) << ")";
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
        ctx.out << "Set " << key << " = " << value << ".";
        if (key == "reminders.enabled")
            ctx.out << (value == "yes" ? " Reminders ring while relief-reminders runs: the app starts it at login "
                                         "once switched on there; 'relief reminders status' says what rings next."
                                       : " A running relief-reminders ends within a minute.");
        else
            ctx.out << " A running relief-reminders uses it within a minute.";
        ctx.out << "\n";
        return 0;
    }
    const std::string value = validate_threshold_setting(key, args.operands[1]);
    auto journal = ctx.open_journal_for_writing();
    auto settings = journal.settings();
    settings[key] = value;
    check_consistent(thresholds_from_settings(settings));
    journal.set_setting(key, value);
    ctx.out << "Set " << key << " = " << value << ". The analyser uses it from now on.\n";
    if (key.rfind("max-daily.", 0) == 0) {
        const Drug* drug = Catalogue::standard().find_ingredient(key.substr(10));
        if (drug && drug->maximum && Amount::parse(value) > drug->maximum->daily)
            ctx.out << "This is above the label maximum of " << drug->maximum->daily.to_string()
                    << " a day: set it only on your prescriber's advice. Alerts will use " << value << ".\n";
    }
    return 0;
}

int run_settings_reset(Context& ctx, const Arguments& args) {
    const std::string& key = args.operands[0];
    if (is_reminder_setting(key)) {
        validate_reminder_setting(key, reminder_setting_text(ReminderSettings{}, key));  // names a wrong key
        ctx.open_journal_for_writing().set_setting(key, "");
        ctx.out << "Reset " << key << " to its default.\n";
        return 0;
    }
    check_setting_key(key);
    auto journal = ctx.open_journal_for_writing();
    auto settings = journal.settings();
    settings.erase(key);
    check_consistent(thresholds_from_settings(settings));
    journal.set_setting(key, "");
    ctx.out << "Reset " << key << " to its default.\n";
    return 0;
}

}  // namespace relief::cli
