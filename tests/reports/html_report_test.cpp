#include "reports/html_report.h"

#include "gui_app.h"
#include "report_fixture.h"
#include "reports/report_text.h"

#include <QByteArray>
#include <QImage>

#include <gtest/gtest.h>

#include <cctype>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace relief::reports {
namespace {

using testing::JournalBuilder;

std::string esc(const std::string& text) {
    std::string out;
    for (const char c : text) {
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else if (c == '"')
            out += "&quot;";
        else if (c == '\'')
            out += "&#39;";
        else
            out += c;
    }
    return out;
}

std::size_t occurrences(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size()))
        ++n;
    return n;
}

// Every element closed in order (void elements excepted): the structure the other checks
// read is really there. Returns the first problem, or "" when the tags balance.
std::string tag_problem(const std::string& html) {
    static const std::set<std::string> void_elements{"meta", "img", "br", "hr", "link", "input"};
    std::vector<std::string> open;
    for (auto at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
        if (html.compare(at, 2, "<!") == 0) continue;
        const bool closing = html[at + 1] == '/';
        const auto name_start = at + (closing ? 2 : 1);
        const auto name_end = html.find_first_of(" >\n", name_start);
        if (name_end == std::string::npos) return "tag cut short at " + std::to_string(at);
        const std::string name = html.substr(name_start, name_end - name_start);
        if (name.empty() || !std::isalpha(static_cast<unsigned char>(name[0])))
            return "a raw '<' at offset " + std::to_string(at);
        if (!closing) {
            if (!void_elements.count(name)) open.push_back(name);
        } else if (open.empty() || open.back() != name) {
            return "</" + name + "> closes <" + (open.empty() ? "nothing" : open.back()) + ">";
        } else {
            open.pop_back();
        }
    }
    return open.empty() ? "" : "<" + open.back() + "> is never closed";
}

std::string section(const std::string& html, const std::string& id) {
    const auto start = html.find("<section id=\"" + id + "\"");
    if (start == std::string::npos) return "";
    return html.substr(start, html.find("</section>", start) - start);
}

std::string strip_tags(const std::string& html) {
    return std::regex_replace(html, std::regex("<[^>]*>"), "");
}

// The cells of each body row of every table in `html`, as escaped text.
std::vector<std::vector<std::string>> table_rows(const std::string& html) {
    std::vector<std::vector<std::string>> rows;
    const std::regex row("<tr>([\\s\\S]*?)</tr>");
    const std::regex cell("<td[^>]*>([\\s\\S]*?)</td>");
    for (auto r = std::sregex_iterator(html.begin(), html.end(), row); r != std::sregex_iterator();
         ++r) {
        const std::string inner = (*r)[1];
        std::vector<std::string> cells;
        for (auto c = std::sregex_iterator(inner.begin(), inner.end(), cell);
             c != std::sregex_iterator(); ++c)
            cells.push_back(strip_tags((*c)[1]));
        if (!cells.empty()) rows.push_back(cells);
    }
    return rows;
}

// The column heads of every table in `html`, in order.
std::vector<std::string> column_heads(const std::string& html) {
    std::vector<std::string> out;
    const std::regex th("<th[^>]*>([^<]*)</th>");
    for (auto h = std::sregex_iterator(html.begin(), html.end(), th); h != std::sregex_iterator();
         ++h)
        out.push_back((*h)[1]);
    return out;
}

// The <dt>/<dd> pairs of `html`, as escaped text.
std::map<std::string, std::string> facts(const std::string& html) {
    std::map<std::string, std::string> out;
    const std::regex pair("<dt>([^<]*)</dt>\\s*<dd>([^<]*)</dd>");
    for (auto p = std::sregex_iterator(html.begin(), html.end(), pair); p != std::sregex_iterator();
         ++p)
        out[(*p)[1]] = (*p)[2];
    return out;
}

std::vector<std::string> headings(const std::string& html) {
    std::vector<std::string> out;
    const std::regex h2("<h2>([^<]*)</h2>");
    for (auto h = std::sregex_iterator(html.begin(), html.end(), h2); h != std::sregex_iterator();
         ++h)
        out.push_back((*h)[1]);
    return out;
}

// The same sections as the PDF, in the same order (PdfReport.SameSectionsAsTheHtml).
const std::vector<std::string> all_headings{"Medications",      "Pain (0-10)",      "Symptoms logged",
                                            "Current alerts",   "Questions to ask", "Doses and events by day",
                                            "Side effects",     "Cramps",           "Non-drug measures",
                                            "Alcohol and fluids", "Notes"};

