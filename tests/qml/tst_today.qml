import QtQuick
import QtTest
import Relief

TestCase {
    name: "Today"
    TodayModel { id: today }

    function test_logging_reaches_the_journal() {
        const before = probe.entries()
        compare(today.logPain(6, ["lower-back"], ["spasm"]), "")
        compare(today.logSideEffect("drowsiness", "moderate"), "")
        compare(today.logCramp("left-calf", 5, 6), "")
        compare(today.logMeasure("heat"), "")
        compare(today.logFluids(3), "")
        compare(today.logAlcohol(1), "")
        compare(today.logNote("stiff morning"), "")
        compare(probe.entries(), before + 7)
        compare(today.count, before + 7)
    }

    function test_undo_keeps_history() {
        const before = probe.entries()
        const rowsBefore = probe.rows()
        compare(today.logPain(3, [], []), "")
        compare(probe.entries(), before + 1)
        const id = today.data(today.index(0, 0), 257)  // EntryIdRole
        compare(today.undo(id), "")
        compare(probe.entries(), before)
        compare(probe.rows(), rowsBefore + 1)
    }

    function test_bad_input_is_refused() {
        const before = probe.rows()
        verify(today.logPain(11, [], []) !== "")
        verify(today.logSideEffect("drowsyness", "mild").indexOf("drowsiness") >= 0)
        compare(probe.rows(), before)
    }

    function test_edit_keeps_the_old_version() {
        compare(today.logPain(7, [], []), "")
        const id = today.data(today.index(0, 0), 257)
        const rows = probe.rows()
        compare(today.editPainScore(id, 5), "")
        compare(probe.rows(), rows + 1)
        const newId = today.data(today.index(0, 0), 257)
        verify(newId !== id)
        verify(today.data(today.index(0, 0), 260).indexOf("5/10") >= 0)  // TextRole
        compare(today.editTime(newId, "00:05"), "")
        verify(today.editTime(newId, "25:00") !== "")
        verify(today.editPainScore(newId, 12) !== "")
    }

    function rowWith(words) {
        for (let i = 0; i < today.count; ++i)
            if (today.data(today.index(i, 0), 260).indexOf(words) >= 0)
                return i
        return -1
    }

    function test_one_edit_changes_several_fields() {
        compare(today.logNote("first words"), "")
        const id = today.data(today.index(0, 0), 257)
        const rows = probe.rows()
        compare(today.editEntry(id, "00:10", -1, "better words"), "")
        compare(probe.rows(), rows + 1)
        const row = rowWith("better words")
        verify(row >= 0)
        compare(today.data(today.index(row, 0), 258), "00:10")  // TimeRole
        verify(today.editEntry(today.data(today.index(row, 0), 257), "", 5, "") !== "", "a note has no pain score")
        compare(probe.rows(), rows + 1)
    }
}
