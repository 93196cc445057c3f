#include "gui_app.h"
#include "report_fixture.h"
#include "reports/chart.h"

#include <QImage>
#include <QPainter>
#include <gtest/gtest.h>

using namespace relief;
using namespace relief::reports;

namespace {

int pixels_near(const QImage& image, QColor colour) {
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 16 && std::abs(c.green() - colour.green()) < 16 &&
                std::abs(c.blue() - colour.blue()) < 16)
                ++n;
        }
    return n;
}

}  // namespace

TEST(Chart, PngHasTheAskedSizeAndDrawsPainAndDoses) {
    relief::testing::gui_app();
    auto b = relief::testing::fortnight();
    const auto report = relief::testing::fortnight_report(b);
    const QByteArray png = charts_png(report, 800, 450);
    ASSERT_TRUE(png.startsWith("\x89PNG"));
    QImage image;
    ASSERT_TRUE(image.loadFromData(png, "PNG"));
    EXPECT_EQ(image.size(), QSize(800, 450));
    EXPECT_GT(pixels_near(image, QColor("#2f6fb5")), 50) << "pain dots";
    EXPECT_GT(pixels_near(image, QColor("#c2570c")), 50) << "the 7-day line";
    EXPECT_GT(pixels_near(image, QColor("#4a86c5")), 200) << "dose bars";
}

TEST(Chart, EmptyReportDrawsNoDataButItsFrame) {
    relief::testing::gui_app();
    relief::testing::JournalBuilder b;
    const auto& snap = b.snapshot();
    ReportInput in;
    in.journal = &snap;
    in.period = {parse_day("2026-03-01"), parse_day("2026-03-30")};
    in.generated_on = parse_day("2026-03-30");
    QImage image(600, 300, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        draw_pain_chart(p, QRectF(0, 0, 600, 300), build_report(in));
    }
    EXPECT_EQ(pixels_near(image, QColor("#2f6fb5")), 0);
    EXPECT_GT(pixels_near(image, QColor("#e3e6ea")), 100) << "grid lines";
}

TEST(Chart, DarkThemeUsesADarkBackground) {
    relief::testing::gui_app();
    auto b = relief::testing::fortnight();
    const auto report = relief::testing::fortnight_report(b);
    QImage image(400, 200, QImage::Format_ARGB32);
    {
        QPainter p(&image);
        draw_dose_chart(p, QRectF(0, 0, 400, 200), report, 1.0, ChartTheme::dark);
    }
    EXPECT_GT(pixels_near(image, QColor("#1e2126")), 400 * 200 / 2);
}

// The PEG chart (issue 15): the answers as a line with dots, and the 30 % improvement line
// where the first score x 0.7 puts it on the 0-10 scale.
TEST(Chart, PegChartDrawsTheAnswersAndTheThirtyPercentLineAtItsHeight) {
    relief::testing::gui_app();
    auto b = relief::testing::function_month();
    const auto report = relief::testing::function_report(b);
    QImage image(800, 300, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        draw_peg_chart(p, QRectF(0, 0, 800, 300), report);
    }
    EXPECT_GT(pixels_near(image, QColor("#2f6fb5")), 100) << "the answers";
    // The plot runs from 18 to 282 pixels (300 less the title's 18 and the labels' 18).
    const auto row_of = [](double value) { return int(std::lround(282 - value / 10 * 264)); };
    const auto green_in_row = [&](int y) {
        int n = 0;
        for (int x = 30; x < 790; ++x) {
            const QColor c = image.pixelColor(x, y);
            n += c.green() > c.red() + 25 && c.green() > c.blue() + 25;  // the line's green, blended at its edges
        }
        return n;
    };
    const int line = row_of(*report.peg.improvement_line);
    EXPECT_GT(std::max({green_in_row(line - 1), green_in_row(line), green_in_row(line + 1)}), 250)
        << "a dashed line across the plot at 4.43";
    EXPECT_LT(green_in_row(row_of(*report.peg.improvement_line + 1)), 20) << "and nowhere a point above it";

    relief::testing::JournalBuilder none;
    const auto empty = relief::testing::function_report(none);
    QImage blank(800, 300, QImage::Format_ARGB32);
    blank.fill(Qt::white);
    {
        QPainter p(&blank);
        draw_peg_chart(p, QRectF(0, 0, 800, 300), empty);
    }
    EXPECT_EQ(pixels_near(blank, QColor("#2f6fb5")), 0);
    EXPECT_EQ(pixels_near(blank, QColor("#2e7d32")), 0);
    const QByteArray png = peg_chart_png(report, 1600, 360);
    QImage decoded;
    ASSERT_TRUE(decoded.loadFromData(png, "PNG"));
    EXPECT_EQ(decoded.size(), QSize(1600, 360));
}
