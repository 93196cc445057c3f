import QtQuick
import QtTest
import Relief
import "driver.js" as Driver

// A caregiver's read-only view: every control that writes is off, a press on it changes
// nothing, and the view models refuse every write as well.
TestCase {
    id: tc
    name: "ReadOnly"
    when: windowShown
    visible: true
    width: 1000
    height: 700

    Component { id: todayComponent; TodayPage { anchors.fill: parent } }
    TodayModel { id: today }
    MedicationsModel { id: meds }
    DoseSlotsModel { id: doses }
    ReportController { id: report }
    ProfileController { id: profile }
    CheckinsController { id: checkins }

    function initTestCase() {
        verify(probe.fresh("2026-03-10T12:00"))
        compare(meds.add("baclofen", "10mg", "08:00", false, "", "", "2026-03-01"), "")
        compare(today.logPain(4, [], []), "")
        verify(probe.reopenReadOnly())
        verify(AppController.readOnly)
    }

    function test_the_page_says_so_and_its_controls_do_nothing() {
        const page = createTemporaryObject(todayComponent, tc)
        const rows = probe.rows()
        verify(Driver.shows("This journal is open read-only"))
        Driver.settle()
        const heat = Driver.item("Log heat")
        verify(!heat.enabled)
        mouseClick(heat)
        mouseClick(Driver.item("Taken: baclofen at 08:00"))
        compare(probe.rows(), rows)
        verify(Driver.shows("Pain 4/10"), "the caregiver sees the day")
        // Nothing logged this week, but the caregiver is not asked the person's check-ins.
        verify(!checkins.shown)
        verify(!Driver.shows("Check-ins"))
        verify(!Driver.has("Save PEG"))
    }

    function test_every_write_is_refused() {
        const before = probe.rows()
        const results = [
            today.logPain(5, [], []), today.logNote("x"), today.logFluids(2), today.undo(1),
            today.editEntry(1, {"score": "3"}),
            meds.add("Advil", "400mg", "", true, "", ""), meds.stop(0, "", false),
            doses.take(0), report.recordVisit(),
            profile.save("Sam", "1960", [], "", ""), profile.setThreshold("threshold.missed-streak", "3"),
            AppController.undoLast(),
            checkins.logPeg(5, 5, 5), checkins.logSleep("7", -1), checkins.logPgic(3), checkins.addGoal("walk")
        ]
        for (let i = 0; i < results.length; ++i)
            verify(results[i].indexOf("read-only") >= 0 || results[i].indexOf("Nothing logged") >= 0,
                   "write " + i + " was not refused: " + results[i])
        compare(probe.rows(), before)
    }
}
