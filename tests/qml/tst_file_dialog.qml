import QtQuick
import QtTest
import Relief
import "driver.js" as Driver

// The app's own file dialog on its own: folders, the suggested name, typed paths, and
// opening a file that is not there.
TestCase {
    id: tc
    name: "FileDialog"
    when: windowShown
    visible: true
    width: 900
    height: 700

    property string chosenPath
    FileChooserDialog {
        id: dialog
        title: "Save a test file"
        saving: true
        suffixes: ["pdf"]
        suggestedName: "visit-report.pdf"
        onChosen: (path) => tc.chosenPath = path
    }

    function init() {
        chosenPath = ""
        probe.write("inside/readme.pdf", "")
    }
    function cleanup() { dialog.close() }

    function test_it_offers_the_suggested_name_and_remembers_the_folder() {
        dialog.start()
        Driver.settle()
        compare(Driver.item("File name").text, "visit-report.pdf")
        Driver.type("File name", probe.file("a.pdf"))
        Driver.mouseClick("Save")
        compare(chosenPath, probe.file("a.pdf"))
        dialog.start()
        Driver.settle()
        verify(Driver.has("Folder " + probe.file("").replace(/\/$/, "")), "it opens where the last file went")
    }

    function test_folders_are_entered_and_left() {
        dialog.start()
        Driver.type("File name", probe.file("inside"))
        Driver.enter()  // a folder's name opens it
        verify(Driver.has("Folder " + probe.file("inside")))
        verify(Driver.has("File readme.pdf"))
        Driver.mouseClick("Up to the parent folder")
        verify(Driver.has("Folder inside"))
        Driver.mouseClick("Folder inside")
        verify(Driver.has("File readme.pdf"))
    }

    function test_opening_needs_a_file_that_exists() {
        dialog.saving = false
        dialog.start()
        Driver.type("File name", probe.file("missing.pdf"))
        Driver.mouseClick("Open")
        verify(Driver.shows("There is no file called “missing.pdf”"))
        compare(chosenPath, "")
        dialog.saving = true
    }
}
