import QtQuick
import QtTest
import Relief
import "driver.js" as Driver

// The Sharing card of Profile & settings, pressed as a person would: share this journal in
// a folder and see its words, join a journal shared from another device read-only (a
// caregiver), and a wrong word told plainly with nothing changed.
TestCase {
    id: tc
    name: "Sharing"
    when: windowShown
    visible: true
    width: 1000
    height: 700

    Component { id: pageComponent; ProfilePage { anchors.fill: parent } }
    property Item page
    readonly property string wordsField: "Or join a journal shared in that folder: its 16 words"

    function init() {
        verify(probe.fresh("2026-03-10T12:00"))
        page = pageComponent.createObject(tc)
        wait(20)
    }
    function cleanup() {
        page.visible = false
        page.destroy()
    }

    function test_sharing_shows_the_words_and_syncs() {
        Driver.type("Shared folder", probe.file("Sync"))
        Driver.type("This device's name", "laptop")
        Driver.mouseClick("Share this journal")
        verify(Driver.shows("Shared. Write down the words above"), "the card says what to do next")
        verify(probe.exists("Sync/relief-share.json"))
        const words = Driver.item("The share's words:*").text.split(" ")
        compare(words.length, 16, "sixteen words shown: " + words.join(" "))
        verify(Driver.shows("Shared in " + probe.file("Sync") + " as “laptop”."))
        verify(!Driver.has("Share this journal"), "no second share offered")

        Driver.mouseClick("Sync now")
        verify(Driver.shows("Synced."))
        const tell = "Let a caregiver who follows this journal be told when a dose is not logged within an hour"
        verify(!Driver.item(tell).checked, "off until the person asks for it")
        Driver.mouseClick(tell)
        compare(probe.setting("share.tell-caregivers"), "yes")
        verify(Driver.item(tell).checked)
        Driver.mouseClick("Hide the words")
        verify(!Driver.has("The share's words:*"))
        Driver.mouseClick("Show the words")
        compare(Driver.item("The share's words:*").text.split(" ").length, 16)

        Driver.mouseClick("Stop sharing")
        Driver.mouseClick("Press again to stop sharing")
        verify(Driver.shows("Stopped sharing. This journal keeps everything."))
        verify(Driver.has("Share this journal"), "it can be shared again")
    }

    function test_a_caregiver_joins_read_only_and_follows() {
        const folder = probe.makeShare("FromLaptop")
        compare(probe.entries(), 0)
        Driver.type("Shared folder", folder)
        Driver.type(wordsField, probe.shareWords())
        Driver.mouseClick("Read-only: follow someone's journal*")
        Driver.mouseClick("Join")
        verify(Driver.shows("Joined read-only."), "the card confirms")
        compare(probe.entries(), 1, "the laptop's note came in")
        verify(probe.following())
        verify(AppController.readOnly, "the window is read-only now")
        verify(Driver.shows("Following the journal in " + folder + " read-only"))
        verify(Driver.shows("No changes from other devices yet") || Driver.shows("Last change from laptop"),
               "the status line: " + AppController.shareStatus)
        // The Reminders card now offers the caregiver's notification instead.
        verify(Driver.has("Tell me when a dose is not logged within an hour"))
        verify(Driver.item("Tell me when a dose is not logged within an hour").enabled)
        verify(!Driver.item("Repeat an unanswered reminder every (minutes, 0 for never)").enabled,
               "the person's own reminder settings are not the caregiver's to change")
    }

    function test_a_wrong_word_is_told_and_nothing_changes() {
        const folder = probe.makeShare("Wrong")
        Driver.type("Shared folder", folder)
        Driver.type(wordsField, probe.shareWords().replace("armor", "arrow"))
        Driver.mouseClick("Join")
        verify(Driver.shows("these words do not open the share"), "a wrong word is named as such")
        compare(probe.entries(), 0)
        verify(!probe.following())
        verify(Driver.has("Share this journal"), "still not shared")
    }

    function test_the_keyboard_shares_too() {
        Driver.type("Shared folder", probe.file("KeyboardSync"))
        const button = Driver.item("Share this journal")
        Driver.reveal(button)
        button.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Space)
        verify(probe.exists("KeyboardSync/relief-share.json"))
    }
}
