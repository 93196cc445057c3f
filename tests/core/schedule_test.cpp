#include "core/errors.h"
#include "core/schedule.h"

#include <gtest/gtest.h>

using namespace relief;

namespace {
std::vector<std::string> local_times(const std::vector<Instant>& instants, const Zone& zone) {
    std::vector<std::string> out;
    for (auto i : instants) out.push_back(format_local(i, zone));
    return out;
}
}  // namespace

TEST(Schedule, ParsesSortsAndRejectsDuplicates) {
    const auto times = parse_times("20:00, 08:00,14:00");
    EXPECT_EQ(format_times(times), "08:00,14:00,20:00");
    EXPECT_THROW(parse_times("08:00,08:00"), InputError);
    EXPECT_THROW(parse_times("08:00,"), InputError);
    EXPECT_THROW(parse_times("8am"), InputError);
}

TEST(Schedule, ListsAcceptOneHourDigitAndSpaces) {
    EXPECT_EQ(format_times(parse_times(" 8:00, 20:00")), "08:00,20:00");
    EXPECT_EQ(format_times(parse_times("8:00,9:30 , 14:00 ")), "08:00,09:30,14:00");
    EXPECT_THROW(parse_times("8:00,08:00"), InputError) << "the same time written two ways";
    for (const char* bad : {"8:00,24:00", "8:60", "8,20", "800,2000", " 8:00, "}) {
        try {
            parse_times(bad, "--times");
            FAIL() << "accepted '" << bad << "'";
        } catch (const InputError& e) {
            EXPECT_EQ(e.field(), "--times");
        }
    }
}

TEST(Schedule, ExpandsOnAnOrdinaryDay) {
    const auto zone = Zone::locate("Europe/Berlin");
    Schedule s{parse_times("08:00,14:00,20:00"), false};
    EXPECT_EQ(local_times(expected_doses(s, parse_day("2026-05-04"), zone), zone),
              (std::vector<std::string>{"2026-05-04 08:00", "2026-05-04 14:00", "2026-05-04 20:00"}));
}

TEST(Schedule, SpringForwardDoseIsNeitherLostNorDoubled) {
    const auto zone = Zone::locate("Europe/Berlin");  // 2026-03-29 02:00 -> 03:00
    Schedule s{parse_times("02:30,08:00"), false};
    const auto doses = expected_doses(s, parse_day("2026-03-29"), zone);
    ASSERT_EQ(doses.size(), 2u);
    EXPECT_EQ(format_local(doses[0], zone), "2026-03-29 03:30");
    EXPECT_EQ(format_day(zone.day_of(doses[0])), "2026-03-29");
    // The day before and after are ordinary.
    EXPECT_EQ(local_times(expected_doses(s, parse_day("2026-03-28"), zone), zone).front(),
              "2026-03-28 02:30");
    EXPECT_EQ(local_times(expected_doses(s, parse_day("2026-03-30"), zone), zone).front(),
              "2026-03-30 02:30");
}

TEST(Schedule, FallBackDoseCountsOnce) {
    const auto zone = Zone::locate("Europe/Berlin");  // 2026-10-25 03:00 -> 02:00
    Schedule s{parse_times("02:30"), false};
    const auto doses = expected_doses(s, parse_day("2026-10-25"), zone);
    ASSERT_EQ(doses.size(), 1u);
    EXPECT_EQ(format_utc(doses[0]), "2026-10-25T00:30:00Z");  // the first 02:30 (CEST)
}

TEST(Schedule, DayLengthsAcrossDstStillGiveEveryDose) {
    const auto zone = Zone::locate("America/New_York");
    Schedule s{parse_times("00:00,06:00,12:00,18:00,23:59"), false};
    for (auto day = parse_day("2026-03-01"); day <= parse_day("2026-11-30"); day += date::days{1}) {
        const auto doses = expected_doses(s, day, zone);
        ASSERT_EQ(doses.size(), 5u);
        for (auto d : doses) ASSERT_EQ(zone.day_of(d), day) << format_day(day);
    }
}

TEST(Schedule, AsNeededHasNoExpectedDoses) {
    const auto zone = Zone::locate("UTC");
    EXPECT_TRUE(expected_doses(Schedule{{}, true}, parse_day("2026-05-04"), zone).empty());
}
