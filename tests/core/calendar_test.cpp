#include "core/calendar.h"
#include "core/errors.h"

#include <gtest/gtest.h>

using namespace relief;

TEST(Calendar, ParsesAndFormatsDays) {
    EXPECT_EQ(format_day(parse_day("2026-03-01")), "2026-03-01");
    EXPECT_EQ(format_day(parse_day("2024-02-29")), "2024-02-29");
    EXPECT_EQ(parse_day("2026-03-01") - parse_day("2026-02-28"), date::days{1});
}

TEST(Calendar, RejectsImpossibleDates) {
    for (const char* bad : {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-1-5",
                            "26-01-05", "2026/01/05", "tomorrow", "", "2026-01-05x", "1899-12-31"}) {
        try {
            parse_day(bad, "start date");
            FAIL() << "accepted " << bad;
        } catch (const InputError& e) {
            EXPECT_EQ(e.field(), "start date");
            EXPECT_EQ(e.value(), bad);
            EXPECT_NE(std::string(e.what()).find("YYYY-MM-DD"), std::string::npos);
        }
    }
}

TEST(Calendar, AnEarlyDateSaysWhyNotThatItIsImpossible) {
    try {
        parse_day("1899-12-31", "date");
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("a date from 1900-01-01 on"), std::string::npos) << e.what();
        EXPECT_EQ(std::string(e.what()).find("exists on the calendar"), std::string::npos) << e.what();
    }
    EXPECT_EQ(format_day(parse_day("1900-01-01")), "1900-01-01");
    try {
        parse_day("2026-02-30", "date");
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("exists on the calendar"), std::string::npos) << e.what();
    }
}

TEST(Calendar, TimeOfDayBounds) {
    EXPECT_EQ(parse_time_of_day("00:00").minutes, 0);
    EXPECT_EQ(parse_time_of_day("23:59").minutes, 1439);
    EXPECT_EQ(format_time_of_day(parse_time_of_day("08:05")), "08:05");
    for (const char* bad : {"24:00", "12:60", "08-00", "noon", ""})
        EXPECT_THROW(parse_time_of_day(bad), InputError) << bad;
}

TEST(Calendar, TimeOfDayWithOneHourDigitAndSpaces) {
    EXPECT_EQ(parse_time_of_day("8:00").minutes, 8 * 60);
    EXPECT_EQ(parse_time_of_day("0:00").minutes, 0);
    EXPECT_EQ(parse_time_of_day("9:59").minutes, 9 * 60 + 59);
    EXPECT_EQ(parse_time_of_day(" 8:00").minutes, 8 * 60);
    EXPECT_EQ(parse_time_of_day("20:00 ").minutes, 20 * 60);
    EXPECT_EQ(parse_time_of_day("\t 7:30 \t").minutes, 7 * 60 + 30);
    EXPECT_EQ(format_time_of_day(parse_time_of_day("8:05")), "08:05");
}

TEST(Calendar, TimeOfDayStillRefusesWhatIsNotATime) {
    for (const char* bad : {"24:00", "8:60", "8", "800", "0800", "8:0", "8:000", "008:00", ":00", "8:",
                            "-8:00", "+8:00", "8 :00", "8: 00", "8.00", "25:00", "   "}) {
        try {
            parse_time_of_day(bad, "--times");
            FAIL() << "accepted '" << bad << "'";
        } catch (const InputError& e) {
            EXPECT_EQ(e.field(), "--times");
            EXPECT_NE(std::string(e.what()).find("a time as HH:MM from 00:00 to 23:59, such as 08:30"),
                      std::string::npos)
                << e.what();
        }
    }
}

TEST(Calendar, IntRange) {
    EXPECT_EQ(parse_int_in_range("0", 0, 10, "pain score"), 0);
    EXPECT_EQ(parse_int_in_range("10", 0, 10, "pain score"), 10);
    EXPECT_EQ(parse_int_in_range("-3", -5, 10, "x"), -3);
    try {
        parse_int_in_range("11", 0, 10, "pain score");
        FAIL();
    } catch (const InputError& e) {
        EXPECT_STREQ(e.what(), "invalid pain score '11': expected a whole number from 0 to 10");
    }
    for (const char* bad : {"seven", "-1", "7.5", "", "1e1", "99999999999"})
        EXPECT_THROW(parse_int_in_range(bad, 0, 10, "pain score"), InputError) << bad;
}
