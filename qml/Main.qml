import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

ApplicationWindow {
    id: window
    width: 1280
    height: 800
    minimumWidth: 800
    minimumHeight: 600
    visible: true
    title: AppController.journalOpen
           ? (AppController.readOnly ? qsTr("Relief Journal (read-only)") : qsTr("Relief Journal"))
           : qsTr("Relief Journal")
    color: Theme.background

    // Pages by name, for navigation, --screenshots and tests.
    readonly property var pages: ["today", "trends", "medications", "alerts", "report", "profile"]
    property string currentPage: "today"

    function showPage(name) { currentPage = name }
    // For --screenshots and tests: the QML singleton is reached from QML only. Not
    // remembered: only the person's own switch is.
    function setDark(on) { Theme.dark = on }
    Component.onCompleted: Theme.dark = AppController.darkMode

    // Ctrl+1 .. Ctrl+6 open the pages in the order of the list on the left.
    Repeater {
        model: AppController.journalOpen ? window.pages : []
        delegate: Item {
            required property string modelData
            required property int index
            // The app's one window: its shortcuts work whichever part has the focus, also
            // where no window manager marks the window active.
            Shortcut {
                sequence: "Ctrl+" + (index + 1)
                context: Qt.ApplicationShortcut
                onActivated: window.showPage(modelData)
            }
        }
    }
    // Ctrl+Z takes back the entry logged last in this window (a text field that has focus
    // undoes its own typing first).
    Shortcut {
        sequences: [StandardKey.Undo]
        context: Qt.ApplicationShortcut
        enabled: AppController.journalOpen && !AppController.readOnly
        onActivated: toast.show(AppController.undoLast())
    }

    Loader {
        anchors.fill: parent
        active: !AppController.journalOpen
        sourceComponent: WelcomePage {}
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        visible: AppController.journalOpen

        NavigationBar {
            id: navigation
            Layout.fillHeight: true
            // The page names in every language, but never more than a quarter of a small window.
            Layout.preferredWidth: Math.min(Math.max(210, navigation.neededWidth), Math.max(210, window.width / 4))
            current: window.currentPage
            onSelected: (name) => window.showPage(name)
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: window.pages.indexOf(window.currentPage)
            // Each page is built the first time it is shown, then kept. Built all at once,
            // Trends, Alerts and the visit report each read and analysed the whole journal
            // before the first frame: most of a second with ten years of entries.
            Loader { active: StackLayout.isCurrentItem || item !== null; sourceComponent: TodayPage {} }
            Loader { active: StackLayout.isCurrentItem || item !== null; sourceComponent: TrendsPage {} }
            Loader { active: StackLayout.isCurrentItem || item !== null; sourceComponent: MedicationsPage {} }
            Loader { active: StackLayout.isCurrentItem || item !== null; sourceComponent: AlertsPage {} }
            Loader { active: StackLayout.isCurrentItem || item !== null; sourceComponent: ReportPage {} }
            Loader { active: StackLayout.isCurrentItem || item !== null; sourceComponent: ProfilePage {} }
        }
    }

    Toast { id: toast }

    ErrorBanner {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        message: AppController.lastError
        onDismissed: AppController.clearError()
    }
}
