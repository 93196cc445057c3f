import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// Changing or stopping one medication. `mode` is "change" (a new dose or times from a
// day: titration, a taper step; the days before keep the earlier prescription), "edit"
// (correct a mistake in how it was added: past days change too) or "stop". `medication`
// is the id; `rowOf` finds its current row (the list may have changed meanwhile).
Card {
    id: editor
    required property MedicationsModel medications
    property string mode
    property var medication: null
    property string medName
    property string currentText
    property var changes: []
    property var rowOf: function (id) { return -1 }
    signal finished(string done)

    visible: mode.length > 0
    accentColor: Theme.accent
    title: mode === "stop" ? qsTr("Stop %1").arg(medName)
         : mode === "edit" ? qsTr("Correct %1").arg(medName) : qsTr("Change %1").arg(medName)
    subtitle: currentText.length > 0 ? qsTr("Now: %1").arg(currentText) : ""

    readonly property string how: howPicker.chosen.length > 0 ? howPicker.chosen[0] : "times"

    // Open for one medication (`model` is its row's model object).
    function start(newMode, model) {
        if (medication !== model.medicationId || mode !== newMode) {
            message = ""
            doseField.text = model.dose !== undefined ? model.dose : ""
            timesField.text = model.times !== undefined ? model.times.split(",").join(", ") : ""
            howPicker.chosen = [model.times ? (model.asNeeded ? "both" : "times") : "needed"]
            fromField.text = ""
            dayField.text = ""
            taperBox.checked = false
        }
        mode = newMode
        medication = model.medicationId
        medName = model.label || model.name
        currentText = model.schedule || ""
        changes = model.changes || []
        const first = newMode === "stop" ? dayField.field : doseField.field
        first.forceActiveFocus(Qt.TabFocusReason)
    }
    function submit() {
        const row = rowOf(medication)
        if (row < 0)
            return answer(qsTr("This medication is no longer in the list."), "")
        const times = how === "needed" ? "" : timesField.text.trim()
        if (mode !== "stop" && how !== "needed" && times.length === 0)
            return answer(qsTr("Type the times, for example 8:00, 20:00, or choose “Only when needed”."), "")
        const error = mode === "stop" ? medications.stop(row, dayField.text.trim(), taperBox.checked)
                    : mode === "edit" ? medications.edit(row, doseField.text.trim(), times, how !== "times")
                    : medications.change(row, doseField.text.trim(), times, how !== "times", fromField.text.trim())
        if (error.length > 0)
            return answer(error, "")
        const done = mode === "stop" ? qsTr("Recorded that %1 stops.").arg(medName)
                   : mode === "edit" ? qsTr("%1 corrected.").arg(medName)
                   : fromField.text.trim().length > 0 ? qsTr("%1 changes from %2.").arg(medName).arg(fromField.text.trim())
                   : qsTr("%1 changes from today.").arg(medName)
        mode = ""
        medication = null
        finished(done)
    }
    function removeChange(from) {
        const row = rowOf(medication)
        if (row < 0)
            return answer(qsTr("This medication is no longer in the list."), "")
        const error = medications.removeChange(row, from)
        if (error.length > 0)
            return answer(error, "")
        const done = qsTr("The change from %1 was taken back.").arg(from)
        mode = ""
        medication = null
        finished(done)
    }

    ColumnLayout {
        visible: editor.mode === "change" || editor.mode === "edit"
        spacing: Theme.spacing
        Layout.fillWidth: true
        Body {
            text: editor.mode === "edit"
                  ? qsTr("A correction applies to the whole medication, past days included: use it for a mistake made when it was added.")
                  : qsTr("The new dose or times apply from the day you give; the days before keep the earlier ones, so the journal stays right about them.")
            color: Theme.muted
        }
        LabeledField { id: doseField; label: qsTr("Dose"); placeholder: qsTr("for example 10 mg"); onAccepted: editor.submit() }
        FieldLabel { text: qsTr("How do you take it?") }
        ChipPicker {
            id: howPicker
            options: ["times", "both", "needed"]
            chosen: ["times"]
            allowNone: false
            labelFor: (name) => name === "times" ? qsTr("At set times") : name === "both" ? qsTr("At set times, and more when needed")
                                                                                           : qsTr("Only when needed")
            accessiblePrefix: qsTr("How it is taken")
            onSubmitted: editor.submit()
        }
        LabeledField {
            id: timesField
            visible: editor.how !== "needed"
            label: qsTr("Times each day")
            placeholder: qsTr("for example 8:00, 20:00")
            onAccepted: editor.submit()
        }
        LabeledField {
            id: fromField
            visible: editor.mode === "change"
            label: qsTr("From which day?")
            placeholder: qsTr("YYYY-MM-DD; empty for today")
            onAccepted: editor.submit()
        }
        ThemeButton {
            visible: editor.mode === "change"
            text: qsTr("Correct a mistake instead…")
            Accessible.name: qsTr("Correct a mistake in how %1 was added instead").arg(editor.medName)
            onClicked: editor.mode = "edit"
        }
        ColumnLayout {
            visible: editor.mode === "change" && editor.changes.length > 0
            spacing: 4
            Layout.fillWidth: true
            FieldLabel { text: qsTr("Changes so far") }
            Repeater {
                model: editor.mode === "change" ? editor.changes : []
                delegate: RowLayout {
                    required property var modelData
                    spacing: Theme.spacing
                    Layout.fillWidth: true
                    Body { text: qsTr("From %1: %2").arg(modelData.from).arg(modelData.text) }
                    ConfirmButton {
                        label: qsTr("Take back")
                        confirmText: qsTr("Take it back?")
                        Accessible.name: asking ? qsTr("Press again to take back the change from %1").arg(modelData.from)
                                                : qsTr("Take back the change from %1").arg(modelData.from)
                        onConfirmed: editor.removeChange(modelData.from)
                    }
                }
            }
        }
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
            placeholder: qsTr("YYYY-MM-DD; empty for today")
            onAccepted: editor.submit()
        }
        ThemeCheckBox { id: taperBox; text: qsTr("I am stopping on a taper plan from my clinician"); Layout.fillWidth: true }
    }

    RowLayout {
        spacing: Theme.spacing
        ThemeButton {
            primary: true
            text: editor.mode === "stop" ? qsTr("Record the stop")
                : editor.mode === "edit" ? qsTr("Save the correction") : qsTr("Save the change")
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
}
