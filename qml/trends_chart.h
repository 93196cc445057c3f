#pragma once

#include "refresh_gate.h"

#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace relief::app {

// The Trends page's chart: the same renderer as the PDF (reports/chart.h), over the last
// `days` days. Pain on top, then function (the PEG, sleep and goals, when the period has
// any), doses and the day's events beneath, all on the same days.
class TrendsChart : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY daysChanged)  // 14, 28, 90 or 365
    Q_PROPERTY(bool dark READ dark WRITE setDark NOTIFY darkChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY summaryChanged)  // "Pain went down 2.1 points, ..."
    // The height below which the dose rows would be too thin to read (each drug has one),
    // with room for the function lanes when they are drawn.
    Q_PROPERTY(int neededHeight READ neededHeight NOTIFY summaryChanged)
    // The period has a PEG, a night's sleep or a goal checked: the function lanes show.
    Q_PROPERTY(bool hasFunction READ hasFunction NOTIFY summaryChanged)

public:
    explicit TrendsChart(QQuickItem* parent = nullptr);
    ~TrendsChart() override;
    void paint(QPainter* painter) override;

    int days() const { return days_; }
    void setDays(int days);
    bool dark() const { return dark_; }
    void setDark(bool dark);
    QString summary() const { return summary_; }
    int neededHeight() const;
    bool hasFunction() const { return has_function_; }

signals:
    void daysChanged();
    void darkChanged();
    void summaryChanged();

private:
    void rebuild();
    int days_ = 28;
    bool dark_ = false;
    QString summary_;
    int dose_rows_ = 0;
    bool has_function_ = false;
    struct Data;
    std::unique_ptr<Data> data_;
    // A hidden chart is built again when it is shown, not after every entry logged.
    RefreshGate gate_{[this] { rebuild(); }};
};

}  // namespace relief::app
