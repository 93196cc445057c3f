import QtQuick
import QtTest
import Relief
import "driver.js" as Driver

// The Today page, used as a person uses it: every logging card through its buttons, chips
// and fields, each result read back from the journal through storage.
TestCase {
    id: tc
    name: "TodayPage"
    when: windowShown
    visible: true
    width: 1000
    height: 700

    // A new page for each test, over a new journal: no choice or message carries over.
    Component { id: pageComponent; TodayPage { anchors.fill: parent } }
    property Item page

    function init() {
        verify(probe.fresh("2026-03-10T12:00"), "a fresh journal")
        page = pageComponent.createObject(tc)
        verify(page !== null)
        wait(20)
    }
    function cleanup() {
        page.visible = false  // gone from every search at once; deleted later
        page.destroy()
    }

    function test_pain_with_places_and_feelings() {
        Driver.mouseClick("Pain 6, moderate")
        Driver.mouseClick("Pain location: lower back")
        Driver.mouseClick("Pain feels: spasm")
        Driver.mouseClick("Log pain 6")
        const e = Driver.lastEntry()
        verify(e !== null, "nothing was logged")
        compare(e.kind, "pain")
        compare(e.score, "6")
        compare(e.locations, "lower-back")
        compare(e.qualities, "spasm")
        compare(e.time, "12:00")
        verify(Driver.has("Pain 6 logged."))
        verify(!Driver.item("Log pain").enabled, "the form is cleared for the next score")
    }

    function test_pain_by_keyboard_and_enter() {
        const six = Driver.item("Pain 0, none")
        six.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_7)
        keyClick(Qt.Key_Return)  // Enter on the scale logs it
        compare(Driver.lastEntry().score, "7")
        // "1" then "1" is 1 (twice), never 11: the scale cannot make a score above 10.
        Driver.item("Pain 0, none").forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_1)
        keyClick(Qt.Key_1)
        keyClick(Qt.Key_Return)
        compare(Driver.lastEntry().score, "1")
        compare(Driver.entries().length, 2)
    }

    function test_side_effect_cramp_and_what_helped() {
        Driver.mouseClick("Side effect: drowsiness")
        Driver.mouseClick("Side effect severity: Moderate")
        Driver.mouseClick("Log side effect")
        let e = Driver.lastEntry()
        compare(e.kind, "side-effect")
        compare(e.name, "drowsiness")
        compare(e.severity, "moderate")

        Driver.mouseClick("Cramp location: Show all *")
        Driver.mouseClick("Cramp location: calf")
        Driver.mouseClick("Cramp minutes: 5 min")
        Driver.mouseClick("Cramp severity 4")
        Driver.mouseClick("Log cramp")
        e = Driver.lastEntry()
        compare(e.kind, "cramp")
        compare(e.location, "calf")
        compare(e.minutes, "5")
        compare(e.severity, "4")

        Driver.mouseClick("Log heat")
        compare(Driver.lastEntry().name, "heat")
        Driver.mouseClick("Log one glass of water or other fluid")
        compare(Driver.lastEntry().kind, "fluids")
        Driver.mouseClick("Log one alcoholic drink")
        compare(Driver.lastEntry().kind, "alcohol")
        compare(Driver.entries().length, 5)
    }

    function test_symptom_and_note_by_typing() {
        Driver.type("What did you notice?", "feverish")
        Driver.enter()
        compare(Driver.lastEntry().kind, "symptom")
        compare(Driver.lastEntry().name, "fever")
        compare(Driver.item("What did you notice?").text, "", "the field is cleared once logged")

        Driver.type("Note", "Slept badly")
        Driver.mouseClick("Save note")
        compare(Driver.lastEntry().kind, "note")
        compare(Driver.lastEntry().text, "Slept badly")
    }

    function test_a_typo_is_refused_and_kept_for_correction() {
        Driver.type("What did you notice?", "hallucinatons")
        Driver.mouseClick("Log symptom")
        compare(Driver.entries().length, 0)
        verify(Driver.shows("hallucinations"), "the message suggests the word")
        compare(Driver.item("What did you notice?").text, "hallucinatons", "what was typed stays")
    }

    function test_earlier_today_and_yesterday() {
        Driver.mouseClick("When it happened: Earlier today")
        Driver.mouseClick("Pain 3, mild")
        Driver.mouseClick("Log pain 3")  // no time yet: refused, nothing written
        compare(Driver.entries().length, 0)
        verify(Driver.has("Type the time it happened*"))
        Driver.type("Time today (HH:MM)", "8:30")
        Driver.mouseClick("Log pain 3 at 08:30")
        compare(Driver.lastEntry().time, "08:30")
        compare(Driver.lastEntry().day, "2026-03-10")

        Driver.type("Time today (HH:MM)", "13:00")  // later than now (12:00): refused
        Driver.mouseClick("Pain 2, mild")
        Driver.mouseClick("Log pain 2*")
        compare(Driver.entries().length, 1)

        Driver.mouseClick("When it happened: Yesterday")
        Driver.type("Time yesterday (HH:MM)", "23:15")
        Driver.mouseClick("Log heat")
        compare(Driver.lastEntry().day, "2026-03-09")
        compare(Driver.lastEntry().time, "23:15")
        verify(Driver.has("Yesterday's log"), "the day's log follows the chosen day")

        Driver.mouseClick("When it happened: Now")
        Driver.mouseClick("Log heat")
        compare(Driver.lastEntry().day, "2026-03-10")
        compare(Driver.lastEntry().time, "12:00")
    }

    function test_every_kind_can_be_edited_field_by_field() {
        Driver.mouseClick("Pain 6, moderate")
        Driver.mouseClick("Log pain 6")
        const before = probe.rows()
        Driver.mouseClick("Edit: Pain 6/10*")
        Driver.type("Time of Pain 6/10*", "9:15")
        Driver.mouseClick("New pain score 4, moderate")
        Driver.mouseClick("Where: neck")
        Driver.mouseClick("Save the changes to Pain 6/10*")
        const e = Driver.lastEntry()
        compare(e.score, "4")
        compare(e.locations, "neck")
        compare(e.time, "09:15")
        compare(probe.rows(), before + 1, "one new version; the old one stays")

        Driver.mouseClick("Log one glass of water or other fluid")
        Driver.mouseClick("Edit: Fluids: 1 glass*")
        Driver.mouseClick("Log heat")
        verify(Driver.has("Glasses"), "logging something else leaves the open editor open")
        Driver.type("Glasses", "3")
        Driver.enter()
        compare(Driver.lastEntry().count, "3")
        verify(!Driver.has("Glasses"), "saved: the editor closes")
    }

    function test_a_bad_edit_is_refused_with_the_journal_unchanged() {
        Driver.mouseClick("Log one glass of water or other fluid")
        const rows = probe.rows()
        Driver.mouseClick("Edit: Fluids: 1 glass*")
        Driver.type("Glasses", "99")
        Driver.enter()
        verify(Driver.shows("glasses “99”"), "the message names the field and the value")
        Driver.type("Time of Fluids*", "25:00")
        Driver.enter()
        compare(probe.rows(), rows)
        compare(Driver.lastEntry().count, "1")
    }

    function test_undo_asks_then_removes_and_keeps_history() {
        Driver.mouseClick("Log heat")
        const rows = probe.rows()
        Driver.mouseClick("Undo: Heat at 12:00")
        compare(Driver.entries().length, 1, "the first press only asks")
        Driver.mouseClick("Press again to remove Heat")
        compare(Driver.entries().length, 0)
        compare(probe.rows(), rows, "the row stays in the history")
    }
}
