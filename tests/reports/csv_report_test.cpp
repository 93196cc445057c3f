#include "reports/csv_report.h"

#include "report_fixture.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace relief::reports {
namespace {

using testing::JournalBuilder;

// A strict RFC 4180 reader: CRLF row ends only, quotes doubled inside quoted fields. It
// throws on anything else, so a sloppy writer cannot pass by accident.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '"') {
            for (++i;; ++i) {
                if (i >= text.size()) throw std::runtime_error("quote left open");
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        field += '"';
                        ++i;
                    } else {
                        ++i;
                        break;
                    }
                } else {
                    field += text[i];
                }
            }
        } else {
            while (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
                if (text[i] == '"') throw std::runtime_error("quote inside an unquoted field");
                field += text[i++];
            }
        }
        if (i < text.size() && text[i] == ',') {
            row.push_back(std::move(field));
            field.clear();
            ++i;
        } else if (text.compare(i, 2, "\r\n") == 0) {
            row.push_back(std::move(field));
            field.clear();
            rows.push_back(std::move(row));
            row.clear();
            i += 2;
        } else {
            throw std::runtime_error("bad character after a field at offset " + std::to_string(i));
        }
    }
    if (!row.empty() || !field.empty()) throw std::runtime_error("last row has no CRLF");
    return rows;
}

const std::vector<std::string> header{
    "entry_id", "date",        "local_time", "zone",     "utc_time",       "kind",    "name",
    "drug",     "ingredient",  "amount",     "unit",     "status",         "scheduled_time",
    "actual_time", "score",    "location",   "quality",  "severity",       "cramp_severity",
    "minutes",  "quantity",    "note",       "peg_pain", "peg_enjoyment",  "peg_activity",
    "peg_score", "sleep_hours", "sleep_quality", "goal_met", "pgic"};

const std::string bom = "\xEF\xBB\xBF";

// Rows as column name -> value, for readable assertions.
using Record = std::map<std::string, std::string>;

std::vector<Record> records(const std::string& csv) {
    EXPECT_EQ(csv.rfind(bom, 0), 0u) << "UTF-8 with a byte-order mark";
    const auto rows = parse_csv(csv.substr(csv.rfind(bom, 0) == 0 ? bom.size() : 0));
    EXPECT_FALSE(rows.empty());
    std::vector<Record> out;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        EXPECT_EQ(rows[r].size(), header.size()) << "row " << r;
        Record rec;
        for (std::size_t c = 0; c < header.size() && c < rows[r].size(); ++c)
            rec[header[c]] = rows[r][c];
        out.push_back(std::move(rec));
    }
    return out;
}

std::vector<Record> find(const std::vector<Record>& recs, const std::string& date,
                         const std::string& time, const std::string& kind) {
    std::vector<Record> out;
    std::copy_if(recs.begin(), recs.end(), std::back_inserter(out), [&](const Record& r) {
        return r.at("date") == date && r.at("local_time") == time && r.at("kind") == kind;
    });
    return out;
}

class CsvReport : public ::testing::Test {
protected:
    JournalBuilder builder = testing::fortnight();
    VisitReport report = testing::fortnight_report(builder);
    std::string csv = render_csv(report);
    std::vector<Record> recs = records(csv);
};

TEST_F(CsvReport, HeaderIsExactAndFileIsCrlfUtf8WithBom) {
    ASSERT_EQ(csv.rfind(bom, 0), 0u) << "a spreadsheet reads UTF-8 only after a byte-order mark";
    const auto rows = parse_csv(csv.substr(bom.size()));
    EXPECT_EQ(rows.at(0), header);
    EXPECT_EQ(csv.rfind(bom + "entry_id,date,local_time,zone,utc_time,kind,", 0), 0u);
    for (std::size_t i = 0; i < csv.size(); ++i)
        if (csv[i] == '\n') {
            EXPECT_EQ(csv.at(i - 1), '\r') << "LF without CR at offset " << i;
        }
}

