#include "gui_app.h"
#include "report_fixture.h"
#include "reports/html_report.h"
#include "reports/journal_report.h"
#include "reports/pdf_report.h"
#include "reports/report_text.h"
#include "bench/synthetic_journal.h"
#include "storage/alert_review.h"
#include "storage/demo_story.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <regex>

using namespace relief;
using namespace relief::reports;
using relief::testing::TempDir;

namespace {

std::string run(const std::string& command) {
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    char buf[4096];
    while (pipe && std::fgets(buf, sizeof buf, pipe)) out += buf;
    if (pipe) ::pclose(pipe);
    return out;
}

struct PdfFacts {
    int pages = 0;
    std::string size;
    std::string fonts;
    std::vector<std::string> page_text;  // 1-based in the file, 0-based here
};

PdfFacts read_back(const QByteArray& pdf, const TempDir& dir) {
    const auto path = (dir / "report.pdf").string();
    relief::testing::write_file(path, std::string(pdf.constData(), static_cast<std::size_t>(pdf.size())));
    PdfFacts f;
    const std::string info = run("pdfinfo '" + path + "'");
    std::smatch m;
    if (std::regex_search(info, m, std::regex("Pages:\\s+(\\d+)"))) f.pages = std::stoi(m[1]);
    if (std::regex_search(info, m, std::regex("Page size:\\s+([0-9.]+ x [0-9.]+) pts"))) f.size = m[1];
    f.fonts = run("pdffonts '" + path + "'");
    // The font draws "ff", "fi" and "fl" as ligatures, which pdftotext passes through.
    auto plain = [](std::string text) {
        for (const auto& [lig, letters] : {std::pair<std::string, std::string>{"\xEF\xAC\x80", "ff"},
                                           {"\xEF\xAC\x81", "fi"},
                                           {"\xEF\xAC\x82", "fl"}})
            for (auto at = text.find(lig); at != std::string::npos; at = text.find(lig, at)) text.replace(at, lig.size(), letters);
        return text;
    };
    for (int i = 1; i <= f.pages; ++i)
        f.page_text.push_back(plain(run("pdftotext -layout -f " + std::to_string(i) + " -l " + std::to_string(i) + " '" +
                                  path + "' -")));
    return f;
}

VisitReport demo_report(int weeks, int report_days, std::uint32_t seed = 3) {
    static std::vector<std::unique_ptr<ReportSource>> keep;  // the report points into its source
    auto journal = storage::Journal::in_memory(Zone::locate("Europe/Berlin"));
    const LocalDay last = parse_day("2026-06-30");
    storage::write_demo_story(journal, last, {.weeks = weeks, .seed = seed});
    keep.push_back(report_source(journal, {last - date::days{report_days - 1}, last}, last));
    return build_report(keep.back()->input);
}

VisitReport synthetic_report(std::uint32_t seed, int report_days) {
    static std::vector<std::unique_ptr<ReportSource>> keep;
    bench::SyntheticOptions o;
    o.days = 365;
    o.seed = seed;
    o.last_day = parse_day("2026-06-30");
    auto journal = storage::Journal::in_memory(Zone::locate("Europe/Berlin"), bench::synthetic_clock(o.last_day));
    bench::write_synthetic_journal(journal, o);
    storage::replay_alerts(journal, o.last_day - date::days{report_days + 30}, o.last_day);
    keep.push_back(report_source(journal, {o.last_day - date::days{report_days - 1}, o.last_day}, o.last_day));
    return build_report(keep.back()->input);
}

// The demo story with what issue 15 adds over the last five weeks before `last`: a PEG
// each week falling from 7 6 7 to 4 3 4, sleep and a goal every day, the PGIC twice.
void add_function_entries(storage::Journal& journal, LocalDay last) {
    const Zone zone = Zone::locate("Europe/Berlin");
    auto add = [&](LocalDay day, int hour, EntryData data) {
        const Instant at = zone.resolve_scheduled(date::local_days{day} + std::chrono::hours{hour});
        journal.add_entry(Entry{0, at, "Europe/Berlin", zone.day_of(at), std::move(data)});
    };
    const PegEntry pegs[] = {{7, 6, 7}, {6, 6, 6}, {6, 5, 5}, {5, 4, 4}, {4, 3, 4}};
    for (int week = 0; week < 5; ++week) add(last - date::days{7 * (4 - week)}, 10, pegs[week]);
    for (int day = 0; day < 21; ++day) {
        add(last - date::days{day}, 7, SleepEntry{360 + 10 * (day % 5), day % 3 ? std::optional(5 + day % 4) : std::nullopt});
        add(last - date::days{day}, 19, GoalEntry{"walk the dog 20 minutes", day % 4 != 1});
    }
    add(last - date::days{14}, 11, PgicEntry{4});
    add(last, 11, PgicEntry{2});
}

VisitReport demo_function_report(int weeks, int report_days, std::uint32_t seed) {
    static std::vector<std::unique_ptr<ReportSource>> keep;
    auto journal = storage::Journal::in_memory(Zone::locate("Europe/Berlin"));
    const LocalDay last = parse_day("2026-06-30");
    storage::write_demo_story(journal, last, {.weeks = weeks, .seed = seed});
    // The demo's own function entries give way to the known ones this test counts.
    for (const Entry& e : journal.all_entries())
        if (std::holds_alternative<PegEntry>(e.data) || std::holds_alternative<SleepEntry>(e.data) ||
            std::holds_alternative<GoalEntry>(e.data) || std::holds_alternative<PgicEntry>(e.data))
            journal.delete_entry(e.id);
    add_function_entries(journal, last);
    keep.push_back(report_source(journal, {last - date::days{report_days - 1}, last}, last));
    return build_report(keep.back()->input);
}

// Runs of spaces and line breaks as one space: a sentence wrapped in a table cell reads
// whole again (the labels beside it stay on their first line).
std::string flowing(const std::string& text) {
    return std::regex_replace(text, std::regex("\\s+"), " ");
}

// What a busy physician reads on page one must agree with itself: every medication taken
// now is there, no question asks about a drug that was stopped, and a question about
// worsening pain stands beside figures that show it.
void check_page_one(const VisitReport& r, const PdfFacts& facts, const std::string& which) {
    ASSERT_FALSE(facts.page_text.empty()) << which;
    const std::string& one = facts.page_text.front();
    std::string all;
    for (const auto& t : facts.page_text) all += t;
    for (const auto& m : r.medications) {
        if (m.stopped) continue;
        EXPECT_NE(one.find(m.medication.name), std::string::npos) << which << ": " << m.medication.name << " on page one";
    }
    for (const auto& q : r.questions) {
        EXPECT_NE(all.find(q.substr(0, 40)), std::string::npos) << which << ": " << q;
        for (const auto& m : r.medications) {
            if (m.stopped && q.rfind("I stopped", 0) != 0) {
                EXPECT_EQ(q.find(m.medication.name), std::string::npos) << which << ": asks about stopped " << q;
            }
        }
        if (q.rfind("My pain is getting worse", 0) == 0) {
            ASSERT_TRUE(r.pain.last_week && r.pain.week_before) << which;
            EXPECT_GE(*r.pain.last_week - *r.pain.week_before, 2.0 - 1e-9) << which << ": " << pain_weeks_text(r.pain);
        }
    }
    for (const auto& a : r.alerts) EXPECT_TRUE(a.current) << which;
    EXPECT_NE(one.find("Current alerts: "), std::string::npos) << which;
    EXPECT_NE(one.find(pain_period_text(r.pain).substr(0, 20)), std::string::npos) << which;
}

}  // namespace

