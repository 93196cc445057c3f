#pragma once

#include <QGuiApplication>

#include <cstdlib>

namespace relief::testing {

// Fonts and QPainter text need a QGuiApplication; one, offscreen, serves every test.
inline QGuiApplication& gui_app() {
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    static int argc = 1;
    static char name[] = "report_tests";
    static char* argv[] = {name, nullptr};
    static QGuiApplication app(argc, argv);
    return app;
}

}  // namespace relief::testing
