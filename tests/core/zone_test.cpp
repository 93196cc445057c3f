#include "core/errors.h"
#include "core/zone.h"

#include <gtest/gtest.h>

using namespace relief;
using namespace std::chrono_literals;

namespace {
Instant utc(const char* text) { return parse_utc(text); }
}  // namespace

TEST(Zone, LocatesIanaNamesAndRejectsOthers) {
    EXPECT_EQ(Zone::locate("Europe/Berlin").name(), "Europe/Berlin");
    try {
        Zone::locate("Mars/Olympus");
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.field(), "time zone");
        EXPECT_EQ(e.value(), "Mars/Olympus");
    }
}

TEST(Zone, DoseAfterMidnightBelongsToTheNewDay) {
    const auto berlin = Zone::locate("Europe/Berlin");
    const auto at = parse_when("2026-03-02T00:30", berlin);
    EXPECT_EQ(format_day(berlin.day_of(at)), "2026-03-02");
    EXPECT_EQ(format_utc(at), "2026-03-01T23:30:00Z");
    const auto before = parse_when("2026-03-01T23:59", berlin);
    EXPECT_EQ(format_day(berlin.day_of(before)), "2026-03-01");
}

TEST(Zone, TypedTimeInSpringForwardGapIsRefused) {
    const auto ny = Zone::locate("America/New_York");
    try {
        parse_when("2026-03-08T02:30", ny, "--at");
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.field(), "--at");
        EXPECT_NE(std::string(e.what()).find("daylight saving"), std::string::npos);
    }
    EXPECT_EQ(format_utc(parse_when("2026-03-08T01:59", ny)), "2026-03-08T06:59:00Z");
    EXPECT_EQ(format_utc(parse_when("2026-03-08T03:00", ny)), "2026-03-08T07:00:00Z");
}

TEST(Zone, TypedTimeInFallBackOverlapMeansTheFirst) {
    const auto ny = Zone::locate("America/New_York");
    EXPECT_EQ(format_utc(parse_when("2026-11-01T01:30", ny)), "2026-11-01T05:30:00Z");
}

TEST(Zone, ExplicitOffsetWins) {
    const auto ny = Zone::locate("America/New_York");
    EXPECT_EQ(format_utc(parse_when("2026-03-08T02:30+01:00", ny)), "2026-03-08T01:30:00Z");
    EXPECT_EQ(format_utc(parse_when("2026-03-08T02:30Z", ny)), "2026-03-08T02:30:00Z");
    EXPECT_EQ(format_utc(parse_when("2026-03-08T02:30-05:30", ny)), "2026-03-08T08:00:00Z");
}

TEST(Zone, RejectsMalformedTimes) {
    const auto ny = Zone::locate("America/New_York");
    for (const char* bad : {"2026-03-08", "2026-03-08 08:00", "2026-02-30T08:00", "2026-03-08T25:00",
                            "2026-03-08T08:00+1", "2026-03-08T08:00+15:00", "yesterday"})
        EXPECT_THROW(parse_when(bad, ny), InputError) << bad;
}

TEST(Zone, TravelKeepsTheDayOfTheZoneWhereItWasLogged) {
    const auto tokyo = Zone::locate("Asia/Tokyo");
    const auto london = Zone::locate("Europe/London");
    const auto at = utc("2026-06-10T20:00:00Z");
    EXPECT_EQ(format_day(tokyo.day_of(at)), "2026-06-11");
    EXPECT_EQ(format_day(london.day_of(at)), "2026-06-10");
}

TEST(Zone, UtcRoundTrip) {
    EXPECT_EQ(format_utc(utc("2026-01-02T03:04:05Z")), "2026-01-02T03:04:05Z");
    EXPECT_THROW(utc("2026-01-02T03:04:05"), InputError);
    EXPECT_THROW(utc("2026-01-02T03:04Z"), InputError);
}

// Found by fuzz_when: a moment the journal took had a UTC time or a local day before 1900,
// which its own export wrote and its import (or reading the entry back) then refused.
TEST(Zone, MomentsMustStayWithinTheYearsTheJournalReadsBack) {
    const auto berlin = Zone::locate("Europe/Berlin");
    const auto ny = Zone::locate("America/New_York");
    EXPECT_THROW(parse_when("1900-01-01T00:00", berlin), InputError) << "1899-12-31T23:00Z";
    EXPECT_THROW(parse_when("1900-01-01T00:30+01:00", berlin), InputError);
    EXPECT_THROW(parse_when("1900-01-01T00:30Z", ny), InputError) << "still 1899 in New York";
    EXPECT_THROW(parse_when("9999-12-31T23:00-02:00", ny), InputError) << "year 10000 in UTC";
    EXPECT_EQ(format_utc(parse_when("1900-01-01T01:00", berlin)), "1900-01-01T00:00:00Z");
    EXPECT_EQ(format_utc(parse_when("1900-01-01T00:30Z", berlin)), "1900-01-01T00:30:00Z");
    EXPECT_EQ(format_utc(parse_utc("1900-01-01T00:00:00Z")), "1900-01-01T00:00:00Z");
    try {
        parse_when("1900-01-01T00:00", berlin, "--at");
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.field(), "--at");
        EXPECT_EQ(e.value(), "1900-01-01T00:00");
    }
}