TEST(PdfReportPageOne, DemoStoriesAgreeWithThemselves) {
    relief::testing::gui_app();
    TempDir dir;
    for (const std::uint32_t seed : {1u, 2u, 3u})
        for (const int days : {30, 90}) {
            const auto r = demo_report(26, days, seed);
            check_page_one(r, read_back(render_pdf(r), dir),
                           "demo seed " + std::to_string(seed) + ", " + std::to_string(days) + " days");
        }
}

TEST(PdfReportPageOne, SyntheticYearsAgreeWithThemselves) {
    relief::testing::gui_app();
    TempDir dir;
    for (const std::uint32_t seed : {1u, 2u}) {
        const auto r = synthetic_report(seed, 90);
        ASSERT_FALSE(r.medications.empty());
        check_page_one(r, read_back(render_pdf(r), dir), "synthetic seed " + std::to_string(seed));
    }
}

TEST(PdfReport, A4WithEverySectionHeaderAndPageNumbers) {
    relief::testing::gui_app();
    TempDir dir;
    auto b = relief::testing::fortnight();
    const auto facts = read_back(render_pdf(relief::testing::fortnight_report(b)), dir);
    ASSERT_GE(facts.pages, 2);
    EXPECT_EQ(facts.size, "595 x 842");
    std::string all;
    for (int i = 0; i < facts.pages; ++i) {
        const auto& text = facts.page_text[static_cast<std::size_t>(i)];
        EXPECT_NE(text.find("Relief Journal - visit report"), std::string::npos) << "header on page " << i + 1;
        EXPECT_NE(text.find("Sam Example, born 1958 - 1 Mar 2026"), std::string::npos) << "who, on page " << i + 1;
        EXPECT_NE(text.find("Page " + std::to_string(i + 1) + " of " + std::to_string(facts.pages)),
                  std::string::npos);
        all += text;
    }
    for (const char* expected :
         {"Visit report", "Sam Example, born 1958, 68 years; low back pain", "1 Mar 2026 to 14 Mar 2026 (14 days)",
          "last 7 days 4.0, the 7 days before 6.9", "a 42 % fall); 3 flare days, peak 8.",
          "Urgent: Foot drop: seek care now (11 Mar 2026).", "Questions to ask",
          "Is it safe to take Flexeril and alcohol together?", "Urgent: Foot drop: seek care now", "Medications",
          "Flexeril (cyclobenzaprine)", "14 days: 130 mg", "day 14", "foot drop 1 time on 1 day (11 Mar 2026)", "92 % (26 of", "lower back (14 days)", "Side effects",
          "drowsiness", "3 on 3 days, 2 at night", "heat (3 times)", "2 drinks on 1 day", "Could not sleep",
          "Better after PT, \"good\" day"})
        EXPECT_NE(all.find(expected), std::string::npos) << expected << "\n" << all;
}

