// Runs one Qt Quick Test file against a fresh journal in a private folder. `probe` reads
// the journal back through storage, so a test checks what was really written, and finds
// the controls a person would press by their accessible names.
#include "qml/app_controller.h"
#include "qml/reminders_controller.h"
#include "core/drug_class.h"
#include "core/entry_edit.h"
#include "core/entry_text.h"
#include "core/translate.h"
#include "i18n/language.h"
#include "sharing/share.h"
#include "storage/journal.h"

#include <QDir>
#include <QFileInfo>
#include <QQuickWindow>
#include <QStandardPaths>

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
    // The kinds an unknown medicine may be given, as ids, in the order of the form's list.
    Q_INVOKABLE QStringList medicationClasses() const {
        QStringList out;
        for (auto c : relief::choosable_classes()) out << QString::fromStdString(std::string(relief::class_name(c)));
        return out;
    }
    Q_INVOKABLE int visits() const { return int(app_.journal()->visits().size()); }
    Q_INVOKABLE bool stopped(int index) const {
        const auto meds = app_.journal()->medications();
        return index < int(meds.size()) && meds[std::size_t(index)].stop.has_value();
    }
    Q_INVOKABLE bool discussed(int alert_id) const {
        const auto alert = app_.journal()->stored_alert(alert_id);
        return alert && alert->discussed.has_value();
    }
    Q_INVOKABLE int discussedCount() const {
        int n = 0;
        for (const auto& a : app_.journal()->stored_alerts()) n += a.discussed ? 1 : 0;
        return n;
    }
    Q_INVOKABLE QString file(const QString& name) const { return folder_ + "/" + name; }
    Q_INVOKABLE bool exists(const QString& name) const { return QFile::exists(folder_ + "/" + name); }
    Q_INVOKABLE QString head(const QString& name, int bytes) const {
        QFile f(folder_ + "/" + name);
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.read(bytes)) : QString();
    }
    // A whole file as UTF-8 text (a report in Spanish or German).
    Q_INVOKABLE QString text(const QString& name) const {
        QFile f(folder_ + "/" + name);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    // What a shipped language says for a message of any part of the program; "" when it has none.
    Q_INVOKABLE QString translation(const QString& code, const QString& context, const QString& source) const {
        const auto language = relief::i18n::load_translations(code);
        if (!language) return {};
        return QString::fromStdString(
            language->find(context.toUtf8().constData(), source.toUtf8().constData(), nullptr, -1));
    }
    Q_INVOKABLE QString currentLanguage() const { return relief::i18n::current_language(); }
    Q_INVOKABLE qint64 size(const QString& name) const { return QFileInfo(folder_ + "/" + name).size(); }
    // "0600" style, as ls -l would say it.
    Q_INVOKABLE QString mode(const QString& name) const {
        const auto p = QFile(folder_ + "/" + name).permissions();
        const int owner = (p & QFile::ReadOwner ? 4 : 0) | (p & QFile::WriteOwner ? 2 : 0) | (p & QFile::ExeOwner ? 1 : 0);
        const int group = (p & QFile::ReadGroup ? 4 : 0) | (p & QFile::WriteGroup ? 2 : 0) | (p & QFile::ExeGroup ? 1 : 0);
        const int other = (p & QFile::ReadOther ? 4 : 0) | (p & QFile::WriteOther ? 2 : 0) | (p & QFile::ExeOther ? 1 : 0);
        return QString("0%1%2%3").arg(owner).arg(group).arg(other);
    }
    Q_INVOKABLE void write(const QString& name, const QString& text) const {
        QDir().mkpath(QFileInfo(folder_ + "/" + name).absolutePath());
        QFile f(folder_ + "/" + name);
        if (f.open(QIODevice::WriteOnly)) f.write(text.toUtf8());
    }

    // A new, empty journal with the clock frozen at `now` ("YYYY-MM-DDTHH:MM", Berlin).
    Q_INVOKABLE bool fresh(const QString& now) {
        app_.closeJournal();
        app_.setFixedToday(now);
        // The clock has moved to `now` before the pages see it, so the real minute timer
        // later finds the same day (a "new day" would rebuild every page mid-test).
        app_.tick();
        const QString path = folder_ + QString("/journal-%1.db").arg(++journals_);
        return app_.createJournal(path, "Europe/Berlin");
    }
    Q_INVOKABLE QString journalPath() const { return app_.journalPath(); }
    // A journal shared from another device in the folder `name` (with a note logged
    // there), for the Sharing card to join with shareWords().
    Q_INVOKABLE QString makeShare(const QString& name) {
        const QString folder = folder_ + "/" + name;
        const relief::Zone berlin = relief::Zone::locate("Europe/Berlin");
        auto other = relief::storage::Journal::create((folder_ + "/other-" + name + ".db").toStdString(), berlin);
        other.add_entry(relief::Entry{0, relief::parse_when("2026-03-10T08:00", berlin), "Europe/Berlin", {},
                                      relief::NoteEntry{"written on the laptop"}});
        relief::sharing::create_share(other, {folder.toStdString(), "laptop", shareWords().toStdString(), false});
        return folder;
    }
    Q_INVOKABLE QString shareWords() const {
        return "acorn actor adobe agent alarm album alley amber anchor angle ankle apple apron arbor arena armor";
    }
    Q_INVOKABLE bool following() const { return app_.journal() && app_.journal()->following(); }
    // The relief-reminders the Reminders switch names in its autostart entry.
    Q_INVOKABLE QString remindersProgram() const { return QFileInfo(RELIEF_REMINDERS_BIN).absoluteFilePath(); }

    // The current entries, oldest first: {id, kind, day, time, text, ...fields}.
    Q_INVOKABLE QVariantList entryList() const {
        QVariantList out;
        const auto meds = app_.journal()->medications();
        for (const auto& e : app_.journal()->all_entries()) {
            QVariantMap m{{"id", qint64(e.id)}, {"kind", QString::fromStdString(std::string(relief::kind_name(e.data)))},
                          {"text", QString::fromStdString(relief::describe_entry(e, meds))}};
            for (const auto& [key, value] : relief::entry_fields(e))
                m.insert(QString::fromStdString(key), QString::fromStdString(value));
            out << m;
        }
        return out;
    }
    Q_INVOKABLE QVariantMap profile() const {
        const auto p = app_.journal()->profile();
        QStringList conditions;
        for (const auto& c : p.conditions) conditions << QString::fromStdString(c);
        return {{"name", QString::fromStdString(p.name.value_or(""))},
                {"birthYear", p.birth_year ? *p.birth_year : 0},
                {"birthDate", p.birth_date ? QString::fromStdString(relief::format_day(*p.birth_date)) : QString()},
                {"identifier", QString::fromStdString(p.identifier.value_or(""))},
                {"identifierSystem", QString::fromStdString(p.identifier_system.value_or(""))},
                {"zone", QString::fromStdString(p.zone)},
                {"conditions", conditions}};
    }
    Q_INVOKABLE QString setting(const QString& key) const {
        const auto settings = app_.journal()->settings();
        const auto it = settings.find(key.toStdString());
        return it == settings.end() ? QString() : QString::fromStdString(it->second);
    }
    Q_INVOKABLE QVariantMap medication(const QString& name) const {
        for (const auto& m : app_.journal()->medications()) {
            if (QString::fromStdString(m.name) != name) continue;
            QStringList steps;
            for (const auto& step : m.steps)
                steps << QString::fromStdString(relief::format_day(step.from) + ": " +
                                                relief::prescription_text(step.dose, step.schedule));
            return {{"dose", QString::fromStdString(m.dose.to_string())},
                    {"steps", steps},
                    {"times", QString::fromStdString(relief::format_times(m.schedule.times))},
                    {"asNeeded", m.schedule.as_needed},
                    {"start", QString::fromStdString(relief::format_day(m.start))},
                    {"stop", m.stop ? QString::fromStdString(relief::format_day(*m.stop)) : QString()},
                    {"taper", m.taper},
                    {"ingredient", QString::fromStdString(m.ingredient)}};
        }
        return {};
    }

    // The visible item under `root` (or anywhere in its window, dialogs included, when
    // `root` is null) whose accessible name is `name`; with a trailing "*", that starts
    // with it. Null when there is none: the test says which name it missed.
    // A control (button, field, ...) wins over a label of the same name: a field's
    // caption is named by its text too.
    Q_INVOKABLE QQuickItem* named(QQuickItem* root, const QString& name) const {
        QQuickItem *control = nullptr, *other = nullptr;
        const bool prefix = name.endsWith('*');
        const QString wanted = prefix ? name.chopped(1) : name;
        walk_visible(root, [&](QQuickItem* item) {
            const QString n = accessible_name(item);
            if (!(prefix ? n.startsWith(wanted) : n == wanted)) return;
            if (is_control(item) && !control) control = item;
            if (!other) other = item;
        });
        return control ? control : other;
    }
    // Whether any visible item's accessible name or text contains `fragment` (a message, a label).
    Q_INVOKABLE bool shows(QQuickItem* root, const QString& fragment) const {
        bool found = false;
        walk_visible(root, [&](QQuickItem* item) {
            found = found || accessible_name(item).contains(fragment) || item->property("text").toString().contains(fragment);
        });
        return found;
    }
    // Every accessible name under `root` that starts with `prefix`, for a failure message.
    Q_INVOKABLE QStringList names(QQuickItem* root, const QString& prefix) const {
        QStringList out;
        walk_visible(root, [&](QQuickItem* item) {
            const QString n = accessible_name(item);
            if (!n.isEmpty() && n.startsWith(prefix)) out << n;
        });
        return out;
    }
    Q_INVOKABLE QQuickItem* windowRoot(QQuickItem* item) const {
        return item && item->window() ? item->window()->contentItem() : nullptr;
    }
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
    static QString accessible_name(QQuickItem* item) {
        for (QObject* child : item->children())
            if (QString(child->metaObject()->className()) == "QQuickAccessibleAttached")
                return child->property("name").toString();
        return {};
    }
    static void walk_all(QQuickItem* item, const std::function<void(QQuickItem*)>& visit) {
        if (!item->isVisible()) return;
        visit(item);
        for (QQuickItem* child : item->childItems()) walk_all(child, visit);
    }
    static void walk_visible(QQuickItem* root, const std::function<void(QQuickItem*)>& visit) {
        if (root) walk_all(root, visit);
    }

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
    int journals_ = 0;
};

