import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// Today page: a muscle cramp: where, roughly how long, and how bad (both optional).
Card {
    id: card
    required property TodayModel today
    required property WhenBar when

    title: qsTr("Cramp or spasm")

    function submit() {
        if (place.chosen.length === 0)
            return answer(qsTr("Choose where the cramp is first."), "")
        if (when.problem.length > 0)
            return answer(when.problem, "")
        const done = when.atText ? qsTr("Cramp logged %1.").arg(when.atText) : qsTr("Cramp logged.")
        // -1: not given.
        if (answer(today.logCramp(place.chosen[0], minutes.chosen.length > 0 ? parseInt(minutes.chosen[0]) : -1,
                                  severity.value), done)) {
            place.clear()
            minutes.clear()
            severity.value = -1
        }
    }

    FieldLabel { text: qsTr("Where?") }
    ChipPicker {
        id: place
        limit: 12
        options: card.today.locations()
        labelFor: (name) => card.today.readable(name)
        accessiblePrefix: qsTr("Cramp location")
        onToggled: card.message = ""
        onSubmitted: card.submit()
    }
    FieldLabel { text: qsTr("About how long? (optional)") }
    ChipPicker {
        id: minutes
        options: ["1", "2", "5", "10", "15", "30", "60"]
        labelFor: (value) => qsTr("%1 min").arg(value)
        accessiblePrefix: qsTr("Cramp minutes")
        onSubmitted: card.submit()
    }
    FieldLabel { text: qsTr("How bad, 0 to 10? (optional)") }
    PainScale {
        id: severity
        accessiblePrefix: qsTr("Cramp severity")
        onSubmitted: card.submit()
    }
    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        ThemeButton {
            primary: true
            text: qsTr("Log cramp")
            enabled: place.chosen.length > 0
            onClicked: card.submit()
        }
        Label {
            visible: place.chosen.length === 0
            text: qsTr("Choose where the cramp is first.")
            color: Theme.muted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
