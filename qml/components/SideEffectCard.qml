import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// Today page: a side effect and how bad it is. Enter on a chip logs it.
Card {
    id: card
    required property TodayModel today
    required property WhenBar when

    title: qsTr("Side effects")
    subtitle: qsTr("Noticed something since your last dose? Choose it, then how bad it is.")

    function submit() {
        if (effect.chosen.length === 0)
            return answer(qsTr("Choose a side effect first."), "")
        if (severity.chosen.length === 0)
            return answer(qsTr("Choose how bad it is: mild, moderate or severe."), "")
        if (when.problem.length > 0)
            return answer(when.problem, "")
        const name = today.readable(effect.chosen[0])
        const done = when.atText ? qsTr("%1 logged %2.").arg(name).arg(when.atText) : qsTr("%1 logged.").arg(name)
        if (answer(today.logSideEffect(effect.chosen[0], severity.chosen[0]), done)) {
            effect.clear()
            severity.clear()
        }
    }

    ChipPicker {
        id: effect
        limit: 10
        options: card.today.sideEffects()
        labelFor: (name) => card.today.readable(name)
        accessiblePrefix: qsTr("Side effect")
        onToggled: card.message = ""
        onSubmitted: card.submit()
    }
    FieldLabel { text: qsTr("How bad?") }
    ChipPicker {
        id: severity
        options: ["mild", "moderate", "severe"]
        labelFor: (name) => name === "mild" ? qsTr("Mild") : name === "moderate" ? qsTr("Moderate") : qsTr("Severe")
        accessiblePrefix: qsTr("Side effect severity")
        onToggled: card.message = ""
        onSubmitted: card.submit()
    }
    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        ThemeButton {
            primary: true
            text: qsTr("Log side effect")
            enabled: effect.chosen.length > 0 && severity.chosen.length > 0
            onClicked: card.submit()
        }
        Label {
            visible: effect.chosen.length === 0 || severity.chosen.length === 0
            text: effect.chosen.length === 0 ? qsTr("Choose a side effect first.") : qsTr("Choose how bad it is.")
            color: Theme.muted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
