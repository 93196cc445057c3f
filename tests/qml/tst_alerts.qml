import QtQuick
import QtTest
import Relief
import "driver.js" as Driver

// The Alerts page: an alert with its evidence and sources, marked as discussed by
// pressing its button; no rule id or setting key on screen.
TestCase {
    id: tc
    name: "AlertsPage"
    when: windowShown
    visible: true
    width: 1000
    height: 700

    Component { id: pageComponent; AlertsPage { anchors.fill: parent } }
    TodayModel { id: today }
    property Item page

    function init() {
        verify(probe.fresh("2026-03-10T12:00"))
    }
    function show() {
        page = pageComponent.createObject(tc)
        wait(20)
    }
    function cleanup() {
        if (page) {
            page.visible = false
            page.destroy()
        }
    }

    function test_no_alerts_says_what_to_do() {
        show()
        verify(Driver.shows("No alerts"))
        verify(Driver.shows("Keep logging"))
    }

    function test_an_urgent_alert_is_discussed_by_pressing_its_button() {
        compare(today.logSymptom("foot drop"), "")
        show()
        verify(Driver.shows("Urgent"))
        verify(Driver.has("Based on:*"), "the evidence is shown")
        verify(Driver.shows("Sources:"))
        verify(!Driver.shows("redflag."), "no rule id")
        Driver.mouseClick("Mark “*")
        verify(probe.discussedCount() === 1, "the journal records it")
        verify(Driver.shows("discussed with your clinician"))
    }
}
