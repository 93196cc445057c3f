import QtQuick
import QtTest
import Relief
import "driver.js" as Driver

// Doses on the Today page: Taken, Skipped and Undo on scheduled doses, as-needed doses,
// and the taps that must never record a second dose.
TestCase {
    id: tc
    name: "DosesOnToday"
    when: windowShown
    visible: true
    width: 1000
    height: 700

    Component { id: pageComponent; TodayPage { anchors.fill: parent } }
    MedicationsModel { id: meds }
    property Item page

    // 12:00; baclofen due at 08:00 (overdue... answered late), 11:30 (due) and 20:00 (later).
    function init() {
        verify(probe.fresh("2026-03-10T12:00"))
        compare(meds.add("baclofen", "10mg", "08:00,11:30,20:00", false, "", "", "2026-03-01"), "")
        compare(meds.add("Advil", "400mg", "", true, "1200mg", "", "2026-03-01"), "")
        page = pageComponent.createObject(tc)
        wait(20)
    }
    function cleanup() {
        page.visible = false
        page.destroy()
    }
    function doses() { return Driver.entries().filter((e) => e.kind === "dose") }

    function test_taken_then_undo() {
        verify(Driver.shows("2 doses are due now."))
        Driver.mouseClick("Taken: baclofen at 11:30")
        compare(doses().length, 1)
        compare(doses()[0].status, "taken")
        compare(doses()[0].time, "12:00")
        verify(Driver.shows("Taken at 12:00"))
        verify(Driver.shows("A dose is due now."))
        Driver.mouseClick("Undo: baclofen at 11:30")
        compare(doses().length, 1, "Undo asks first")
        Driver.mouseClick("Press again to undo baclofen at 11:30")
        compare(doses().length, 0)
    }

    function test_skipped_is_recorded_at_the_doses_time() {
        Driver.mouseClick("Skipped: baclofen at 08:00")
        compare(doses().length, 1)
        compare(doses()[0].status, "skipped")
        compare(doses()[0].time, "08:00")
    }

    function test_a_double_click_records_one_dose() {
        Driver.doubleClick("Taken: baclofen at 11:30")
        compare(doses().length, 1, "the second click lands on Undo, which only asks")
        Driver.doubleClick("Took a dose of Advil")
        compare(doses().length, 2, "a second as-needed dose within minutes asks first")
        Driver.mouseClick("Took a dose of Advil")
        compare(doses().length, 2, "still asking")
        Driver.mouseClick("Press again to log another dose of Advil")
        compare(doses().length, 3, "asked and confirmed: a second dose is logged")
    }

    function test_the_banner_keeps_its_height_when_the_last_due_dose_is_answered() {
        const banner = Driver.item("2 doses are due now.")
        const height = banner.height
        Driver.mouseClick("Taken: baclofen at 08:00")
        Driver.mouseClick("Taken: baclofen at 11:30")
        Driver.settle()
        verify(Driver.shows("Nothing is due now. Next: baclofen 10 mg at 20:00."))
        compare(banner.height, height, "nothing below it moves under the pointer")
    }

    function test_a_dose_hours_early_asks_first() {
        Driver.mouseClick("Taken: baclofen at 20:00")
        compare(doses().length, 0, "20:00 is 8 hours away: the first press asks")
        Driver.mouseClick("Press again: baclofen is due at 20:00. Mark it taken now?")
        compare(doses().length, 1)
    }

    function test_taken_at_the_time_it_was_taken() {
        Driver.mouseClick("When it happened: Earlier today")
        Driver.type("Time today (HH:MM)", "08:10")
        Driver.mouseClick("Taken: baclofen at 08:00")
        compare(doses()[0].time, "08:10")
        verify(Driver.shows("Taken at 08:10"), "ten minutes after its time: on time, not late")
    }

    function test_yesterdays_doses() {
        Driver.mouseClick("When it happened: Yesterday")
        Driver.type("Time yesterday (HH:MM)", "20:30")
        verify(Driver.shows("Doses yesterday"))
        Driver.mouseClick("Taken: baclofen at 20:00")
        compare(doses()[0].day, "2026-03-09")
        compare(doses()[0].time, "20:30")
    }

    function test_no_doses_says_where_to_add_them() {
        verify(probe.fresh("2026-03-10T12:00"))
        Driver.settle()
        verify(Driver.shows("No doses to take today."))
        verify(Driver.has("Go to Medications"))
    }
}
