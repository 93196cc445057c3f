import QtQuick
import QtTest
import Relief
import "driver.js" as Driver

// Profile & settings: the profile typed and chosen through the form, the home zone found
// by its city, thresholds in words (never a setting key), and bad input refused.
TestCase {
    id: tc
    name: "ProfilePage"
    when: windowShown
    visible: true
    width: 1000
    height: 700

    Component { id: pageComponent; ProfilePage { anchors.fill: parent } }
    property Item page

    function init() {
        verify(probe.fresh("2026-03-10T12:00"))
        page = pageComponent.createObject(tc)
        wait(20)
    }
    function cleanup() {
        page.visible = false
        page.destroy()
    }

    function test_the_profile_is_saved_from_the_form() {
        Driver.type("Name", "Sam")
        Driver.type("Year of birth", "1961")
        Driver.mouseClick("Condition: multiple sclerosis")
        Driver.type("Home time zone", "Lisb")
        verify(Driver.has("Europe/Lisbon"), "a city finds its zone")
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Return)  // takes the highlighted suggestion
        compare(Driver.item("Home time zone").text, "Europe/Lisbon")
        Driver.mouseClick("Save my profile")
        const p = probe.profile()
        compare(p.name, "Sam")
        compare(p.birthYear, 1961)
        compare(p.zone, "Europe/Lisbon")
        verify(p.conditions.indexOf("multiple-sclerosis") >= 0)
        verify(Driver.shows("Saved."))
    }

    function test_bad_input_is_refused_and_nothing_is_saved() {
        Driver.type("Year of birth", "19x1")
        Driver.mouseClick("Save my profile")
        verify(Driver.shows("19x1"), "the message names the value")
        compare(probe.profile().birthYear, 0)
        Driver.type("Year of birth", "1961")
        Driver.type("Home time zone", "Europe/Berln")
        Driver.mouseClick("Save my profile")
        verify(Driver.shows("Europe/Berlin"), "the message suggests the zone")
        verify(!Driver.shows("IANA"), "no jargon")
        compare(probe.profile().birthYear, 0, "nothing of a refused form is saved")
        compare(probe.profile().zone, "Europe/Berlin")
    }

    function test_date_of_birth_and_patient_number_for_the_report() {
        Driver.type("Date of birth", "1961-04-30")
        Driver.type("Patient number", "MRN-0042")
        Driver.type("Kind of number", "hospital number")
        Driver.mouseClick("Save my profile")
        verify(Driver.shows("Saved."))
        const p = probe.profile()
        compare(p.birthDate, "1961-04-30")
        compare(p.birthYear, 1961, "the year follows from the date")
        compare(p.identifier, "MRN-0042")
        compare(p.identifierSystem, "hospital number")
        compare(Driver.item("Year of birth").text, "1961")
    }

    function test_a_year_that_contradicts_the_date_of_birth_is_refused() {
        Driver.type("Year of birth", "1962")
        Driver.type("Date of birth", "1961-04-30")
        Driver.mouseClick("Save my profile")
        verify(Driver.shows("1962"), "the message names the value")
        compare(probe.profile().birthDate, "", "nothing of a refused form is saved")
        Driver.type("Date of birth", "2099-01-01")
        Driver.type("Year of birth", "")
        Driver.mouseClick("Save my profile")
        verify(Driver.shows("2099-01-01"))
        compare(probe.profile().birthYear, 0)
    }

    function test_thresholds_are_in_words_and_checked() {
        Driver.mouseClick("Show the*")
        verify(!Driver.shows("threshold."), "no setting key on screen")
        const name = "rise in the weekly mean that counts as worsening"
        Driver.type(name, "15")
        enter()
        verify(Driver.shows("a whole number from 1 to 10"))
        verify(!Driver.shows("threshold."), "nor in a message")
        compare(probe.setting("threshold.worsening-points"), "")
        Driver.type(name, "3")
        Driver.mouseClick("Set " + name)
        compare(probe.setting("threshold.worsening-points"), "3")
    }

    function enter() { Driver.enter() }
}
