#include "core/errors.h"
#include "core/reminder_settings.h"

#include <gtest/gtest.h>

using namespace relief;

TEST(ReminderSettings, DefaultsWhenNothingIsSet) {
    const auto s = reminder_settings_from({});
    EXPECT_FALSE(s.enabled);
    EXPECT_EQ(s.repeat_every, std::chrono::minutes{15});
    EXPECT_EQ(s.repeat_limit, 4);
    EXPECT_EQ(s.heads_up, std::chrono::minutes{0});
    EXPECT_EQ(s.snooze, std::chrono::minutes{10});
    EXPECT_FALSE(s.quiet);
    EXPECT_FALSE(s.hide_names);
}

TEST(ReminderSettings, ReadsWhatIsStored) {
    const auto s = reminder_settings_from({{"reminders.enabled", "yes"},
                                           {"reminders.repeat-minutes", "30"},
                                           {"reminders.repeat-limit", "2"},
                                           {"reminders.heads-up-minutes", "10"},
                                           {"reminders.snooze-minutes", "5"},
                                           {"reminders.quiet-hours", "22:00-07:00"},
                                           {"reminders.hide-names", "yes"}});
    EXPECT_TRUE(s.enabled);
    EXPECT_EQ(s.repeat_every, std::chrono::minutes{30});
    EXPECT_EQ(s.repeat_limit, 2);
    EXPECT_EQ(s.heads_up, std::chrono::minutes{10});
    EXPECT_EQ(s.snooze, std::chrono::minutes{5});
    ASSERT_TRUE(s.quiet);
    EXPECT_EQ(s.quiet->start, parse_time_of_day("22:00"));
    EXPECT_EQ(s.quiet->end, parse_time_of_day("07:00"));
    EXPECT_TRUE(s.hide_names);
    for (const auto& spec : reminder_setting_specs())
        EXPECT_NO_THROW(validate_reminder_setting("reminders." + spec.key, reminder_setting_text(s, spec.key)));
}

TEST(ReminderSettings, TakesTheWordsPeopleType) {
    EXPECT_EQ(validate_reminder_setting("reminders.enabled", "On"), "yes");
    EXPECT_EQ(validate_reminder_setting("reminders.enabled", " false "), "no");
    EXPECT_EQ(validate_reminder_setting("reminders.quiet-hours", "22:00 to 7:00"), "22:00-07:00");
    EXPECT_EQ(validate_reminder_setting("reminders.quiet-hours", "23:30 - 06:15"), "23:30-06:15");
    EXPECT_EQ(validate_reminder_setting("reminders.quiet-hours", "off"), "off");
    EXPECT_EQ(validate_reminder_setting("reminders.repeat-minutes", "0"), "0");
}

TEST(ReminderSettings, RangesAtTheirEdges) {
    EXPECT_EQ(validate_reminder_setting("reminders.repeat-minutes", "120"), "120");
    EXPECT_THROW(validate_reminder_setting("reminders.repeat-minutes", "121"), InputError);
    EXPECT_EQ(validate_reminder_setting("reminders.repeat-limit", "12"), "12");
    EXPECT_THROW(validate_reminder_setting("reminders.repeat-limit", "13"), InputError);
    EXPECT_EQ(validate_reminder_setting("reminders.snooze-minutes", "1"), "1");
    EXPECT_THROW(validate_reminder_setting("reminders.snooze-minutes", "0"), InputError);
    EXPECT_THROW(validate_reminder_setting("reminders.heads-up-minutes", "-1"), InputError);
}

TEST(ReminderSettings, BadInputNamesTheSettingTheValueAndWhatIsAllowed) {
    try {
        validate_reminder_setting("reminders.quiet-hours", "22:00-22:00");
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.field(), "reminders.quiet-hours");
        EXPECT_EQ(e.value(), "22:00-22:00");
        EXPECT_NE(e.allowed().find("22:00-07:00"), std::string::npos);
    }
    try {
        validate_reminder_setting("reminders.quiet-hours", "late");
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.field(), "reminders.quiet-hours");
    }
    try {
        validate_reminder_setting("reminders.hide-names", "maybe");
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.field(), "reminders.hide-names");
        EXPECT_EQ(e.allowed(), "yes or no");
    }
    try {
        validate_reminder_setting("reminders.repeat", "5");
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.field(), "setting");
        EXPECT_NE(e.allowed().find("reminders.repeat-minutes"), std::string::npos);
    }
}

TEST(ReminderSettings, AStoredValueThatNoLongerParsesFallsBackToItsDefault) {
    const auto s = reminder_settings_from({{"reminders.repeat-minutes", "999"}, {"reminders.quiet-hours", "soon"}});
    EXPECT_EQ(s.repeat_every, std::chrono::minutes{15});
    EXPECT_FALSE(s.quiet);
}
