#include "core/errors.h"
#include "core/zone.h"
#include "core/zone_search.h"

#include <gtest/gtest.h>

using namespace relief;

TEST(ZoneSearch, ACityFindsItsZoneFirst) {
    EXPECT_EQ(zone_suggestions("Berlin").front(), "Europe/Berlin");
    EXPECT_EQ(zone_suggestions("berl").front(), "Europe/Berlin");
    EXPECT_EQ(zone_suggestions("new york").front(), "America/New_York");
    EXPECT_EQ(zone_suggestions("New-York").front(), "America/New_York");
    EXPECT_EQ(zone_suggestions("Europe/Lon").front(), "Europe/London");
    EXPECT_EQ(zone_suggestions("utc").front(), "UTC");
}

TEST(ZoneSearch, EverySuggestionIsAZoneTheJournalTakes) {
    for (const char* text : {"a", "america", "europe/", "kolkata", "ind"}) {
        const auto found = zone_suggestions(text, 50);
        EXPECT_FALSE(found.empty()) << text;
        for (const auto& name : found) EXPECT_NO_THROW(Zone::locate(name)) << name;
    }
}

TEST(ZoneSearch, LegacyNamesAndNonsenseAreNotSuggested) {
    for (const auto& name : zone_suggestions("eastern", 50)) EXPECT_NE(name.rfind("US/", 0), 0u) << name;
    for (const auto& name : zone_suggestions("gmt", 50)) EXPECT_NE(name.rfind("Etc/", 0), 0u) << name;
    EXPECT_TRUE(zone_suggestions("zzzz").empty());
    EXPECT_TRUE(zone_suggestions("   ").empty());
    EXPECT_EQ(zone_suggestions("a", 3).size(), 3u);
}

TEST(ZoneSearch, ATypoFindsTheCitySpelledMostAlike) {
    EXPECT_EQ(zone_suggestions("Berln").front(), "Europe/Berlin");
    EXPECT_EQ(zone_suggestions("Europe/Lodnon").front(), "Europe/London");
}

TEST(ZoneSearch, AnUnknownZoneIsRefusedWithSuggestions) {
    try {
        Zone::locate("Europe/Berln");
        FAIL() << "accepted";
    } catch (const InputError& e) {
        EXPECT_EQ(e.field(), "time zone");
        EXPECT_NE(e.allowed().find("Europe/Berlin"), std::string::npos) << e.what();
        EXPECT_EQ(std::string(e.what()).find("IANA"), std::string::npos) << e.what();
    }
}

TEST(ZoneSearch, ACityNamesItsZone) {
    EXPECT_EQ(zone_named("Lisbon").name(), "Europe/Lisbon");
    EXPECT_EQ(zone_named("new york").name(), "America/New_York");
    EXPECT_EQ(zone_named("Europe/Berlin").name(), "Europe/Berlin");
    EXPECT_EQ(zone_named("UTC").name(), "UTC");
    EXPECT_THROW(zone_named("Lisbn"), InputError);
    EXPECT_THROW(zone_named(""), InputError);
}
