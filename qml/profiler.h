#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QQuickWindow;

namespace relief::app {

class AppController;

// relief-journal --profile: times, with the app's own clock, every page switch (from the
// switch to the first frame that shows the page) and every entry logged (from the press
// or key that logged it to the first frame after it), and prints one line each on
// standard output: "profile: page trends 21.4 ms", "profile: log 12.0 ms". No journal
// data is printed.
class Profiler final : public QObject {
    Q_OBJECT
public:
    Profiler(QQuickWindow* window, AppController* controller);

    // What a press or key does for the timing, for the tour, which moves without them.
    void mark_input() { input_ns_ = clock_.nsecsElapsed(); }
    // The slowest of each kind so far, for the tour's summary.
    double slowest_page_ms() const { return slowest_page_; }
    double slowest_log_ms() const { return slowest_log_; }
    int pages() const { return pages_; }
    int logs() const { return logs_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private slots:
    void pageChanged();
    void entryLogged();
    void frameSwapped();

private:
    QQuickWindow* window_;
    QElapsedTimer clock_;
    qint64 input_ns_ = -1;    // the latest press or key
    qint64 started_ns_ = -1;  // of the measurement waiting for its frame
    QString pending_;
    double slowest_page_ = 0;
    double slowest_log_ = 0;
    int pages_ = 0;
    int logs_ = 0;
};

// relief-journal --profile-tour FILE: with the profiler on, shows every page twice (built,
// then shown again), presses the Today page's "+1 glass of water" five times (its click
// handler, as the self-test presses buttons), shows every page once more (those hidden
// during the logs are brought up to date then), prints the slowest of each and quits. bench/run.sh runs it on a copy
// of the 10-year journal. Returns the exit code.
int profile_tour(QQuickWindow& window, Profiler& profiler);

}  // namespace relief::app