TEST_F(CsvReport, OneRowPerEntryPlusOnePerMissedSlot) {
    // 27 Flexeril doses (28 slots less the missed one), 5 Advil, 14 pain, 4 side effects,
    // 3 cramps, 5 measures, 1 alcohol, 2 fluids, 1 symptom, 2 notes; plus 1 missed slot.
    EXPECT_EQ(recs.size(), 65u);
    std::map<std::string, int> kinds;
    std::map<std::string, int> statuses;
    for (const auto& r : recs) {
        ++kinds[r.at("kind")];
        if (r.at("kind") == "dose") ++statuses[r.at("status")];
    }
    EXPECT_EQ(kinds, (std::map<std::string, int>{{"alcohol", 1},
                                                 {"cramp", 3},
                                                 {"dose", 33},
                                                 {"fluids", 2},
                                                 {"measure", 5},
                                                 {"note", 2},
                                                 {"pain", 14},
                                                 {"side-effect", 4},
                                                 {"symptom", 1}}));
    EXPECT_EQ(statuses, (std::map<std::string, int>{
                            {"late", 1}, {"missed", 1}, {"skipped", 1}, {"taken", 30}}));
}

TEST_F(CsvReport, LateDoseShowsScheduledAndActualTimes) {
    const auto rows = find(recs, "2026-03-07", "21:30", "dose");
    ASSERT_EQ(rows.size(), 1u);
    const Record& r = rows[0];
    EXPECT_EQ(r.at("zone"), "Europe/Berlin");
    EXPECT_EQ(r.at("drug"), "Flexeril");
    EXPECT_EQ(r.at("ingredient"), "cyclobenzaprine");
    EXPECT_EQ(r.at("amount"), "5");
    EXPECT_EQ(r.at("unit"), "mg");
    EXPECT_EQ(r.at("status"), "late");
    EXPECT_EQ(r.at("scheduled_time"), "20:00");
    EXPECT_EQ(r.at("actual_time"), "21:30");
}

TEST_F(CsvReport, SkippedDoseHasNoActualTime) {
    const auto rows = find(recs, "2026-03-05", "20:00", "dose");
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].at("drug"), "Flexeril");
    EXPECT_EQ(rows[0].at("status"), "skipped");
    EXPECT_EQ(rows[0].at("scheduled_time"), "20:00");
    EXPECT_EQ(rows[0].at("actual_time"), "");
    EXPECT_EQ(rows[0].at("amount"), "") << "a dose not taken has no amount";
    EXPECT_EQ(rows[0].at("unit"), "");
    EXPECT_FALSE(rows[0].at("entry_id").empty());
}

TEST_F(CsvReport, MissedSlotIsARowAtItsScheduledTime) {
    const auto rows = find(recs, "2026-03-06", "08:00", "dose");
    ASSERT_EQ(rows.size(), 1u);
    const Record& r = rows[0];
    EXPECT_EQ(r.at("zone"), "Europe/Berlin");
    EXPECT_EQ(r.at("drug"), "Flexeril");
    EXPECT_EQ(r.at("status"), "missed");
    EXPECT_EQ(r.at("scheduled_time"), "08:00");
    EXPECT_EQ(r.at("actual_time"), "");
    EXPECT_EQ(r.at("amount"), "") << "a dose not taken has no amount";
    EXPECT_EQ(r.at("unit"), "");
    EXPECT_EQ(r.at("entry_id"), "") << "nothing was logged";
    EXPECT_EQ(r.at("utc_time"), "2026-03-06T07:00:00Z");
}


