#include "reports/fhir_report.h"
#include "reports/fhir_uuid.h"

#include "report_fixture.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <map>
#include <regex>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace relief::reports {
namespace {

using nlohmann::json;
using testing::JournalBuilder;

constexpr const char* ucum = "http://unitsofmeasure.org";

std::vector<json> resources(const json& bundle, const std::string& type) {
    std::vector<json> out;
    for (const auto& e : bundle.at("entry"))
        if (e.at("resource").at("resourceType") == type) out.push_back(e.at("resource"));
    return out;
}

// Visits every value in the tree with its path, objects and arrays included.
void walk(const json& node, const std::string& path,
          const std::function<void(const json&, const std::string&)>& visit) {
    visit(node, path);
    if (node.is_object())
        for (const auto& [key, value] : node.items()) walk(value, path + "." + key, visit);
    else if (node.is_array())
        for (std::size_t i = 0; i < node.size(); ++i)
            walk(node[i], path + "[" + std::to_string(i) + "]", visit);
}

std::vector<std::string> empty_values(const json& bundle) {
    std::vector<std::string> bad;
    walk(bundle, "Bundle", [&](const json& node, const std::string& path) {
        if (node.is_null() || (node.is_string() && node.get<std::string>().empty()) ||
            ((node.is_array() || node.is_object()) && node.empty()))
            bad.push_back(path);
    });
    return bad;
}

std::vector<std::string> unresolved_references(const json& bundle, int& references) {
    std::set<std::string> urls;
    for (const auto& e : bundle.at("entry")) urls.insert(e.at("fullUrl").get<std::string>());
    std::vector<std::string> bad;
    walk(bundle, "Bundle", [&](const json& node, const std::string& path) {
        if (!node.is_object() || !node.contains("reference")) return;
        ++references;
        if (!urls.count(node.at("reference").get<std::string>())) bad.push_back(path);
    });
    return bad;
}

// The Medication a statement or administration refers to.
json medication_of(const json& bundle, const json& resource) {
    const auto url = resource.at("medicationReference").at("reference");
    for (const auto& e : bundle.at("entry"))
        if (e.at("fullUrl") == url) return e.at("resource");
    throw std::runtime_error("unresolved medication " + url.dump());
}

std::string medication_text(const json& bundle, const json& resource) {
    return medication_of(bundle, resource).at("code").at("text").get<std::string>();
}

const MedicationSummary& summary(const VisitReport& report, const std::string& name) {
    for (const auto& s : report.medications)
        if (s.medication.name == name) return s;
    throw std::runtime_error("no summary for " + name);
}

class FhirReport : public ::testing::Test {
protected:
    JournalBuilder builder = testing::fortnight();
    VisitReport report = testing::fortnight_report(builder);
    json bundle = json::parse(render_fhir(report));
};

TEST_F(FhirReport, IsADocumentWithTheCompositionFirst) {
    EXPECT_EQ(bundle.at("resourceType"), "Bundle");
    EXPECT_EQ(bundle.at("type"), "document");
    EXPECT_EQ(bundle.at("entry")[0].at("resource").at("resourceType"), "Composition");
    EXPECT_TRUE(bundle.contains("timestamp"));
    EXPECT_FALSE(bundle.contains("total"));
    EXPECT_EQ(bundle.at("identifier").at("system"), "urn:ietf:rfc:3986");
}

TEST_F(FhirReport, CountsEveryResourceTypeOfTheFortnight) {
    ASSERT_FALSE(report.alerts.empty());
    std::size_t observation_entries = 0;
    for (const Entry& e : report.entries) observation_entries += std::holds_alternative<DoseEntry>(e.data) ? 0 : 1;
    EXPECT_GE(observation_entries, 14u + 4u + 3u);  // at least the pain scores, side effects, cramps
    std::map<std::string, std::size_t> counts;
    for (const auto& e : bundle.at("entry"))
        ++counts[e.at("resource").at("resourceType").get<std::string>()];
    const std::map<std::string, std::size_t> expected{
        {"Composition", 1},
        {"Device", 1},
        {"Provenance", 1},
        {"Patient", 1},
        {"Condition", 1},
        {"Medication", 2},
        {"MedicationStatement", 2},
        {"MedicationAdministration", 27 + 5 + 1},  // Flexeril logged, Advil taken, one missed slot
        {"Observation", observation_entries},      // every entry but doses
        {"DetectedIssue", report.alerts.size()},
    };
    EXPECT_EQ(counts, expected);
}

TEST_F(FhirReport, EveryReferenceResolvesToAnEntry) {
    int references = 0;
    EXPECT_EQ(unresolved_references(bundle, references), std::vector<std::string>{});
    // subject/patient on every resource but the Patient, plus performers and the source.
    EXPECT_GE(references, static_cast<int>(bundle.at("entry").size()) - 1);
}

TEST_F(FhirReport, FullUrlsAreUniqueVersion5UuidsMatchingTheIds) {
    const std::regex urn(
        "urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    std::set<std::string> seen;
    for (const auto& e : bundle.at("entry")) {
        const auto url = e.at("fullUrl").get<std::string>();
        EXPECT_TRUE(std::regex_match(url, urn)) << url;
        EXPECT_TRUE(seen.insert(url).second) << "duplicate " << url;
        EXPECT_EQ("urn:uuid:" + e.at("resource").at("id").get<std::string>(), url);
    }
    // uuid5(854dc5c2-bfd9-4403-b33c-a7196bebdd7d, "Patient|self"), as Python's uuid.uuid5
    // computes it: the names are documented in docs/fhir-mapping.md.
    EXPECT_EQ(resources(bundle, "Patient").at(0).at("id"), "5164c28a-fe9a-5540-bfc9-6ea9e1cdf004");
}

TEST_F(FhirReport, NoNullOrEmptyValueAnywhere) {
    EXPECT_EQ(empty_values(bundle), std::vector<std::string>{});
}

TEST_F(FhirReport, SameReportRendersByteIdentical) {
    const auto first = render_fhir(report);
    EXPECT_EQ(render_fhir(report), first);
    JournalBuilder again = testing::fortnight();
    EXPECT_EQ(render_fhir(testing::fortnight_report(again)), first);
}

TEST_F(FhirReport, PatientAndCondition) {
    const auto patient = resources(bundle, "Patient").at(0);
    EXPECT_EQ(patient.at("name"), json::parse(R"([{"text": "Sam Example"}])"));
    EXPECT_EQ(patient.at("birthDate"), "1958");
    const auto condition = resources(bundle, "Condition").at(0);
    EXPECT_EQ(condition.at("code").at("text"), "low back pain");
    EXPECT_EQ(condition.at("clinicalStatus").at("coding")[0].at("system"),
              "http://terminology.hl7.org/CodeSystem/condition-clinical");
    EXPECT_EQ(condition.at("clinicalStatus").at("coding")[0].at("code"), "active");
    EXPECT_EQ(condition.at("subject").at("reference"), "urn:uuid:" + patient.at("id").get<std::string>());
}

TEST_F(FhirReport, MedicationStatementsCarryScheduleAndDose) {
    const auto& flexeril = summary(report, "Flexeril");
    const auto& advil = summary(report, "Advil");
    std::map<std::string, json> by_label;
    for (const auto& s : resources(bundle, "MedicationStatement"))
        by_label[medication_text(bundle, s)] = s;
    ASSERT_EQ(by_label.count(flexeril.label), 1u);
    ASSERT_EQ(by_label.count(advil.label), 1u);

    const auto& flex = by_label[flexeril.label];
    EXPECT_EQ(flex.at("status"), "active");
    EXPECT_EQ(flex.at("effectivePeriod"), json::parse(R"({"start": "2026-03-01"})"));
    const auto& dosage = flex.at("dosage").at(0);
    EXPECT_EQ(dosage.at("text"), flexeril.schedule_text);
    EXPECT_EQ(
        dosage.at("timing").at("repeat"),
        json::parse(
            R"({"frequency": 2, "period": 1, "periodUnit": "d", "timeOfDay": ["08:00:00", "20:00:00"]})"));
    EXPECT_EQ(dosage.at("doseAndRate")[0].at("doseQuantity"),
              json({{"value", 5}, {"unit", "mg"}, {"system", ucum}, {"code", "mg"}}));
    EXPECT_FALSE(dosage.contains("asNeededBoolean"));

    const auto& adv = by_label[advil.label].at("dosage").at(0);
    EXPECT_EQ(adv.at("asNeededBoolean"), true);
    EXPECT_EQ(adv.at("doseAndRate")[0].at("doseQuantity").at("value"), 400);
    EXPECT_EQ(adv.at("maxDosePerPeriod").at("numerator").at("value"), 1200);
    EXPECT_EQ(adv.at("maxDosePerPeriod").at("denominator"),
              json({{"value", 1}, {"unit", "day"}, {"system", ucum}, {"code", "d"}}));
}

TEST(FhirReportChanges, OneDosagePerPrescriptionWithTheDaysItHeld) {
    auto b = testing::fortnight();
    b.change(1, "2026-03-06", "10mg", "08:00");
    b.medication(1).schedule.as_needed = true;  // the first prescription also allowed extras
    const auto report = testing::fortnight_report(b);
    const auto out = json::parse(render_fhir(report));
    json flex;
    for (const auto& s : resources(out, "MedicationStatement"))
        if (medication_text(out, s) == summary(report, "Flexeril").label) flex = s;
    const auto& dosage = flex.at("dosage");
    ASSERT_EQ(dosage.size(), 3u) << dosage.dump(2);
    EXPECT_EQ(dosage[0].at("sequence"), 1);
    EXPECT_EQ(dosage[0].at("text"), "5 mg at 08:00, 20:00, plus as needed from 2026-03-01 to 2026-03-05");
    EXPECT_EQ(dosage[0].at("timing").at("repeat").at("boundsPeriod"),
              json::parse(R"({"start": "2026-03-01", "end": "2026-03-05"})"));
    EXPECT_EQ(dosage[0].at("timing").at("repeat").at("frequency"), 2);
    EXPECT_EQ(dosage[1].at("sequence"), 1);
    EXPECT_EQ(dosage[1].at("asNeededBoolean"), true);
    EXPECT_EQ(dosage[1].at("timing").at("repeat").at("boundsPeriod"), dosage[0].at("timing").at("repeat").at("boundsPeriod"));
    EXPECT_EQ(dosage[2].at("sequence"), 2);
    EXPECT_EQ(dosage[2].at("text"), "10 mg at 08:00 from 2026-03-06");
    EXPECT_EQ(dosage[2].at("timing").at("repeat"),
              json::parse(R"({"boundsPeriod": {"start": "2026-03-06"}, "frequency": 1, "period": 1,
                              "periodUnit": "d", "timeOfDay": ["08:00:00"]})"));
    EXPECT_EQ(dosage[2].at("doseAndRate")[0].at("doseQuantity").at("value"), 10);
    EXPECT_TRUE(empty_values(out).empty());
    // The missed 08:00 dose of 03-06 was a 10 mg dose.
    int missed = 0;
    for (const auto& a : resources(out, "MedicationAdministration"))
        if (a.at("effectiveDateTime") == "2026-03-06T08:00:00+01:00") {
            EXPECT_EQ(a.at("dosage").at("dose").at("value"), 10);
            ++missed;
        }
    EXPECT_EQ(missed, 1);
}

TEST_F(FhirReport, StoppedMedicationIsCompletedWithItsEnd) {
    VisitReport stopped = report;
    for (auto& s : stopped.medications)
        if (s.medication.name == "Flexeril") s.medication.stop = JournalBuilder::day("2026-03-10");
    const auto out = json::parse(render_fhir(stopped));
    int completed = 0;
    for (const auto& s : resources(out, "MedicationStatement")) {
        if (s.at("status") != "completed") continue;
        ++completed;
        EXPECT_EQ(s.at("effectivePeriod").at("end"), "2026-03-10");
    }
    EXPECT_EQ(completed, 1);
}

TEST_F(FhirReport, AdministrationsPerDoseAndMissedSlot) {
    const auto flex = summary(report, "Flexeril").label;
    const auto advil = summary(report, "Advil").label;
    std::map<std::string, int> counts;  // "label status reason"
    std::vector<std::string> times;
    for (const auto& a : resources(bundle, "MedicationAdministration")) {
        std::string key = medication_text(bundle, a) + " " +
                          a.at("status").get<std::string>();
        if (a.contains("statusReason"))
            key += " " + a.at("statusReason")[0].at("text").get<std::string>();
        ++counts[key];
        times.push_back(a.at("effectiveDateTime").get<std::string>());
        EXPECT_EQ(a.at("dosage").at("dose").at("system"), ucum);
        EXPECT_EQ(a.at("dosage").at("dose").at("code"), "mg");
    }
    const std::map<std::string, int> expected{{flex + " completed", 26},
                                              {flex + " not-done skipped", 1},
                                              {flex + " not-done missed: not logged", 1},
                                              {advil + " completed", 5}};
    EXPECT_EQ(counts, expected);
    EXPECT_TRUE(
        std::is_sorted(times.begin(), times.end()));  // one zone, so text order is time order
}

TEST_F(FhirReport, LateSkippedAndMissedDosesAtTheirLocalTimes) {
    std::map<std::string, json> by_time;
    int notes = 0;
    for (const auto& a : resources(bundle, "MedicationAdministration")) {
        if (a.at("dosage").at("dose").at("value") == 5)
            by_time[a.at("effectiveDateTime").get<std::string>()] = a;
        if (a.contains("note")) ++notes;
    }
    EXPECT_EQ(notes, 1);
    const auto& late = by_time.at("2026-03-07T21:30:00+01:00");
    EXPECT_EQ(late.at("status"), "completed");
    EXPECT_EQ(late.at("note")[0].at("text"),
              "taken late: scheduled 2026-03-07 20:00, taken 90 minutes later");
    EXPECT_EQ(by_time.at("2026-03-05T20:00:00+01:00").at("statusReason")[0].at("text"), "skipped");
    EXPECT_EQ(by_time.at("2026-03-06T08:00:00+01:00").at("statusReason")[0].at("text"),
              "missed: not logged");
    EXPECT_FALSE(by_time.at("2026-03-06T08:00:00+01:00").contains("performer"));
}

TEST_F(FhirReport, PainObservationsUseLoincAndIntegerScores) {
    std::vector<json> pain;
    for (const auto& o : resources(bundle, "Observation"))
        if (o.at("code").contains("coding") && o.at("code").at("coding")[0].at("code") == "72514-3") pain.push_back(o);
    ASSERT_EQ(pain.size(), 14u);
    std::vector<int> scores;
    for (const auto& o : pain) {
        EXPECT_EQ(o.at("code").at("coding")[0].at("system"), "http://loinc.org");
        EXPECT_EQ(o.at("code").at("coding")[0].at("code"), "72514-3");
        EXPECT_EQ(o.at("category")[0].at("coding")[0].at("code"), "survey");
        ASSERT_TRUE(o.at("valueInteger").is_number_integer());
        const int score = o.at("valueInteger").get<int>();
        EXPECT_GE(score, 0);
        EXPECT_LE(score, 10);
        scores.push_back(score);
    }
    EXPECT_EQ(scores, (std::vector<int>{8, 8, 8, 6, 6, 6, 6, 4, 4, 4, 4, 4, 4, 4}));
    EXPECT_EQ(pain[0].at("effectiveDateTime"), "2026-03-01T09:00:00+01:00");
    EXPECT_EQ(pain[0].at("bodySite").at("text"), "lower back");
    EXPECT_EQ(pain[9].at("effectiveDateTime"), "2026-03-10T09:00:00+01:00");
    EXPECT_EQ(pain[9].at("bodySite").at("text"), "lower back, left calf");
    EXPECT_EQ(pain[9].at("component"), json::parse(R"([
        {"code": {"text": "pain quality"}, "valueCodeableConcept": {"text": "spasm"}},
        {"code": {"text": "pain quality"}, "valueCodeableConcept": {"text": "shooting"}}])"));
}

TEST_F(FhirReport, SideEffectAndCrampObservations) {
    std::vector<std::string> side_effects;
    std::vector<json> cramps;
    for (const auto& o : resources(bundle, "Observation")) {
        const auto text = o.at("code").at("text").get<std::string>();
        if (text.rfind("side effect: ", 0) == 0)
            side_effects.push_back(
                text + " " + o.at("valueCodeableConcept").at("text").get<std::string>() + " " +
                o.at("valueCodeableConcept").at("coding")[0].at("code").get<std::string>());
        if (text == "muscle cramp") cramps.push_back(o);
    }
    EXPECT_EQ(side_effects, (std::vector<std::string>{"side effect: drowsiness moderate 6736007",
                                                      "side effect: drowsiness moderate 6736007",
                                                      "side effect: dry mouth mild 255604002",
                                                      "side effect: drowsiness severe 24484000"}));
    ASSERT_EQ(cramps.size(), 3u);
    EXPECT_EQ(cramps[1].at("effectiveDateTime"), "2026-03-10T23:30:00+01:00");
    EXPECT_EQ(cramps[1].at("bodySite").at("text"), "left calf");
    EXPECT_EQ(cramps[2].at("bodySite").at("text"), "right foot");
    EXPECT_EQ(cramps[1].at("component"), json::parse(R"json([
        {"code": {"text": "cramp duration"},
         "valueQuantity": {"value": 10, "unit": "min", "system": "http://unitsofmeasure.org", "code": "min"}},
        {"code": {"text": "cramp severity (0-10)"}, "valueInteger": 5}])json"));
}

TEST_F(FhirReport, DetectedIssuePerAlertInReportOrder) {
    const auto issues = resources(bundle, "DetectedIssue");
    ASSERT_EQ(issues.size(), report.alerts.size());
    const std::map<AlertSeverity, std::string> severity{{AlertSeverity::urgent, "high"},
                                                        {AlertSeverity::warning, "moderate"},
                                                        {AlertSeverity::info, "low"}};
    int discussed = 0;
    for (std::size_t i = 0; i < issues.size(); ++i) {
        const Alert& a = report.alerts[i].alert;
        const auto& issue = issues[i];
        EXPECT_TRUE(issue.at("status") == "preliminary" || issue.at("status") == "final") << issue.at("status");
        EXPECT_EQ(issue.at("code").at("text"), a.rule_id + ": " + a.title);
        EXPECT_EQ(issue.at("severity"), severity.at(a.severity));
        EXPECT_EQ(issue.at("identifiedDateTime"), format_day(a.raised_on));
        EXPECT_EQ(issue.at("detail").get<std::string>().rfind(a.message, 0), 0u);
        EXPECT_EQ(issue.value("evidence", json::array()).size(), a.evidence.size());
        if (!a.evidence.empty()) {
            EXPECT_EQ(issue.at("evidence")[0].at("code")[0].at("text"),
                      a.evidence[0].label + ": " + a.evidence[0].value);
        }
        EXPECT_EQ(issue.contains("mitigation"), report.alerts[i].discussed_on.has_value());
        if (!issue.contains("mitigation")) continue;
        ++discussed;
        EXPECT_EQ(
            issue.at("mitigation"),
            json::parse(
                R"([{"action": {"text": "discussed with clinician"}, "date": "2026-03-14"}])"));
    }
    EXPECT_EQ(discussed, 1);
}

TEST_F(FhirReport, StatusesAreR4Codes) {
    const std::map<std::string, std::set<std::string>> allowed{
        {"MedicationStatement", {"active", "completed"}},
        {"MedicationAdministration", {"completed", "not-done"}},
        {"Observation", {"final"}},
        {"DetectedIssue", {"preliminary", "final"}}};
    for (const auto& e : bundle.at("entry")) {
        const auto& r = e.at("resource");
        const auto type = r.at("resourceType").get<std::string>();
        if (!allowed.count(type)) continue;
        EXPECT_TRUE(allowed.at(type).count(r.at("status").get<std::string>()))
            << type << " " << r.at("status");
        EXPECT_TRUE(r.contains(type == "DetectedIssue" ? "patient" : "subject")) << type;
        EXPECT_EQ(r.contains("effectiveDateTime"),
                  type == "MedicationAdministration" || type == "Observation");
    }
}

TEST_F(FhirReport, EmptyJournalIsStillAValidBundleWithAPatient) {
    JournalBuilder empty("Europe/Berlin");
    ReportInput in;
    in.journal = &empty.snapshot();
    in.period = {JournalBuilder::day("2026-03-01"), JournalBuilder::day("2026-03-14")};
    in.generated_on = JournalBuilder::day("2026-03-14");
    const auto out = json::parse(render_fhir(build_report(in)));
    EXPECT_EQ(out.at("resourceType"), "Bundle");
    EXPECT_EQ(out.at("type"), "document");
    std::vector<std::string> types;
    for (const auto& e : out.at("entry")) types.push_back(e.at("resource").at("resourceType"));
    EXPECT_EQ(types, (std::vector<std::string>{"Composition", "Device", "Patient", "Provenance"}));
    EXPECT_EQ(empty_values(out), std::vector<std::string>{});
}

// Entries keep the offset of the zone they were logged in, across DST and travel.
TEST_F(FhirReport, OffsetsFollowTheZoneOfEachEntry) {
    VisitReport r;
    r.profile.zone = "Europe/Berlin";
    Medication m;
    m.id = 1;
    m.name = "Baclofen";
    m.dose = Amount::parse("7.5mg");
    r.all_medications = {m};
    MedicationSummary baclofen;
    baclofen.medication = m;
    baclofen.label = "Baclofen";
    baclofen.schedule_text = "7.5 mg as needed";
    r.medications = {baclofen};
    const auto at = [](const char* utc) { return parse_utc(utc); };
    r.entries = {
        Entry{1, at("2026-03-30T07:00:00Z"), "Europe/Berlin", {}, PainEntry{3, {}, {}}},
        Entry{2, at("2026-03-10T14:00:00Z"), "America/New_York", {}, PainEntry{5, {}, {}}},
        Entry{3,
              at("2026-03-11T03:30:00Z"),
              "Asia/Kolkata",
              {},
              DoseEntry{1, Amount::parse("7.5mg"), DoseStatus::taken, std::nullopt}},
    };
    const auto out = json::parse(render_fhir(r));
    std::vector<std::string> times;
    for (const auto& e : out.at("entry"))
        if (e.at("resource").contains("effectiveDateTime"))
            times.push_back(e.at("resource").at("effectiveDateTime").get<std::string>());
    EXPECT_EQ(times,
              (std::vector<std::string>{"2026-03-11T09:00:00+05:30", "2026-03-30T09:00:00+02:00",
                                        "2026-03-10T10:00:00-04:00"}));
    const auto dose = resources(out, "MedicationAdministration").at(0).at("dosage").at("dose");
    EXPECT_EQ(dose.at("value"), 7.5);
    EXPECT_EQ(empty_values(out), std::vector<std::string>{});
}


std::set<std::string> ids_of(const json& bundle) {
    std::set<std::string> out;
    for (const auto& e : bundle.at("entry")) out.insert(e.at("fullUrl").get<std::string>());
    return out;
}

TEST_F(FhirReport, IdsStayTheSameWhenTheProfileNameOrIdentityChanges) {
    JournalBuilder renamed = testing::fortnight();
    renamed.profile().name = "Samantha Example-Jones";
    renamed.profile().birth_date = JournalBuilder::day("1958-05-01");
    renamed.profile().identifier = "MRN-0042";
    const auto other = json::parse(render_fhir(testing::fortnight_report(renamed)));
    EXPECT_EQ(ids_of(other), ids_of(bundle));
}

TEST_F(FhirReport, PatientCarriesNameBirthDateAndIdentifier) {
    JournalBuilder b = testing::fortnight();
    b.profile().birth_date = JournalBuilder::day("1958-05-01");
    b.profile().identifier = "MRN-0042";
    b.profile().identifier_system = "urn:oid:2.16.840.1.113883.19.5";
    const auto out = json::parse(render_fhir(testing::fortnight_report(b)));
    const auto patient = resources(out, "Patient").at(0);
    EXPECT_EQ(patient.at("birthDate"), "1958-05-01");
    EXPECT_EQ(patient.at("name")[0].at("text"), "Sam Example");
    EXPECT_EQ(patient.at("identifier"),
              json::parse(R"([{"value": "MRN-0042", "system": "urn:oid:2.16.840.1.113883.19.5"}])"));
    // A label that is not a URI is the identifier's type, never a system.
    b.profile().identifier_system = "hospital number";
    const auto labelled = json::parse(render_fhir(testing::fortnight_report(b)));
    const auto id = resources(labelled, "Patient").at(0).at("identifier")[0];
    EXPECT_FALSE(id.contains("system"));
    EXPECT_EQ(id.at("type").at("text"), "hospital number");
}

constexpr const char* rxnorm = "http://www.nlm.nih.gov/research/umls/rxnorm";

// The Medications of a one-dose journal per name, by name.
std::map<std::string, json> medications_named(const std::vector<std::string>& names) {
    JournalBuilder b("Europe/Berlin");
    for (const auto& name : names) b.dose(b.med(name, "5mg", "", "2026-03-01"), "2026-03-02T08:00", "5mg");
    ReportInput in;
    in.journal = &b.snapshot();
    in.period = {JournalBuilder::day("2026-03-01"), JournalBuilder::day("2026-03-14")};
    in.generated_on = JournalBuilder::day("2026-03-14");
    const auto report = build_report(in);
    const auto out = json::parse(render_fhir(report));
    std::map<std::string, json> by_name;
    for (const auto& s : resources(out, "MedicationStatement"))
        by_name[medication_text(out, s).substr(0, medication_text(out, s).find(" ("))] = medication_of(out, s);
    return by_name;
}

// ingredient RxCUI -> strength numerator ("" without a strength), of a Medication.
std::map<std::string, std::string> ingredient_codes(const json& medication) {
    std::map<std::string, std::string> out;
    for (const auto& i : medication.at("ingredient")) {
        EXPECT_EQ(i.at("isActive"), true);
        const auto& coding = i.at("itemCodeableConcept").at("coding");
        EXPECT_EQ(coding.size(), 1u);
        EXPECT_EQ(coding[0].at("system"), rxnorm);
        out[coding[0].at("code")] = i.contains("strength") ? i.at("strength").at("numerator").at("value").dump() : "";
    }
    return out;
}

TEST_F(FhirReport, EveryDoseNamesAnRxNormCodedMedication) {
    const auto administrations = resources(bundle, "MedicationAdministration");
    ASSERT_FALSE(administrations.empty());
    for (const auto& a : administrations) {
        const auto m = medication_of(bundle, a);
        ASSERT_TRUE(m.at("code").contains("coding")) << m.dump();
        EXPECT_EQ(m.at("code").at("coding")[0].at("system"), rxnorm);
    }
}

// Flexeril and Advil are catalogue brands with checked brand name codes: the brand codes
// the Medication, the ingredient goes to ingredient[], never into the same coding array.
TEST_F(FhirReport, BrandMedicationsCarryTheBrandCodeAndTheirIngredient) {
    std::map<std::string, json> by_label;
    for (const auto& m : resources(bundle, "Medication")) by_label[m.at("code").at("text").get<std::string>()] = m;
    const auto& flexeril = by_label.at(summary(report, "Flexeril").label);
    EXPECT_EQ(flexeril.at("code").at("text"), "Flexeril (cyclobenzaprine)");
    ASSERT_EQ(flexeril.at("code").at("coding").size(), 1u);
    EXPECT_EQ(flexeril.at("code").at("coding")[0],
              (json{{"system", rxnorm}, {"code", "224954"}, {"display", "Flexeril"}}));
    EXPECT_EQ(ingredient_codes(flexeril), (std::map<std::string, std::string>{{"21949", ""}}));  // cyclobenzaprine
    EXPECT_EQ(flexeril.at("ingredient")[0].at("itemCodeableConcept").at("coding")[0].at("display"), "cyclobenzaprine");
    const auto& advil = by_label.at(summary(report, "Advil").label);
    ASSERT_EQ(advil.at("code").at("coding").size(), 1u);
    EXPECT_EQ(advil.at("code").at("coding")[0].at("code"), "153010");
    EXPECT_EQ(ingredient_codes(advil), (std::map<std::string, std::string>{{"5640", ""}}));  // ibuprofen
}

TEST(FhirReportMedication, EachNameIsCodedByWhatIsCheckedForIt) {
    const auto meds = medications_named({"cyclobenzaprine", "Xanax XR", "OxyContin", "Vicodin", "Percocet"});
    // By its ingredient: the ingredient code, as before, and no ingredient[].
    const auto& generic = meds.at("cyclobenzaprine");
    EXPECT_EQ(generic.at("code").at("coding")[0].at("code"), "21949");
    EXPECT_FALSE(generic.contains("ingredient"));
    // A brand without a checked code (one table only): today's ingredient coding.
    const auto& xr = meds.at("Xanax XR");
    ASSERT_EQ(xr.at("code").at("coding").size(), 1u);
    EXPECT_EQ(xr.at("code").at("coding")[0].at("code"), "596");  // alprazolam
    EXPECT_EQ(xr.at("code").at("text"), "Xanax XR (alprazolam)");
    EXPECT_FALSE(xr.contains("ingredient"));
    // RxNorm's spelling of the brand in the display, the person's in the text.
    const auto& oxy = meds.at("OxyContin");
    EXPECT_EQ(oxy.at("code").at("coding")[0].at("code"), "218986");
    EXPECT_EQ(oxy.at("code").at("coding")[0].at("display"), "Oxycontin");
    EXPECT_EQ(ingredient_codes(oxy), (std::map<std::string, std::string>{{"7804", ""}}));  // oxycodone
    // A combination product with a checked brand code: the brand, and each part with its strength.
    const auto& vicodin = meds.at("Vicodin");
    ASSERT_EQ(vicodin.at("code").at("coding").size(), 1u);
    EXPECT_EQ(vicodin.at("code").at("coding")[0],
              (json{{"system", rxnorm}, {"code", "128793"}, {"display", "Vicodin"}}));
    EXPECT_EQ(vicodin.at("code").at("text"), "Vicodin (hydrocodone/acetaminophen 5/300 mg)");
    EXPECT_EQ(ingredient_codes(vicodin), (std::map<std::string, std::string>{{"5489", "5"}, {"161", "300"}}));
    EXPECT_EQ(vicodin.at("ingredient")[0].at("strength").at("denominator"), (json{{"value", 1}, {"unit", "tablet"}}));
    // A combination product without one: text only, its parts in ingredient[].
    const auto& percocet = meds.at("Percocet");
    EXPECT_FALSE(percocet.at("code").contains("coding"));
    EXPECT_EQ(ingredient_codes(percocet), (std::map<std::string, std::string>{{"7804", "5"}, {"161", "325"}}));
}

TEST(FhirReportCombination, ProductIsCodedByEachIngredientWithItsStrength) {
    JournalBuilder b("Europe/Berlin");
    const auto percocet = b.med("Percocet", "5mg", "", "2026-03-01");
    b.dose(percocet, "2026-03-02T08:00", "5mg");
    ReportInput in;
    in.journal = &b.snapshot();
    in.period = {JournalBuilder::day("2026-03-01"), JournalBuilder::day("2026-03-14")};
    in.generated_on = JournalBuilder::day("2026-03-14");
    const auto out = json::parse(render_fhir(build_report(in)));
    const auto m = resources(out, "Medication").at(0);
    std::map<std::string, std::string> parts;
    for (const auto& i : m.at("ingredient"))
        parts[i.at("itemCodeableConcept").at("coding")[0].at("code")] =
            i.at("strength").at("numerator").at("value").dump();
    EXPECT_EQ(parts, (std::map<std::string, std::string>{{"7804", "5"}, {"161", "325"}}));
}

TEST_F(FhirReport, EveryObservationHasACategoryAndCodedTermsWhereChecked) {
    const std::set<std::string> allowed{"survey", "therapy", "activity", "social-history"};
    for (const auto& o : resources(bundle, "Observation")) {
        ASSERT_TRUE(o.contains("category")) << o.dump();
        const auto& coding = o.at("category")[0].at("coding")[0];
        EXPECT_EQ(coding.at("system"), "http://terminology.hl7.org/CodeSystem/observation-category");
        EXPECT_TRUE(allowed.count(coding.at("code").get<std::string>())) << coding.dump();
    }
    bool drowsy = false, calf = false;
    for (const auto& o : resources(bundle, "Observation")) {
        if (o.at("code").value("text", "") == "side effect: drowsiness") {
            EXPECT_EQ(o.at("code").at("coding")[0].at("code"), "271782001");
            drowsy = true;
        }
        if (o.contains("bodySite") && o.at("bodySite").value("text", "") == "left calf") {
            EXPECT_EQ(o.at("bodySite").at("coding")[0].at("code"), "53840002");
            calf = true;
        }
    }
    EXPECT_TRUE(drowsy);
    EXPECT_TRUE(calf);
}

TEST_F(FhirReport, DetectedIssuesImplicateTheMedicationsTheyAreAbout) {
    const auto urls = ids_of(bundle);
    int implicated = 0;
    for (std::size_t i = 0; i < report.alerts.size(); ++i) {
        const auto issue = resources(bundle, "DetectedIssue").at(i);
        if (report.alerts[i].alert.drugs.empty()) continue;
        ASSERT_TRUE(issue.contains("implicated")) << issue.dump(2);
        for (const auto& r : issue.at("implicated")) {
            EXPECT_TRUE(urls.count(r.at("reference").get<std::string>()));
            ++implicated;
        }
    }
    EXPECT_GT(implicated, 0);
}

TEST_F(FhirReport, CompositionSectionsReferenceEntriesOfTheBundle) {
    const auto composition = bundle.at("entry")[0].at("resource");
    EXPECT_EQ(composition.at("subject").at("reference"), resources(bundle, "Patient").at(0).at("id").get<std::string>().insert(0, "urn:uuid:"));
    const auto urls = ids_of(bundle);
    std::set<std::string> titles;
    std::size_t referenced = 0;
    for (const auto& section : composition.at("section")) {
        titles.insert(section.at("title").get<std::string>());
        for (const auto& r : section.at("entry")) {
            EXPECT_TRUE(urls.count(r.at("reference").get<std::string>())) << r.dump();
            ++referenced;
        }
    }
    for (const char* t : {"Medications", "Doses", "Pain", "Side effects", "Cramps", "Alerts"})
        EXPECT_TRUE(titles.count(t)) << t;
    // Everything but the Composition, the Device, the Patient and the Provenance has a section.
    EXPECT_EQ(referenced, bundle.at("entry").size() - 4);
}

TEST_F(FhirReport, ProvenanceNamesThePatientAsAuthorAndTheAppAsDevice) {
    const auto provenance = resources(bundle, "Provenance").at(0);
    const auto patient = "urn:uuid:" + resources(bundle, "Patient").at(0).at("id").get<std::string>();
    const auto device = "urn:uuid:" + resources(bundle, "Device").at(0).at("id").get<std::string>();
    EXPECT_EQ(provenance.at("agent")[0].at("who").at("reference"), patient);
    EXPECT_EQ(provenance.at("agent")[0].at("type").at("coding")[0].at("code"), "author");
    EXPECT_EQ(provenance.at("agent")[1].at("who").at("reference"), device);
    EXPECT_EQ(provenance.at("target").size(), bundle.at("entry").size() - 2);  // all but itself and the Composition
}

TEST_F(FhirReport, TransactionPostsEveryEntryAndCreatesThePatientConditionally) {
    JournalBuilder b = testing::fortnight();
    b.profile().identifier = "MRN-0042";
    b.profile().identifier_system = "urn:oid:2.16.840.1.113883.19.5";
    const auto tx = json::parse(render_fhir(testing::fortnight_report(b), FhirBundle::transaction));
    EXPECT_EQ(tx.at("type"), "transaction");
    EXPECT_FALSE(tx.contains("timestamp"));
    int references = 0;
    EXPECT_EQ(unresolved_references(tx, references), std::vector<std::string>{});
    for (const auto& e : tx.at("entry")) {
        const auto type = e.at("resource").at("resourceType").get<std::string>();
        EXPECT_NE(type, "Composition");
        EXPECT_FALSE(e.at("resource").contains("id"));
        EXPECT_EQ(e.at("request").at("method"), "POST");
        EXPECT_EQ(e.at("request").at("url"), type);
        if (type == "Patient")
            EXPECT_EQ(e.at("request").at("ifNoneExist"), "identifier=urn:oid:2.16.840.1.113883.19.5|MRN-0042");
        else
            EXPECT_FALSE(e.at("request").contains("ifNoneExist"));
    }
    EXPECT_EQ(tx.at("entry").size(), bundle.at("entry").size() - 1);
}

// Function, sleep, goals and the PGIC (issue 15), from the hand-built month whose figures
// report_fixture.h lists.
class FhirFunction : public ::testing::Test {
protected:
    JournalBuilder builder = testing::function_month();
    VisitReport report = testing::function_report(builder);
    json bundle = json::parse(render_fhir(report));

    json resolve(const json& reference) const {
        for (const auto& e : bundle.at("entry"))
            if (e.at("fullUrl") == reference.at("reference")) return e.at("resource");
        throw std::runtime_error("unresolved " + reference.dump());
    }
    std::vector<json> observations_coded(const std::string& code) const {
        std::vector<json> out;
        for (const auto& o : resources(bundle, "Observation"))
            if (o.at("code").contains("coding") && o.at("code").at("coding")[0].at("code") == code) out.push_back(o);
        return out;
    }
    std::vector<json> observations_named(const std::string& prefix) const {
        std::vector<json> out;
        for (const auto& o : resources(bundle, "Observation"))
            if (o.at("code").value("text", "").rfind(prefix, 0) == 0) out.push_back(o);
        return out;
    }
    std::string patient() const { return "urn:uuid:" + resources(bundle, "Patient").at(0).at("id").get<std::string>(); }
};

TEST_F(FhirFunction, EachPegIsAQuestionnaireResponseToLoincsPegForm) {
    const auto responses = resources(bundle, "QuestionnaireResponse");
    ASSERT_EQ(responses.size(), 5u);
    const auto& first = responses[0];
    EXPECT_EQ(first.at("id"), uuid5("QuestionnaireResponse|" + std::to_string(report.peg.answers[0].entry_id)));
    EXPECT_EQ(first.at("questionnaire"), "http://loinc.org/q/91148-7");
    EXPECT_EQ(first.at("status"), "completed");
    EXPECT_EQ(first.at("authored"), "2026-03-01T10:00:00+01:00");
    EXPECT_EQ(first.at("subject").at("reference"), patient());
    EXPECT_EQ(first.at("author").at("reference"), patient());
    ASSERT_EQ(first.at("item").size(), 3u);
    const char* links[] = {"75893-8", "91145-3", "91146-1"};
    const int answers[] = {7, 6, 6};
    for (std::size_t i = 0; i < 3; ++i) {
        const auto& item = first.at("item")[i];
        EXPECT_EQ(item.at("linkId"), links[i]);
        EXPECT_EQ(item.at("answer"), json::parse("[{\"valueInteger\": " + std::to_string(answers[i]) + "}]"));
        EXPECT_NE(item.at("text").get<std::string>().find("What number best describes"), std::string::npos);
    }
    EXPECT_NE(first.at("item")[1].at("text").get<std::string>().find("enjoyment of life"), std::string::npos);
    EXPECT_NE(first.at("item")[2].at("text").get<std::string>().find("general activity"), std::string::npos);
    EXPECT_EQ(responses[4].at("authored"), "2026-03-28T10:00:00+01:00");
    EXPECT_EQ(responses[4].at("item")[1].at("answer")[0].at("valueInteger"), 3);
}

TEST_F(FhirFunction, PegPanelHasTheThreeItemsAndTheMeanScoreAsMembers) {
    const auto panels = observations_coded("91148-7");
    ASSERT_EQ(panels.size(), 5u);
    const auto& panel = panels[0];
    EXPECT_EQ(panel.at("id"), uuid5("Observation|" + std::to_string(report.peg.answers[0].entry_id)));
    EXPECT_EQ(panel.at("code").at("coding")[0],
              json({{"system", "http://loinc.org"},
                    {"code", "91148-7"},
                    {"display", "Pain intensity, Enjoyment of life, General activity (PEG) 3 item pain scale"}}));
    EXPECT_EQ(panel.at("category")[0].at("coding")[0].at("code"), "survey");
    EXPECT_EQ(panel.at("status"), "final");
    EXPECT_EQ(panel.at("effectiveDateTime"), "2026-03-01T10:00:00+01:00");
    EXPECT_EQ(panel.at("performer")[0].at("reference"), patient());
    for (const char* value : {"valueInteger", "valueQuantity", "valueCodeableConcept"}) EXPECT_FALSE(panel.contains(value));
    const auto response = resources(bundle, "QuestionnaireResponse").at(0);
    EXPECT_EQ(resolve(panel.at("derivedFrom")[0]).at("id"), response.at("id"));
    ASSERT_EQ(panel.at("hasMember").size(), 4u);
    const char* codes[] = {"75893-8", "91145-3", "91146-1"};
    const int values[] = {7, 6, 6};
    for (std::size_t i = 0; i < 3; ++i) {
        const auto member = resolve(panel.at("hasMember")[i]);
        EXPECT_EQ(member.at("id"), uuid5("Observation|" + std::to_string(report.peg.answers[0].entry_id) + "|" + codes[i]));
        EXPECT_EQ(member.at("code").at("coding"), json::parse("[{\"system\": \"http://loinc.org\", \"code\": \"" +
                                                             std::string(codes[i]) + "\"}]"))
            << "the items' codes are verified, their LOINC names are not: no display";
        EXPECT_NE(member.at("code").at("text").get<std::string>().rfind("PEG: ", 0), std::string::npos);
        EXPECT_EQ(member.at("valueInteger"), values[i]);
        EXPECT_EQ(member.at("category")[0].at("coding")[0].at("code"), "survey");
        EXPECT_EQ(member.at("effectiveDateTime"), panel.at("effectiveDateTime"));
        EXPECT_EQ(resolve(member.at("derivedFrom")[0]).at("id"), response.at("id"));
    }
    const auto mean = resolve(panel.at("hasMember")[3]);
    EXPECT_EQ(mean.at("code").at("coding")[0],
              json({{"system", "http://loinc.org"}, {"code", "91147-9"}, {"display", "Mean score [PEG]"}}));
    EXPECT_EQ(mean.at("valueQuantity"),
              json({{"value", 6.3}, {"unit", "{score}"}, {"system", ucum}, {"code", "{score}"}}))
        << "19 / 3, to one decimal";
    EXPECT_EQ(mean.at("category")[0].at("coding")[0].at("code"), "survey");
    EXPECT_EQ(resolve(observations_coded("91148-7")[3].at("hasMember")[3]).at("valueQuantity").at("value"), 4)
        << "4 4 4: a whole score prints as an integer";
    EXPECT_EQ(observations_coded("91147-9").size(), 5u);
    EXPECT_EQ(observations_coded("75893-8").size(), 5u);
}

TEST_F(FhirFunction, SleepIsItsDurationInHoursWithTheQualityAsATextComponent) {
    const auto sleep = observations_coded("93832-4");
    ASSERT_EQ(sleep.size(), 8u) << "every entry, the corrected one of 03-25 too";
    std::map<std::string, json> by_time;
    for (const auto& o : sleep) by_time[o.at("effectiveDateTime").get<std::string>()] = o;
    const auto& night = by_time.at("2026-03-23T07:30:00+01:00");
    EXPECT_EQ(night.at("code"),
              json::parse(R"j({"coding": [{"system": "http://loinc.org", "code": "93832-4"}], "text": "sleep duration (last night)"})j"));
    EXPECT_EQ(night.at("category")[0].at("coding")[0].at("code"), "survey");
    EXPECT_EQ(night.at("valueQuantity"), json({{"value", 6.5}, {"unit", "h"}, {"system", ucum}, {"code", "h"}}));
    ASSERT_EQ(night.at("component").size(), 1u);
    EXPECT_EQ(night.at("component")[0].at("code"), json({{"text", "sleep quality (0-10, 10 very good)"}}))
        << "no checked code for a 0-10 sleep quality: text only";
    EXPECT_EQ(night.at("component")[0].at("valueInteger"), 5);
    EXPECT_EQ(by_time.at("2026-03-22T07:30:00+01:00").at("valueQuantity").at("value"), 6);
    EXPECT_EQ(by_time.at("2026-03-25T07:30:00+01:00").at("valueQuantity").at("value"), 6.75);
    EXPECT_EQ(by_time.at("2026-03-25T07:00:00+01:00").at("component")[0].at("valueInteger"), 2);
    const auto& unrated = by_time.at("2026-03-28T07:30:00+01:00");
    EXPECT_EQ(unrated.at("valueQuantity").at("value"), 5);
    EXPECT_FALSE(unrated.contains("component"));
}

TEST_F(FhirFunction, GoalsAreMetOrNotNamedByTheGoalsWords) {
    const auto dog = observations_named("personal goal: walk the dog 20 minutes");
    const auto work = observations_named("personal goal: sit through a work day");
    ASSERT_EQ(dog.size(), 14u) << "13 days, 03-24 twice";
    ASSERT_EQ(work.size(), 3u);
    int met = 0;
    for (const auto& o : dog) {
        EXPECT_FALSE(o.at("code").contains("coding"));
        EXPECT_EQ(o.at("category")[0].at("coding")[0].at("code"), "survey");
        met += o.at("valueBoolean").get<bool>() ? 1 : 0;
    }
    EXPECT_EQ(met, 11);
    EXPECT_EQ(work[1].at("valueBoolean"), false);
    EXPECT_EQ(work[1].at("effectiveDateTime"), "2026-03-24T18:00:00+01:00");
}

TEST_F(FhirFunction, PgicIsTextWithTheAnswerInWordsAndItsPlaceOnTheScale) {
    const auto pgic = observations_named("Patient Global Impression of Change");
    ASSERT_EQ(pgic.size(), 2u);
    for (const auto& o : pgic) {
        EXPECT_EQ(o.at("code"), json({{"text", "Patient Global Impression of Change"}})) << "no checked LOINC code";
        EXPECT_FALSE(o.contains("valueInteger"));
        EXPECT_EQ(o.at("category")[0].at("coding")[0].at("code"), "survey");
    }
    EXPECT_EQ(pgic[0].at("valueCodeableConcept"), json({{"text", "no change (4 of 7)"}}));
    EXPECT_EQ(pgic[1].at("valueCodeableConcept"), json({{"text", "much improved (2 of 7)"}}));
    EXPECT_EQ(pgic[1].at("effectiveDateTime"), "2026-03-28T10:30:00+01:00");
}

TEST_F(FhirFunction, SectionsReferencesAndValuesHoldForTheNewResources) {
    int references = 0;
    EXPECT_EQ(unresolved_references(bundle, references), std::vector<std::string>{});
    EXPECT_EQ(empty_values(bundle), std::vector<std::string>{});
    std::set<std::string> urls;
    for (const auto& e : bundle.at("entry")) EXPECT_TRUE(urls.insert(e.at("fullUrl").get<std::string>()).second);
    std::map<std::string, std::size_t> sections;
    for (const auto& section : bundle.at("entry")[0].at("resource").at("section"))
        sections[section.at("title").get<std::string>()] = section.at("entry").size();
    EXPECT_EQ(sections.at("Function (PEG)"), 5u * 6) << "per PEG: the response, the panel, three items, the mean";
    EXPECT_EQ(sections.at("Sleep"), 8u);
    EXPECT_EQ(sections.at("Personal goals"), 17u);
    EXPECT_EQ(sections.at("Global impression of change"), 2u);
    for (const auto& e : bundle.at("entry")) {
        const auto& r = e.at("resource");
        if (r.at("resourceType") == "Observation") {
            EXPECT_EQ(r.at("status"), "final");
        }
        if (r.at("resourceType") == "QuestionnaireResponse") {
            EXPECT_EQ(r.at("status"), "completed");
        }
    }
    EXPECT_EQ(render_fhir(report), render_fhir(report));
    const auto tx = json::parse(render_fhir(report, FhirBundle::transaction));
    references = 0;
    EXPECT_EQ(unresolved_references(tx, references), std::vector<std::string>{});
    std::size_t posted = 0;
    for (const auto& e : tx.at("entry"))
        if (e.at("request").at("url") == "QuestionnaireResponse") ++posted;
    EXPECT_EQ(posted, 5u);
}

}  // namespace
}  // namespace relief::reports
