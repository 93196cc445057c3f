#include "core/errors.h"
#include "core/thresholds.h"

#include <gtest/gtest.h>

#include <set>

using namespace relief;

TEST(Thresholds, DefaultsMatchRulesMd) {
    const Thresholds t;
    EXPECT_EQ(t.course_gap_days, 3);
    EXPECT_EQ(t.regular_use_days, 5);
    EXPECT_EQ(t.window_min_logged_days, 4);
    EXPECT_EQ(t.short_term_info_day, 15);
    EXPECT_EQ(t.short_term_warning_day, 22);
    EXPECT_EQ(t.adherence_percent, 80);
}

TEST(Thresholds, EverySpecIsUniqueAndItsDefaultInRange) {
    const Thresholds t;
    std::set<std::string> keys;
    for (const auto& s : threshold_specs()) {
        EXPECT_TRUE(keys.insert(s.key).second) << s.key;
        EXPECT_GE(t.*(s.field), s.low) << s.key;
        EXPECT_LE(t.*(s.field), s.high) << s.key;
    }
}

TEST(Thresholds, SettingsOverrideDefaults) {
    const auto t = thresholds_from_settings({{"threshold.short-term-info-day", "10"},
                                             {"max-daily.cyclobenzaprine", "20mg"},
                                             {"profile.birth_year", "1960"}});
    EXPECT_EQ(t.short_term_info_day, 10);
    EXPECT_EQ(t.max_daily_overrides.at("cyclobenzaprine"), Amount::milligrams(20));
    EXPECT_EQ(t.short_term_warning_day, 22);
}

TEST(Thresholds, BadSettingsAreRefusedNamingTheSetting) {
    EXPECT_EQ(validate_threshold_setting("threshold.missed-streak", "3"), "3");
    EXPECT_EQ(validate_threshold_setting("max-daily.baclofen", "60mg"), "60 mg");
    try {
        validate_threshold_setting("threshold.missed-streak", "1");
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.field(), "threshold.missed-streak");
        EXPECT_NE(std::string(e.what()).find("2 to 50"), std::string::npos);
    }
    EXPECT_THROW(validate_threshold_setting("threshold.no-such", "3"), InputError);
    EXPECT_THROW(validate_threshold_setting("max-daily.mysteriol", "3mg"), InputError);
    EXPECT_THROW(validate_threshold_setting("max-daily.baclofen", "3"), InputError);
    EXPECT_THROW(validate_threshold_setting("colour", "blue"), InputError);
}

TEST(Thresholds, PairsMustKeepTheirOrder) {
    Thresholds t;
    EXPECT_NO_THROW(check_consistent(t));
    t.short_term_warning_day = 15;
    try {
        check_consistent(t);
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.field(), "threshold.short-term-warning-day");
        EXPECT_NE(std::string(e.what()).find("short-term-info-day (15)"), std::string::npos);
    }
    t = Thresholds{};
    t.regular_use_days = t.regular_use_window_days;
    EXPECT_NO_THROW(check_consistent(t)) << "5 of 5 days is allowed";
    t.regular_use_days = t.regular_use_window_days + 1;
    EXPECT_THROW(check_consistent(t), InputError);
}
