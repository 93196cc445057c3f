#include "trends_chart.h"

#include "app_controller.h"
#include "app_text.h"
#include "app_clock.h"
#include "storage/journal.h"
#include "qt_text.h"
#include "reports/chart.h"
#include "reports/journal_report.h"
#include "reports/report_text.h"

#include <QPainter>

#include <algorithm>
#include <set>

namespace relief::app {

struct TrendsChart::Data {
    reports::VisitReport report;  // self-contained: the source it was built from is not kept
};

TrendsChart::TrendsChart(QQuickItem* parent) : QQuickPaintedItem(parent) {
    setAntialiasing(true);
    if (auto* app = AppController::instance()) connect(app, &AppController::changed, this, [this] { gate_.changed(); });
    connect(this, &QQuickItem::visibleChanged, this, [this] { gate_.set_live(isVisible()); });
    rebuild();
}

TrendsChart::~TrendsChart() = default;

void TrendsChart::setDays(int days) {
    if (days == days_ || days < 7 || days > 3 * 366) return;
    days_ = days;
    emit daysChanged();
    rebuild();
}

void TrendsChart::setDark(bool dark) {
    if (dark == dark_) return;
    dark_ = dark;
    emit darkChanged();
    update();
}

void TrendsChart::rebuild() {
    data_.reset();
    QString summary;
    const int rows_before = dose_rows_;
    const bool function_before = has_function_;
    has_function_ = false;
    auto* app = AppController::instance();
    if (app && app->journal()) {
        app->attempt([&] {
            auto data = std::make_unique<Data>();
            const LocalDay today = app_today();
            const auto source = reports::report_source(*app->journal(), app->snapshot(), {today - date::days{days_ - 1}, today},
                                                       today, app_now(), reports::WithAlerts::no);
            data->report = reports::build_report(source->input);
            // An empty range says so instead of drawing empty axes.
            if (!data->report.entries.empty()) summary = pain_sentence(data->report.pain);
            std::set<std::string> ingredients;
            for (const auto& d : data->report.dose_days) ingredients.insert(d.ingredient);
            dose_rows_ = int(ingredients.size());
            has_function_ = reports::has_function_days(data->report);
            data_ = std::move(data);
        });
    }
    // neededHeight follows the dose rows, and shares the summary's signal.
    if (summary != summary_ || dose_rows_ != rows_before || has_function_ != function_before) {
        summary_ = summary;
        emit summaryChanged();
    }
    update();
}

namespace {
// Room a dose row needs to stay readable (its name above, bars below), and the chart's
// title and day labels around the rows.
constexpr double dose_row = 34, dose_frame = 40, least_pain = 200, least_events = 110, least_function = 210;
}  // namespace

int TrendsChart::neededHeight() const {
    return int(least_pain + (has_function_ ? least_function : 0) + dose_frame + std::max(1, dose_rows_) * dose_row +
               least_events);
}

void TrendsChart::paint(QPainter* painter) {
    if (!data_) return;
    const auto theme = dark_ ? reports::ChartTheme::dark : reports::ChartTheme::light;
    const QRectF all = boundingRect();
    // The function lanes, when drawn, take their share first; pain, doses and events share
    // the rest as before: doses get what their rows need (at least a quarter), pain keeps
    // at least a third.
    const double function_height = has_function_ ? std::max(least_function, all.height() * 0.24) : 0;
    const double rest = all.height() - function_height;
    const double dose_height = std::clamp(dose_frame + std::max(1, dose_rows_) * dose_row, rest * 0.25,
                                          std::max(rest * 0.25, rest - least_events - least_pain));
    const double pain_height = std::max(rest * 0.35, (rest - dose_height) * 0.66);
    const double point = std::max(1.0, all.width() / 760.0);
    double top = all.top();
    const auto band = [&](double height) {
        const QRectF r(all.left(), top, all.width(), height);
        top += height;
        return r;
    };
    reports::draw_pain_chart(*painter, band(pain_height), data_->report, point, theme);
    if (has_function_) reports::draw_function_chart(*painter, band(function_height), data_->report, point, theme);
    reports::draw_dose_chart(*painter, band(dose_height), data_->report, point, theme);
    reports::draw_events_chart(*painter, band(all.bottom() - top), data_->report, point, theme);
}

}  // namespace relief::app
