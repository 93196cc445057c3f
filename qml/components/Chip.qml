import QtQuick
import QtQuick.Controls
import Relief

// A rounded choice; `selected` shows it as chosen and tells assistive technology.
ThemeButton {
    id: chip
    leftPadding: 14
    rightPadding: 14
    Accessible.checkable: true
    Accessible.checked: selected
    background: Rectangle {
        radius: height / 2
        color: chip.selected ? (chip.down ? Qt.darker(chip.tint, 1.15) : chip.tint)
                             : (chip.down ? Theme.border : Theme.surfaceAlt)
        border.width: chip.visualFocus ? 3 : 1
        border.color: chip.visualFocus ? Theme.text
                                       : (chip.hovered && chip.enabled ? chip.tint : Theme.border)
    }
}
