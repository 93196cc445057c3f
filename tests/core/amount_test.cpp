#include "core/amount.h"
#include "core/errors.h"

#include <gtest/gtest.h>

using relief::Amount;
using relief::InputError;

TEST(Amount, ParsesUnitsExactly) {
    EXPECT_EQ(Amount::parse("10mg").in_micrograms(), 10'000);
    EXPECT_EQ(Amount::parse("7.5 mg").in_micrograms(), 7'500);
    EXPECT_EQ(Amount::parse("0.5g").in_micrograms(), 500'000);
    EXPECT_EQ(Amount::parse("500mcg").in_micrograms(), 500);
    EXPECT_EQ(Amount::parse("500 ug").in_micrograms(), 500);
    EXPECT_EQ(Amount::parse(" 2.125MG ").in_micrograms(), 2'125);
    EXPECT_EQ(Amount::parse("1.50mg").in_micrograms(), 1'500);
}

TEST(Amount, SumsWithoutDrift) {
    Amount total;
    for (int i = 0; i < 1000; ++i) total += Amount::parse("0.1mg");
    EXPECT_EQ(total, Amount::milligrams(100));
}

TEST(Amount, RejectsBadInputNamingFieldAndValue) {
    for (const char* bad : {"", "mg", "10", "-5mg", "0mg", "0.0004mg", "10 tablets", "ten mg",
                            "1.mg", "+5mg", "101g", "5 m g"}) {
        try {
            Amount::parse(bad, "dose");
            FAIL() << "accepted " << bad;
        } catch (const InputError& e) {
            EXPECT_EQ(e.field(), "dose");
            EXPECT_NE(std::string(e.what()).find("dose"), std::string::npos);
            EXPECT_NE(std::string(e.what()).find("mg"), std::string::npos) << e.what();
        }
    }
}

TEST(Amount, UpperBoundIsOneHundredGrams) {
    EXPECT_EQ(Amount::parse("100g").in_micrograms(), 100'000'000);
    EXPECT_THROW(Amount::parse("100.000001g"), InputError);
    EXPECT_THROW(Amount::parse("99999999999999999999mg"), InputError);
}

TEST(Amount, Formats) {
    EXPECT_EQ(Amount::parse("7.5mg").to_string(), "7.5 mg");
    EXPECT_EQ(Amount::parse("10mg").to_string(), "10 mg");
    EXPECT_EQ(Amount::parse("500mcg").to_string(), "500 mcg");
    EXPECT_EQ(Amount::parse("1.05mg").milligram_text(), "1.05");
    EXPECT_EQ(Amount::parse("1g").milligram_text(), "1000");
}
