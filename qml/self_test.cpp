#include "self_test.h"

#include "storage/private_file.h"

#include <QBuffer>
#include <QDir>
#include <QEventLoop>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

#include <functional>

namespace relief::app {

QStringList& qml_problems() {
    static QStringList problems;
    return problems;
}

QString& self_test_step() {
    static QString step;
    return step;
}

namespace {

void settle(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

const QStringList page_names{"today", "trends", "medications", "alerts", "report", "profile"};

QQuickWindow* window_of(QQmlApplicationEngine& engine) {
    return qobject_cast<QQuickWindow*>(engine.rootObjects().value(0));
}

// Buttons of the page; not those of an open dialog (a file dialog's list would lead the
// tour through the machine's folders), which have tests of their own.
void collect_buttons(QQuickItem* item, QList<QQuickItem*>& out) {
    if (!item->isVisible() || !item->isEnabled() || item->inherits("QQuickOverlay")) return;
    if (item->objectName() == "selfTestSkips") return;
    if (item->inherits("QQuickAbstractButton")) out << item;
    for (QQuickItem* child : item->childItems()) collect_buttons(child, out);
}

QString describe(QQuickItem* button) {
    const QString text = button->property("text").toString();
    return QString(button->metaObject()->className()) + " '" + text + "'";
}

}  // namespace

int visit_pages(QQmlApplicationEngine& engine, const QString& folder, QSize size) {
    auto* window = window_of(engine);
    if (!window) return 1;
    window->resize(size);
    for (bool dark : {false, true}) {
        QMetaObject::invokeMethod(window, "setDark", Q_ARG(QVariant, dark));
        for (const auto& page : page_names) {
            self_test_step() = QString("showing %1 (%2, %3x%4)")
                                   .arg(page, dark ? "dark" : "light")
                                   .arg(size.width())
                                   .arg(size.height());
            window->setProperty("currentPage", page);
            settle(150);
            if (!folder.isEmpty())
                save_screenshot(*window, QDir(folder).filePath(page + (dark ? "-dark" : "-light") + ".png"));
        }
    }
    return 0;
}

void make_private_folder(const QString& folder) {
    storage::create_private_folders(std::filesystem::path(folder.toStdString()));
}

void save_screenshot(QQuickWindow& window, const QString& path) {
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    window.grabWindow().save(&buffer, "PNG");
    storage::write_file_atomically(std::filesystem::path(path.toStdString()), std::string_view(png.constData(), std::size_t(png.size())));
}

int press_every_button(QQmlApplicationEngine& engine) {
    auto* window = window_of(engine);
    if (!window) return 0;
    QMetaObject::invokeMethod(window, "setDark", Q_ARG(QVariant, false));
    int pressed = 0;
    for (const auto& page : page_names) {
        window->setProperty("currentPage", page);
        settle(100);
        // The list changes with every press (forms open, rows go), so it is read again
        // each time and the tour moves on by position; a cap keeps it finite.
        for (int i = 0; i < 300; ++i) {
            QList<QQuickItem*> buttons;
            collect_buttons(window->contentItem(), buttons);
            if (i >= buttons.size()) break;
            QQuickItem* button = buttons[i];
            self_test_step() = QString("pressing %1 on %2").arg(describe(button), page);
            QMetaObject::invokeMethod(button, "clicked");
            ++pressed;
            settle(20);
            window->setProperty("currentPage", page);
        }
        // Close whatever dialog a press opened.
        QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &escape);
        settle(50);
    }
    self_test_step() = QString("after pressing %1 buttons").arg(pressed);
    return pressed;
}

}  // namespace relief::app
