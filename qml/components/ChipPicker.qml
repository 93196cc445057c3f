import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// A set of chips to choose one (or with `multiple`, several) of `options` (canonical
// names, shown through `labelFor`). It is one stop in the Tab order: arrow keys move
// between chips, Space chooses, Enter submits the form. With `limit`, only that many show until
// "Show all" is pressed (chosen ones always show).
Flow {
    id: picker
    property var options: []
    property var labelFor: function (name) { return name }
    property bool multiple: false
    property bool allowNone: true  // false: a single choice cannot be taken back, only changed
    property var chosen: []
    property int limit: 0
    property bool expanded: false
    property string accessiblePrefix
    property int focusIndex: 0
    signal toggled(string name)  // by the person, not by setting `chosen`
    signal submitted()           // Enter on a chip: the form's own action

    readonly property int tabIndex: Math.max(0, Math.min(focusIndex, repeater.count + (collapsible ? 1 : 0) - 1))
    readonly property bool collapsible: limit > 0 && options.length > limit
    // Chosen options beyond `limit`, which show even when collapsed. A string, so that
    // choosing a chip that shows anyway does not rebuild the chips (and lose focus).
    readonly property string hiddenChosen: collapsible
            ? chosen.filter((o) => options.indexOf(o) >= limit).join("\n") : ""
    readonly property var shown: {
        if (!collapsible || expanded)
            return options
        const extra = hiddenChosen.length > 0 ? hiddenChosen.split("\n") : []
        return options.slice(0, limit).concat(options.filter((o) => extra.indexOf(o) >= 0))
    }

    Layout.fillWidth: true
    spacing: 8

    function isChosen(name) { return chosen.indexOf(name) >= 0 }
    function toggle(name) {
        if (isChosen(name) && !multiple && !allowNone)
            return
        if (isChosen(name))
            chosen = chosen.filter((c) => c !== name)
        else
            chosen = multiple ? chosen.concat([name]) : [name]
    }
    function clear() { chosen = [] }
    function moveFocus(step) {
        const count = repeater.count + (collapsible ? 1 : 0)
        if (count === 0)
            return
        focusIndex = (tabIndex + step + count) % count
        const target = focusIndex < repeater.count ? repeater.itemAt(focusIndex) : moreChip
        target.forceActiveFocus(Qt.TabFocusReason)
    }

    Repeater {
        id: repeater
        model: picker.shown
        delegate: Chip {
            required property string modelData
            required property int index
            text: picker.labelFor(modelData)
            selected: picker.isChosen(modelData)
            //: For a screen reader: the question, then the chip's word.
            Accessible.name: picker.accessiblePrefix.length > 0 ? qsTr("%1: %2").arg(picker.accessiblePrefix).arg(text) : text
            focusPolicy: index === picker.tabIndex || activeFocus ? Qt.StrongFocus : Qt.ClickFocus
            enterSubmits: true
            onSubmitRequested: picker.submitted()
            onClicked: {
                picker.focusIndex = index
                picker.toggle(modelData)
                picker.toggled(modelData)
            }
            Keys.onRightPressed: picker.moveFocus(1)
            Keys.onDownPressed: picker.moveFocus(1)
            Keys.onLeftPressed: picker.moveFocus(-1)
            Keys.onUpPressed: picker.moveFocus(-1)
        }
    }

    Chip {
        id: moreChip
        visible: picker.collapsible
        text: picker.expanded ? qsTr("Show fewer") : qsTr("Show all %1").arg(picker.options.length)
        Accessible.name: picker.accessiblePrefix.length > 0 ? qsTr("%1: %2").arg(picker.accessiblePrefix).arg(text) : text
        focusPolicy: picker.tabIndex >= repeater.count || activeFocus ? Qt.StrongFocus : Qt.ClickFocus
        onClicked: {
            picker.expanded = !picker.expanded
            Qt.callLater(() => picker.focusIndex = repeater.count)
        }
        Keys.onRightPressed: picker.moveFocus(1)
        Keys.onDownPressed: picker.moveFocus(1)
        Keys.onLeftPressed: picker.moveFocus(-1)
        Keys.onUpPressed: picker.moveFocus(-1)
    }
}
