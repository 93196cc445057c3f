import QtQuick
import QtTest
import Relief

TestCase {
    name: "Medications"
    MedicationsModel { id: meds }

    function test_add_and_stop() {
        verify(meds.suggestions("flex").indexOf("Flexeril") >= 0)
        verify(meds.describe("Amrix").indexOf("extended release") >= 0)
        verify(meds.add("Flexiril", "5mg", "08:00", false, "", "") !== "")
        compare(probe.medications(), 0)
        compare(meds.add("Flexeril", "5mg", "08:00,20:00", false, "", ""), "")
        compare(meds.count, 1)
        compare(probe.medications(), 1)
        compare(meds.stop(0, "2026-03-10", true), "")
        verify(probe.stopped(0))
    }

    function test_unknown_drug_needs_a_class() {
        verify(meds.add("Herbal tea", "1mg", "", true, "", "") !== "")
        compare(meds.add("Herbal tea", "1mg", "", true, "", "sedative"), "")
    }
}
