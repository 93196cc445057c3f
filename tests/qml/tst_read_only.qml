import QtQuick
import QtTest
import Relief

TestCase {
    name: "ReadOnly"
    TodayModel { id: today }
    MedicationsModel { id: meds }
    DoseSlotsModel { id: doses }
    ReportController { id: report }
    ProfileController { id: profile }

    function test_every_write_is_refused() {
        compare(meds.add("baclofen", "10mg", "08:00", false, "", ""), "")
        compare(today.logPain(4, [], []), "")
        verify(probe.reopenReadOnly())
        verify(AppController.readOnly)
        const before = probe.rows()
        const results = [
            today.logPain(5, [], []), today.logNote("x"), today.logFluids(2), today.undo(1),
            meds.add("Advil", "400mg", "", true, "", ""), meds.stop(0, "", false),
            doses.take(0), report.recordVisit(),
            profile.save("Sam", "1960", [], "", ""), profile.setThreshold("threshold.missed-streak", "3")
        ]
        for (let i = 0; i < results.length; ++i)
            verify(results[i].indexOf("read-only") >= 0, "write " + i + " was not refused: " + results[i])
        compare(probe.rows(), before)
    }
}
