#include "core/errors.h"
#include "core/prescription_input.h"

#include <gtest/gtest.h>

using namespace relief;

namespace {

// Baclofen 10 mg at 08:00, 14:00, 20:00 from 2026-03-01, at most 60 mg a day.
Medication baclofen() {
    Medication m;
    m.name = "baclofen";
    m.ingredient = "baclofen";
    m.dose = Amount::milligrams(10);
    m.schedule = Schedule{parse_times("08:00,14:00,20:00"), false};
    m.max_daily = Amount::milligrams(60);
    m.start = parse_day("2026-03-01");
    return m;
}

PrescriptionChangeInput change(const char* from, std::optional<std::string> dose = std::nullopt,
                               std::optional<std::string> times = std::nullopt) {
    return {std::move(dose), std::move(times), std::nullopt, parse_day(from)};
}

const MedicationFieldNames cli{
    .dose = "--dose", .times = "--times", .as_needed = "--as-needed", .from = "--from"};

std::string refusal(const Medication& m, const PrescriptionChangeInput& in,
                    const MedicationFieldNames& names = {}) {
    try {
        prescription_change(m, in, names);
    } catch (const InputError& e) {
        return e.what();
    }
    return "(accepted)";
}

}  // namespace

TEST(PrescriptionInput, WhatIsLeftOutStaysAsItWasTheDayBefore) {
    const auto s = prescription_change(baclofen(), change("2026-03-05", "15mg"));
    EXPECT_EQ(s.from, parse_day("2026-03-05"));
    EXPECT_EQ(s.dose, Amount::milligrams(15));
    EXPECT_EQ(s.schedule, baclofen().schedule);

    const auto t =
        prescription_change(baclofen(), change("2026-03-05", std::nullopt, " 8:00, 20:00"));
    EXPECT_EQ(t.dose, Amount::milligrams(10));
    EXPECT_EQ(format_times(t.schedule.times), "08:00,20:00");

    auto m = baclofen();
    m.steps = {{parse_day("2026-03-05"), Amount::milligrams(15), m.schedule}};
    const auto u = prescription_change(m, change("2026-03-12", std::nullopt, "08:00"));
    EXPECT_EQ(u.dose, Amount::milligrams(15)) << "the dose of the change before it";
}

TEST(PrescriptionInput, AsNeededAndNoTimes) {
    PrescriptionChangeInput in = change("2026-03-05", std::nullopt, "");
    in.as_needed = true;
    const auto s = prescription_change(baclofen(), in);
    EXPECT_FALSE(s.schedule.is_scheduled());
    EXPECT_TRUE(s.schedule.as_needed);
    in.as_needed = std::nullopt;
    EXPECT_EQ(
        refusal(baclofen(), in, cli),
        "invalid --times '': expected dose times such as 08:00,20:00, or --as-needed (or both)");
}

TEST(PrescriptionInput, TheDayMustFallAfterTheStartAndByTheStop) {
    auto m = baclofen();
    m.stop = parse_day("2026-03-31");
    EXPECT_EQ(refusal(m, change("2026-03-01", "15mg"), cli),
              "invalid --from '2026-03-01': expected a day after baclofen started (2026-03-01)");
    EXPECT_EQ(refusal(m, change("2026-03-02", "15mg")), "(accepted)");
    EXPECT_EQ(refusal(m, change("2026-03-31", "15mg")), "(accepted)");
    EXPECT_EQ(
        refusal(m, change("2026-04-01", "15mg"), cli),
        "invalid --from '2026-04-01': expected a day on or before baclofen's stop date 2026-03-31");
}

TEST(PrescriptionInput, DosesAreCheckedWithTheCallersNames) {
    EXPECT_NE(refusal(baclofen(), change("2026-03-05", "0mg"), cli).find("invalid --dose '0mg'"),
              std::string::npos);
    EXPECT_NE(refusal(baclofen(), change("2026-03-05", "15"), cli).find("invalid --dose '15'"),
              std::string::npos);
    EXPECT_EQ(refusal(baclofen(), change("2026-03-05", "60mg")), "(accepted)")
        << "one dose at the maximum";
    EXPECT_EQ(refusal(baclofen(), change("2026-03-05", "61mg"), cli),
              "invalid --dose '61mg': expected at most the maximum per day, 60 mg");
    EXPECT_NE(refusal(baclofen(), change("2026-03-05", std::nullopt, "8:60"), cli)
                  .find("invalid --times '8:60'"),
              std::string::npos);
}

TEST(PrescriptionInput, AChangeMustChangeSomething) {
    EXPECT_EQ(refusal(baclofen(), change("2026-03-05", "10mg"), cli),
              "invalid --dose '10mg': expected a change to the prescription before 2026-03-05 (10 "
              "mg at 08:00, "
              "14:00, 20:00): a new dose, times or --as-needed");
    // On a day that already has a change, "before" is the prescription of the day before:
    // going back to it is a change from the one being replaced.
    auto m = baclofen();
    m.steps = {{parse_day("2026-03-05"), Amount::milligrams(15), m.schedule}};
    EXPECT_NE(refusal(m, change("2026-03-05", "10mg")).find("a change to the prescription before"),
              std::string::npos);
    EXPECT_EQ(refusal(m, change("2026-03-05", "12mg")), "(accepted)");
    EXPECT_EQ(refusal(m, change("2026-03-05", "15mg"), cli),
              "invalid --dose '15mg': expected a change to the prescription from 2026-03-05, which "
              "is already 15 mg "
              "at 08:00, 14:00, 20:00");
}

TEST(PrescriptionInput, ASecondChangeTheSameDayCorrectsTheFirst) {
    auto m = baclofen();
    m.steps = {{parse_day("2026-03-05"), Amount::milligrams(15),
                Schedule{parse_times("08:00,20:00"), false}}};
    const auto s = prescription_change(m, change("2026-03-05", "12mg"));
    EXPECT_EQ(format_times(s.schedule.times), "08:00,20:00")
        << "the times of the change it corrects";
    const auto t = prescription_change(m, change("2026-03-05", std::nullopt, "09:00"));
    EXPECT_EQ(t.dose, Amount::milligrams(15));
}
