import QtQuick
import QtTest
import Relief

TestCase {
    name: "Alerts"
    TodayModel { id: today }
    AlertsModel { id: alerts }

    function test_discuss() {
        compare(today.logSymptom("foot drop"), "")
        verify(alerts.count >= 1)
        compare(alerts.data(alerts.index(0, 0), 259), "urgent")  // SeverityRole
        const id = alerts.data(alerts.index(0, 0), 257)           // IdRole
        compare(alerts.discuss(id), "")
        verify(probe.discussed(id))
        compare(alerts.currentCount, 0)
    }
}
