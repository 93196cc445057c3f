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
