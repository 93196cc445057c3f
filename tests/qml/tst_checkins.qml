import QtQuick
import QtTest
import Relief
import "driver.js" as Driver

// The Today page's Check-ins card (issue 15), pressed as a person presses it: the PEG's
// three answers and Save, sleep typed, a goal done or not, the global impression of change
// at a checkpoint; each answer read back from the journal through storage, and the answered
// item gone from the card. The Goals card of Profile & settings adds and removes goals.
TestCase {
    id: tc
    name: "Checkins"
    when: windowShown
    visible: true
    width: 1000
    height: 700

    Component { id: todayComponent; TodayPage { anchors.fill: parent } }
    Component { id: profileComponent; ProfilePage { anchors.fill: parent } }
    // What the card reads, seen from outside it.
    CheckinsController { id: checkins }
    TodayModel { id: today }
    property Item page

    function init() {
        verify(probe.fresh("2026-03-10T12:00"), "a fresh journal")
    }
    function show(component) {
        page = (component || todayComponent).createObject(tc)
        verify(page !== null)
        wait(20)
    }
    function cleanup() {
        if (page) {
            page.visible = false  // gone from every search at once; deleted later
            page.destroy()
            page = null
        }
        today.day = ""
        today.time = ""
    }
    function kinds() { return Driver.entries().map((e) => e.kind) }

    function test_the_card_shows_on_a_journal_with_nothing_logged() {
        show()
        verify(checkins.shown && checkins.pegDue && checkins.sleepDue)
        verify(Driver.shows("Check-ins"))
        verify(Driver.shows("What number best describes your pain on average in the past week?"))
        verify(Driver.has("Save PEG"))
        verify(Driver.has("Hours slept"))
        verify(!Driver.has("Overall change: Much improved"), "no checkpoint yet: no global impression")
        verify(!Driver.has("Done:*"), "no goals yet")
        compare(Driver.entries().length, 0)
    }

    function test_the_peg_answers_and_save_log_a_peg_and_it_goes() {
        show()
        verify(!Driver.item("Save PEG").enabled, "three answers first")
        Driver.mouseClick("Pain on average in the past week: 6")
        Driver.mouseClick("Pain interfered with enjoyment of life: 5")
        verify(!Driver.item("Save PEG").enabled)
        Driver.mouseClick("Pain interfered with general activity: 7")
        Driver.mouseClick("Save PEG")
        const e = Driver.lastEntry()
        verify(e !== null, "nothing was logged")
        compare(e.kind, "peg")
        compare(e.pain, "6")
        compare(e.enjoyment, "5")
        compare(e.activity, "7")
        compare(e.time, "12:00")
        verify(!checkins.pegDue, "the controller says it is no longer due")
        Driver.settle()
        verify(!Driver.has("Save PEG"), "the PEG part of the card is gone")
        verify(!Driver.has("Pain on average in the past week: 6"))
        verify(Driver.has("Save sleep"), "sleep is still asked")
        verify(Driver.shows("Logged: PEG 6.0"), "the card says what it logged")
        verify(Driver.shows("PEG 6.0: pain 6, enjoyment of life 5, general activity 7"), "and the day's log has it")
    }

    function test_the_peg_by_keyboard() {
        show()
        Driver.item("Pain on average in the past week: 0").forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_4)
        Driver.item("Pain interfered with enjoyment of life: 0").forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_3)
        Driver.item("Pain interfered with general activity: 0").forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_2)
        keyClick(Qt.Key_Return)  // Enter on a score saves the PEG
        const e = Driver.lastEntry()
        compare(e.kind, "peg")
        compare([e.pain, e.enjoyment, e.activity], ["4", "3", "2"])
    }

    function test_sleep_typed_with_its_quality() {
        show()
        Driver.type("Hours slept", "6h30")
        Driver.mouseClick("Sleep quality 4")
        Driver.mouseClick("Save sleep")
        const e = Driver.lastEntry()
        compare(e.kind, "sleep")
        compare(e.hours, "6 h 30 min")
        compare(e.quality, "4")
        Driver.settle()
        verify(!Driver.has("Save sleep"), "sleep is answered for today")
        verify(!checkins.sleepDue)
    }

    function test_a_bad_sleep_value_shows_cores_message_and_logs_nothing() {
        show()
        Driver.type("Hours slept", "25h")
        Driver.mouseClick("Save sleep")
        compare(Driver.entries().length, 0)
        verify(Driver.shows("“25h” is not possible"), "core's message names the value")
        verify(Driver.shows("0 to 24 hours"), "and says what is allowed")
        compare(Driver.item("Hours slept").text, "25h", "what was typed stays for correction")
        verify(checkins.sleepDue)
        Driver.type("Hours slept", "7")
        verify(!Driver.shows("“25h” is not possible"), "typing clears the message")
        Driver.enter()  // Enter in the field saves
        compare(Driver.lastEntry().hours, "7 h")
    }

    function test_goal_done_and_not_today_log_a_goal_entry_each() {
        compare(checkins.addGoal("walk the dog 20 minutes"), "")
        compare(checkins.addGoal("sit through a work day"), "")
        show()
        Driver.mouseClick("Done: walk the dog 20 minutes")
        let e = Driver.lastEntry()
        compare(e.kind, "goal")
        compare(e.met, "yes")
        verify(e.text.indexOf("walk the dog 20 minutes") >= 0)
        Driver.settle()
        verify(!Driver.has("Done: walk the dog 20 minutes"), "checked off for today")
        verify(Driver.shows("Logged: Goal met: walk the dog 20 minutes."), "the card says what it logged")
        Driver.mouseClick("Not today: sit through a work day")
        e = Driver.lastEntry()
        compare(e.kind, "goal")
        compare(e.met, "no")
        compare(checkins.goalsDue.length, 0)
        Driver.settle()
        verify(Driver.shows("Logged: Goal not met: sit through a work day."))
        verify(!Driver.shows("Your goals today"))
    }

    // Pain every day since 1 February: on 10 March the episode is in its sixth week, a
    // checkpoint for the global impression of change.
    function test_the_global_impression_at_a_checkpoint() {
        today.time = "09:00"
        for (let d = new Date(Date.UTC(2026, 1, 1)); d < new Date(Date.UTC(2026, 2, 10)); d.setUTCDate(d.getUTCDate() + 1)) {
            today.day = d.toISOString().slice(0, 10)
            compare(today.logPain(6, [], []), "")
        }
        today.day = ""
        today.time = ""
        verify(checkins.pgicDue)
        compare(checkins.pgicWhy, "week 6 of this pain episode")
        show()
        verify(Driver.shows("Overall change, at week 6 of this pain episode"), "the card says why it asks")
        for (const words of ["Very much improved", "Much improved", "Minimally improved", "No change",
                             "Minimally worse", "Much worse", "Very much worse"])
            verify(Driver.has("Overall change: " + words), words)
        Driver.mouseClick("Overall change: Much improved")
        const e = Driver.lastEntry()
        compare(e.kind, "pgic")
        compare(e.answer, "2")
        verify(Driver.shows("Logged: Global impression of change: much improved (2/7)."))
        Driver.settle()
        verify(!Driver.has("Overall change: Much improved"), "asked once per checkpoint")
        verify(!checkins.pgicDue)
    }

    // Everything answered: the card says what it logged last, then goes with the next change.
    function test_the_card_goes_when_nothing_is_due() {
        compare(checkins.logPeg(5, 5, 5), "")
        show()
        verify(Driver.has("Save sleep"))
        Driver.type("Hours slept", "8")
        Driver.mouseClick("Save sleep")
        verify(!checkins.shown)
        verify(Driver.shows("Nothing else to check in today."))
        Driver.mouseClick("Log heat")  // another change: the confirmation and the card go
        Driver.settle()
        verify(!Driver.shows("Check-ins"))
    }

    // A check-in in the day's log is corrected like any entry, field by field.
    function test_check_ins_are_edited_in_the_days_log() {
        compare(checkins.logPeg(6, 5, 7), "")
        compare(checkins.logSleep("6", -1), "")
        compare(checkins.addGoal("walk the dog"), "")
        compare(checkins.logGoal(1, true), "")
        show()
        Driver.mouseClick("Edit: PEG 6.0*")
        Driver.mouseClick("New PEG enjoyment of life 2")
        Driver.mouseClick("Save the changes to PEG 6.0*")
        let e = Driver.lastEntry()
        compare([e.kind, e.pain, e.enjoyment, e.activity], ["peg", "6", "2", "7"])

        Driver.mouseClick("Edit: Sleep: 6 h*")
        Driver.type("Hours slept", "7:15")
        Driver.mouseClick("New sleep quality 8")
        Driver.mouseClick("Save the changes to Sleep: 6 h*")
        e = Driver.lastEntry()
        compare([e.kind, e.hours, e.quality], ["sleep", "7 h 15 min", "8"])

        Driver.mouseClick("Edit: Goal met: walk the dog*")
        Driver.mouseClick("Goal: Not done")
        Driver.mouseClick("Save the changes to Goal met: walk the dog*")
        e = Driver.lastEntry()
        compare([e.kind, e.met], ["goal", "no"])
        compare(Driver.entries().length, 3, "each edit is a new version of the same entry")
    }

    // The Goals card: two goals at most, each removable; the days checked off stay.
    function test_goals_are_added_and_removed_in_profile_and_settings() {
        show(profileComponent)
        verify(Driver.shows("No goals yet."))
        Driver.type("New goal", "walk the dog 20 minutes")
        Driver.mouseClick("Add goal")
        compare(probe.setting("goal.1"), "walk the dog 20 minutes")
        verify(Driver.shows("Added."))
        Driver.type("New goal", "Walk the dog 20 minutes")
        Driver.mouseClick("Add goal")
        verify(Driver.shows("it is goal 1"), "core refuses the same goal twice")
        compare(probe.setting("goal.2"), "")
        Driver.type("New goal", "sit through a work day")
        Driver.enter()
        compare(probe.setting("goal.2"), "sit through a work day")
        verify(!Driver.has("New goal"), "two goals at most: no field for a third")
        verify(Driver.shows("At most 2 goals"))
        compare(checkins.goalsDue.length, 2, "the Today card asks about both")

        Driver.mouseClick("Remove the goal walk the dog 20 minutes")
        compare(probe.setting("goal.1"), "")
        compare(checkins.goals.length, 1)
        verify(Driver.has("New goal"), "room for another")
    }
}
