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

namespace relief::app {

struct TrendsChart::Data {
    std::unique_ptr<reports::ReportSource> source;
    reports::VisitReport report;
};

TrendsChart::TrendsChart(QQuickItem* parent) : QQuickPaintedItem(parent) {
    setAntialiasing(true);
    if (auto* app = AppController::instance()) connect(app, &AppController::changed, this, &TrendsChart::rebuild);
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
    auto* app = AppController::instance();
    if (app && app->journal()) {
        app->attempt([&] {
            auto data = std::make_unique<Data>();
            const LocalDay today = app_today();
            data->source = reports::report_source(*app->journal(), app->snapshot(), {today - date::days{days_ - 1}, today}, today, app_now());
            data->report = reports::build_report(data->source->input);
            // An empty range says so instead of drawing empty axes.
            if (!data->report.entries.empty()) summary = pain_sentence(data->report.pain);
            data_ = std::move(data);
        });
    }
    if (summary != summary_) {
        summary_ = summary;
        emit summaryChanged();
    }
    update();
}

void TrendsChart::paint(QPainter* painter) {
    if (!data_) return;
    const auto theme = dark_ ? reports::ChartTheme::dark : reports::ChartTheme::light;
    const QRectF all = boundingRect();
    const double pain_height = all.height() * 0.5, dose_height = all.height() * 0.25;
    const double point = std::max(1.0, all.width() / 760.0);
    reports::draw_pain_chart(*painter, QRectF(all.left(), all.top(), all.width(), pain_height), data_->report, point, theme);
    reports::draw_dose_chart(*painter, QRectF(all.left(), all.top() + pain_height, all.width(), dose_height),
                             data_->report, point, theme);
    reports::draw_events_chart(*painter,
                               QRectF(all.left(), all.top() + pain_height + dose_height, all.width(),
                                      all.height() - pain_height - dose_height),
                               data_->report, point, theme);
}

}  // namespace relief::app
