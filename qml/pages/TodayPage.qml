import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// The page people open most: log pain, doses, side effects, cramps and what helped in a
// tap or two, and see (and undo) what today already holds.
PageBase {
    id: page
    objectName: "today"

    function showPage(name) {
        const window = ApplicationWindow.window
        if (window && window.showPage)
            window.showPage(name)
    }

    TodayModel { id: todayModel }
    DoseSlotsModel { id: doseModel }

    ScrollPage {
        id: scroll
        anchors.fill: parent

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Heading { text: qsTr("Today") }
            Label {
                text: AppController.today
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

        Card {
            id: dueBanner
            visible: doseModel.dueCount > 0
            accentColor: Theme.warning
            Accessible.role: Accessible.AlertMessage
            Accessible.name: dueText.text
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    id: dueText
                    text: doseModel.dueCount === 1 ? qsTr("A dose is due now.") : qsTr("%1 doses are due now.").arg(doseModel.dueCount)
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                ThemeButton {
                    text: doseModel.dueCount === 1 ? qsTr("Show it") : qsTr("Show them")
                    Accessible.name: qsTr("Show the doses that are due")
                    onClicked: scroll.reveal(dosesCard)
                }
            }
        }

        PainCard { today: todayModel; enabled: !AppController.readOnly }
        DosesCard {
            id: dosesCard
            doses: doseModel
            enabled: !AppController.readOnly
            onAddMedications: page.showPage("medications")
        }
        SideEffectCard { today: todayModel; enabled: !AppController.readOnly }
        CrampCard { today: todayModel; enabled: !AppController.readOnly }
        CountersCard { today: todayModel; enabled: !AppController.readOnly }
        NoteCard { today: todayModel; enabled: !AppController.readOnly }
        DayLogCard { today: todayModel; enabled: !AppController.readOnly }
    }
}
