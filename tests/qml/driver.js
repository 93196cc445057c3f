// Drives pages the way a person does: finds a control by its accessible name (what a
// screen reader says), scrolls it into view, and clicks it or types into it. Imported by
// the tst_*.qml files, whose TestCase has the id `tc`; `probe` is the C++ helper.

function root() { return probe.windowRoot(tc) }

// The visible control named `name` (a trailing "*" matches a prefix); the test fails,
// listing the names that start alike, when there is none.
function item(name) {
    const found = probe.named(root(), name)
    if (!found) {
        const stem = name.replace(/\*$/, "").split(/[ :]/)[0]
        tc.fail("no visible control named '" + name + "'; names starting with '" + stem + "': "
                + probe.names(root(), stem).join(" | "))
    }
    return found
}
function has(name) { return probe.named(root(), name) !== null }
// Whether something on screen says `fragment` (a message, a label), anywhere in its text.
function shows(fragment) { return probe.shows(root(), fragment) }

// Scrolls the nearest Flickable so that `it` is on screen, as the page does for focus.
function reveal(it) {
    for (let p = it.parent; p; p = p.parent) {
        if (p.flickableDirection !== undefined && p.contentItem !== undefined) {
            const y = it.mapToItem(p.contentItem, 0, 0).y
            p.contentY = Math.max(0, Math.min(y - 80, p.contentHeight - p.height))
            break
        }
    }
}

// Lets the window lay itself out first, as it has before any person could click: a
// control that just appeared has no place of its own until then.
function settle() { tc.wait(30) }

function mouseClick(name) {
    settle()
    const it = item(name)
    reveal(it)
    tc.verify(it.enabled, "'" + name + "' is disabled")
    tc.mouseClick(it)
    tc.wait(10)
    return it
}
function doubleClick(name) {
    settle()
    const it = item(name)
    reveal(it)
    tc.mouseDoubleClickSequence(it)
    tc.wait(10)
}

// Clicks into a text field, selects what is there, and types `text` key by key.
function type(name, text) {
    settle()
    const field = item(name)
    reveal(field)
    tc.mouseClick(field)
    tc.keyClick(Qt.Key_A, Qt.ControlModifier)
    tc.keyClick(Qt.Key_Delete)
    for (let i = 0; i < text.length; ++i)
        tc.keyClick(text[i])
    return field
}
function enter() { tc.keyClick(Qt.Key_Return) }

// The message a card shows (an InlineMessage is named by its text): the one that
// starts with `start`.
function message(start) { return item(start + "*") }

function entries() { return probe.entryList() }
// The entry logged last (the highest id; the list itself is in time order).
function lastEntry() {
    const list = probe.entryList()
    let last = null
    for (const e of list)
        if (last === null || e.id > last.id)
            last = e
    return last
}
