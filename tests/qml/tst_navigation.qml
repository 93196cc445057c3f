import QtQuick
import QtTest
import Relief
import "driver.js" as Driver

// The page list on the left: a click or the keyboard opens a page; the dark mode switch
// is remembered for the next start.
TestCase {
    id: tc
    name: "Navigation"
    when: windowShown
    visible: true
    width: 300
    height: 700

    property string selected
    NavigationBar {
        id: bar
        anchors.fill: parent
        onSelected: (name) => { tc.selected = name; bar.current = name }
    }

    function init() {
        verify(probe.fresh("2026-03-10T12:00"))
        selected = ""
        bar.current = "today"
    }

    function test_a_click_opens_a_page() {
        Driver.mouseClick("Visit report")
        compare(selected, "report")
        Driver.mouseClick("Profile & settings")
        compare(selected, "profile")
    }

    function test_the_keyboard_walks_the_list() {
        Driver.item("Pages").forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Space)
        compare(selected, "medications")
    }

    function test_dark_mode_is_remembered() {
        const before = AppController.darkMode
        Driver.mouseClick("Dark mode")
        compare(AppController.darkMode, !before)
        compare(Theme.dark, !before)
        Driver.mouseClick("Dark mode")
        compare(AppController.darkMode, before)
    }

    function test_the_journal_is_named() {
        verify(Driver.has("Journal file " + probe.journalPath()))
    }
}
