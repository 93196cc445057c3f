import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// A titled section of a page; its children are laid out in a column. `message` is what
// the card's form last answered (an error, or with `messageOk` a confirmation), shown at
// its foot; it goes when the person moves to another page.
Rectangle {
    id: card
    property string title
    property string subtitle
    property color accentColor: "transparent"  // a coloured edge, e.g. for an alert's severity
    property string message
    property bool messageOk: false
    default property alias content: body.data

    // Shows what an action answered: `error` if there is one, else `done`, and scrolls it
    // into view. Returns whether it succeeded.
    function answer(error, done) {
        messageOk = error.length === 0
        message = messageOk ? done : error
        if (message.length > 0)
            Qt.callLater(() => revealInPage(messageLabel))
        return messageOk
    }
    // Scrolls the page (a ScrollPage up the parents) so that `item` shows.
    function revealInPage(item) {
        for (let p = card.parent; p; p = p.parent)
            if (typeof p.reveal === "function") {
                p.reveal(item)
                return
            }
    }

    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * (Theme.spacing + 4)
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    Connections {
        target: card.ApplicationWindow.window
        ignoreUnknownSignals: true
        function onCurrentPageChanged() { card.message = "" }
    }
    // A confirmation ("Pain 6 logged.") stops being true once the journal changes again
    // (an undo, Ctrl+Z, another entry); an error stays until the card answers anew.
    Connections {
        target: AppController
        function onChanged() {
            if (card.messageOk)
                card.message = ""
        }
    }

    Rectangle {
        visible: card.accentColor.a > 0
        width: 6
        radius: 3
        color: card.accentColor
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: 1 }
    }

    // A positioner outside (explicit widths), a layout only for the content.
    Column {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing + 4 }
        spacing: Theme.spacing

        Heading {
            level: 2
            width: column.width
            text: card.title
            visible: text.length > 0
        }
        Body {
            width: column.width
            text: card.subtitle
            visible: text.length > 0
            color: Theme.muted
        }
        ColumnLayout {
            id: body
            width: column.width
            spacing: Theme.spacing
        }
        InlineMessage {
            id: messageLabel
            width: column.width
            text: card.message
            ok: card.messageOk
        }
    }
}
