#include "core/entry_edit.h"
#include "core/errors.h"
#include "core/zone.h"

#include <gtest/gtest.h>

using namespace relief;

namespace {

Entry logged(EntryData data, const char* when = "2026-03-10T14:05") {
    const Zone zone = Zone::locate("Europe/Berlin");
    const Instant at = parse_when(when, zone);
    return Entry{7, at, "Europe/Berlin", zone.day_of(at), std::move(data)};
}

std::string field_of_error(const Entry& e, const EntryFields& changes) {
    try {
        edited_entry(e, changes);
    } catch (const InputError& error) {
        return error.field();
    }
    return "(accepted)";
}

}  // namespace

TEST(EntryEdit, FieldsShowEveryKindAsText) {
    auto f = entry_fields(logged(PainEntry{6, {"lower-back", "left-calf"}, {"spasm"}}));
    EXPECT_EQ(f["time"], "14:05");
    EXPECT_EQ(f["day"], "2026-03-10");
    EXPECT_EQ(f["score"], "6");
    EXPECT_EQ(f["locations"], "lower-back,left-calf");
    EXPECT_EQ(f["qualities"], "spasm");
    f = entry_fields(logged(CrampEntry{"left-calf", std::nullopt, 4}));
    EXPECT_EQ(f["minutes"], "");
    EXPECT_EQ(f["severity"], "4");
    f = entry_fields(logged(DoseEntry{1, Amount::parse("7.5mg"), DoseStatus::skipped, std::nullopt}));
    EXPECT_EQ(f["amount"], "7.5 mg");
    EXPECT_EQ(f["status"], "skipped");
    EXPECT_EQ(entry_fields(logged(AlcoholEntry{2}))["count"], "2");
    EXPECT_EQ(entry_fields(logged(NoteEntry{"stiff"}))["text"], "stiff");
}

TEST(EntryEdit, EveryFieldOfEveryKindCanChange) {
    const auto pain = edited_entry(logged(PainEntry{6, {}, {}}),
                                   {{"score", "4"}, {"locations", "neck, lower back"}, {"qualities", "burning"}});
    EXPECT_EQ(std::get<PainEntry>(pain.data), (PainEntry{4, {"neck", "lower-back"}, {"burning"}}));
    EXPECT_EQ(pain.id, 7);

    const auto dose = edited_entry(logged(DoseEntry{1, Amount::parse("5mg"), DoseStatus::taken, std::nullopt}),
                                   {{"amount", "10 mg"}, {"status", "skipped"}});
    EXPECT_EQ(std::get<DoseEntry>(dose.data).amount, Amount::parse("10mg"));
    EXPECT_EQ(std::get<DoseEntry>(dose.data).status, DoseStatus::skipped);

    const auto effect = edited_entry(logged(SideEffectEntry{"drowsiness", Severity::mild}),
                                     {{"name", "dizzy"}, {"severity", "severe"}});
    EXPECT_EQ(std::get<SideEffectEntry>(effect.data), (SideEffectEntry{"dizziness", Severity::severe}));

    const auto cramp = edited_entry(logged(CrampEntry{"left-calf", 5, 6}),
                                    {{"location", "right calf"}, {"minutes", ""}, {"severity", "0"}});
    EXPECT_EQ(std::get<CrampEntry>(cramp.data), (CrampEntry{"right-calf", std::nullopt, 0}));

    const auto measure = edited_entry(logged(MeasureEntry{"heat", std::nullopt}), {{"name", "ice"}, {"minutes", "20"}});
    EXPECT_EQ(std::get<MeasureEntry>(measure.data), (MeasureEntry{"ice", 20}));

    EXPECT_EQ(std::get<FluidsEntry>(edited_entry(logged(FluidsEntry{1}), {{"count", "3"}}).data).glasses, 3);
    EXPECT_EQ(std::get<AlcoholEntry>(edited_entry(logged(AlcoholEntry{1}), {{"count", "2"}}).data).drinks, 2);
    EXPECT_EQ(std::get<SymptomEntry>(edited_entry(logged(SymptomEntry{"fever"}), {{"name", "foot drop"}}).data).name,
              "foot-drop");
    EXPECT_EQ(std::get<NoteEntry>(edited_entry(logged(NoteEntry{"a"}), {{"text", "  kept as typed "}}).data).text,
              "  kept as typed ");
}

TEST(EntryEdit, TimeAndDayMoveTheMomentOnTheEntrysOwnClock) {
    const Entry e = logged(FluidsEntry{1});
    const auto later = edited_entry(e, {{"time", "08:30"}});
    EXPECT_EQ(format_local(later.at, Zone::locate("Europe/Berlin")), "2026-03-10 08:30");
    const auto yesterday = edited_entry(e, {{"day", "2026-03-09"}});
    EXPECT_EQ(format_local(yesterday.at, Zone::locate("Europe/Berlin")), "2026-03-09 14:05");
    EXPECT_EQ(format_day(yesterday.day), "2026-03-09");
    // A time the clocks skip (Berlin springs forward at 02:00 on 2026-03-29) is refused.
    EXPECT_EQ(field_of_error(e, {{"day", "2026-03-29"}, {"time", "02:30"}}), "time");
}

TEST(EntryEdit, BadValuesAreRefusedNamingTheField) {
    const Entry pain = logged(PainEntry{6, {}, {}});
    EXPECT_EQ(field_of_error(pain, {{"score", "11"}}), "pain score");
    EXPECT_EQ(field_of_error(pain, {{"score", "10"}}), "(accepted)");
    EXPECT_EQ(field_of_error(pain, {{"score", "-1"}}), "pain score");
    EXPECT_EQ(field_of_error(pain, {{"score", "six"}}), "pain score");
    EXPECT_EQ(field_of_error(pain, {{"time", "25:00"}}), "time");
    EXPECT_EQ(field_of_error(pain, {{"day", "2026-02-30"}}), "day");
    EXPECT_EQ(field_of_error(pain, {{"text", "x"}}), "field of a pain entry");
    const Entry dose = logged(DoseEntry{1, Amount::parse("5mg"), DoseStatus::taken, std::nullopt});
    EXPECT_EQ(field_of_error(dose, {{"amount", "abc"}}), "amount");
    EXPECT_EQ(field_of_error(dose, {{"amount", "0 mg"}}), "amount");
    EXPECT_EQ(field_of_error(dose, {{"status", "maybe"}}), "status");
    EXPECT_EQ(field_of_error(logged(FluidsEntry{1}), {{"count", "51"}}), "glasses");
    EXPECT_EQ(field_of_error(logged(FluidsEntry{1}), {{"count", "50"}}), "(accepted)");
    EXPECT_EQ(field_of_error(logged(NoteEntry{"a"}), {{"text", ""}}), "note");
}