VisitReport small_report(const JournalSnapshot& snap) {
    ReportInput in;
    in.journal = &snap;
    in.period = {JournalBuilder::day("2026-03-01"), JournalBuilder::day("2026-03-14")};
    in.generated_on = JournalBuilder::day("2026-03-14");
    return build_report(in);
}

class HtmlReport : public ::testing::Test {
protected:
    JournalBuilder builder = testing::fortnight();
    VisitReport report = testing::fortnight_report(builder);
    std::string html = (testing::gui_app(), render_html(report));
};

TEST_F(HtmlReport, IsOneWellFormedDocumentWithEverySectionInOrder) {
    EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u);
    EXPECT_EQ(tag_problem(html), "");
    EXPECT_EQ(occurrences(html, "<html"), 1u);
    EXPECT_EQ(occurrences(html, "<title>"), 1u);
    EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
    EXPECT_NE(
        html.find("<title>Relief Journal visit report - Sam Example - 1 Mar 2026 to 14 Mar 2026 "
                  "(14 days)</title>"),
        std::string::npos);
    EXPECT_EQ(headings(html), all_headings);
    EXPECT_NE(html.find("not a medical device"), std::string::npos);
}

TEST_F(HtmlReport, PrintStylesheetIsInline) {
    EXPECT_EQ(occurrences(html, "<style>"), 1u);
    EXPECT_NE(html.find("@page { size: A4;"), std::string::npos);
    EXPECT_NE(html.find("@media print"), std::string::npos);
    EXPECT_NE(html.find("thead { display: table-header-group; }"), std::string::npos);
    EXPECT_NE(html.find("tr, .alert"), std::string::npos);
    EXPECT_NE(html.find("font-size: 11pt"), std::string::npos);
}