TEST(PdfReport, FontsAreEmbedded) {
    relief::testing::gui_app();
    TempDir dir;
    auto b = relief::testing::fortnight();
    const auto facts = read_back(render_pdf(relief::testing::fortnight_report(b)), dir);
    int fonts = 0;
    std::istringstream lines(facts.fonts);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.find("TrueType") == std::string::npos && line.find("Type") == std::string::npos) continue;
        if (line.rfind("name", 0) == 0) continue;
        ++fonts;
        EXPECT_NE(line.find(" yes "), std::string::npos) << "not embedded: " << line;
    }
    EXPECT_GE(fonts, 1);
}

TEST(PdfReport, LetterPaper) {
    relief::testing::gui_app();
    TempDir dir;
    auto b = relief::testing::fortnight();
    EXPECT_EQ(read_back(render_pdf(relief::testing::fortnight_report(b), PaperSize::letter), dir).size, "612 x 792");
}

TEST(PdfReport, LongTablesBreakAcrossPagesKeepingEveryRow) {
    relief::testing::gui_app();
    TempDir dir;
    auto b = relief::testing::fortnight();
    for (int i = 0; i < 120; ++i)
        b.note("2026-03-13T" + std::string(i / 60 < 1 ? "10:" : "11:") + (i % 60 < 10 ? "0" : "") +
                   std::to_string(i % 60),
               "note number " + std::to_string(1000 + i));
    const auto facts = read_back(render_pdf(relief::testing::fortnight_report(b)), dir);
    EXPECT_GE(facts.pages, 4);
    std::string all;
    for (const auto& t : facts.page_text) all += t;
    for (int i = 0; i < 120; ++i) {
        const std::string note = "note number " + std::to_string(1000 + i);
        const auto first = all.find(note);
        ASSERT_NE(first, std::string::npos) << note;
        EXPECT_EQ(all.find(note, first + 1), std::string::npos) << note << " printed twice";
    }
    EXPECT_NE(facts.page_text.back().find("When"), std::string::npos) << "the continued table repeats its header";
}

TEST(PdfReport, NinetyDayAndOneYearDemoJournalsRender) {
    relief::testing::gui_app();
    TempDir dir;
    const auto ninety = read_back(render_pdf(demo_report(13, 90)), dir);
    EXPECT_GE(ninety.pages, 2);
    const auto year = read_back(render_pdf(demo_report(52, 365)), dir);
    EXPECT_GE(year.pages, 2);
    EXPECT_NE(year.page_text.front().find("(365 days)"), std::string::npos);
}

TEST(PdfReport, EmptyJournalStillSaysSo) {
    relief::testing::gui_app();
    TempDir dir;
    relief::testing::JournalBuilder b;
    const auto& snap = b.snapshot();
    ReportInput in;
    in.journal = &snap;
    in.period = {parse_day("2026-03-01"), parse_day("2026-03-30")};
    in.generated_on = parse_day("2026-03-30");
    const auto facts = read_back(render_pdf(build_report(in)), dir);
    ASSERT_GE(facts.pages, 1);
    std::string all;
    for (const auto& t : facts.page_text) all += t;
    for (const char* expected : {"No pain scores were logged in this period.", "No alerts are current at the end of this period.",
                                 "No symptoms were logged in this period.", "No cramps were logged in this period.",
                                 "No medications were taken or scheduled in this period.",
                                 "No side effects were logged in this period.", "No notes were written in this period."})
        EXPECT_NE(all.find(expected), std::string::npos) << expected;
}

