import QtQuick
import QtTest
import Relief
import "driver.js" as Driver

// The Reminders card of Profile & settings: the one switch writes and removes the XDG
// autostart entry (under the test's own XDG_CONFIG_HOME; RELIEF_REMINDERS_NO_START=1, so
// no service is started), the settings are checked by core, and a caregiver sees them
// disabled.
TestCase {
    id: tc
    name: "Reminders"
    when: windowShown
    visible: true
    width: 1000
    height: 700

    Component { id: pageComponent; ProfilePage { anchors.fill: parent } }
    property Item page
    readonly property string entry: "config/autostart/relief-reminders.desktop"
    readonly property string switchName: "Remind me when Relief Journal is closed"
    readonly property string repeatName: "Repeat an unanswered reminder every (minutes, 0 for never)"

    function init() {
        verify(probe.fresh("2026-03-10T12:00"))
        page = pageComponent.createObject(tc)
        wait(20)
    }
    function cleanup() {
        page.visible = false
        page.destroy()
    }

    function test_the_switch_writes_and_removes_the_autostart_entry() {
        verify(!Driver.item(switchName).checked, "off by default")
        verify(!probe.exists(entry))
        verify(Driver.shows("nothing is lost"), "the card says what this desktop cannot do")

        Driver.mouseClick(switchName)
        verify(probe.exists(entry), "switching on writes the autostart entry")
        compare(probe.mode(entry), "0600")
        compare(probe.mode("config/autostart"), "0700")
        const lines = probe.head(entry, 4096).split("\n")
        compare(lines[0], "[Desktop Entry]")
        for (const line of ["Type=Application", "Name=Relief Journal reminders", "X-GNOME-Autostart-enabled=true",
                            "NoDisplay=true", "Exec=" + probe.remindersProgram() + " --journal " + probe.journalPath()])
            verify(lines.indexOf(line) >= 0, line + " in " + lines.join(" | "))
        compare(probe.setting("reminders.enabled"), "yes")
        verify(Driver.item(switchName).checked, "the switch shows it is on")

        Driver.mouseClick(switchName)
        verify(!probe.exists(entry), "switching off removes the entry")
        compare(probe.setting("reminders.enabled"), "no")
        verify(!Driver.item(switchName).checked)
    }

    function test_the_keyboard_switches_too() {
        const control = Driver.item(switchName)
        control.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Space)
        verify(probe.exists(entry))
        keyClick(Qt.Key_Return)
        verify(!probe.exists(entry))
    }

    function test_a_bad_quiet_hours_value_shows_the_message_and_changes_nothing() {
        Driver.type("Quiet from", "25:00")
        Driver.mouseClick("Set the quiet hours")
        verify(Driver.shows("“25:00-07:00” is not possible here"), "the message names the value")
        compare(probe.setting("reminders.quiet-hours"), "", "nothing is saved")
        verify(!Driver.item("Quiet hours*").checked)
        compare(Driver.item("Quiet from").text, "25:00", "what was typed stays to be corrected")

        Driver.type("Quiet from", "22:30")
        Driver.mouseClick("Set the quiet hours")
        compare(probe.setting("reminders.quiet-hours"), "22:30-07:00")
        verify(Driver.item("Quiet hours*").checked)
        verify(Driver.shows("Quiet from 22:30 to 07:00."))

        Driver.type("Quiet until", "22:30")
        Driver.enter()
        verify(Driver.shows("two different times"))
        compare(probe.setting("reminders.quiet-hours"), "22:30-07:00", "a refused change leaves the setting")

        Driver.mouseClick("Quiet hours*")
        compare(probe.setting("reminders.quiet-hours"), "off")
        verify(!Driver.item("Quiet hours*").checked)
    }

    function test_the_other_settings_are_checked_and_saved() {
        compare(Driver.item(repeatName).text, "15", "core's default shows")
        Driver.type(repeatName, "500")
        Driver.enter()
        verify(Driver.shows("“500” is not possible here"))
        // The key itself ("reminders.repeat-minutes"), not a sentence that ends with "reminders."
        verify(!Driver.shows("reminders.repeat"), "no setting key on screen")
        compare(probe.setting("reminders.repeat-minutes"), "")
        Driver.type(repeatName, "30")
        Driver.mouseClick("Set " + repeatName)
        compare(probe.setting("reminders.repeat-minutes"), "30")
        verify(Driver.shows("Set to 30."))

        Driver.type("Snooze for (minutes)", "5")
        Driver.enter()
        compare(probe.setting("reminders.snooze-minutes"), "5")
        Driver.mouseClick("Hide medication names on screen*")
        compare(probe.setting("reminders.hide-names"), "yes")
        verify(Driver.item("Hide medication names on screen*").checked)
    }

    function test_a_read_only_journal_shows_the_settings_disabled() {
        verify(probe.reopenReadOnly())
        wait(20)
        for (const name of [switchName, repeatName, "Snooze for (minutes)", "Quiet hours*", "Quiet from",
                            "Set the quiet hours", "Hide medication names on screen*"])
            verify(!Driver.item(name).enabled, name + " is disabled")
        mouseClick(Driver.item(switchName))
        verify(!probe.exists(entry), "a press on the disabled switch writes nothing")
    }
}
