#pragma once

#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace relief::app {

// The Trends page's chart: the same renderer as the PDF (reports/chart.h), over the last
// `days` days. Pain on top, doses beneath.
class TrendsChart : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY daysChanged)  // 14, 28, 90 or 365
    Q_PROPERTY(bool dark READ dark WRITE setDark NOTIFY darkChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY summaryChanged)  // "Pain went down 2.1 points, ..."
    // The height below which the dose rows would be too thin to read (each drug has one).
    Q_PROPERTY(int neededHeight READ neededHeight NOTIFY summaryChanged)

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
    struct Data;
    std::unique_ptr<Data> data_;
};

}  // namespace relief::app