TEST_F(HtmlReport, ChartsAreAnEmbeddedPng) {
    const std::string prefix = "<img src=\"data:image/png;base64,";
    const auto start = html.find(prefix);
    ASSERT_NE(start, std::string::npos);
    EXPECT_EQ(occurrences(html, "<img "), 1u);
    const auto data = start + prefix.size();
    const auto end = html.find('"', data);
    const auto decoded =
        QByteArray::fromBase64Encoding(QByteArray::fromStdString(html.substr(data, end - data)),
                                       QByteArray::AbortOnBase64DecodingErrors);
    ASSERT_TRUE(decoded);
    EXPECT_EQ(decoded.decoded.left(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
    const QImage image = QImage::fromData(decoded.decoded, "PNG");
    EXPECT_EQ(image.width(), 1600);
    EXPECT_EQ(image.height(), 900) << "two drugs; each one more adds 90 pixels of dose rows";
    // Read the alt text by hand: a regex over the base64 data would recurse too deeply.
    const auto alt_start = html.find(" alt=\"", end);
    ASSERT_NE(alt_start, std::string::npos);
    const std::string alt =
        html.substr(alt_start + 6, html.find('"', alt_start + 6) - alt_start - 6);
    EXPECT_EQ(alt_start, end + 1) << "alt follows src";
    EXPECT_NE(alt.find("daily mean pain"), std::string::npos);
    EXPECT_NE(alt.find("cyclobenzaprine, ibuprofen"), std::string::npos);
}

TEST_F(HtmlReport, LoadsNothingFromOutside) {
    EXPECT_FALSE(std::regex_search(
        html, std::regex("(src|href)\\s*=\\s*[\"']?\\s*(https?:|//)", std::regex::icase)));
    for (const char* tag : {"<script", "<link", "<iframe", "@import", "url(", "@font-face"})
        EXPECT_EQ(html.find(tag), std::string::npos) << tag;
}

TEST_F(HtmlReport, HeaderAndSummary) {
    const auto header =
        html.substr(html.find("<header>"), html.find("</header>") - html.find("<header>"));
    EXPECT_NE(header.find("<p class=\"who\">Sam Example, born 1958 (age 68)</p>"),
              std::string::npos);
    const auto head = facts(header);
    EXPECT_EQ(head.at("Period"), "1 Mar 2026 to 14 Mar 2026 (14 days)");
    EXPECT_EQ(head.at("Generated"), "14 Mar 2026");
    EXPECT_EQ(head.at("Last visit"), "28 Feb 2026");
    EXPECT_EQ(head.at("Conditions"), "low back pain");

    const auto summary = section(html, "summary");
    EXPECT_NE(summary.find("<p class=\"headline\">" + esc(headline_text(report)) + "</p>"), std::string::npos);
    EXPECT_EQ(summary.find("scheduled doses taken below 80 %"), std::string::npos) << "92 % is in the table only";
    EXPECT_NE(summary.find("Current alerts: 1 urgent, 2 warning, 2 info."), std::string::npos) << summary;
    EXPECT_NE(summary.find("<p class=\"alert-line\">Urgent: Foot drop: seek care now (11 Mar 2026).</p>"),
              std::string::npos);
}

TEST_F(HtmlReport, QuestionsAndAlertsAreListed) {
    ASSERT_FALSE(report.questions.empty());
    ASSERT_FALSE(report.alerts.empty());
    const auto questions = section(html, "questions");
    for (const auto& q : report.questions)
        EXPECT_NE(questions.find("<li>" + esc(q) + "</li>"), std::string::npos) << q;
    const auto alerts = section(html, "alerts");
    std::size_t next = 0;
    for (const auto& a : report.alerts) {
        const std::string severity(to_string(a.alert.severity));
        // Searching on from the previous title also checks that the model's order is kept.
        const auto title = alerts.find("<span class=\"chip " + severity + "\">" +
                                           severity_label(a.alert.severity) + "</span>" +
                                           esc(a.alert.title) + " (raised ",
                                       next);
        ASSERT_NE(title, std::string::npos) << a.alert.title;
        next = title + 1;
        EXPECT_EQ(alerts.find(esc(a.alert.message)), std::string::npos) << "the patient's words stay in the app";
        for (const auto& e : a.alert.evidence)
            EXPECT_NE(alerts.find("<li><strong>" + esc(e.label) + ":</strong> " + esc(evidence_text(e.value)) +
                                  "</li>"),
                      std::string::npos);
    }
    EXPECT_EQ(occurrences(alerts, "<article "), report.alerts.size());
    EXPECT_EQ(occurrences(alerts, " - discussed 14 Mar 2026"), 1u);
    EXPECT_EQ(alerts.find("(setting"), std::string::npos) << "no setting keys";
}

TEST_F(HtmlReport, MedicationsTable) {
    const auto medications = section(html, "medications");
    EXPECT_EQ(column_heads(medications),
              (std::vector<std::string>{"Medication", "Prescription", "Dates", "Taken in the period", "Adherence",
                                        "Course"}));
    const auto rows = table_rows(medications);
    ASSERT_EQ(rows.size(), 2u);
    for (const auto& row : rows) EXPECT_EQ(row.size(), 6u);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"Flexeril (cyclobenzaprine)\nmuscle relaxant, antispasmodic",
                                                 "5 mg at 08:00, 20:00", "from 1 Mar 2026",
                                                 "14 days: 130 mg, mean 9.3 mg a day, highest 10 mg",
                                                 "92 % (26 of 28), 1 late", "day 14"}));
    EXPECT_EQ(rows[1][0], "Advil (ibuprofen)\nNSAID, analgesic");
    EXPECT_EQ(rows[1][1], "400 mg as needed");
    EXPECT_EQ(rows[1][3], "4 days: 2000 mg, mean 500 mg a day, highest 800 mg");
    EXPECT_EQ(rows[1][4], "as needed");
}

TEST_F(HtmlReport, PainSection) {
    const auto pain = section(html, "pain");
    const auto f = facts(pain);
    EXPECT_EQ(f.at("This period"), "mean 5.4, peak 8 on 3 Mar 2026, 3 flare days (1 Mar, 2 Mar, 3 Mar)");
    EXPECT_EQ(f.at("Against the period before"),
              "no comparison: 0 of the 14 days before have a score; first 7 days 6.9, last 7 days 4.0, a 42 % fall "
              "(moderately important)");
    EXPECT_EQ(f.at("Last 7 days"), "last 7 days 4.0, the 7 days before 6.9");
    EXPECT_EQ(f.at("Scores logged"), "14 on 14 of 14 days");
    EXPECT_EQ(table_rows(pain),
              (std::vector<std::vector<std::string>>{
                  {"lower back", "14"}, {"left calf", "3"}, {"spasm", "14"}, {"shooting", "3"}}));
}

