import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// Today page: a pain score in one tap, optionally where and what it feels like. Enter on
// a score or a chip logs it.
Card {
    id: card
    required property TodayModel today
    required property WhenBar when

    title: card.when.atText.length > 0 ? qsTr("How was your pain %1?").arg(card.when.atText) : qsTr("How is your pain right now?")
    subtitle: qsTr("0 is no pain, 10 is the worst you can imagine.")

    function clear() {
        scale.value = -1
        locations.clear()
        qualities.clear()
    }
    function submit() {
        if (scale.value < 0)
            return card.answer(qsTr("Choose a number from 0 to 10 first."), "")
        if (card.when.problem.length > 0)
            return card.answer(card.when.problem, "")
        const chosen = scale.value, at = card.when.atText
        const done = at.length > 0 ? qsTr("Pain %1 logged %2.").arg(chosen).arg(at) : qsTr("Pain %1 logged.").arg(chosen)
        if (card.answer(card.today.logPain(chosen, locations.chosen, qualities.chosen), done))
            clear()
    }

    PainScale {
        id: scale
        wordsFor: (value) => card.today.painWords(value)
        onValueChanged: if (value >= 0) card.message = ""
        onSubmitted: card.submit()
    }
    Label {
        text: scale.value >= 0 ? qsTr("%1: %2").arg(scale.value).arg(card.today.painWords(scale.value))
                               : qsTr("Choose a number to log your pain.")
        color: scale.value >= 0 ? Theme.text : Theme.muted
        font.pixelSize: scale.value >= 0 ? Theme.fontTitle : Theme.fontBody
        font.bold: scale.value >= 0
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        // The title size's height either way, so the chips below never jump.
        Layout.minimumHeight: scoreMetrics.height
        Layout.fillWidth: true
        FontMetrics { id: scoreMetrics; font.pixelSize: Theme.fontTitle; font.bold: true }
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    FieldLabel { text: qsTr("Where? (optional, choose any)") }
    ChipPicker {
        id: locations
        multiple: true
        limit: 10
        options: card.today.locations()
        labelFor: (name) => card.today.readable(name)
        accessiblePrefix: qsTr("Pain location")
        onSubmitted: card.submit()
    }

    FieldLabel { text: qsTr("What does it feel like? (optional)") }
    ChipPicker {
        id: qualities
        multiple: true
        limit: 8
        options: card.today.qualities()
        labelFor: (name) => card.today.readable(name)
        accessiblePrefix: qsTr("Pain feels")
        onSubmitted: card.submit()
    }

    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        ThemeButton {
            primary: true
            text: scale.value < 0 ? qsTr("Log pain")
                  : card.when.atText.length > 0 ? qsTr("Log pain %1 %2").arg(scale.value).arg(card.when.atText)
                  : qsTr("Log pain %1").arg(scale.value)
            enabled: scale.value >= 0
            Accessible.description: enabled ? "" : qsTr("Choose a pain score first")
            onClicked: card.submit()
        }
        ThemeButton {
            text: qsTr("Clear")
            visible: scale.value >= 0 || locations.chosen.length > 0 || qualities.chosen.length > 0
            Accessible.name: qsTr("Clear the pain choices")
            onClicked: {
                card.clear()
                card.message = ""
            }
        }
        Item { Layout.fillWidth: true }
    }
}
