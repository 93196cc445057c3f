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
    RemindersController { id: reminders }
    CheckinsController { id: checkins; live: page.visible }
    ShareController { id: share }

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

    // One reminder setting with a field and Set (the thresholds' pattern): what was typed
    // stays until it is saved, and a refused value shows core's message beside it.
    component ReminderRow: ColumnLayout {
        id: setting
        required property string key
        required property string label
        required property RemindersController controller
        property string note
        property bool noteOk: false
        readonly property string stored: controller.settings[key] || ""

        function submit() {
            const error = controller.set(key, field.text.trim())
            noteOk = error.length === 0
            note = noteOk ? qsTr("Set to %1.").arg(controller.settings[key]) : error
            if (noteOk)
                field.text = Qt.binding(() => setting.stored)
        }

        spacing: 4
        Layout.fillWidth: true

        Label {
            text: setting.label
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
                text: setting.stored
                Layout.preferredWidth: 90
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                color: Theme.text
                horizontalAlignment: TextInput.AlignRight
                inputMethodHints: Qt.ImhDigitsOnly
                selectByMouse: true
                activeFocusOnTab: true
                Accessible.name: setting.label
                onAccepted: setting.submit()
                background: Rectangle {
                    radius: Theme.radius
                    color: field.enabled ? Theme.surface : Theme.surfaceAlt
                    border.width: field.activeFocus ? 2 : 1
                    border.color: field.activeFocus ? Theme.accent : Theme.border
                }
            }
            ThemeButton {
                text: qsTr("Set")
                enabled: field.text.trim() !== setting.stored
                Accessible.name: qsTr("Set %1").arg(setting.label)
                onClicked: setting.submit()
            }
            Item { Layout.fillWidth: true }
        }
        InlineMessage { text: setting.note; ok: setting.noteOk }
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

        // One or two goals in the person's words; the Today page's Check-ins ask about
        // each one every day.
        Card {
            id: goalsCard
            title: qsTr("Goals")
            subtitle: qsTr("One or two things you want to be able to do again, in your own words. The Today page asks each day whether you managed them.")
            enabled: checkins.canChange

            function add() {
                if (goalsCard.answer(checkins.addGoal(goalField.text), qsTr("Added. The Today page asks about it from today.")))
                    goalField.text = ""
            }

            Repeater {
                model: checkins.goals
                delegate: RowLayout {
                    id: goalRow
                    required property var modelData
                    spacing: Theme.spacing
                    Layout.fillWidth: true
                    Body { text: goalRow.modelData.text; verticalAlignment: Text.AlignVCenter; Layout.fillHeight: true }
                    ThemeButton {
                        text: qsTr("Remove")
                        Accessible.name: qsTr("Remove the goal %1").arg(goalRow.modelData.text)
                        Accessible.description: qsTr("The days it was checked off stay in the journal")
                        onClicked: goalsCard.answer(checkins.removeGoal(goalRow.modelData.slot),
                                                    qsTr("Removed. The days it was checked off stay in the journal."))
                    }
                }
            }
            EmptyState {
                visible: checkins.goals.length === 0
                text: qsTr("No goals yet.")
            }
            LabeledField {
                id: goalField
                visible: checkins.canAddGoal
                label: qsTr("New goal")
                placeholder: qsTr("for example: walk the dog 20 minutes")
                onAccepted: goalsCard.add()
            }
            ThemeButton {
                visible: checkins.canAddGoal
                text: qsTr("Add goal")
                enabled: goalField.text.trim().length > 0
                onClicked: goalsCard.add()
            }
            Body {
                visible: checkins.canChange && !checkins.canAddGoal
                text: qsTr("At most %1 goals: remove one to add another.").arg(checkins.maxGoals)
                color: Theme.muted
            }
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
            title: qsTr("Language")
            subtitle: qsTr("The language of this window, of alerts, reports and reminders. Reports can also be written in your clinician's language on the Report page.")
            ThemeComboBox {
                objectName: "languageChoice"
                model: AppController.languages
                textRole: "name"
                valueRole: "code"
                value: AppController.language
                Layout.fillWidth: true
                Accessible.name: qsTr("Language")
                onActivated: AppController.language = currentValue
            }
        }

        Card {
            id: remindersCard
            title: qsTr("Reminders")
            subtitle: reminders.caregiver
                      ? qsTr("A notification when a scheduled dose of the journal you follow has not been logged an hour after its time, also while this window is closed.")
                      : qsTr("A notification when a scheduled dose is due, with Taken, Skip and Snooze, also while this window is closed. Your answer is logged in this journal.")
            property string switchNote
            property string quietNote
            property bool quietOk: false
            property string hideNote

            ThemeSwitch {
                id: remindersSwitch
                objectName: "remindersSwitch"
                text: reminders.caregiver ? qsTr("Tell me when a dose is not logged within an hour")
                                          : qsTr("Remind me when Relief Journal is closed")
                isOn: reminders.switchedOn
                enabled: reminders.canChange || reminders.caregiver
                Layout.fillWidth: true
                onSwitchRequested: (wanted) => remindersCard.switchNote = reminders.setOn(wanted)
            }
            Body {
                text: reminders.status
                color: Theme.muted
                Accessible.name: text
            }
            ThemeButton {
                visible: reminders.canStart
                text: qsTr("Start reminders now")
                onClicked: remindersCard.switchNote = reminders.startNow()
            }
            InlineMessage { text: remindersCard.switchNote }

            ReminderRow {
                key: "repeat-minutes"
                label: qsTr("Repeat an unanswered reminder every (minutes, 0 for never)")
                controller: reminders
                enabled: reminders.canChange
            }
            ReminderRow {
                key: "repeat-limit"
                label: qsTr("Repeats of one reminder, at most")
                controller: reminders
                enabled: reminders.canChange
            }
            ReminderRow {
                key: "heads-up-minutes"
                label: qsTr("Heads-up before a dose (minutes, 0 for none)")
                controller: reminders
                enabled: reminders.canChange
            }
            ReminderRow {
                key: "snooze-minutes"
                label: qsTr("Snooze for (minutes)")
                controller: reminders
                enabled: reminders.canChange
            }

            ThemeCheckBox {
                id: quietBox
                text: qsTr("Quiet hours: no reminder sounds between these times")
                enabled: reminders.canChange
                checked: reminders.settings["quiet-hours"] !== "off"
                Layout.fillWidth: true
                onToggled: {
                    const error = reminders.setQuietHours(checked, quietFrom.text, quietUntil.text)
                    remindersCard.quietOk = error.length === 0
                    remindersCard.quietNote = error
                    checked = Qt.binding(() => reminders.settings["quiet-hours"] !== "off")
                }
            }
            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                LabeledField {
                    id: quietFrom
                    label: qsTr("Quiet from")
                    placeholder: qsTr("HH:MM")
                    text: reminders.settings["quiet-from"] || ""
                    enabled: reminders.canChange
                    Layout.preferredWidth: 130
                    Layout.fillWidth: false
                    onAccepted: quietSet.clicked()
                }
                LabeledField {
                    id: quietUntil
                    label: qsTr("Quiet until")
                    placeholder: qsTr("HH:MM")
                    text: reminders.settings["quiet-until"] || ""
                    enabled: reminders.canChange
                    Layout.preferredWidth: 130
                    Layout.fillWidth: false
                    onAccepted: quietSet.clicked()
                }
                ThemeButton {
                    id: quietSet
                    text: qsTr("Set the quiet hours")
                    enabled: reminders.canChange
                    Layout.alignment: Qt.AlignBottom
                    onClicked: {
                        const error = reminders.setQuietHours(true, quietFrom.text, quietUntil.text)
                        remindersCard.quietOk = error.length === 0
                        remindersCard.quietNote = remindersCard.quietOk
                                ? qsTr("Quiet from %1 to %2.").arg(reminders.settings["quiet-from"]).arg(reminders.settings["quiet-until"])
                                : error
                        if (remindersCard.quietOk) {
                            quietFrom.text = Qt.binding(() => reminders.settings["quiet-from"] || "")
                            quietUntil.text = Qt.binding(() => reminders.settings["quiet-until"] || "")
                        }
                    }
                }
                Item { Layout.fillWidth: true }
            }
            InlineMessage { text: remindersCard.quietNote; ok: remindersCard.quietOk }

            ThemeCheckBox {
                text: qsTr("Hide medication names on screen (the reminder says “a dose is due”)")
                enabled: reminders.canChange
                checked: reminders.settings["hide-names"] === "yes"
                Layout.fillWidth: true
                onToggled: {
                    remindersCard.hideNote = reminders.set("hide-names", checked ? "yes" : "no")
                    checked = Qt.binding(() => reminders.settings["hide-names"] === "yes")
                }
            }
            InlineMessage { text: remindersCard.hideNote }
        }

        Card {
            id: shareCard
            objectName: "sharingCard"
            title: qsTr("Sharing")
            subtitle: qsTr("Keep this journal the same on your other computers, or let a caregiver follow it, through a folder that Syncthing, Nextcloud or a USB stick keeps in step. What goes there is encrypted; there is no account and no server.")
            property string note
            property bool noteOk: false
            property string shownWords

            function answer(error, done) {
                noteOk = error.length === 0
                note = noteOk ? done : error
                return noteOk
            }

            // Shared: where, as whom, and what came in last.
            Body {
                visible: share.shared
                text: share.following ? qsTr("Following the journal in %1 read-only, as “%2”.").arg(share.folder).arg(share.deviceName)
                                      : qsTr("Shared in %1 as “%2”.").arg(share.folder).arg(share.deviceName)
                Accessible.name: text
            }
            Body {
                objectName: "shareStatus"
                visible: share.shared
                text: AppController.shareStatus
                color: Theme.muted
                Accessible.name: text
            }
            RowLayout {
                visible: share.shared
                spacing: Theme.spacing
                ThemeButton {
                    objectName: "syncNow"
                    text: qsTr("Sync now")
                    onClicked: shareCard.answer(share.syncNow(), qsTr("Synced."))
                }
                ThemeButton {
                    objectName: "showWords"
                    visible: share.wordsKnown
                    text: shareCard.shownWords.length > 0 ? qsTr("Hide the words") : qsTr("Show the words")
                    Accessible.description: qsTr("The 16 words another device types to join")
                    onClicked: shareCard.shownWords = shareCard.shownWords.length > 0 ? "" : share.words()
                }
                ConfirmButton {
                    label: qsTr("Stop sharing")
                    confirmText: qsTr("Press again to stop sharing")
                    onConfirmed: {
                        shareCard.shownWords = ""
                        shareCard.answer(share.leave(), qsTr("Stopped sharing. This journal keeps everything."))
                    }
                }
            }
            ThemeCheckBox {
                objectName: "tellCaregivers"
                visible: share.shared && !share.following
                text: qsTr("Let a caregiver who follows this journal be told when a dose is not logged within an hour")
                checked: share.tellCaregivers
                Layout.fillWidth: true
                onToggled: {
                    shareCard.answer(share.setTellCaregivers(checked), "")
                    checked = Qt.binding(() => share.tellCaregivers)
                }
            }
            Label {
                objectName: "shareWords"
                visible: shareCard.shownWords.length > 0
                text: shareCard.shownWords
                color: Theme.text
                font.pixelSize: Theme.fontBody + 2
                font.family: "monospace"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("The share's words: %1").arg(text)
            }
            Body {
                visible: shareCard.shownWords.length > 0
                text: qsTr("Type these words on each device that joins. Keep them as you would a password.")
                color: Theme.muted
            }

            // Not shared yet: a folder, a name, then share or join.
            Body {
                visible: !share.shared && !share.canShare
                text: qsTr("Open a journal for writing to share it.")
                color: Theme.muted
            }
            RowLayout {
                visible: share.canShare
                spacing: Theme.spacing
                Layout.fillWidth: true
                LabeledField {
                    id: shareFolder
                    objectName: "shareFolder"
                    label: qsTr("Shared folder")
                    placeholder: qsTr("for example ~/Sync/relief")
                    Layout.fillWidth: true
                }
                ThemeButton {
                    text: qsTr("Choose…")
                    Accessible.name: qsTr("Choose the shared folder")
                    Layout.alignment: Qt.AlignBottom
                    onClicked: folderDialog.start()
                }
            }
            LabeledField {
                id: shareName
                objectName: "shareName"
                visible: share.canShare
                label: qsTr("This device's name")
                placeholder: share.suggestedName
                hint: qsTr("How the other devices name this one: “Last change from laptop”.")
            }
            ThemeButton {
                objectName: "startSharing"
                visible: share.canShare
                primary: true
                text: qsTr("Share this journal")
                onClicked: {
                    if (shareCard.answer(share.create(shareFolder.text, shareName.text),
                                         qsTr("Shared. Write down the words above and type them on your other devices.")))
                        shareCard.shownWords = share.words()
                }
            }
            LabeledField {
                id: shareWordsField
                objectName: "joinWords"
                visible: share.canShare
                label: qsTr("Or join a journal shared in that folder: its 16 words")
                placeholder: qsTr("the words shown on the device that shared it")
            }
            ThemeCheckBox {
                id: joinReadOnly
                objectName: "joinReadOnly"
                visible: share.canShare
                text: qsTr("Read-only: follow someone's journal as a caregiver (this journal must be new)")
                Layout.fillWidth: true
            }
            ThemeButton {
                objectName: "joinShare"
                visible: share.canShare
                text: qsTr("Join")
                enabled: shareWordsField.text.trim().length > 0
                onClicked: {
                    if (shareCard.answer(share.join(shareFolder.text, shareWordsField.text, joinReadOnly.checked, shareName.text),
                                         joinReadOnly.checked ? qsTr("Joined read-only. This window follows the shared journal.")
                                                              : qsTr("Joined. This journal now has the shared entries too.")))
                        shareWordsField.text = ""
                }
            }
            InlineMessage { objectName: "shareNote"; text: shareCard.note; ok: shareCard.noteOk }

            FileChooserDialog {
                id: folderDialog
                title: qsTr("Choose the shared folder")
                saving: false
                choosingFolder: true
                suffixes: ["json"]
                kindText: qsTr("Folders (a shared one holds relief-share.json)")
                onChosen: (path) => shareFolder.text = path
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