TEST_F(HtmlReport, SideEffectsCrampsMeasuresIntakeAndNotes) {
    EXPECT_EQ(column_heads(section(html, "side-effects")),
              (std::vector<std::string>{"Side effect", "Times", "Mild", "Moderate", "Severe"}));
    EXPECT_EQ(column_heads(section(html, "notes")),
              (std::vector<std::string>{"Date", "Time", "Note"}));
    EXPECT_EQ(table_rows(section(html, "side-effects")),
              (std::vector<std::vector<std::string>>{{"drowsiness", "3", "0", "2", "1"},
                                                     {"dry mouth", "1", "1", "0", "0"}}));

    const auto cramps = section(html, "cramps");
    const auto c = facts(cramps);
    EXPECT_EQ(c.at("Cramps"), "3 cramps on 3 days");
    EXPECT_EQ(c.at("At night (22:00 to 06:00)"), "2");
    EXPECT_EQ(c.at("Total duration"), "18 minutes");
    EXPECT_EQ(c.at("Longest"), "10 minutes");
    EXPECT_EQ(table_rows(cramps),
              (std::vector<std::vector<std::string>>{{"left calf", "2"}, {"right foot", "1"}}));

    const auto measures = table_rows(section(html, "measures"));
    ASSERT_EQ(measures.size(), 3u);
    EXPECT_EQ(measures[0], (std::vector<std::string>{"heat", "3"}));
    EXPECT_EQ((std::set<std::vector<std::string>>(measures.begin() + 1, measures.end())),
              (std::set<std::vector<std::string>>{{"stretching", "1"}, {"physical therapy", "1"}}));

    const auto intake = facts(section(html, "intake"));
    EXPECT_EQ(intake.at("Alcohol"), "2 drinks on 1 day");
    EXPECT_EQ(intake.at("Fluids logged"), "2 days");
    EXPECT_EQ(intake.at("Mean glasses a day"), "5.5");
    EXPECT_EQ(intake.at("Days with too little fluid"), "1");

    EXPECT_EQ(table_rows(section(html, "notes")),
              (std::vector<std::vector<std::string>>{
                  {"2 Mar 2026", "22:00", "Could not sleep"},
                  {"12 Mar 2026", "20:30", "Better after PT, &quot;good&quot; day"}}));
}

TEST_F(HtmlReport, JournalTextIsEscaped) {
    JournalBuilder b("Europe/Berlin");
    b.profile().name = "Sam <b>\"O'Neil\"</b> & co";
    b.note("2026-03-02T22:00", "<script>alert('x')</script> & \"more\"");
    const std::string page = render_html(small_report(b.snapshot()));
    EXPECT_EQ(tag_problem(page), "");
    EXPECT_NE(page.find("Sam &lt;b&gt;&quot;O&#39;Neil&quot;&lt;/b&gt; &amp; co"),
              std::string::npos);
    EXPECT_NE(page.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;"),
              std::string::npos);
    EXPECT_EQ(page.find("<script"), std::string::npos);
    EXPECT_EQ(page.find("<b>"), std::string::npos);
}

TEST_F(HtmlReport, EmptyJournalStillShowsEverySection) {
    JournalBuilder b("Europe/Berlin");
    const std::string page = render_html(small_report(b.snapshot()));
    EXPECT_EQ(tag_problem(page), "");
    EXPECT_EQ(headings(page), all_headings);
    EXPECT_EQ(page.find("<img"), std::string::npos);
    EXPECT_EQ(page.find("<p class=\"who\">"), std::string::npos);
    EXPECT_EQ(facts(page).at("Last visit"), "not recorded");
    const std::map<std::string, std::vector<std::string>> sentences{
        {"charts",
         {"No pain scores or doses were logged in this period, so there is nothing to chart."}},
        {"questions", {"No current alert raises a question."}},
        {"alerts", {"No alerts are current at the end of this period."}},
        {"symptoms", {"No symptoms were logged in this period."}},
        {"medications", {"No medications were taken or scheduled in this period."}},
        {"pain", {"No pain scores were logged in this period."}},
        {"side-effects", {"No side effects were logged in this period."}},
        {"cramps", {"No cramps were logged in this period."}},
        {"measures", {"No non-drug measures were logged in this period."}},
        {"intake",
         {"No alcohol was logged in this period.", "No fluids were logged in this period."}},
        {"notes", {"No notes were written in this period."}},
    };
    for (const auto& [id, texts] : sentences)
        for (const auto& text : texts)
            EXPECT_NE(section(page, id).find("<p class=\"empty\">" + text + "</p>"),
                      std::string::npos)
                << id;
    const auto summary = section(page, "summary");
    EXPECT_NE(summary.find("no pain scores logged."), std::string::npos) << summary;
    EXPECT_NE(summary.find("Current alerts: 0 urgent, 0 warning, 0 info."), std::string::npos);
}

