import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// The page people open most: log pain, doses, side effects, cramps and what helped in a
// tap or two, and see (and undo, or correct) what the day already holds. Things that
// happened earlier today or yesterday are logged at their own time (the "When" bar).
PageBase {
    id: page
    objectName: "today"

    function showPage(name) {
        const window = ApplicationWindow.window
        if (window && window.showPage)
            window.showPage(name)
    }
    readonly property bool yesterday: whenBar.day.length > 0

    // Back to "now" whenever the person leaves the page, so a typed time is never used
    // for something logged much later.
    onVisibleChanged: if (!visible) whenBar.reset()
    // What the cards last answered was about the other day.
    Connections {
        target: whenBar
        function onDayChanged() {
            for (const card of [painCard, dosesCard, checkinsCard, sideEffectCard, crampCard, countersCard, symptomCard, noteCard, dayLogCard])
                card.message = ""
        }
    }

    TodayModel {
        id: todayModel
        day: whenBar.day
        time: whenBar.time
    }
    DoseSlotsModel {
        id: doseModel
        day: whenBar.day
        time: whenBar.time
    }
    CheckinsController { id: checkins; live: page.visible }

    ScrollPage {
        id: scroll
        anchors.fill: parent

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Heading { text: page.yesterday ? qsTr("Yesterday") : qsTr("Today") }
            Label {
                text: page.yesterday ? AppController.yesterdayText : AppController.today
                color: Theme.muted
                font.pixelSize: Theme.fontBody
                Layout.alignment: Qt.AlignBottom
                bottomPadding: 4
            }
        }

        Card {
            visible: AppController.readOnly
            accentColor: Theme.warning
            title: qsTr("Read-only")
            subtitle: qsTr("This journal is open read-only: you can look at everything, but not log or undo. "
                           + "To log, open your own journal with “Open another journal…”.")
        }

        WhenBar {
            id: whenBar
            visible: !AppController.readOnly
            yesterday: todayModel.yesterday
            error: todayModel.timeError
        }

        // Always there while today has scheduled doses, so the page never jumps when the
        // last due dose is answered (a second tap would land on another row). Below the
        // When bar, which hides it for yesterday without moving the bar's own chips.
        Card {
            id: dueBanner
            visible: doseModel.count > 0 && !page.yesterday
            accentColor: doseModel.dueCount > 0 ? Theme.warning : Theme.good
            Accessible.role: Accessible.AlertMessage
            Accessible.name: dueText.text
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    id: dueText
                    text: doseModel.dueCount === 1 ? qsTr("A dose is due now.")
                        : doseModel.dueCount > 1 ? qsTr("%n doses are due now.", "", doseModel.dueCount)
                        : doseModel.nextDue.length > 0 ? qsTr("Nothing is due now. Next: %1.").arg(doseModel.nextDue)
                        : qsTr("No more doses scheduled today.")
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.bold: doseModel.dueCount > 0
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    verticalAlignment: Text.AlignVCenter
                    // Two lines always, whatever it says: its height never changes.
                    Layout.preferredHeight: 2 * dueMetrics.height
                    Layout.fillWidth: true
                    FontMetrics { id: dueMetrics; font: dueText.font }
                }
                ThemeButton {
                    text: doseModel.dueCount === 1 ? qsTr("Show it") : qsTr("Show them")
                    opacity: doseModel.dueCount > 0 ? 1 : 0
                    enabled: doseModel.dueCount > 0
                    Accessible.name: qsTr("Show the doses that are due")
                    onClicked: scroll.reveal(dosesCard)
                }
            }
        }

        PainCard { id: painCard; today: todayModel; when: whenBar; enabled: !AppController.readOnly }
        DosesCard {
            id: dosesCard
            doses: doseModel
            when: whenBar
            enabled: !AppController.readOnly
            dayTitle: page.yesterday ? qsTr("Doses yesterday") : qsTr("Doses today")
            yesterday: page.yesterday
            onAddMedications: page.showPage("medications")
        }
        // Only while something is due today (and, once the last is answered, for what
        // that answer logged); not for yesterday, nor in a read-only journal.
        CheckinsCard {
            id: checkinsCard
            checkins: checkins
            visible: !page.yesterday && !AppController.readOnly
                     && (checkins.shown || (checkinsCard.messageOk && checkinsCard.message.length > 0))
            enabled: !AppController.readOnly
        }
        SideEffectCard { id: sideEffectCard; today: todayModel; when: whenBar; enabled: !AppController.readOnly }
        CrampCard { id: crampCard; today: todayModel; when: whenBar; enabled: !AppController.readOnly }
        CountersCard { id: countersCard; today: todayModel; when: whenBar; enabled: !AppController.readOnly }
        SymptomCard { id: symptomCard; today: todayModel; when: whenBar; enabled: !AppController.readOnly }
        NoteCard { id: noteCard; today: todayModel; when: whenBar; enabled: !AppController.readOnly }
        DayLogCard {
            id: dayLogCard
            today: todayModel
            enabled: !AppController.readOnly
            dayTitle: page.yesterday ? qsTr("Yesterday's log") : qsTr("Today's log")
        }
    }
}