class Setup : public QObject {
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine* engine) {
        // The module's QML types sit at qrc:/Relief/; Qt 6.4 does not look there by default.
        engine->addImportPath("qrc:/");
        QStandardPaths::setTestModeEnabled(true);  // the app's settings, never the person's
        // "Create my journal" writes the default journal: here, one in the test's folder.
        qputenv("RELIEF_JOURNAL", folder_.filePath("default-journal.db").toLocal8Bit());
        // The Reminders switch writes its autostart entry under the test's folder (never
        // ~/.config), names the relief-reminders that was built, and starts nothing; the
        // card asks no real bus (a private one that is not there: "no session bus").
        qputenv("XDG_CONFIG_HOME", folder_.filePath("config").toLocal8Bit());
        qputenv("RELIEF_REMINDERS_NO_START", "1");
        relief::app::RemindersController::setServiceProgram(RELIEF_REMINDERS_BIN);
        relief::app::RemindersController::setBus("unix:path=" + folder_.filePath("no-bus"));
        app_ = new relief::app::AppController(this);
        QJSEngine::setObjectOwnership(app_, QJSEngine::CppOwnership);
        // As main.cpp does: a language chosen in Profile & settings re-reads every qsTr().
        QObject::connect(app_, &relief::app::AppController::languageChanged, engine, &QQmlEngine::retranslate);
        app_->setFixedToday("2026-03-10");
        app_->tick();
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
