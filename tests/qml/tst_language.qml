import QtQuick
import QtTest
import Relief
import "driver.js" as Driver

// Profile & settings > Language: the box, pressed with the mouse and then the keyboard,
// turns the page and the navigation bar Spanish, then German, then English again. The
// choice goes to the test's own settings and is put back as it was.
TestCase {
    id: tc
    name: "Language"
    when: windowShown
    visible: true
    width: 1100
    height: 700

    Row {
        anchors.fill: parent
        NavigationBar { id: bar; width: 260; height: parent.height }
        Item { id: holder; width: parent.width - bar.width; height: parent.height }
    }
    Component { id: pageComponent; ProfilePage { anchors.fill: parent } }
    property Item page
    property string saved

    function initTestCase() { saved = AppController.language }
    function init() {
        verify(probe.fresh("2026-03-10T12:00"))
        page = pageComponent.createObject(holder)
        wait(20)
    }
    function cleanup() {
        AppController.language = saved
        page.visible = false
        page.destroy()
    }
    function cleanupTestCase() {
        AppController.language = saved
        compare(AppController.language, saved, "the language chosen before the test is back")
    }

    function test_the_language_box_turns_the_window_spanish_then_german_and_back() {
        verify(Driver.has("Today"))
        verify(Driver.shows("About you"))

        // The mouse: open the box, press Español.
        Driver.mouseClick("Language")
        Driver.mouseClick("Español")
        compare(AppController.language, "es")
        tryVerify(() => Driver.shows("Sobre usted"), 2000, "the page speaks Spanish")
        compare(Driver.item("Idioma").displayText, "Español", "the box shows the choice, renamed or not")
        verify(Driver.has("Hoy"), "the navigation bar speaks Spanish")
        verify(Driver.has("Perfil y ajustes"))
        verify(Driver.has("Informe para la consulta"))
        verify(Driver.shows("Guardar mi perfil"))
        verify(!Driver.shows("About you"), "no English is left on the page")
        verify(!Driver.has("Today"))

        // The keyboard: the box, now called "Idioma", goes on to the next language.
        const box = Driver.item("Idioma")
        Driver.reveal(box)
        box.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Down)
        compare(AppController.language, "de")
        tryVerify(() => Driver.shows("Über Sie"), 2000, "the page speaks German")
        compare(Driver.item("Sprache").displayText, "Deutsch")
        verify(Driver.has("Heute"))
        verify(Driver.has("Profil und Einstellungen"))
        verify(Driver.has("Sprache"))
        verify(Driver.shows("Mein Profil speichern"))
        verify(!Driver.shows("Sobre usted"))

        // Back through Español to English, still by keyboard.
        keyClick(Qt.Key_Up)
        compare(AppController.language, "es")
        keyClick(Qt.Key_Up)
        compare(AppController.language, "en")
        tryVerify(() => Driver.shows("About you"), 2000, "the page speaks English again")
        verify(Driver.has("Today"))
        verify(Driver.has("Language"))
        verify(!Driver.shows("Über Sie"))
    }

    function test_words_from_the_view_models_follow_the_language() {
        // The box's first choice and the Reminders card's state are written in C++, not qsTr().
        const bus = Driver.shows("This desktop has no session bus")
        Driver.mouseClick("Language")
        Driver.mouseClick("Español")
        tryVerify(() => Driver.item("Idioma").model[0].name.indexOf("Igual que el sistema") === 0, 2000,
                  "the first choice is read again in Spanish")
        if (bus)
            verify(Driver.shows("Este escritorio no tiene bus de sesión"), "the Reminders card is read again")
        AppController.language = "de"
        tryVerify(() => Driver.item("Sprache").model[0].name.indexOf("Wie das System") === 0, 2000)
    }
}
