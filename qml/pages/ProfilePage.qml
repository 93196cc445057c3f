import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// What the alerts should know about the person, the alert thresholds, and which journal
// file is open.
PageBase {
    id: page
    objectName: "profile"
    property bool dirty: false
    property string message
    property bool ok: false
    property var thresholdDrafts: ({})
    property var thresholdNotes: ({})
    property int thresholdNotesVersion: 0

    ProfileController {
        id: profileController
        onChanged: if (!page.dirty) page.load()
    }

    readonly property var known: profileController.knownConditions()
    function readable(term) { return term.replace(/-/g, " ") }

    // Fill the form from the journal (only while nothing unsaved was typed).
    function load() {
        nameField.text = profileController.name
        yearField.text = profileController.birthYear
        birthDateField.text = profileController.birthDate
        identifierField.text = profileController.identifier
        identifierSystemField.text = profileController.identifierSystem
        onsetField.text = profileController.onset
        zoneField.text = profileController.zone
        conditionPicker.chosen = profileController.conditions.filter((c) => known.indexOf(c) >= 0)
        otherField.text = profileController.conditions.filter((c) => known.indexOf(c) < 0).map(readable).join(", ")
        dirty = false
    }
    function save() {
        const others = otherField.text.split(",").map((c) => c.trim()).filter((c) => c.length > 0)
        const error = profileController.save(nameField.text, yearField.text, conditionPicker.chosen.concat(others),
                                   onsetField.text, zoneField.text, birthDateField.text, identifierField.text,
                                   identifierSystemField.text)
        ok = error.length === 0
        message = ok ? qsTr("Saved.") : error
        if (ok) {
            dirty = false
            load()
        }
    }
    Component.onCompleted: load()

    // One alert threshold from ProfileController.thresholds ("key = value: description"),
    // with a field to change it. `drafts` (shared with the page) keeps what was typed when
    // the list is rebuilt, and `notes` what the last change answered.
    component ThresholdRow: ColumnLayout {
        id: row
        required property string modelData
        required property ProfileController profile
        property var drafts: ({})
        property var notes: ({})
        property int notesVersion: 0  // bumped by the page when `notes` changes
        readonly property var note: { notesVersion; return notes[key] || { ok: false, text: "" } }

        readonly property string key: modelData.split(" = ")[0]
        readonly property string rest: modelData.indexOf(" = ") >= 0 ? modelData.slice(modelData.indexOf(" = ") + 3) : ""
        readonly property string value: rest.indexOf(": ") >= 0 ? rest.slice(0, rest.indexOf(": ")) : rest
        readonly property string description: rest.indexOf(": ") >= 0 ? rest.slice(rest.indexOf(": ") + 2) : key

        // Saving rebuilds the list (and this row), so the outcome goes to `notes` first.
        function submit() {
            const k = key, value = field.text.trim(), shared = notes, typed = drafts
            const error = profile.setThreshold(k, value)
            shared[k] = error.length === 0 ? { ok: true, text: qsTr("Set to %1.").arg(value) } : { ok: false, text: error }
            if (error.length === 0)
                delete typed[k]
            answered()
        }
        signal answered()

        spacing: 4
        Layout.fillWidth: true

        Label {
            text: row.description.charAt(0).toUpperCase() + row.description.slice(1)
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            TextField {
                id: field
                text: row.drafts[row.key] !== undefined ? row.drafts[row.key] : row.value
                Layout.preferredWidth: 90
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                color: Theme.text
                horizontalAlignment: TextInput.AlignRight
                inputMethodHints: Qt.ImhDigitsOnly
                selectByMouse: true
                activeFocusOnTab: true
                Accessible.name: row.description
                onTextEdited: row.drafts[row.key] = text
                onAccepted: row.submit()
                background: Rectangle {
                    radius: Theme.radius
                    color: field.enabled ? Theme.surface : Theme.surfaceAlt
                    border.width: field.activeFocus ? 2 : 1
                    border.color: field.activeFocus ? Theme.accent : Theme.border
                }
            }
            ThemeButton {
                text: qsTr("Set")
                enabled: field.text.trim() !== row.value
                Accessible.name: qsTr("Set %1").arg(row.description)
                onClicked: row.submit()
            }
            Item { Layout.fillWidth: true }
        }
        InlineMessage { text: row.note.text; ok: row.note.ok }
    }

    ScrollPage {
        anchors.fill: parent

        Heading { text: qsTr("Profile & settings") }

        Card {
            title: qsTr("About you")
            subtitle: qsTr("All optional. The alerts use it, for example your conditions and age, to know what to look out for.")
            enabled: !AppController.readOnly

            LabeledField { id: nameField; label: qsTr("Name"); placeholder: qsTr("shown on the visit report"); onTextEdited: page.dirty = true }
            LabeledField {
                id: yearField
                label: qsTr("Year of birth")
                placeholder: qsTr("for example 1961")
                inputMethodHints: Qt.ImhDigitsOnly
                onTextEdited: page.dirty = true
            }
            LabeledField {
                id: birthDateField
                label: qsTr("Date of birth")
                placeholder: qsTr("YYYY-MM-DD, for the visit report's header")
                onTextEdited: page.dirty = true
            }
            LabeledField {
                id: identifierField
                label: qsTr("Patient number")
                placeholder: qsTr("a hospital or insurance number, if your clinic asks for one")
                onTextEdited: page.dirty = true
            }
            LabeledField {
                id: identifierSystemField
                label: qsTr("Kind of number")
                placeholder: qsTr("for example: hospital number")
                onTextEdited: page.dirty = true
            }
            FieldLabel { text: qsTr("Conditions") }
            ChipPicker {
                id: conditionPicker
                multiple: true
                options: page.known
                labelFor: (name) => page.readable(name)
                accessiblePrefix: qsTr("Condition")
                onToggled: page.dirty = true
            }
            LabeledField {
                id: otherField
                label: qsTr("Other conditions")
                placeholder: qsTr("separated by commas")
                onTextEdited: page.dirty = true
            }
            LabeledField {
                id: onsetField
                label: qsTr("When did this pain or spasticity start?")
                placeholder: qsTr("YYYY-MM-DD")
                onTextEdited: page.dirty = true
            }
            SuggestField {
                id: zoneField
                label: qsTr("Home time zone")
                placeholder: qsTr("type a city, for example Berlin")
                hint: qsTr("Dose times are on this zone's clock.")
                suggestionsFor: (text) => AppController.zoneSuggestions(text)
                onTextEdited: page.dirty = true
                onAccepted: page.save()
            }
            RowLayout {
                spacing: Theme.spacing
                ThemeButton { primary: true; text: qsTr("Save"); Accessible.name: qsTr("Save my profile"); onClicked: page.save() }
                ThemeButton {
                    visible: page.dirty
                    text: qsTr("Undo my changes")
                    onClicked: {
                        page.message = ""
                        page.load()
                    }
                }
            }
            InlineMessage { text: page.message; ok: page.ok }
        }

        Card {
            title: qsTr("Alert thresholds")
            subtitle: qsTr("When alerts are raised. Change these only after talking with your clinician.")

            EmptyState {
                visible: profileController.thresholds.length === 0
                text: qsTr("No thresholds to show: open a journal first.")
            }
            ThemeButton {
                id: showThresholds
                property bool open: false
                visible: profileController.thresholds.length > 0
                text: open ? qsTr("Hide the thresholds") : qsTr("Show the %1 thresholds").arg(profileController.thresholds.length)
                Accessible.description: qsTr("Advanced: when each alert is raised")
                onClicked: open = !open
            }
            Repeater {
                model: showThresholds.open ? profileController.thresholds : []
                delegate: ThresholdRow {
                    enabled: !AppController.readOnly
                    profile: profileController
                    drafts: page.thresholdDrafts
                    notes: page.thresholdNotes
                    notesVersion: page.thresholdNotesVersion
                    onAnswered: page.thresholdNotesVersion++
                }
            }
        }

        Card {
            title: qsTr("This journal")
            Body { text: AppController.journalPath; font.family: "monospace"; Accessible.name: qsTr("Journal file %1").arg(text) }
            Body {
                text: AppController.readOnly ? qsTr("Open read-only: nothing can be changed.")
                                             : qsTr("Open for logging. Only you can read this file; keep a backup copy somewhere safe.")
                color: Theme.muted
            }
        }
    }
}
