import QtQuick
import QtTest
import Relief
import "driver.js" as Driver

// The Medications page: adding through the form (catalogue names, "only when needed",
// times as people type them, a drug the catalogue lacks with its kind in words), bad
// input refused with the journal unchanged, and stopping on a taper.
TestCase {
    id: tc
    name: "MedicationsPage"
    when: windowShown
    visible: true
    width: 1000
    height: 700

    Component { id: pageComponent; MedicationsPage { anchors.fill: parent } }
    property Item page

    function init() {
        verify(probe.fresh("2026-03-10T15:40"))
        page = pageComponent.createObject(tc)
        wait(20)
    }
    function cleanup() {
        page.visible = false
        page.destroy()
    }

    function addForm(name, dose, times) {
        Driver.type("Name", name)
        keyClick(Qt.Key_Escape)  // closes the suggestions
        Driver.type("One dose", dose)
        if (times !== undefined)
            Driver.type("Times each day", times)
    }

    function test_a_catalogue_drug_with_times() {
        addForm("Flexeril", "5 mg", "8:00, 14:00,20:00")
        verify(Driver.shows("cyclobenzaprine"), "the catalogue says what it is")
        Driver.mouseClick("Add medication")
        const m = probe.medication("Flexeril")
        compare(m.ingredient, "cyclobenzaprine")
        compare(m.dose, "5 mg")
        compare(m.times, "08:00,14:00,20:00")
        compare(m.asNeeded, false)
        compare(m.start, "2026-03-10")
        verify(Driver.shows("Added Flexeril."))
    }

    function test_only_when_needed_needs_no_times() {
        addForm("ibuprofen", "400 mg")
        Driver.mouseClick("How it is taken: Only when needed")
        verify(!Driver.has("Times each day"), "no times asked for")
        Driver.mouseClick("Add medication")
        const m = probe.medication("ibuprofen")
        compare(m.times, "")
        compare(m.asNeeded, true)
    }

    function test_bad_values_are_refused_with_the_journal_unchanged() {
        addForm("baclofen", "abc", "08:00")
        Driver.mouseClick("Add medication")
        verify(Driver.shows("dose “abc”"), "the dose is named")
        addForm("baclofen", "10 mg", "25:00")
        Driver.mouseClick("Add medication")
        verify(Driver.shows("“25:00”"), "the time is named")
        verify(!Driver.shows("--times"), "no command-line wording")
        compare(probe.medications(), 0)
    }

    function test_a_drug_the_catalogue_does_not_know_needs_its_kind_in_words() {
        addForm("Herbal tea", "1 mg")
        Driver.mouseClick("How it is taken: Only when needed")
        Driver.mouseClick("Add medication")
        verify(Driver.shows("Choose what kind of medicine Herbal tea is"))
        compare(probe.medications(), 0)
        const kinds = Driver.item("Kind of medicine")
        verify(kinds.model.indexOf("cyp1a2-inhibitor") < 0, "kinds are shown in words, not ids")
        kinds.currentIndex = kinds.model.length - 1   // "other", chosen as the list would
        verify(Driver.shows("Does Herbal tea contain acetaminophen"), "an unknown medicine of kind “other” asks")
        Driver.mouseClick("Add medication")
        compare(probe.medications(), 1)
    }

    function test_an_unknown_pain_reliever_asks_about_acetaminophen_and_a_water_pill_does_not() {
        addForm("Midol Complete", "2")
        const kinds = Driver.item("Kind of medicine")
        verify(!Driver.shows("contain acetaminophen"), "no question before a kind is chosen")
        const ids = probe.medicationClasses()
        kinds.currentIndex = ids.indexOf("analgesic")
        verify(kinds.currentIndex >= 0)
        verify(Driver.shows("Does Midol Complete contain acetaminophen (paracetamol, APAP)?"))
        kinds.currentIndex = ids.indexOf("diuretic")
        verify(kinds.currentIndex >= 0)
        verify(!Driver.shows("contain acetaminophen"), "a water pill is not asked about")
    }

    function test_a_change_from_a_day_keeps_the_days_before() {
        addForm("baclofen", "10 mg", "08:00,20:00")
        Driver.type("First day (optional)", "2026-03-01")
        Driver.mouseClick("Add medication")
        Driver.mouseClick("Change the dose or times of baclofen")
        Driver.type("Dose", "15 mg")
        Driver.type("From which day?", "2026-03-08")
        Driver.mouseClick("Save the change")
        let m = probe.medication("baclofen")
        compare(m.dose, "10 mg", "the first prescription stays for the days before")
        compare(m.steps.length, 1)
        compare(m.steps[0], "2026-03-08: 15 mg at 08:00, 20:00")
        verify(Driver.shows("baclofen changes from 2026-03-08."))
        verify(Driver.shows("15 mg at 08:00, 20:00"), "the list shows today's prescription")

        Driver.mouseClick("Change the dose or times of baclofen")
        Driver.mouseClick("Take back the change from 2026-03-08")
        compare(probe.medication("baclofen").steps.length, 1, "it asks first")
        Driver.mouseClick("Press again to take back the change from 2026-03-08")
        compare(probe.medication("baclofen").steps.length, 0)
    }

    function test_a_change_before_the_start_is_refused() {
        addForm("baclofen", "10 mg", "08:00")
        Driver.mouseClick("Add medication")
        Driver.mouseClick("Change the dose or times of baclofen")
        Driver.type("Dose", "5 mg")
        Driver.type("From which day?", "2026-02-01")
        Driver.mouseClick("Save the change")
        verify(Driver.shows("first day of the change"), "the message names the field")
        verify(!Driver.shows("--from"), "no command-line wording")
        compare(probe.medication("baclofen").steps.length, 0)
    }

    function test_a_mistake_is_corrected_for_every_day() {
        addForm("baclofen", "10 mg", "08:00")
        Driver.mouseClick("Add medication")
        Driver.mouseClick("Change the dose or times of baclofen")
        Driver.mouseClick("Correct a mistake in how baclofen*")
        Driver.type("Dose", "20 mg")
        Driver.mouseClick("Save the correction")
        compare(probe.medication("baclofen").dose, "20 mg")
        compare(probe.medication("baclofen").steps.length, 0)
    }

    function test_stop_on_a_taper() {
        addForm("baclofen", "10 mg", "08:00,20:00")
        Driver.mouseClick("Add medication")
        Driver.mouseClick("Record that baclofen stops")
        Driver.type("Last day you take it", "2026-03-10")
        Driver.mouseClick("I am stopping on a taper plan from my clinician")
        Driver.mouseClick("Record the stop")
        const m = probe.medication("baclofen")
        compare(m.stop, "2026-03-10")
        compare(m.taper, true)
        verify(Driver.shows("Recorded that baclofen stops."))
    }
}