TEST_F(CsvReport, OnTimeAndAsNeededDoses) {
    const auto flex = find(recs, "2026-03-01", "08:00", "dose");
    ASSERT_EQ(flex.size(), 1u);
    EXPECT_EQ(flex[0].at("status"), "taken");
    EXPECT_EQ(flex[0].at("scheduled_time"), "08:00");
    EXPECT_EQ(flex[0].at("actual_time"), "08:00");

    const auto advil = find(recs, "2026-03-04", "18:00", "dose");
    ASSERT_EQ(advil.size(), 1u);
    EXPECT_EQ(advil[0].at("drug"), "Advil");
    EXPECT_EQ(advil[0].at("ingredient"), "ibuprofen");
    EXPECT_EQ(advil[0].at("amount"), "400");
    EXPECT_EQ(advil[0].at("status"), "taken");
    EXPECT_EQ(advil[0].at("scheduled_time"), "");
    EXPECT_EQ(advil[0].at("actual_time"), "18:00");
}

TEST_F(CsvReport, PainJoinsLocationsAndQualities) {
    const auto rows = find(recs, "2026-03-10", "09:00", "pain");
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].at("score"), "4");
    EXPECT_EQ(rows[0].at("location"), "lower-back; left-calf");
    EXPECT_EQ(rows[0].at("quality"), "spasm; shooting");
    EXPECT_EQ(rows[0].at("drug"), "");
    EXPECT_EQ(rows[0].at("unit"), "");
}

TEST_F(CsvReport, OtherKindsFillTheirColumns) {
    const auto effect = find(recs, "2026-03-05", "19:00", "side-effect");
    ASSERT_EQ(effect.size(), 1u);
    EXPECT_EQ(effect[0].at("name"), "drowsiness");
    EXPECT_EQ(effect[0].at("severity"), "severe");

    const auto cramp = find(recs, "2026-03-10", "23:30", "cramp");
    ASSERT_EQ(cramp.size(), 1u);
    EXPECT_EQ(cramp[0].at("location"), "left-calf");
    EXPECT_EQ(cramp[0].at("minutes"), "10");
    EXPECT_EQ(cramp[0].at("cramp_severity"), "5");
    EXPECT_EQ(cramp[0].at("score"), "") << "the pain score column is for pain only";
    EXPECT_EQ(cramp[0].at("utc_time"), "2026-03-10T22:30:00Z");

    const auto measure = find(recs, "2026-03-10", "11:00", "measure");
    ASSERT_EQ(measure.size(), 1u);
    EXPECT_EQ(measure[0].at("name"), "physical-therapy");
    EXPECT_EQ(measure[0].at("minutes"), "20");

    EXPECT_EQ(find(recs, "2026-03-07", "19:00", "alcohol").at(0).at("quantity"), "2");
    EXPECT_EQ(find(recs, "2026-03-09", "12:00", "fluids").at(0).at("quantity"), "3");
    EXPECT_EQ(find(recs, "2026-03-11", "10:00", "symptom").at(0).at("name"), "foot-drop");
}

TEST_F(CsvReport, NoteWithCommaAndQuotesRoundTrips) {
    const auto rows = find(recs, "2026-03-12", "20:30", "note");
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].at("note"), "Better after PT, \"good\" day");
    EXPECT_NE(csv.find(",\"Better after PT, \"\"good\"\" day\",,,,,,,,\r\n"), std::string::npos);
    EXPECT_EQ(find(recs, "2026-03-02", "22:00", "note").at(0).at("note"), "Could not sleep");
}

TEST_F(CsvReport, RowsAreInTimeOrder) {
    for (std::size_t i = 1; i < recs.size(); ++i) {
        const auto before = recs[i - 1].at("date") + " " + recs[i - 1].at("local_time");
        const auto after = recs[i].at("date") + " " + recs[i].at("local_time");
        EXPECT_LE(before, after) << "row " << i + 1;
    }
    // The missed slot sits between the evening before and the morning's pain score.
    const auto missed = std::find_if(recs.begin(), recs.end(),
                                     [](const Record& r) { return r.at("status") == "missed"; });
    ASSERT_NE(missed, recs.end());
    ASSERT_NE(missed, recs.begin());
    EXPECT_EQ((missed - 1)->at("date") + " " + (missed - 1)->at("local_time"), "2026-03-05 20:00");
    EXPECT_EQ((missed + 1)->at("date") + " " + (missed + 1)->at("local_time") + " " +
                  (missed + 1)->at("kind"),
              "2026-03-06 09:00 pain");
}

