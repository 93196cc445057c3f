// The function lanes of the Trends chart (issue 15): the day's PEG score, hours slept and
// goals checked in DayEvents, and draw_function_chart putting each where its value says.
#include "gui_app.h"
#include "journal_builder.h"
#include "reports/chart.h"
#include "reports/report_model.h"

#include <QImage>
#include <QPainter>
#include <gtest/gtest.h>

using namespace relief;
using namespace relief::reports;
using relief::testing::JournalBuilder;

namespace {

// 2026-03-01 to 03-14 in Berlin, pain from the first day (so the chart starts there):
// - PEG 8/8/8 on 03-02 at 09:00, then 2/2/2 the same evening (the day shows the last: 2.0);
//   PEG 6/5/7 (6.0) on 03-09.
// - Sleep 6 h on 03-03, 12 h on 03-04 (logged 5 h first that morning, then corrected).
// - Goals on 03-05: "walk" met at 10:00, then not met at 20:00 (the last check counts);
//   "garden" met. On 03-06: "walk" met.
JournalBuilder lanes() {
    JournalBuilder b("Europe/Berlin");
    b.pain_daily("2026-03-01", "2026-03-14", 5);
    b.peg("2026-03-02T09:00", 8, 8, 8);
    b.peg("2026-03-02T20:00", 2, 2, 2);
    b.peg("2026-03-09T20:00", 6, 5, 7);
    b.sleep("2026-03-03T07:00", 360, 4);
    b.sleep("2026-03-04T07:00", 300);
    b.sleep("2026-03-04T07:30", 720);
    b.goal("2026-03-05T10:00", "walk", true);
    b.goal("2026-03-05T20:00", "walk", false);
    b.goal("2026-03-05T20:05", "garden", true);
    b.goal("2026-03-06T19:00", "walk", true);
    return b;
}

VisitReport report_of(JournalBuilder& b) {
    const auto& snap = b.snapshot();
    ReportInput in;
    in.journal = &snap;
    in.period = {JournalBuilder::day("2026-03-01"), JournalBuilder::day("2026-03-14")};
    in.generated_on = JournalBuilder::day("2026-03-14");
    return build_report(in);
}

bool near(QColor c, QColor want) {
    return std::abs(c.red() - want.red()) < 16 && std::abs(c.green() - want.green()) < 16 &&
           std::abs(c.blue() - want.blue()) < 16;
}

// Pixels of `colour` in columns [x - half, x + half] between rows `top` and `bottom`.
int count_in(const QImage& image, QColor colour, int x, int half, int top = 0, int bottom = -1) {
    if (bottom < 0) bottom = image.height() - 1;
    int n = 0;
    for (int y = top; y <= bottom; ++y)
        for (int xx = std::max(0, x - half); xx <= std::min(image.width() - 1, x + half); ++xx)
            n += near(image.pixelColor(xx, y), colour) ? 1 : 0;
    return n;
}

// The mean row of `colour`'s pixels in a column band: where a dot sits.
double mean_row(const QImage& image, QColor colour, int x, int half) {
    double sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int xx = x - half; xx <= x + half; ++xx)
            if (near(image.pixelColor(xx, y), colour)) sum += y, ++n;
    return n ? sum / n : -1;
}

const QColor peg_blue("#2f6fb5"), sleep_orange("#c2570c"), goal_green("#2e7d32");

}  // namespace

TEST(TrendLanes, DayEventsHoldTheDaysPegSleepAndGoals) {
    auto b = lanes();
    const auto r = report_of(b);
    ASSERT_EQ(r.day_events.size(), 14u);
    const auto& mar2 = r.day_events[1];
    ASSERT_TRUE(mar2.peg);
    EXPECT_DOUBLE_EQ(*mar2.peg, 2.0) << "the day's last PEG";
    EXPECT_DOUBLE_EQ(*r.day_events[8].peg, 6.0) << "03-09";
    EXPECT_FALSE(r.day_events[0].peg);
    EXPECT_EQ(r.day_events[2].sleep_minutes, 360);
    EXPECT_EQ(r.day_events[3].sleep_minutes, 720) << "the day's last sleep";
    EXPECT_FALSE(r.day_events[4].sleep_minutes);
    EXPECT_EQ(r.day_events[4].goals_checked, 2) << "03-05: walk and garden, walk once";
    EXPECT_EQ(r.day_events[4].goals_met, 1) << "walk's last check was not met";
    EXPECT_EQ(r.day_events[5].goals_checked, 1);
    EXPECT_EQ(r.day_events[5].goals_met, 1);
    EXPECT_EQ(r.day_events[6].goals_checked, 0);
    EXPECT_TRUE(has_function_days(r));

    JournalBuilder pain_only("Europe/Berlin");
    pain_only.pain_daily("2026-03-01", "2026-03-14", 5);
    EXPECT_FALSE(has_function_days(report_of(pain_only)));
}

