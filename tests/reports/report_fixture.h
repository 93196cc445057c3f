#pragma once

#include "core/analyser.h"
#include "journal_builder.h"
#include "reports/report_model.h"

namespace relief::testing {

// A hand-built fortnight, 2026-03-01 to 2026-03-14 in Europe/Berlin, whose every figure
// the tests know:
// - Flexeril 5 mg at 08:00 and 20:00 from 03-01: all 28 doses logged except 03-05 20:00
//   (skipped) and 03-06 08:00 (never logged: missed); 03-07 20:00 taken at 21:30 (late).
// - Advil 400 mg as needed (max 1200 mg a day): 400 mg on 03-01, 03-02, 03-03; 800 mg on 03-04.
// - Pain at 09:00 daily: 8 on 03-01..03-03, then 6 on 03-04..03-07, then 4 on 03-08..03-14,
//   lower-back with spasm; on 03-10..03-12 also left-calf with shooting.
// - Side effects: drowsiness moderate on 03-02 and 03-03, severe on 03-05; dry-mouth mild 03-04.
// - Cramps: left-calf 03-09 02:00 (5 min), left-calf 03-10 23:30 (10 min), right-foot 03-12 15:00 (3 min).
// - Measures: heat on 03-01, 03-02, 03-03; stretching 03-08; physical-therapy 03-10.
// - Alcohol: 2 drinks on 03-07 19:00. Fluids: 3 glasses 03-09, 8 glasses 03-10.
// - Symptom: foot-drop on 03-11 10:00 (a red flag). Notes: 03-02 "Could not sleep", 03-12 "Better after PT, \"good\" day".
inline JournalBuilder fortnight() {
    JournalBuilder b("Europe/Berlin");
    b.profile().name = "Sam Example";
    b.profile().birth_year = 1958;
    b.profile().conditions = {"low-back-pain"};
    const auto flex = b.med("Flexeril", "5mg", "08:00,20:00", "2026-03-01");
    const auto advil = b.med("Advil", "400mg", "", "2026-03-01");
    b.medication(advil).max_daily = Amount::parse("1200mg");
    for (auto d = JournalBuilder::day("2026-03-01"); d <= JournalBuilder::day("2026-03-14"); d += date::days{1}) {
        const std::string day = format_day(d);
        if (day != "2026-03-06") b.dose(flex, day + "T08:00");
        if (day == "2026-03-05") b.skipped(flex, day + "T20:00");
        else if (day == "2026-03-07") b.dose(flex, day + "T21:30");
        else b.dose(flex, day + "T20:00");
    }
    for (const char* day : {"2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04"})
        b.dose(advil, std::string(day) + "T13:00");
    b.dose(advil, "2026-03-04T18:00");
    b.pain_daily("2026-03-01", "2026-03-03", 8, {"lower-back"}, {"spasm"});
    b.pain_daily("2026-03-04", "2026-03-07", 6, {"lower-back"}, {"spasm"});
    b.pain_daily("2026-03-08", "2026-03-09", 4, {"lower-back"}, {"spasm"});
    b.pain_daily("2026-03-10", "2026-03-12", 4, {"lower-back", "left-calf"}, {"spasm", "shooting"});
    b.pain_daily("2026-03-13", "2026-03-14", 4, {"lower-back"}, {"spasm"});
    b.side_effect("2026-03-02T21:00", "drowsiness", Severity::moderate);
    b.side_effect("2026-03-03T21:00", "drowsiness", Severity::moderate);
    b.side_effect("2026-03-05T19:00", "drowsiness", Severity::severe);
    b.side_effect("2026-03-04T10:00", "dry-mouth", Severity::mild);
    b.cramp("2026-03-09T02:00", "left-calf", 5);
    b.cramp("2026-03-10T23:30", "left-calf", 10);
    b.cramp("2026-03-12T15:00", "right-foot", 3);
    for (const char* day : {"2026-03-01", "2026-03-02", "2026-03-03"}) b.measure(std::string(day) + "T18:00", "heat");
    b.measure("2026-03-08T18:00", "stretching");
    b.measure("2026-03-10T11:00", "physical-therapy");
    b.alcohol("2026-03-07T19:00", 2);
    b.fluids("2026-03-09T12:00", 3);
    b.fluids("2026-03-10T12:00", 8);
    b.symptom("2026-03-11T10:00", "foot-drop");
    b.note("2026-03-02T22:00", "Could not sleep");
    b.note("2026-03-12T20:30", "Better after PT, \"good\" day");
    return b;
}

// The report of the fortnight, with the analyser's alerts as of 03-14 (current) and the
// first alert (by the analyser's order) marked discussed on 03-14.
inline reports::VisitReport fortnight_report(JournalBuilder& b) {
    const auto& snap = b.snapshot();
    reports::ReportInput in;
    in.journal = &snap;
    in.period = {JournalBuilder::day("2026-03-01"), JournalBuilder::day("2026-03-14")};
    in.generated_on = JournalBuilder::day("2026-03-14");
    in.last_visit = JournalBuilder::day("2026-02-28");
    bool first = true;
    for (const auto& a : analyse(snap, in.generated_on)) {
        in.alerts.push_back({a, first ? std::optional(in.generated_on) : std::nullopt, true});
        first = false;
    }
    return reports::build_report(in);
}

// Four weeks of function, sleep and goals, 2026-03-01 to 2026-03-28 in Europe/Berlin, whose
// every figure the tests know (weeks: 03-01..07, 08..14, 15..21, 22..28):
// - Pain at 09:00 daily: 7 in week 1, 6 in week 2, 5 in week 3, 4 in week 4 (lower-back):
//   one pain episode from 03-01, open at the end.
// - PEG at 10:00: 03-01 7 6 6 (6.33), 03-08 6 6 5 (5.67), 03-15 5 5 4 (4.67), 03-22 4 4 4 (4.0),
//   03-28 4 3 4 (3.67). Against 19 (the sum of the first): 10.5 %, 26.3 %, 36.8 %, 42.1 % lower;
//   the 30 % line is 6.33 x 0.7 = 4.43.
// - Sleep at 07:30, 03-22..03-28: 360, 390, 420, 405, 450, 480, 300 minutes, quality 4, 5, 6, 5,
//   7, 8 and none; 03-25 was first logged at 07:00 as 300 minutes, quality 2 (the 07:30 entry
//   corrects it). Mean 2805 / 7 = 400.7 minutes (6 h 41 min), quality 35 / 6 = 5.83.
// - Goal "walk the dog 20 minutes" at 19:00, 03-16..03-28: not met on 03-17 and 03-23, met on
//   the others; 03-24 also "not met" at 12:00, then met at 19:00. Week 3: 5 of 6, week 4: 6 of 7.
// - Goal "sit through a work day" at 18:00: 03-23 met, 03-24 not met, 03-25 met (2 of 3).
// - PGIC at 10:30: 03-15 no change (4), 03-28 much improved (2).
inline JournalBuilder function_month() {
    JournalBuilder b("Europe/Berlin");
    b.profile().name = "Sam Example";
    b.profile().birth_year = 1958;
    b.profile().conditions = {"low-back-pain"};
    b.pain_daily("2026-03-01", "2026-03-07", 7, {"lower-back"});
    b.pain_daily("2026-03-08", "2026-03-14", 6, {"lower-back"});
    b.pain_daily("2026-03-15", "2026-03-21", 5, {"lower-back"});
    b.pain_daily("2026-03-22", "2026-03-28", 4, {"lower-back"});
    b.peg("2026-03-01T10:00", 7, 6, 6);
    b.peg("2026-03-08T10:00", 6, 6, 5);
    b.peg("2026-03-15T10:00", 5, 5, 4);
    b.peg("2026-03-22T10:00", 4, 4, 4);
    b.peg("2026-03-28T10:00", 4, 3, 4);
    const int minutes[] = {360, 390, 420, 405, 450, 480, 300};
    const std::optional<int> quality[] = {4, 5, 6, 5, 7, 8, std::nullopt};
    b.sleep("2026-03-25T07:00", 300, 2);
    for (int i = 0; i < 7; ++i) b.sleep("2026-03-" + std::to_string(22 + i) + "T07:30", minutes[i], quality[i]);
    for (int day = 16; day <= 28; ++day)
        b.goal("2026-03-" + std::to_string(day) + "T19:00", "walk the dog 20 minutes", day != 17 && day != 23);
    b.goal("2026-03-24T12:00", "walk the dog 20 minutes", false);
    b.goal("2026-03-23T18:00", "sit through a work day", true);
    b.goal("2026-03-24T18:00", "sit through a work day", false);
    b.goal("2026-03-25T18:00", "sit through a work day", true);
    b.pgic("2026-03-15T10:30", 4);
    b.pgic("2026-03-28T10:30", 2);
    return b;
}

// The report of `from`..`to` (the whole month by default), as of its last day.
inline reports::VisitReport function_report(JournalBuilder& b, const std::string& from = "2026-03-01",
                                            const std::string& to = "2026-03-28") {
    const auto& snap = b.snapshot();
    reports::ReportInput in;
    in.journal = &snap;
    in.period = {JournalBuilder::day(from), JournalBuilder::day(to)};
    in.generated_on = JournalBuilder::day(to);
    return reports::build_report(in);
}

}  // namespace relief::testing
