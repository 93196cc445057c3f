#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

class QQmlApplicationEngine;
class QQuickWindow;

namespace relief::app {

// What the app printed through Qt's message handler that came from QML: loading errors,
// binding loops and the errors a click handler throws. --self-test fails on any.
QStringList& qml_problems();
// What the self-test was doing, so that a QML problem names the page and the button.
QString& self_test_step();

// Screenshots show health data: the folder is made 0700 and each PNG written 0600,
// whatever the umask.
void make_private_folder(const QString& folder);
void save_screenshot(QQuickWindow& window, const QString& path);

// Shows every page, light and dark, at `size`; with `folder`, saves a PNG of each.
int visit_pages(QQmlApplicationEngine& engine, const QString& folder, QSize size);
// Presses every visible, enabled button on every page once (a monkey's tour of the demo
// journal), so that an error in any click handler shows up. Returns how many it pressed.
int press_every_button(QQmlApplicationEngine& engine);

}  // namespace relief::app
