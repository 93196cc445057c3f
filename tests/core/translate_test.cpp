#include "core/calendar.h"
#include "core/translate.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace relief {
namespace {

// A language whose words are looked up in a table, as Qt's QTranslator would.
struct Table : Translations {
    std::map<std::string, std::string> words;
    std::string find(const char* context, const char* source, const char*, int n) const override {
        const std::string key = std::string(context) + "|" + source + (n >= 0 ? (n == 1 ? "|one" : "|many") : "");
        const auto it = words.find(key);
        return it == words.end() ? std::string() : it->second;
    }
    std::string day(int year, unsigned month, unsigned d) const override {
        return std::to_string(d) + "." + std::to_string(month) + "." + std::to_string(year);
    }
    std::string decimal(double value, int decimals) const override {
        std::string s = Translations::decimal(value, decimals);
        for (char& c : s)
            if (c == '.') c = ',';
        return s;
    }
};

class TranslateTest : public ::testing::Test {
protected:
    void TearDown() override { set_translations(nullptr); }
};

TEST_F(TranslateTest, WithoutALanguageTheSourceIsTheText) {
    EXPECT_EQ(translate("Ctx", "Pain logged"), "Pain logged");
    EXPECT_EQ(translate("Ctx", "%n day(s)", nullptr, 3), "3 day(s)");
    EXPECT_EQ(display_day(2026, 3, 7), "2026-03-07");
    EXPECT_EQ(display_decimal(4.25, 1), "4.2");
}

TEST_F(TranslateTest, TheInstalledLanguageIsUsedAndMissingWordsFallBackToEnglish) {
    Table es;
    es.words["Ctx|Pain logged"] = "Dolor anotado";
    es.words["Ctx|%n day(s)|one"] = "%n día";
    es.words["Ctx|%n day(s)|many"] = "%n días";
    set_translations(&es);
    EXPECT_EQ(translate("Ctx", "Pain logged"), "Dolor anotado");
    EXPECT_EQ(translate("Other", "Pain logged"), "Pain logged");
    EXPECT_EQ(translate("Ctx", "%n day(s)", nullptr, 1), "1 día");
    EXPECT_EQ(translate("Ctx", "%n day(s)", nullptr, 12), "12 días");
    EXPECT_EQ(display_day(date::local_days{date::year{2026} / 3 / 7}), "7.3.2026");
    EXPECT_EQ(display_decimal(4.5, 1), "4,5");
}

TEST_F(TranslateTest, AScopeOverridesTheProcessLanguageOnItsThreadOnly) {
    Table es, de;
    es.words["Ctx|Pain logged"] = "Dolor anotado";
    de.words["Ctx|Pain logged"] = "Schmerz eingetragen";
    set_translations(&es);
    {
        TranslationsScope clinician(&de);
        EXPECT_EQ(translate("Ctx", "Pain logged"), "Schmerz eingetragen");
        {
            TranslationsScope english(nullptr);
            EXPECT_EQ(translate("Ctx", "Pain logged"), "Pain logged");
        }
        EXPECT_EQ(translate("Ctx", "Pain logged"), "Schmerz eingetragen");
    }
    EXPECT_EQ(translate("Ctx", "Pain logged"), "Dolor anotado");
}

TEST(Fill, PlaceholdersMayBeReorderedAndArgumentsAreNotReplacedAgain) {
    EXPECT_EQ(fill("%1 to %2", {"4.0", "2.5"}), "4.0 to 2.5");
    EXPECT_EQ(fill("von %2 bis %1", {"a", "b"}), "von b bis a");
    EXPECT_EQ(fill("%1 and %2", {"%2", "x"}), "%2 and x");
    EXPECT_EQ(fill("100 % sure, %1", {"yes"}), "100 % sure, yes");
    // A placeholder without an argument stays visible rather than vanishing.
    EXPECT_EQ(fill("%1 %3", {"a"}), "a %3");
    EXPECT_EQ(fill("trailing %", {}), "trailing %");
}

}  // namespace
}  // namespace relief