VisitReport small_report(const JournalSnapshot& snap, const std::string& from,
                         const std::string& to) {
    ReportInput in;
    in.journal = &snap;
    in.period = {JournalBuilder::day(from), JournalBuilder::day(to)};
    in.generated_on = JournalBuilder::day(to);
    return build_report(in);
}

TEST_F(CsvReport, FormulaLikeTextGetsAnApostrophe) {
    JournalBuilder b("Europe/Berlin");
    b.note("2026-03-01T08:00", "=SUM(A1)");
    b.note("2026-03-01T09:00", "+1 more");
    b.note("2026-03-01T10:00", "-2 better");
    b.note("2026-03-01T11:00", "@home all day");
    b.note("2026-03-01T12:00", "\tindented");
    b.note("2026-03-01T13:00", "a = b, fine");
    const auto small = records(render_csv(small_report(b.snapshot(), "2026-03-01", "2026-03-01")));
    ASSERT_EQ(small.size(), 6u);
    EXPECT_EQ(small[0].at("note"), "'=SUM(A1)");
    EXPECT_EQ(small[1].at("note"), "'+1 more");
    EXPECT_EQ(small[2].at("note"), "'-2 better");
    EXPECT_EQ(small[3].at("note"), "'@home all day");
    EXPECT_EQ(small[4].at("note"), "'\tindented");
    EXPECT_EQ(small[5].at("note"), "a = b, fine");
}

TEST_F(CsvReport, TimesFollowTheZoneOfTheRow) {
    JournalBuilder b("Europe/Berlin");
    const auto flex = b.med("Flexeril", "7.5mg", "08:00,20:00", "2026-03-01");
    b.dose(flex, "2026-03-02T20:00");
    // The day was spent in Berlin (two notes there), so its schedule is Berlin's; the dose
    // was logged on a phone still set to New York: 20:00 in Berlin is 14:00 there (EST).
    b.note("2026-03-02T07:00", "morning");
    b.note("2026-03-02T22:00", "evening");
    JournalSnapshot snap = b.snapshot();
    Entry& dose = snap.entries.at(1);
    ASSERT_TRUE(std::holds_alternative<DoseEntry>(dose.data));
    dose.zone = "America/New_York";
    dose.day = Zone::locate(dose.zone).day_of(dose.at);

    std::vector<Record> small;
    for (const auto& r : records(render_csv(small_report(snap, "2026-03-01", "2026-03-02"))))
        if (r.at("kind") == "dose") small.push_back(r);
    // Three slots never answered (03-01 08:00 and 20:00, 03-02 08:00) and the one dose.
    ASSERT_EQ(small.size(), 4u);
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(small[i].at("status"), "missed");
        EXPECT_EQ(small[i].at("zone"), "Europe/Berlin");
        EXPECT_EQ(small[i].at("amount"), "") << "missed: no amount";
    }
    EXPECT_EQ(small[0].at("date") + " " + small[0].at("local_time"), "2026-03-01 08:00");
    EXPECT_EQ(small[1].at("date") + " " + small[1].at("local_time"), "2026-03-01 20:00");
    EXPECT_EQ(small[2].at("date") + " " + small[2].at("scheduled_time"), "2026-03-02 08:00");
    const Record& r = small[3];
    EXPECT_EQ(r.at("date"), "2026-03-02");
    EXPECT_EQ(r.at("zone"), "America/New_York");
    EXPECT_EQ(r.at("local_time"), "14:00");
    EXPECT_EQ(r.at("scheduled_time"), "14:00");
    EXPECT_EQ(r.at("actual_time"), "14:00");
    EXPECT_EQ(r.at("status"), "taken");
    EXPECT_EQ(r.at("amount"), "7.5");
}

