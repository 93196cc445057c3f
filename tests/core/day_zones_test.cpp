#include "core/day_zones.h"

#include <gtest/gtest.h>

using namespace relief;

namespace {

const Zone ny = Zone::locate("America/New_York");
const Zone tokyo = Zone::locate("Asia/Tokyo");

Entry note_in(const Zone& zone, const char* local) {
    const Instant at = parse_when(local, zone);
    return Entry{0, at, std::string(zone.name()), zone.day_of(at), NoteEntry{"x"}};
}

std::string on(const DayZones& z, const char* day) { return std::string(z.on(parse_day(day)).name()); }

}  // namespace

TEST(DayZones, WithoutEntriesEveryDayIsHome) {
    const DayZones z(ny);
    EXPECT_EQ(on(z, "2026-03-05"), "America/New_York");
    EXPECT_FALSE(z.ever_away());
}

TEST(DayZones, ADayIsWhereMostOfItsEntriesWereLogged) {
    const DayZones z(ny, std::vector<Entry>{note_in(tokyo, "2026-03-06T08:00"), note_in(tokyo, "2026-03-06T14:00"),
                                            note_in(ny, "2026-03-06T01:00")});
    EXPECT_EQ(on(z, "2026-03-06"), "Asia/Tokyo");
    EXPECT_TRUE(z.ever_away());
}

TEST(DayZones, ATieGoesToTheZoneOfTheDaysLastEntry) {
    // Left Tokyo in the morning of 03-13 and arrived in New York the same calendar day.
    const DayZones z(ny, std::vector<Entry>{note_in(ny, "2026-03-13T20:00"), note_in(tokyo, "2026-03-13T08:00")});
    EXPECT_EQ(on(z, "2026-03-13"), "America/New_York");
    const DayZones other(ny, std::vector<Entry>{note_in(ny, "2026-03-05T08:00"), note_in(tokyo, "2026-03-06T20:00"),
                                                note_in(ny, "2026-03-06T01:00")});
    EXPECT_EQ(on(other, "2026-03-06"), "Asia/Tokyo");
}

TEST(DayZones, ADayWithoutEntriesBetweenTwoAwayIsStillAway) {
    const DayZones z(ny, std::vector<Entry>{note_in(ny, "2026-03-04T08:00"), note_in(tokyo, "2026-03-06T08:00"),
                                            note_in(tokyo, "2026-03-09T08:00"), note_in(ny, "2026-03-12T08:00")});
    EXPECT_EQ(on(z, "2026-03-05"), "America/New_York") << "not yet left";
    EXPECT_EQ(on(z, "2026-03-07"), "Asia/Tokyo");
    EXPECT_EQ(on(z, "2026-03-08"), "Asia/Tokyo");
    EXPECT_EQ(on(z, "2026-03-10"), "Asia/Tokyo");
    EXPECT_EQ(on(z, "2026-03-11"), "Asia/Tokyo");
    EXPECT_EQ(on(z, "2026-03-12"), "America/New_York");
}

TEST(DayZones, BeforeTheFirstEntryAndAfterTheLastIsHome) {
    // Home is the journal's clock, which the person sets when they move: a day nothing
    // has been logged on yet is on it.
    const DayZones z(ny, std::vector<Entry>{note_in(tokyo, "2026-03-06T08:00"), note_in(tokyo, "2026-03-07T08:00")});
    EXPECT_EQ(on(z, "2026-03-05"), "America/New_York");
    EXPECT_EQ(on(z, "2026-03-07"), "Asia/Tokyo");
    EXPECT_EQ(on(z, "2026-03-08"), "America/New_York");
}
