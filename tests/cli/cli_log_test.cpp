#include "cli_fixture.h"

using namespace relief::testing;

TEST_F(CliTest, EveryKindIsLoggedAndShownOnItsDay) {
    const std::vector<std::vector<std::string>> logs{
        {"log", "pain", "7", "--at", "2026-03-09T07:30", "--location", "lower back,left-calf", "--quality", "spasm"},
        {"log", "dose", "Flexeril", "--at", "2026-03-09T08:05"},
        {"log", "dose", "cyclobenzaprine", "--at", "2026-03-09T14:00", "--skipped"},
        {"log", "side-effect", "sleepy", "--severity", "moderate", "--at", "2026-03-09T15:00"},
        {"log", "cramp", "--location", "left calf", "--minutes", "5", "--severity", "6", "--at", "2026-03-09T03:00"},
        {"log", "measure", "heat", "--minutes", "20", "--at", "2026-03-09T18:00"},
        {"log", "fluids", "3", "--at", "2026-03-09T19:00"},
        {"log", "alcohol", "2", "--at", "2026-03-09T19:30"},
        {"log", "symptom", "fever", "--at", "2026-03-09T21:00"},
        {"log", "note", "Slept badly, back stiff", "--at", "2026-03-09T22:00"},
    };
    for (const auto& l : logs) {
        const auto r = relief(l);
        ASSERT_EQ(r.code, 0) << l[1] << ": " << r.err;
        EXPECT_NE(r.out.find("Logged"), std::string::npos);
    }
    const auto r = relief({"day", "2026-03-09"});
    ASSERT_EQ(r.code, 0) << r.err;
    for (const char* expected :
         {"Monday 09 March 2026", "08:00  Flexeril 5 mg  taken at 08:05", "14:00  Flexeril 5 mg  skipped",
          "20:00  Flexeril 5 mg  missed", "07:30  pain 7/10 (severe): lower back, left calf; spasm",
          "side effect: drowsiness (moderate)", "03:00  cramp: left calf, 5 min, severity 6/10",
          "measure: heat, 20 min", "fluids: 3 glasses", "alcohol: 2 drinks", "symptom: fever",
          "note: Slept badly, back stiff"})
        EXPECT_NE(r.out.find(expected), std::string::npos) << expected << "\n" << r.out;
}

TEST_F(CliTest, DoseAfterMidnightBelongsToTheNewDayAndAnswersLastEvening) {
    auto r = relief({"log", "dose", "Flexeril", "--at", "2026-03-09T00:30"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("scheduled at 2026-03-08 20:00 (late)"), std::string::npos) << r.out;
    EXPECT_NE(relief({"day", "2026-03-09"}).out.find("00:30  dose: Flexeril"), std::string::npos);
    EXPECT_NE(relief({"day", "2026-03-08"}).out.find("20:00  Flexeril 5 mg  taken late at 00:30"),
              std::string::npos);
}

TEST_F(CliTest, RedFlagSymptomSaysSeekCare) {
    const auto r = relief({"log", "symptom", "foot drop"});
    ASSERT_EQ(r.code, 0);
    EXPECT_NE(r.out.find("Seek urgent medical care now"), std::string::npos) << r.out;
}

TEST_F(CliTest, TravelKeepsTheZoneWhereItWasLogged) {
    auto r = relief({"log", "pain", "3", "--zone", "Asia/Tokyo", "--at", "2026-03-09T08:00"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("Asia/Tokyo"), std::string::npos);
    r = relief({"day", "2026-03-09"});
    EXPECT_NE(r.out.find("08:00  pain 3/10 (mild)  [Asia/Tokyo]"), std::string::npos) << r.out;
}

TEST_F(CliTest, WhileTravellingDosesAnswerTheScheduleOnTheLocalClock) {
    // Berlin is home; in Tokyo (8 hours ahead) the 08:00, 14:00 and 20:00 doses are taken
    // at those times there, and each answers its own time, on time.
    for (const char* at : {"2026-03-09T08:00", "2026-03-09T14:00", "2026-03-09T20:00"}) {
        const auto r = relief({"log", "dose", "Flexeril", "--zone", "Asia/Tokyo", "--at", at});
        ASSERT_EQ(r.code, 0) << r.err;
        std::string answered = std::string("scheduled at ") + at + " Asia/Tokyo.";
        EXPECT_NE(r.out.find(answered.replace(answered.find('T'), 1, " ")), std::string::npos) << r.out;
    }
    const auto r = relief({"day", "2026-03-09"});
    ASSERT_EQ(r.code, 0) << r.err;
    for (const char* expected : {"Scheduled doses (Asia/Tokyo time):", "08:00  Flexeril 5 mg  taken at 08:00",
                                 "14:00  Flexeril 5 mg  taken at 14:00", "20:00  Flexeril 5 mg  taken at 20:00"})
        EXPECT_NE(r.out.find(expected), std::string::npos) << expected << "\n" << r.out;
    EXPECT_EQ(r.out.find("missed"), std::string::npos) << r.out;
    // Home again the next day: Berlin's clock.
    EXPECT_NE(relief({"day", "2026-03-10"}).out.find("Scheduled doses:\n"), std::string::npos);
}

TEST_F(CliTest, DeleteRestoreAndHistory) {
    auto r = relief({"log", "pain", "7", "--at", "2026-03-09T07:30"});
    ASSERT_EQ(r.code, 0);
    r = relief({"delete", "1"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(relief({"day", "2026-03-09"}).out.find("pain 7"), std::string::npos);
    EXPECT_EQ(relief({"delete", "1"}).code, 1);
    r = relief({"history", "1"});
    EXPECT_NE(r.out.find("deleted"), std::string::npos) << r.out;
    r = relief({"restore", "1"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("Restored entry 1 as entry 2"), std::string::npos) << r.out;
    EXPECT_NE(relief({"day", "2026-03-09"}).out.find("pain 7"), std::string::npos);
    r = relief({"history", "2"});
    EXPECT_NE(r.out.find("entry 1 "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("replaced by entry 2, deleted "), std::string::npos) << "the deletion stays: " << r.out;
    EXPECT_NE(r.out.find("(current)"), std::string::npos) << r.out;
    EXPECT_EQ(relief({"delete", "99"}).code, 1);
    EXPECT_EQ(relief({"delete", "x"}).code, 2);
}

TEST_F(CliTest, EmptyDaySaysWhatToDo) {
    const auto r = relief({"day", "2026-02-01"});
    EXPECT_EQ(r.code, 0);
    EXPECT_NE(r.out.find("Nothing logged on this day"), std::string::npos) << r.out;
}

TEST_F(CliTest, ARedFlagTypedAsASideEffectIsLoggedAsASymptom) {
    const auto r = relief({"log", "side-effect", "loss of bladder control", "--at", "2026-03-09T10:00"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("Seek urgent medical care now"), std::string::npos) << r.out;
    EXPECT_NE(relief({"day", "2026-03-09"}).out.find("symptom: bladder control loss"), std::string::npos);
}