TEST_F(CsvReport, EmptyJournalGivesTheHeaderOnly) {
    JournalBuilder b("Europe/Berlin");
    const std::string small_csv =
        render_csv(small_report(b.snapshot(), "2026-03-01", "2026-03-14"));
    EXPECT_EQ(small_csv,
              "\xEF\xBB\xBF" "entry_id,date,local_time,zone,utc_time,kind,name,drug,ingredient,amount,unit,status,"
              "scheduled_time,actual_time,score,location,quality,severity,cramp_severity,minutes,quantity,note,"
              "peg_pain,peg_enjoyment,peg_activity,peg_score,sleep_hours,sleep_quality,goal_met,pgic\r\n");
}

}  // namespace
TEST(CsvReportChanges, AMissedSlotIsOnTheClockWhereThePersonWas) {
    JournalBuilder b("Europe/Berlin");
    const auto flex = b.med("Flexeril", "5mg", "08:00,20:00", "2026-03-01");
    b.dose_in("Asia/Tokyo", flex, "2026-03-02T08:00");  // in Tokyo; its 20:00 dose never came
    b.dose_in("Asia/Tokyo", flex, "2026-03-03T08:00");
    const auto recs = records(render_csv(small_report(b.snapshot(), "2026-03-02", "2026-03-03")));
    std::vector<Record> missed;
    for (const auto& r : recs)
        if (r.at("status") == "missed") missed.push_back(r);
    ASSERT_FALSE(missed.empty());
    EXPECT_EQ(missed[0].at("zone"), "Asia/Tokyo");
    EXPECT_EQ(missed[0].at("date") + " " + missed[0].at("scheduled_time"), "2026-03-02 20:00");
}

// The PEG, sleep, goals and the PGIC, each in its own columns (issue 15).
TEST(CsvReportFunction, PegSleepGoalAndPgicColumns) {
    auto b = testing::function_month();
    const auto recs = records(render_csv(testing::function_report(b)));
    const auto peg = find(recs, "2026-03-01", "10:00", "peg");
    ASSERT_EQ(peg.size(), 1u);
    EXPECT_EQ(peg[0].at("peg_pain"), "7");
    EXPECT_EQ(peg[0].at("peg_enjoyment"), "6");
    EXPECT_EQ(peg[0].at("peg_activity"), "6");
    EXPECT_EQ(peg[0].at("peg_score"), "6.3");
    EXPECT_EQ(peg[0].at("score"), "") << "score is pain's alone";
    EXPECT_EQ(find(recs, "2026-03-28", "10:00", "peg").at(0).at("peg_score"), "3.7");
    const auto sleep = find(recs, "2026-03-23", "07:30", "sleep");
    ASSERT_EQ(sleep.size(), 1u);
    EXPECT_EQ(sleep[0].at("sleep_hours"), "6.50");
    EXPECT_EQ(sleep[0].at("sleep_quality"), "5");
    EXPECT_EQ(find(recs, "2026-03-28", "07:30", "sleep").at(0).at("sleep_quality"), "");
    EXPECT_EQ(find(recs, "2026-03-25", "07:00", "sleep").size(), 1u) << "every entry has its row";
    const auto goal = find(recs, "2026-03-17", "19:00", "goal");
    ASSERT_EQ(goal.size(), 1u);
    EXPECT_EQ(goal[0].at("name"), "walk the dog 20 minutes");
    EXPECT_EQ(goal[0].at("goal_met"), "no");
    EXPECT_EQ(find(recs, "2026-03-18", "19:00", "goal").at(0).at("goal_met"), "yes");
    const auto pgic = find(recs, "2026-03-28", "10:30", "pgic");
    ASSERT_EQ(pgic.size(), 1u);
    EXPECT_EQ(pgic[0].at("pgic"), "2");
    EXPECT_EQ(pgic[0].at("note"), "much improved");
    for (const auto& r : recs)
        if (r.at("kind") == "pain") {
            for (const char* column : {"peg_pain", "peg_score", "sleep_hours", "goal_met", "pgic"})
                EXPECT_EQ(r.at(column), "") << column;
        }
}

}  // namespace relief::reports
