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

}  // namespace relief::testing