// The Function section (issue 15): after Pain, only when something of it was logged, with
// the same words as the PDF and the PEG chart as a PNG of its own.
TEST(HtmlReportFunction, FunctionSectionWithItsFiguresAndThePegChart) {
    testing::gui_app();
    auto b = testing::function_month();
    const auto report = testing::function_report(b);
    const std::string page = render_html(report);
    EXPECT_EQ(tag_problem(page), "");
    auto expected = all_headings;
    expected.insert(expected.begin() + 2, "Function");
    expected.insert(expected.end() - 1, "PEG answers and goals by week");
    EXPECT_EQ(headings(page), expected);
    const std::string function = section(page, "function");
    const auto items = facts(function);
    EXPECT_EQ(items.size(), 4u);
    for (const auto& [label, text] : function_facts(report)) EXPECT_EQ(items.at(label), esc(text)) << label;
    EXPECT_NE(items.at("PEG (0-10)").find("42 % lower, reaching the 30 % improvement"), std::string::npos);
    EXPECT_NE(items.at("Goals, last 7 days").find("walk the dog 20 minutes: met on 6 of 7 days checked"), std::string::npos);

    const std::string detail = section(page, "function-detail");
    const auto rows = table_rows(detail);
    ASSERT_EQ(rows.size(), 5u + 3u) << "five PEG answers; the weeks each goal was checked";
    EXPECT_EQ(rows[0], (std::vector<std::string>{"1 Mar 2026", "7", "6", "6", "6.3", "the first"}));
    EXPECT_EQ(rows[4], (std::vector<std::string>{"28 Mar 2026", "4", "3", "4", "3.7", "42 % lower"}));
    EXPECT_EQ(rows[5], (std::vector<std::string>{"walk the dog 20 minutes", "15 Mar to 21 Mar 2026", "5", "6"}));
    EXPECT_EQ(rows[7], (std::vector<std::string>{"sit through a work day", "22 Mar to 28 Mar 2026", "2", "3"}));

    const std::string prefix = "<img src=\"data:image/png;base64,";
    const auto start = function.find(prefix);
    ASSERT_NE(start, std::string::npos);
    const auto data = start + prefix.size();
    const auto end = function.find('"', data);
    const auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromStdString(function.substr(data, end - data)),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    ASSERT_TRUE(decoded);
    const QImage image = QImage::fromData(decoded.decoded, "PNG");
    EXPECT_EQ(image.width(), 1600);
    EXPECT_EQ(image.height(), 360);
    const auto alt_start = function.find(" alt=\"", end);
    ASSERT_NE(alt_start, std::string::npos);
    const std::string alt = function.substr(alt_start + 6, function.find('"', alt_start + 6) - alt_start - 6);
    EXPECT_NE(alt.find("first answer&#39;s score (dotted line, 6.3)"), std::string::npos) << alt;
    EXPECT_NE(alt.find("30 % improvement line (dashed, 4.43)"), std::string::npos) << alt;
    EXPECT_EQ(occurrences(page, "<img "), 2u) << "the PEG chart and the other charts";
}

TEST(HtmlReportFunction, OnlyTheRowsThatWereLoggedAndNoSectionWithoutAny) {
    testing::gui_app();
    JournalBuilder b;
    b.pgic("2026-03-10T10:00", 3);
    b.goal("2026-03-12T19:00", "sit through a <work> day & more", true);
    const std::string page = render_html(small_report(b.snapshot()));
    EXPECT_EQ(tag_problem(page), "");
    const auto items = facts(section(page, "function"));
    EXPECT_EQ(items.size(), 2u);
    EXPECT_EQ(items.at("Global impression (PGIC)"), "minimally improved (3 of 7) on 10 Mar 2026");
    EXPECT_EQ(items.at("Goals, last 7 days"), "sit through a &lt;work&gt; day &amp; more: met on 1 of 1 day checked");
    EXPECT_EQ(section(page, "function").find("<img"), std::string::npos) << "no PEG, no PEG chart";
    JournalBuilder none;
    EXPECT_EQ(render_html(small_report(none.snapshot())).find("id=\"function\""), std::string::npos);
}

}  // namespace
}  // namespace relief::reports
