import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// The app's own dialog to save a file under a new name (asking before it replaces one)
// or to open one. Qt 6.4's Quick FileDialog cannot save to a new name, and it needs
// packages a desktop may lack. It starts in the folder used last, else in Documents.
Dialog {
    id: dialog
    property bool saving: true
    // Choosing a folder (the Sharing card): the folder shown, or one typed, is the answer.
    property bool choosingFolder: false
    property var suffixes: []        // without the dot; the first is added to a bare name
    property string kindText         // "PDF documents", shown above the list
    property string suggestedName    // the name offered when saving
    property string acceptText: choosingFolder ? qsTr("Use this folder") : saving ? qsTr("Save") : qsTr("Open")
    property string replacing        // a path that exists and waits for "Replace"
    property string message
    signal chosen(string path)

    modal: true
    focus: true
    parent: Overlay.overlay
    x: Math.round((parent.width - width) / 2)
    y: Math.round((parent.height - height) / 2)
    width: Math.min(parent.width - 2 * Theme.spacing, 680)
    height: Math.min(parent.height - 2 * Theme.spacing, 620)
    padding: Theme.spacing + 4
    closePolicy: Popup.CloseOnEscape
    // Fixed, not from the content: wrapped labels inside made the default a binding loop.
    implicitWidth: 680
    implicitHeight: 620

    // Opens the dialog afresh: the last folder, the suggested name selected.
    function start() {
        files.restart()
        nameField.text = saving ? suggestedName : ""
        replacing = ""
        message = ""
        open()
    }
    function acceptTyped() {
        if (choosingFolder) {
            const typed = nameField.text.trim()
            const folder = typed.length > 0 ? files.resolve(typed, false) : files.folder
            if (!files.isFolder(folder)) {
                message = qsTr("There is no folder called “%1” here.").arg(typed)
                return
            }
            close()
            chosen(folder)
            return
        }
        const path = files.resolve(nameField.text, saving)
        if (path.length === 0) {
            message = saving ? qsTr("Type a name for the file.") : qsTr("Choose a file, or type its name.")
            return
        }
        if (files.isFolder(path)) {
            files.folder = path
            nameField.text = saving ? suggestedName : ""
            message = ""
            return
        }
        if (saving && files.exists(path) && replacing !== path) {
            replacing = path
            message = ""
            Qt.callLater(() => replaceButton.forceActiveFocus(Qt.TabFocusReason))
            return
        }
        if (!saving && !files.exists(path)) {
            message = qsTr("There is no file called “%1” in this folder.").arg(files.fileName(path))
            return
        }
        files.remember(path)
        close()
        chosen(path)
    }

    onOpened: {
        nameField.forceActiveFocus(Qt.TabFocusReason)
        const dot = nameField.text.lastIndexOf(".")
        nameField.select(0, dot > 0 ? dot : nameField.text.length)
    }

    FileChooserModel { id: files; suffixes: dialog.suffixes }

    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
    }
    header: Label {
        text: dialog.title
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.bold: true
        wrapMode: Text.Wrap
        padding: Theme.spacing + 4
        bottomPadding: 0
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Accessible.role: Accessible.Dialog
        Accessible.name: dialog.title

        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            ThemeButton {
                text: qsTr("Up")
                enabled: !files.atTop
                Accessible.name: qsTr("Up to the parent folder")
                onClicked: files.up()
            }
            Label {
                text: files.folderLabel
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.bold: true
                elide: Text.ElideMiddle
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Folder %1").arg(files.folder)
            }
            ThemeButton {
                text: qsTr("Documents")
                Accessible.name: qsTr("Go to the Documents folder")
                onClicked: files.folder = files.documentsFolder
            }
            ThemeButton {
                text: qsTr("Home")
                Accessible.name: qsTr("Go to the home folder")
                onClicked: files.folder = files.homeFolder
            }
        }

        Label {
            visible: dialog.kindText.length > 0
            text: dialog.kindText
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
            Layout.fillWidth: true
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 120
            color: Theme.background
            border.color: Theme.border
            radius: Theme.radius

            ListView {
                id: list
                anchors.fill: parent
                anchors.margins: 2
                clip: true
                model: files
                activeFocusOnTab: true
                keyNavigationEnabled: true
                currentIndex: -1
                boundsBehavior: Flickable.StopAtBounds
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Files and folders in %1").arg(files.folderLabel)
                ScrollBar.vertical: ScrollBar {}

                function activate(index) {
                    const item = itemAtIndex(index)
                    if (!item)
                        return
                    if (item.isFolder) {
                        files.folder = item.path
                    } else {
                        dialog.nameField.text = item.name
                        dialog.acceptTyped()
                    }
                }
                Keys.onReturnPressed: activate(currentIndex)
                Keys.onEnterPressed: activate(currentIndex)
                Keys.onSpacePressed: activate(currentIndex)
                onActiveFocusChanged: if (activeFocus && currentIndex < 0 && count > 0) currentIndex = 0

                delegate: ItemDelegate {
                    id: entry
                    required property string name
                    required property string detail
                    required property string path
                    required property bool isFolder
                    required property int index
                    width: ListView.view.width
                    height: Theme.touch
                    focusPolicy: Qt.NoFocus
                    Accessible.role: Accessible.ListItem
                    Accessible.name: isFolder ? qsTr("Folder %1").arg(name) : qsTr("File %1").arg(name)
                    Accessible.selected: ListView.isCurrentItem
                    Accessible.onPressAction: clicked()
                    // One click on a file takes its name; on a folder, or twice, opens it.
                    onClicked: {
                        list.currentIndex = index
                        if (isFolder)
                            files.folder = path
                        else
                            dialog.nameField.text = entry.name
                    }
                    onDoubleClicked: list.activate(index)
                    background: Rectangle {
                        color: entry.ListView.isCurrentItem && list.activeFocus ? Theme.accent
                             : entry.hovered ? Theme.surfaceAlt : "transparent"
                        radius: Theme.radius - 2
                    }
                    contentItem: RowLayout {
                        spacing: 8
                        Label {
                            text: entry.name + (entry.isFolder ? "/" : "")
                            color: entry.ListView.isCurrentItem && list.activeFocus ? Theme.accentText : Theme.text
                            font.pixelSize: Theme.fontBody
                            elide: Text.ElideMiddle
                            Layout.fillWidth: true
                        }
                        Label {
                            text: entry.detail
                            visible: text.length > 0
                            color: entry.ListView.isCurrentItem && list.activeFocus ? Theme.accentText : Theme.muted
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                }

                Label {
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacing
                    visible: list.count === 0
                    text: qsTr("This folder is empty.")
                    color: Theme.muted
                    font.pixelSize: Theme.fontBody
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                }
            }
        }

        LabeledField {
            id: nameBox
            label: dialog.choosingFolder ? qsTr("Folder") : qsTr("File name")
            placeholder: dialog.choosingFolder ? qsTr("empty for the folder shown, or a folder's full path")
                       : dialog.saving ? qsTr("a name for the new file") : qsTr("the file's name, or its full path")
            onAccepted: dialog.acceptTyped()
            onTextEdited: {
                dialog.replacing = ""
                dialog.message = ""
            }
        }
        InlineMessage { text: dialog.message }

        // Asked in place, so that one more press of Enter never replaces a file unseen.
        Rectangle {
            visible: dialog.replacing.length > 0
            Layout.fillWidth: true
            implicitHeight: replaceRow.implicitHeight + 2 * Theme.spacing
            color: Theme.surfaceAlt
            border.color: Theme.warning
            radius: Theme.radius
            RowLayout {
                id: replaceRow
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing }
                spacing: Theme.spacing
                Label {
                    text: qsTr("“%1” already exists. Replace it?").arg(files.fileName(dialog.replacing))
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                ThemeButton {
                    id: replaceButton
                    text: qsTr("Replace")
                    tint: Theme.urgent
                    primary: true
                    Accessible.name: qsTr("Replace %1").arg(files.fileName(dialog.replacing))
                    onClicked: dialog.acceptTyped()
                }
                ThemeButton {
                    text: qsTr("Keep it")
                    Accessible.name: qsTr("Keep the existing file")
                    onClicked: {
                        dialog.replacing = ""
                        nameField.forceActiveFocus(Qt.TabFocusReason)
                    }
                }
            }
        }

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            ThemeButton {
                text: qsTr("Cancel")
                onClicked: dialog.close()
            }
            ThemeButton {
                primary: true
                text: dialog.acceptText
                enabled: (dialog.choosingFolder || nameBox.text.trim().length > 0) && dialog.replacing.length === 0
                onClicked: dialog.acceptTyped()
            }
        }
    }
    readonly property alias nameField: nameBox.field
}
