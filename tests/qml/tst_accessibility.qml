import QtQuick
import QtTest
import Relief

// Every control a person can operate on every page carries an accessible name, so a
// screen reader can say what it does. Pages are loaded with the demo journal so that
// their lists are full, not empty states.
TestCase {
    name: "Accessibility"
    when: windowShown
    visible: true  // a TestCase hides its children by default; these pages must be shown
    width: 1000
    height: 700

    TodayPage { id: today; width: 1000; height: 700 }
    TrendsPage { id: trends; width: 1000; height: 700 }
    MedicationsPage { id: medications; width: 1000; height: 700 }
    AlertsPage { id: alerts; width: 1000; height: 700 }
    ReportPage { id: report; width: 1000; height: 700 }
    ProfilePage { id: profile; width: 1000; height: 700 }
    NavigationBar { id: navigation; width: 210; height: 700 }

    TodayModel { id: logger }

    function initTestCase() {
        verify(AppController.openDemo(), AppController.lastError)
        compare(logger.logSymptom("foot drop"), "")  // a current alert, so Alerts has its buttons
        wait(100)
    }

    // A keyboard user gets everywhere with Tab: from the first control of Today, Tab
    // reaches the pain scale, "Log heat" and the note, and Space presses what has focus.
    function test_tab_walks_the_today_page() {
        today.visible = true
        trends.visible = false
        medications.visible = false
        alerts.visible = false
        report.visible = false
        profile.visible = false
        navigation.visible = false
        const first = probe.named(today, "When it happened: Now")
        verify(first !== null)
        first.forceActiveFocus(Qt.TabFocusReason)
        const reached = []
        for (let i = 0; i < 300; ++i) {
            keyClick(Qt.Key_Tab)
            const item = today.Window.activeFocusItem
            const name = item ? (item.Accessible.name || item.text || "") : ""
            if (reached.indexOf(name) < 0)
                reached.push(name)
            if (name === "Log heat")
                break
        }
        verify(reached.indexOf("Pain 0, none") >= 0, "the pain scale: " + reached.join(" | "))
        verify(reached.indexOf("Log heat") >= 0, "Log heat: " + reached.join(" | "))
        const before = probe.entryList().length
        keyClick(Qt.Key_Space)
        compare(probe.entryList().length, before + 1, "Space on 'Log heat' logs it")
        for (const page of [trends, medications, alerts, report, profile, navigation])
            page.visible = true
    }

    function test_every_control_is_named_data() {
        return [{tag: "today", item: today}, {tag: "trends", item: trends}, {tag: "medications", item: medications},
                {tag: "alerts", item: alerts}, {tag: "report", item: report}, {tag: "profile", item: profile},
                {tag: "navigation", item: navigation}]
    }

    function test_every_control_is_named(data) {
        verify(probe.controlCount(data.item) > 0, "no visible controls on " + data.tag)
        const missing = probe.unnamedControls(data.item)
        compare(missing.length, 0, "controls without Accessible.name: " + missing.join(", "))
        const untabbable = probe.untabbableControls(data.item)
        compare(untabbable.length, 0, "controls Tab never reaches: " + untabbable.join(", "))
    }
}
