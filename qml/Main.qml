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
           ? qsTr("Relief Journal") + (AppController.readOnly ? qsTr(" (read-only)") : "")
           : qsTr("Relief Journal")
    color: Theme.background

    // Pages by name, for navigation, --screenshots and tests.
    readonly property var pages: ["today", "trends", "medications", "alerts", "report", "profile"]
    property string currentPage: "today"

    function showPage(name) { currentPage = name }
    // For --screenshots and tests: the QML singleton is reached from QML only.
    function setDark(on) { Theme.dark = on }

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
            Layout.fillHeight: true
            Layout.preferredWidth: 210
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

    ErrorBanner {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        message: AppController.lastError
        onDismissed: AppController.clearError()
    }
}
