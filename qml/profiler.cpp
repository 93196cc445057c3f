#include "profiler.h"

#include "app_controller.h"
#include "self_test.h"

#include <QEventLoop>
#include <QQmlProperty>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

namespace relief::app {

namespace {

constexpr qint64 input_counts_ms = 1000;  // an input this recent caused the change

void settle(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QQuickItem* find_named(QQuickItem* item, const QString& name) {
    if (item->objectName() == name && item->isVisible()) return item;
    for (QQuickItem* child : item->childItems())
        if (QQuickItem* found = find_named(child, name)) return found;
    return nullptr;
}

}  // namespace

Profiler::Profiler(QQuickWindow* window, AppController* controller) : window_(window) {
    clock_.start();
    window_->installEventFilter(this);
    QQmlProperty(window_, "currentPage").connectNotifySignal(this, SLOT(pageChanged()));
    connect(controller, &AppController::entryLogged, this, &Profiler::entryLogged);
    connect(window_, &QQuickWindow::frameSwapped, this, &Profiler::frameSwapped);
}

bool Profiler::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::KeyPress)
        input_ns_ = clock_.nsecsElapsed();
    return QObject::eventFilter(watched, event);
}

void Profiler::pageChanged() {
    const qint64 now = clock_.nsecsElapsed();
    const bool by_input = input_ns_ >= 0 && now - input_ns_ < input_counts_ms * 1000000;
    started_ns_ = by_input ? input_ns_ : now;
    pending_ = "page " + window_->property("currentPage").toString();
}

void Profiler::entryLogged() {
    const qint64 now = clock_.nsecsElapsed();
    const bool by_input = input_ns_ >= 0 && now - input_ns_ < input_counts_ms * 1000000;
    started_ns_ = by_input ? input_ns_ : now;
    pending_ = "log";
}

void Profiler::frameSwapped() {
    if (pending_.isEmpty()) return;
    const double ms = static_cast<double>(clock_.nsecsElapsed() - started_ns_) / 1e6;
    std::printf("profile: %s %.1f ms\n", qPrintable(pending_), ms);
    std::fflush(stdout);
    if (pending_ == "log") {
        slowest_log_ = std::max(slowest_log_, ms);
        ++logs_;
    } else {
        slowest_page_ = std::max(slowest_page_, ms);
        ++pages_;
    }
    pending_.clear();
}

int profile_tour(QQuickWindow& window, Profiler& profiler) {
    // Today is shown first; the tour ends on it.
    const QStringList pages{"trends", "medications", "alerts", "report", "profile", "today"};
    settle(300);
    for (int round = 0; round < 2; ++round)
        for (const auto& page : pages) {
            profiler.mark_input();
            window.setProperty("currentPage", page);
            settle(250);
        }
    for (int i = 0; i < 5; ++i) {
        QQuickItem* button = find_named(window.contentItem(), "logFluids");
        if (!button) {
            std::fprintf(stderr, "relief-journal: --profile-tour: the Today page has no \"+1 glass of water\" button\n");
            return 1;
        }
        profiler.mark_input();
        QMetaObject::invokeMethod(button, "clicked");
        settle(250);
    }
    // Every page once more: those hidden while the entries were logged read the journal
    // again as they are shown.
    for (const auto& page : pages) {
        profiler.mark_input();
        window.setProperty("currentPage", page);
        settle(250);
    }
    std::printf("profile: slowest page switch %.1f ms of %d; slowest log %.1f ms of %d\n", profiler.slowest_page_ms(),
                profiler.pages(), profiler.slowest_log_ms(), profiler.logs());
    if (!qml_problems().isEmpty()) {
        std::fprintf(stderr, "relief-journal: --profile-tour: %lld QML warnings or errors\n", qml_problems().size());
        return 1;
    }
    return profiler.logs() == 5 && profiler.pages() == 3 * int(pages.size()) ? 0 : 1;
}

}  // namespace relief::app