TEST(TrendLanes, TheFunctionChartDrawsEachValueAtItsPlace) {
    relief::testing::gui_app();
    auto b = lanes();
    const auto r = report_of(b);
    const int width = 790, height = 260;
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        draw_function_chart(p, QRectF(0, 0, width, height), r);
    }
    // The day axis at point 1: the plot from 24 to width - 6, 14 days.
    const auto x = [&](int day_index) { return int(std::lround(24 + (day_index + 0.5) * (width - 30) / 14.0)); };

    // The PEG: a dot where each day's last answer puts it, 2.0 low, 6.0 higher up.
    const double y2 = mean_row(image, peg_blue, x(1), 1), y6 = mean_row(image, peg_blue, x(8), 1);
    ASSERT_GT(y2, 0);
    ASSERT_GT(y6, 0);
    EXPECT_LT(y6, y2 - 20) << "6.0 is drawn above 2.0";
    EXPECT_EQ(count_in(image, peg_blue, x(12), 3, 18, height - 20), 0) << "nothing after the last answer";

    // Sleep: 12 hours is twice as tall a bar as 6 hours.
    const int six = count_in(image, sleep_orange, x(2), 2), twelve = count_in(image, sleep_orange, x(3), 2);
    ASSERT_GT(six, 10);
    EXPECT_NEAR(double(twelve) / six, 2.0, 0.35) << six << " and " << twelve << " pixels";
    EXPECT_EQ(count_in(image, sleep_orange, x(4), 2), 0) << "no sleep logged on 03-05";

    // Goals: one filled mark on 03-05 (one of two managed) and one on 03-06; none on 03-07.
    const int one = count_in(image, goal_green, x(4), 4, height / 2), also_one = count_in(image, goal_green, x(5), 4, height / 2);
    EXPECT_GT(one, 4);
    EXPECT_NEAR(one, also_one, 3) << "one managed goal each day";
    EXPECT_EQ(count_in(image, goal_green, x(6), 4, height / 2), 0);

    // A period with none of them says so and draws no lanes' marks.
    JournalBuilder pain_only("Europe/Berlin");
    pain_only.pain_daily("2026-03-01", "2026-03-14", 5);
    QImage empty(width, height, QImage::Format_ARGB32);
    empty.fill(Qt::white);
    {
        QPainter p(&empty);
        draw_function_chart(p, QRectF(0, 0, width, height), report_of(pain_only));
    }
    int coloured = 0;
    for (int yy = 0; yy < height; ++yy)
        for (int xx = 0; xx < width; ++xx) {
            const QColor c = empty.pixelColor(xx, yy);
            coloured += near(c, peg_blue) || near(c, sleep_orange) || near(c, goal_green);
        }
    EXPECT_EQ(coloured, 0);
}

TEST(TrendLanes, TheDarkThemeKeepsItsBackground) {
    relief::testing::gui_app();
    auto b = lanes();
    QImage image(400, 200, QImage::Format_ARGB32);
    {
        QPainter p(&image);
        draw_function_chart(p, QRectF(0, 0, 400, 200), report_of(b), 1.0, ChartTheme::dark);
    }
    int dark = 0;
    for (int y = 0; y < 200; ++y)
        for (int x = 0; x < 400; ++x) dark += near(image.pixelColor(x, y), QColor("#1e2126"));
    EXPECT_GT(dark, 400 * 200 / 2);
}
