// Runs one Qt Quick Test file against a fresh journal in a private folder. `probe` reads
// the journal back through storage, so a test checks what was really written.
#include "qml/app_controller.h"
#include "storage/journal.h"

#include <QFile>
#include <QQuickItem>

#include <algorithm>
#include <functional>
#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(ReliefPlugin)

class JournalProbe : public QObject {
    Q_OBJECT

public:
    JournalProbe(relief::app::AppController& app, QString folder) : app_(app), folder_(std::move(folder)) {}

    Q_INVOKABLE int entries() const { return int(app_.journal()->all_entries().size()); }
    Q_INVOKABLE int rows() const { return int(app_.journal()->all_rows().size()); }
    Q_INVOKABLE int medications() const { return int(app_.journal()->medications().size()); }
    Q_INVOKABLE int visits() const { return int(app_.journal()->visits().size()); }
    Q_INVOKABLE bool stopped(int index) const {
        const auto meds = app_.journal()->medications();
        return index < int(meds.size()) && meds[std::size_t(index)].stop.has_value();
    }
    Q_INVOKABLE bool discussed(int alert_id) const {
        const auto alert = app_.journal()->stored_alert(alert_id);
        return alert && alert->discussed.has_value();
    }
    Q_INVOKABLE QUrl file(const QString& name) const { return QUrl::fromLocalFile(folder_ + "/" + name); }
    Q_INVOKABLE bool exists(const QString& name) const { return QFile::exists(folder_ + "/" + name); }
    // The visible controls under `root` that a screen reader could not name: buttons,
    // fields, boxes and sliders whose Accessible.name is empty.
    Q_INVOKABLE QStringList unnamedControls(QQuickItem* root) const {
        QStringList missing;
        int count = 0;
        collect(root, QString(root->metaObject()->className()), missing, count);
        return missing;
    }
    // The visible, enabled controls under `root` that the keyboard never reaches: neither
    // by Tab, nor through a group (a score row, a set of chips) that Tab enters once and
    // the arrow keys move within.
    Q_INVOKABLE QStringList untabbableControls(QQuickItem* root) const {
        QStringList out;
        walk(root, [&](QQuickItem* item) {
            if (!item->isEnabled() || item->activeFocusOnTab()) return;
            bool group_entered = false;
            if (QQuickItem* parent = item->parentItem())
                for (QQuickItem* sibling : parent->childItems())
                    group_entered |= sibling != item && is_control(sibling) && sibling->activeFocusOnTab();
            // A list that Tab enters and the arrow keys walk (the page navigation).
            for (QQuickItem* up = item->parentItem(); up && !group_entered; up = up->parentItem())
                group_entered = up->inherits("QQuickItemView") && up->activeFocusOnTab();
            if (!group_entered)
                out << QString(item->metaObject()->className()) + " '" + item->property("text").toString() + "'";
        });
        return out;
    }

    // How many visible controls there are under `root`: a check over none proves nothing.
    Q_INVOKABLE int controlCount(QQuickItem* root) const {
        QStringList missing;
        int count = 0;
        collect(root, {}, missing, count);
        return count;
    }

    // Closes the journal and opens it again read-only: the caregiver's view.
    Q_INVOKABLE bool reopenReadOnly() {
        const QString path = app_.journalPath();
        app_.closeJournal();
        return app_.openJournal(path, true);
    }

private:
    static bool is_control(QQuickItem* item) {
        static const char* controls[] = {"QQuickAbstractButton", "QQuickTextField", "QQuickTextArea",
                                         "QQuickComboBox",       "QQuickSpinBox",   "QQuickSlider"};
        return std::any_of(std::begin(controls), std::end(controls), [&](const char* c) { return item->inherits(c); });
    }

    static void walk(QQuickItem* item, const std::function<void(QQuickItem*)>& visit) {
        if (!item->isVisible()) return;
        if (is_control(item)) visit(item);
        for (QQuickItem* child : item->childItems()) walk(child, visit);
    }

    static void collect(QQuickItem* item, const QString& path, QStringList& missing, int& count) {
        if (!item->isVisible()) return;
        if (is_control(item)) {
            ++count;
            QString name;
            for (QObject* child : item->children())  // the attached Accessible object is a child
                if (QString(child->metaObject()->className()) == "QQuickAccessibleAttached")
                    name = child->property("name").toString();
            if (name.isEmpty())
                missing << path + " (" + item->metaObject()->className() + " '" + item->property("text").toString() + "')";
        }
        const auto kids = item->childItems();
        for (int i = 0; i < kids.size(); ++i) collect(kids[i], path + "/" + QString::number(i), missing, count);
    }

    relief::app::AppController& app_;
    QString folder_;
};

class Setup : public QObject {
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine* engine) {
        // The module's QML types sit at qrc:/Relief/; Qt 6.4 does not look there by default.
        engine->addImportPath("qrc:/");
        app_ = new relief::app::AppController(this);
        QJSEngine::setObjectOwnership(app_, QJSEngine::CppOwnership);
        app_->setFixedToday("2026-03-10");
        app_->createJournal(folder_.filePath("journal.db"), "Europe/Berlin");
        probe_ = new JournalProbe(*app_, folder_.path());
        engine->rootContext()->setContextProperty("probe", probe_);
    }

private:
    QTemporaryDir folder_;
    relief::app::AppController* app_ = nullptr;
    JournalProbe* probe_ = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(relief_quick_tests, Setup)

#include "quick_test_main.moc"
