import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// Changing or stopping one medication. `mode` is "edit" or "stop"; `medication` is the
// id; `row` finds its current row (the list may have changed meanwhile).
Card {
    id: editor
    required property MedicationsModel medications
    property string mode
    property var medication: null
    property string medName
    property string currentText
    property var rowOf: function (id) { return -1 }
    property string message
    signal finished(string done)

    visible: mode.length > 0
    accentColor: Theme.accent
    title: mode === "stop" ? qsTr("Stop %1").arg(medName) : qsTr("Change %1").arg(medName)
    subtitle: currentText.length > 0 ? qsTr("Now: %1").arg(currentText) : ""

    // Open for one medication (`model` is its row's model object).
    function start(newMode, model) {
        if (medication !== model.medicationId || mode !== newMode) {
            message = ""
            doseField.text = model.dose !== undefined ? model.dose : ""
            timesField.text = model.times !== undefined ? model.times : ""
            asNeededBox.checked = model.asNeeded === true
            dayField.text = ""
            taperBox.checked = false
        }
        mode = newMode
        medication = model.medicationId
        medName = model.label || model.name
        currentText = model.schedule || ""
        const first = newMode === "stop" ? dayField.field : doseField.field
        first.forceActiveFocus(Qt.TabFocusReason)
    }
    function submit() {
        const row = rowOf(medication)
        if (row < 0) {
            message = qsTr("This medication is no longer in the list.")
            return
        }
        const error = mode === "stop" ? medications.stop(row, dayField.text.trim(), taperBox.checked)
                                      : medications.edit(row, doseField.text.trim(), timesField.text.trim(), asNeededBox.checked)
        message = error
        if (error.length === 0) {
            const done = mode === "stop" ? qsTr("Recorded that %1 stops.").arg(medName) : qsTr("%1 changed.").arg(medName)
            mode = ""
            medication = null
            finished(done)
        }
    }

    ColumnLayout {
        visible: editor.mode === "edit"
        spacing: Theme.spacing
        Layout.fillWidth: true
        Body {
            text: qsTr("A change applies to the whole medication, past days included. If the dose changes from today on, stop it and add it again instead.")
            color: Theme.muted
        }
        LabeledField { id: doseField; label: qsTr("Dose"); placeholder: qsTr("for example 10 mg"); onAccepted: editor.submit() }
        LabeledField {
            id: timesField
            label: qsTr("Times each day")
            placeholder: qsTr("for example 08:00,20:00")
            hint: qsTr("Leave empty if you only take it when needed.")
            onAccepted: editor.submit()
        }
        ThemeCheckBox { id: asNeededBox; text: qsTr("Also taken as needed"); Layout.fillWidth: true }
    }

    ColumnLayout {
        visible: editor.mode === "stop"
        spacing: Theme.spacing
        Layout.fillWidth: true
        Body {
            text: qsTr("Baclofen and tizanidine should not be stopped suddenly: ask your clinician for a plan.")
            color: Theme.muted
        }
        LabeledField {
            id: dayField
            label: qsTr("Last day you take it")
            placeholder: qsTr("YYYY-MM-DD, or empty for today")
            onAccepted: editor.submit()
        }
        ThemeCheckBox { id: taperBox; text: qsTr("I am stopping on a taper plan from my clinician"); Layout.fillWidth: true }
    }

    RowLayout {
        spacing: Theme.spacing
        ThemeButton {
            primary: true
            text: editor.mode === "stop" ? qsTr("Record the stop") : qsTr("Save changes")
            onClicked: editor.submit()
        }
        ThemeButton {
            text: qsTr("Cancel")
            onClicked: {
                editor.mode = ""
                editor.message = ""
            }
        }
    }
    InlineMessage { text: editor.message }
}
