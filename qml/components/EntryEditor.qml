import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// Every field of one logged entry, to correct it: its time, and what its kind holds
// (score and places of a pain, amount and taken/skipped of a dose, ...). Save writes one
// new version with what changed; the old one stays in the history. `fields` is the
// entry's own (TodayModel's fields role, core/entry_edit.h names the keys). The editor
// only gathers what changed: the list that saves it outlives it (saving rebuilds the list,
// and this editor with it).
ColumnLayout {
    id: editor
    required property TodayModel today
    required property string kind
    required property var fields
    required property string what        // the entry in words, for accessible names
    signal saveRequested(var changes)
    signal cancelled()

    spacing: Theme.spacing
    Layout.fillWidth: true

    function split(text) { return text && text.length > 0 ? text.split(",") : [] }
    // Only what differs from the entry goes to the model.
    function save() {
        const now = {
            time: timeField.text.trim(),
            score: kind === "pain" ? String(score.value) : undefined,
            locations: kind === "pain" ? places.chosen.join(",") : undefined,
            qualities: kind === "pain" ? feels.chosen.join(",") : undefined,
            amount: kind === "dose" ? amountField.text.trim() : undefined,
            status: kind === "dose" ? status.chosen.join("") : undefined,
            name: kind === "side-effect" || kind === "measure" ? names.chosen.join("")
                : kind === "symptom" ? symptomField.text.trim() : undefined,
            severity: kind === "side-effect" ? severity.chosen.join("")
                    : kind === "cramp" ? (crampSeverity.value < 0 ? "" : String(crampSeverity.value)) : undefined,
            location: kind === "cramp" ? places.chosen.join("") : undefined,
            minutes: kind === "cramp" || kind === "measure" ? minutesField.text.trim() : undefined,
            count: kind === "fluids" || kind === "alcohol" ? countField.text.trim() : undefined,
            text: kind === "note" ? noteArea.text : undefined,
            pain: kind === "peg" ? String(pegPain.value) : undefined,
            enjoyment: kind === "peg" ? String(pegEnjoyment.value) : undefined,
            activity: kind === "peg" ? String(pegActivity.value) : undefined,
            hours: kind === "sleep" ? hoursField.text.trim() : undefined,
            quality: kind === "sleep" ? (sleepQuality.value < 0 ? "" : String(sleepQuality.value)) : undefined,
            met: kind === "goal" ? goalMet.chosen.join("") : undefined,
            answer: kind === "pgic" ? pgicAnswer.chosen.join("") : undefined
        }
        const changes = {}
        for (const key in now)
            if (now[key] !== undefined && now[key] !== (fields[key] || ""))
                changes[key] = now[key]
        saveRequested(changes)
    }
    function focusFirst() { timeField.field.forceActiveFocus(Qt.TabFocusReason) }

    LabeledField {
        id: timeField
        label: qsTr("Time (HH:MM)")
        text: editor.fields.time || ""
        inputMethodHints: Qt.ImhTime
        field.Accessible.name: qsTr("Time of %1").arg(editor.what)
        onAccepted: editor.save()
    }

    // Pain: score, places, what it feels like. Cramp: place and how bad.
    FieldLabel { visible: editor.kind === "pain"; text: qsTr("Pain score") }
    PainScale {
        id: score
        visible: editor.kind === "pain"
        value: editor.kind === "pain" ? parseInt(editor.fields.score) : -1
        accessiblePrefix: qsTr("New pain score")
        wordsFor: (v) => editor.today.painWords(v)
        onSubmitted: editor.save()
    }
    FieldLabel { visible: editor.kind === "pain" || editor.kind === "cramp"; text: qsTr("Where?") }
    ChipPicker {
        id: places
        visible: editor.kind === "pain" || editor.kind === "cramp"
        multiple: editor.kind === "pain"
        limit: 10
        options: visible ? editor.today.locations() : []
        chosen: editor.kind === "pain" ? editor.split(editor.fields.locations)
              : editor.kind === "cramp" ? editor.split(editor.fields.location) : []
        labelFor: (n) => editor.today.readable(n)
        accessiblePrefix: qsTr("Where")
        onSubmitted: editor.save()
    }
    FieldLabel { visible: editor.kind === "pain"; text: qsTr("What does it feel like?") }
    ChipPicker {
        id: feels
        visible: editor.kind === "pain"
        multiple: true
        limit: 8
        options: visible ? editor.today.qualities() : []
        chosen: editor.kind === "pain" ? editor.split(editor.fields.qualities) : []
        labelFor: (n) => editor.today.readable(n)
        accessiblePrefix: qsTr("Feels")
        onSubmitted: editor.save()
    }
    FieldLabel { visible: editor.kind === "cramp"; text: qsTr("How bad, 0 to 10? (optional)") }
    PainScale {
        id: crampSeverity
        visible: editor.kind === "cramp"
        value: editor.kind === "cramp" && editor.fields.severity ? parseInt(editor.fields.severity) : -1
        accessiblePrefix: qsTr("Cramp severity")
        onSubmitted: editor.save()
    }

    // Dose: amount and whether it was taken.
    LabeledField {
        id: amountField
        visible: editor.kind === "dose"
        label: qsTr("Amount")
        text: editor.fields.amount || ""
        placeholder: qsTr("for example 10 mg")
        onAccepted: editor.save()
    }
    ChipPicker {
        id: status
        allowNone: false
        visible: editor.kind === "dose"
        options: ["taken", "skipped"]
        chosen: editor.kind === "dose" ? [editor.fields.status] : []
        labelFor: (n) => n === "taken" ? qsTr("Taken") : qsTr("Skipped")
        accessiblePrefix: qsTr("Dose was")
        onSubmitted: editor.save()
    }

    // Side effect or measure: which; a side effect's severity.
    ChipPicker {
        id: names
        allowNone: false
        visible: editor.kind === "side-effect" || editor.kind === "measure"
        limit: 10
        options: editor.kind === "side-effect" ? editor.today.sideEffects()
               : editor.kind === "measure" ? editor.today.measures() : []
        chosen: visible ? [editor.fields.name] : []
        labelFor: (n) => editor.today.readable(n)
        accessiblePrefix: editor.kind === "measure" ? qsTr("What helped") : qsTr("Side effect")
        onSubmitted: editor.save()
    }
    ChipPicker {
        id: severity
        allowNone: false
        visible: editor.kind === "side-effect"
        options: ["mild", "moderate", "severe"]
        chosen: visible ? [editor.fields.severity] : []
        labelFor: (n) => n === "mild" ? qsTr("Mild") : n === "moderate" ? qsTr("Moderate") : qsTr("Severe")
        accessiblePrefix: qsTr("How bad")
        onSubmitted: editor.save()
    }
    LabeledField {
        id: minutesField
        visible: editor.kind === "cramp" || editor.kind === "measure"
        label: qsTr("Minutes (optional)")
        text: editor.fields.minutes || ""
        inputMethodHints: Qt.ImhDigitsOnly
        onAccepted: editor.save()
    }
    LabeledField {
        id: countField
        visible: editor.kind === "fluids" || editor.kind === "alcohol"
        label: editor.kind === "alcohol" ? qsTr("Drinks") : qsTr("Glasses")
        text: editor.fields.count || ""
        inputMethodHints: Qt.ImhDigitsOnly
        onAccepted: editor.save()
    }
    LabeledField {
        id: symptomField
        visible: editor.kind === "symptom"
        label: qsTr("Symptom")
        text: editor.kind === "symptom" ? editor.today.readable(editor.fields.name) : ""
        onAccepted: editor.save()
    }
    // PEG: its three answers. Sleep: how long and how well. Goal: managed or not. PGIC: the answer.
    FieldLabel { visible: editor.kind === "peg"; text: qsTr("Pain on average in the past week") }
    PainScale {
        id: pegPain
        visible: editor.kind === "peg"
        value: editor.kind === "peg" ? parseInt(editor.fields.pain) : -1
        accessiblePrefix: qsTr("New PEG pain")
        onSubmitted: editor.save()
    }
    FieldLabel { visible: editor.kind === "peg"; text: qsTr("Pain interfered with enjoyment of life") }
    PainScale {
        id: pegEnjoyment
        visible: editor.kind === "peg"
        value: editor.kind === "peg" ? parseInt(editor.fields.enjoyment) : -1
        accessiblePrefix: qsTr("New PEG enjoyment of life")
        onSubmitted: editor.save()
    }
    FieldLabel { visible: editor.kind === "peg"; text: qsTr("Pain interfered with general activity") }
    PainScale {
        id: pegActivity
        visible: editor.kind === "peg"
        value: editor.kind === "peg" ? parseInt(editor.fields.activity) : -1
        accessiblePrefix: qsTr("New PEG general activity")
        onSubmitted: editor.save()
    }
    LabeledField {
        id: hoursField
        visible: editor.kind === "sleep"
        label: qsTr("Hours slept")
        text: editor.kind === "sleep" ? editor.fields.hours || "" : ""
        placeholder: qsTr("for example 7, 6.5 or 6h30")
        onAccepted: editor.save()
    }
    FieldLabel { visible: editor.kind === "sleep"; text: qsTr("How well, 0 to 10? (optional)") }
    PainScale {
        id: sleepQuality
        visible: editor.kind === "sleep"
        value: editor.kind === "sleep" && editor.fields.quality ? parseInt(editor.fields.quality) : -1
        accessiblePrefix: qsTr("New sleep quality")
        onSubmitted: editor.save()
    }
    ChipPicker {
        id: goalMet
        allowNone: false
        visible: editor.kind === "goal"
        options: ["yes", "no"]
        chosen: editor.kind === "goal" ? [editor.fields.met] : []
        labelFor: (n) => n === "yes" ? qsTr("Done") : qsTr("Not done")
        accessiblePrefix: qsTr("Goal")
        onSubmitted: editor.save()
    }
    ChipPicker {
        id: pgicAnswer
        allowNone: false
        visible: editor.kind === "pgic"
        options: ["1", "2", "3", "4", "5", "6", "7"]
        chosen: editor.kind === "pgic" ? [editor.fields.answer] : []
        labelFor: (n) => editor.today.pgicWords(parseInt(n))
        accessiblePrefix: qsTr("Overall change")
        onSubmitted: editor.save()
    }

    ScrollView {
        visible: editor.kind === "note"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(80, Math.min(noteArea.implicitHeight, 200))
        TextArea {
            id: noteArea
            text: editor.fields.text || ""
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.text
            selectByMouse: true
            activeFocusOnTab: true
            Accessible.name: qsTr("Text of the note")
            KeyNavigation.priority: KeyNavigation.BeforeItem
            KeyNavigation.tab: saveButton
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.width: noteArea.activeFocus ? 2 : 1
                border.color: noteArea.activeFocus ? Theme.accent : Theme.border
            }
        }
    }

    RowLayout {
        spacing: Theme.spacing
        ThemeButton {
            id: saveButton
            primary: true
            text: qsTr("Save")
            Accessible.name: qsTr("Save the changes to %1").arg(editor.what)
            onClicked: editor.save()
        }
        ThemeButton {
            text: qsTr("Cancel")
            Accessible.name: qsTr("Cancel editing %1").arg(editor.what)
            onClicked: editor.cancelled()
        }
    }
}
