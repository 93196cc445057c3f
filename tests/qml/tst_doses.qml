import QtQuick
import QtTest
import Relief

TestCase {
    name: "Doses"
    MedicationsModel { id: meds }
    DoseSlotsModel { id: doses }

    function test_taken_skipped_undo() {
        const before = probe.entries()
        compare(meds.add("Flexeril", "5mg", "00:00,23:59", false, "", ""), "")
        compare(doses.count, 2)
        compare(doses.markSkipped(0), "")
        compare(doses.data(doses.index(0, 0), 261), "skipped")  // StateRole
        compare(probe.entries(), before + 1)
        compare(doses.undo(0), "")
        compare(probe.entries(), before)
        compare(doses.take(0), "")
        compare(probe.entries(), before + 1)
    }

    function test_as_needed() {
        compare(meds.add("Advil", "400mg", "", true, "1200mg", ""), "")
        verify(doses.asNeeded.indexOf("Advil") >= 0)
        const before = probe.entries()
        compare(doses.takeAsNeeded("Advil"), "")
        compare(probe.entries(), before + 1)
    }
}
