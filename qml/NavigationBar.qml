import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// The list of pages on the left. One Tab stop: Up/Down move, Enter or Space opens the
// page. Below it: which journal is open, dark mode, and opening another journal.
PageBase {
    id: bar
    objectName: "navigation"
    property string current: "today"
    signal selected(string name)

    readonly property var entries: [
        { name: "today", title: qsTr("Today") },
        { name: "trends", title: qsTr("Trends") },
        { name: "medications", title: qsTr("Medications") },
        { name: "alerts", title: qsTr("Alerts") },
        { name: "report", title: qsTr("Visit report") },
        { name: "profile", title: qsTr("Profile & settings") }
    ]
    // Wide enough for the longest page name, bold, with its badge: German and Spanish names
    // are longer than the English ones. The window caps it (Main.qml).
    readonly property real neededWidth: {
        let widest = 0
        for (const entry of entries)
            widest = Math.max(widest, titleMetrics.advanceWidth(entry.title))
        return Math.ceil(widest) + 2 * Theme.spacing + 12 + 8 + 6 + 36
    }
    FontMetrics { id: titleMetrics; font.pixelSize: Theme.fontBody; font.bold: true }
    readonly property string fileName: {
        const parts = AppController.journalPath.split(/[\\/]/)
        return parts[parts.length - 1]
    }

    background: Rectangle {
        color: Theme.surface
        Rectangle { width: 1; color: Theme.border; anchors { right: parent.right; top: parent.top; bottom: parent.bottom } }
    }

    AlertsModel { id: alerts }

    function indexOf(name) {
        for (let i = 0; i < entries.length; ++i)
            if (entries[i].name === name)
                return i
        return 0
    }
    onCurrentChanged: list.currentIndex = indexOf(current)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        Label {
            text: qsTr("Relief Journal")
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            Layout.fillWidth: true
            elide: Text.ElideRight
        }
        Label {
            text: bar.fileName
            visible: text.length > 0
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideMiddle
            Layout.fillWidth: true
            Accessible.name: qsTr("Journal file %1").arg(AppController.journalPath)
        }
        Label {
            visible: AppController.readOnly
            text: qsTr("read-only")
            color: Theme.accentText
            font.pixelSize: Theme.fontSmall
            font.bold: true
            leftPadding: 8
            rightPadding: 8
            topPadding: 2
            bottomPadding: 2
            background: Rectangle { color: Theme.warning; radius: height / 2 }
            Accessible.name: qsTr("This journal is open read-only")
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing / 2
            Layout.preferredHeight: contentHeight
            interactive: false
            model: bar.entries
            currentIndex: bar.indexOf(bar.current)
            spacing: 2
            keyNavigationEnabled: true
            activeFocusOnTab: true
            focus: true
            highlightFollowsCurrentItem: false
            Accessible.role: Accessible.PageTabList
            Accessible.name: qsTr("Pages")

            Keys.onReturnPressed: bar.selected(bar.entries[currentIndex].name)
            Keys.onEnterPressed: bar.selected(bar.entries[currentIndex].name)
            Keys.onSpacePressed: bar.selected(bar.entries[currentIndex].name)

            delegate: ItemDelegate {
                id: item
                required property var modelData
                required property int index
                readonly property bool isCurrent: modelData.name === bar.current
                readonly property int badge: modelData.name === "alerts" ? alerts.currentCount : 0

                width: ListView.view.width
                // Two lines for a long name in a narrow window (German, Spanish).
                height: Math.max(Theme.touch + 4, title.implicitHeight + 16)
                focusPolicy: Qt.NoFocus
                leftPadding: 12
                rightPadding: 8
                Accessible.role: Accessible.PageTab
                //: For a screen reader: a page's name, then how many alerts are current.
                Accessible.name: badge === 1 ? qsTr("%1, 1 current alert").arg(modelData.title)
                               : badge > 1 ? qsTr("%1, %n current alerts", "", badge).arg(modelData.title) : modelData.title
                Accessible.selected: isCurrent
                Accessible.onPressAction: clicked()
                onClicked: {
                    list.currentIndex = index
                    bar.selected(modelData.name)
                }

                background: Rectangle {
                    radius: Theme.radius
                    color: item.isCurrent ? Theme.accent : (item.hovered ? Theme.surfaceAlt : "transparent")
                    border.width: list.activeFocus && list.currentIndex === item.index ? 3 : 0
                    border.color: Theme.text
                }
                contentItem: RowLayout {
                    spacing: 6
                    Label {
                        id: title
                        text: item.modelData.title
                        color: item.isCurrent ? Theme.accentText : Theme.text
                        font.pixelSize: Theme.fontBody
                        font.bold: item.isCurrent
                        wrapMode: Text.WordWrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                        // A name longer than two lines is cut: the whole name on hover.
                        ToolTip.visible: truncated && item.hovered
                        ToolTip.text: text
                    }
                    Label {
                        visible: item.badge > 0
                        text: String(item.badge)
                        color: item.isCurrent ? Theme.accent : Theme.accentText
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        horizontalAlignment: Text.AlignHCenter
                        leftPadding: 7
                        rightPadding: 7
                        topPadding: 1
                        bottomPadding: 1
                        background: Rectangle {
                            radius: height / 2
                            color: item.isCurrent ? Theme.accentText : Theme.accent
                        }
                    }
                }
            }
        }

        Item { Layout.fillHeight: true; Layout.minimumHeight: 0 }

        Switch {
            id: darkSwitch
            text: qsTr("Dark mode")
            checked: Theme.dark
            onToggled: {
                Theme.dark = checked
                AppController.darkMode = checked  // remembered for the next start
                checked = Qt.binding(() => Theme.dark)
            }
            focusPolicy: Qt.StrongFocus
            font.pixelSize: Theme.fontBody
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            Accessible.name: qsTr("Dark mode")
            Accessible.onPressAction: { toggle(); toggled() }
            Accessible.onToggleAction: { toggle(); toggled() }
            Keys.onReturnPressed: { toggle(); toggled() }
            Keys.onEnterPressed: { toggle(); toggled() }
            indicator: Rectangle {
                implicitWidth: 44
                implicitHeight: 24
                x: darkSwitch.leftPadding
                y: (darkSwitch.height - height) / 2
                radius: height / 2
                color: darkSwitch.checked ? Theme.accent : Theme.surfaceAlt
                border.width: darkSwitch.visualFocus ? 3 : 1
                border.color: darkSwitch.visualFocus ? Theme.text : Theme.muted
                Rectangle {
                    width: 18
                    height: 18
                    radius: 9
                    y: 3
                    x: darkSwitch.checked ? parent.width - width - 3 : 3
                    color: darkSwitch.checked ? Theme.accentText : Theme.muted
                }
            }
            contentItem: Label {
                leftPadding: darkSwitch.indicator.width + darkSwitch.spacing
                text: darkSwitch.text
                font: darkSwitch.font
                color: Theme.text
                verticalAlignment: Text.AlignVCenter
            }
        }

        JournalOpener { buttonText: qsTr("Open another journal…") }
    }
}