// Page one keeps its Function sentences (issue 15) on the demo journal with the PEG,
// sleep, a goal and the PGIC: each sentence of the section, as the model's figures say it,
// is on page one; the PEG chart follows on page one or opens page two.
TEST(PdfReportPageOne, FunctionSentencesStayOnPageOneOfTheDemoJournal) {
    relief::testing::gui_app();
    TempDir dir;
    for (const std::uint32_t seed : {1u, 2u, 3u})
        for (const int days : {30, 90}) {
            const std::string which = "demo seed " + std::to_string(seed) + ", " + std::to_string(days) + " days";
            const auto r = demo_function_report(26, days, seed);
            ASSERT_TRUE(r.has_function()) << which;
            ASSERT_EQ(r.peg.answers.size(), 5u) << which;
            EXPECT_TRUE(r.peg.improvement_reached) << which << ": 20 to 11 is 45 % lower";
            const auto facts = read_back(render_pdf(r), dir);
            ASSERT_GE(facts.pages, 2) << which;
            const std::string one = flowing(facts.page_text[0]);
            EXPECT_NE(one.find(" Function "), std::string::npos) << which;
            for (const auto& [label, text] : function_facts(r)) {
                EXPECT_NE(one.find(label + " "), std::string::npos) << which << ": " << label;
                EXPECT_NE(one.find(flowing(text)), std::string::npos) << which << ": " << text << "\n" << one;
            }
            check_page_one(r, facts, which);
            const std::string two = flowing(facts.page_text[0] + facts.page_text[1]);
            EXPECT_NE(two.find("PEG score (0-10): mean of pain, enjoyment and activity"), std::string::npos) << which;
        }
}

// The PDF and the HTML carry the same sections in the same order, with the same figures
// on page one (the HTML's own headings are checked in HtmlReport).
TEST(PdfReport, FunctionSectionsInTheSameOrderAndWordsAsTheHtml) {
    relief::testing::gui_app();
    TempDir dir;
    auto b = relief::testing::function_month();
    const auto report = relief::testing::function_report(b);
    const auto facts = read_back(render_pdf(report), dir);
    std::string all;
    for (const auto& t : facts.page_text) all += t;
    std::size_t at = 0;
    for (const char* heading : {"Pain (0-10)", "Function", "Symptoms logged", "Alcohol and fluids",
                                "PEG answers and goals by week", "Notes"}) {
        const auto found = all.find(std::string("\n") + heading + "\n", at);
        ASSERT_NE(found, std::string::npos) << heading << " (in this order)";
        at = found + 1;
    }
    const std::string html = render_html(report);
    for (const auto& [label, text] : function_facts(report)) {
        EXPECT_NE(flowing(all).find(flowing(text)), std::string::npos) << text;
        EXPECT_NE(html.find(label), std::string::npos) << label;
    }
    for (const char* row : {"1 Mar 2026 7 6 6 6.3 the first", "8 Mar 2026 6 6 5 5.7 10 % lower",
                            "28 Mar 2026 4 3 4 3.7 42 % lower", "walk the dog 20 minutes 15 Mar to 21 Mar 2026 5 6",
                            "walk the dog 20 minutes 22 Mar to 28 Mar 2026 6 7",
                            "sit through a work day 22 Mar to 28 Mar 2026 2 3"})
        EXPECT_NE(flowing(all).find(row), std::string::npos) << row;
    EXPECT_EQ(flowing(all).find("walk the dog 20 minutes 1 Mar"), std::string::npos) << "weeks not checked are left out";
}

TEST(PdfReport, SameSectionsAndFiguresAsTheHtml) {
    relief::testing::gui_app();
    TempDir dir;
    auto b = relief::testing::fortnight();
    const auto report = relief::testing::fortnight_report(b);
    const auto facts = read_back(render_pdf(report), dir);
    std::string all;
    for (const auto& t : facts.page_text) all += t;
    std::size_t at = 0;
    for (const char* heading : {"Medications", "Pain (0-10)", "Symptoms logged", "Current alerts", "Questions to ask",
                                "Doses and events by day", "Side effects", "Cramps", "Non-drug measures",
                                "Alcohol and fluids", "Notes"}) {
        const auto found = all.find(std::string("\n") + heading + "\n", at);
        ASSERT_NE(found, std::string::npos) << heading << " (in this order)";
        at = found + 1;
    }
    const std::string html = render_html(report);
    for (const std::string& figure :
         {pain_period_text(report.pain), pain_weeks_text(report.pain),
          symptom_text(report.symptoms.at(0))}) {
        EXPECT_NE(all.find(figure), std::string::npos) << figure;
        EXPECT_NE(html.find(figure), std::string::npos) << figure;
    }
}
