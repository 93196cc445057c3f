import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// Pain and doses over time, with function (the PEG, sleep and goals) when logged: the same
// renderer as the visit report, over a chosen range.
PageBase {
    id: page
    objectName: "trends"

    // The chart says nothing when there is nothing to chart.
    readonly property bool empty: chart.summary.length === 0

    function showPage(name) {
        const window = ApplicationWindow.window
        if (window && window.showPage)
            window.showPage(name)
    }

    // Scrolls only when the window is too short for every drug's dose row to be readable.
    Flickable {
        id: flick
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        contentWidth: width
        contentHeight: column.height
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }

        ColumnLayout {
            id: column
            width: flick.width - 14  // room for the scroll bar, shown or not, as ScrollPage keeps
            height: Math.max(flick.height, implicitHeight)
            spacing: Theme.spacing

            Heading { text: qsTr("Trends") }

            ChipPicker {
                id: range
                options: ["14", "28", "90", "365"]
                chosen: [String(chart.days)]
                labelFor: (days) => days === "14" ? qsTr("2 weeks") : days === "28" ? qsTr("4 weeks")
                                  : days === "90" ? qsTr("3 months") : qsTr("1 year")
                accessiblePrefix: qsTr("Show the last")
                onChosenChanged: if (chosen.length > 0) chart.days = parseInt(chosen[0])
                                 else chosen = [String(chart.days)]
            }

            Label {
                text: chart.summary
                visible: !page.empty
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: page.empty ? 240 : chart.neededHeight + 16
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                TrendsChart {
                    id: chart
                    anchors.fill: parent
                    anchors.margins: 8
                    visible: !page.empty
                    dark: Theme.dark
                    Accessible.role: Accessible.Chart
                    Accessible.name: hasFunction ? qsTr("Chart of pain, function (PEG, sleep, goals) and doses")
                                                 : qsTr("Chart of pain and doses")
                    Accessible.description: summary
                }

                EmptyState {
                    visible: page.empty
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 2 * Theme.spacing, 520)
                    title: qsTr("Nothing to chart yet")
                    text: qsTr("Log your pain and doses on the Today page. After a few days, this page shows how they change together.")
                    actionText: qsTr("Go to Today")
                    onAction: page.showPage("today")
                }
            }
        }
    }
}
