import QtQuick
import QtTest
import Relief
import "driver.js" as Driver

// The first run: a journal created in the zone found by its city, and the demo.
TestCase {
    id: tc
    name: "WelcomePage"
    when: windowShown
    visible: true
    width: 1000
    height: 700

    Component { id: pageComponent; WelcomePage { anchors.fill: parent } }
    property Item page

    function init() {
        AppController.closeJournal()
        page = pageComponent.createObject(tc)
        wait(20)
    }
    function cleanup() {
        page.visible = false
        page.destroy()
    }

    function test_a_bad_zone_is_refused_with_a_suggestion() {
        Driver.type("Time zone", "Berln")
        Driver.mouseClick("Create my journal")
        verify(!AppController.journalOpen)
        verify(Driver.shows("Europe/Berlin"), "the message suggests the zone")
    }

    function test_the_journal_is_created_in_the_chosen_zone() {
        Driver.type("Time zone", "Toky")
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Return)
        compare(Driver.item("Time zone").text, "Asia/Tokyo")
        Driver.mouseClick("Create my journal")
        verify(AppController.journalOpen, AppController.lastError)
        compare(AppController.homeZone, "Asia/Tokyo")
        compare(AppController.journalPath, AppController.defaultJournalPath)
    }

    function test_the_demo_opens() {
        Driver.mouseClick("Try the demo journal")
        verify(AppController.journalOpen)
        verify(probe.entryList().length > 50, "weeks of made-up entries")
    }
}
