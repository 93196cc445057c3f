import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// When what is logged on the Today page happened: now (the usual), earlier today or
// yesterday at a time typed here, so that "I took it at 14:05" is logged at 14:05 and is
// not counted late. `day` and `time` are what the page's models log with; `error` says
// why the typed time cannot be used.
Card {
    id: bar
    property string yesterday    // YYYY-MM-DD
    property string error        // the models' timeError for day + time
    readonly property string choice: picker.chosen.length > 0 ? picker.chosen[0] : "now"
    readonly property string day: choice === "yesterday" ? yesterday : ""
    readonly property string time: choice === "now" ? "" : timeField.text.trim()
    // "7:30" as the day's log shows it: "07:30".
    readonly property string shownTime: /^\d:\d\d$/.test(time) ? "0" + time : time
    // Why nothing can be logged yet ("" when it can): the cards show it on a tap.
    readonly property string problem: choice === "now" ? ""
                                    : time.length === 0 ? qsTr("Type the time it happened at the top of the page, or choose “Now”.")
                                    : error
    // "" when logging now, else "at 14:05" / "yesterday at 14:05" for buttons and messages.
    readonly property string atText: choice === "now" || time.length === 0 || error.length > 0 ? ""
                                   : choice === "yesterday" ? qsTr("yesterday at %1").arg(shownTime) : qsTr("at %1").arg(shownTime)

    function reset() {
        picker.chosen = ["now"]
        timeField.text = ""
    }

    FieldLabel { text: qsTr("When did it happen?") }
    ChipPicker {
            id: picker
            options: ["now", "earlier", "yesterday"]
            chosen: ["now"]
            allowNone: false
            labelFor: (name) => name === "now" ? qsTr("Now") : name === "earlier" ? qsTr("Earlier today") : qsTr("Yesterday")
            accessiblePrefix: qsTr("When it happened")
            onToggled: (name) => {
                if (name !== "now")
                    Qt.callLater(() => timeField.field.forceActiveFocus(Qt.TabFocusReason))
            }
    }
    LabeledField {
        id: timeField
        visible: bar.choice !== "now"
        label: bar.choice === "yesterday" ? qsTr("Time yesterday (HH:MM)") : qsTr("Time today (HH:MM)")
        placeholder: qsTr("for example 14:05")
        inputMethodHints: Qt.ImhTime
        hint: qsTr("Everything you log on this page is recorded at this time until you choose “Now” again.")
    }
    InlineMessage {
        visible: bar.choice !== "now" && bar.time.length > 0 && bar.error.length > 0
        text: bar.error
    }
}
