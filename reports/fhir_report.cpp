#include "fhir_report.h"

#include "core/translate.h"
#include "core/dose_slot.h"
#include "core/zone.h"
#include "core/catalogue.h"
#include "core/rxnorm.h"
#include "fhir_terms.h"
#include "fhir_uuid.h"
#include "report_text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

namespace relief::reports {
namespace {

// Insertion order keeps resourceType and id first, the way people expect to read FHIR.
using Json = nlohmann::ordered_json;

constexpr const char* ucum = "http://unitsofmeasure.org";
constexpr const char* loinc = "http://loinc.org";
constexpr const char* snomed = "http://snomed.info/sct";
constexpr const char* observation_category =
    "http://terminology.hl7.org/CodeSystem/observation-category";
constexpr const char* condition_clinical =
    "http://terminology.hl7.org/CodeSystem/condition-clinical";
constexpr const char* pain_display =
    "Pain severity - 0-10 verbal numeric rating [Score] - Reported";
// The PEG (docs/research/loinc-peg-sleep-pgic.md; sources in docs/fhir-mapping.md): the
// long common names of the panel and of the mean score are confirmed; the items' codes are
// verified but not their names, so they carry no display (nor does sleep's 93832-4).
constexpr const char* peg_questionnaire = "http://loinc.org/q/91148-7";
constexpr const char* peg_panel_display =
    "Pain intensity, Enjoyment of life, General activity (PEG) 3 item pain scale";
constexpr const char* peg_mean_display = "Mean score [PEG]";

struct PegItem {
    const char* code;
    const char* question;  // the PEG's own words (Krebs 2009), as LOINC's Questionnaire asks it
    const char* text;      // the Observation's code.text
    int PegEntry::*answer;
};
constexpr std::array<PegItem, 3> peg_items{{
    {"75893-8", "What number best describes your pain on average in the past week?",
     "PEG: pain on average in the past week (0-10)", &PegEntry::pain},
    {"91145-3", "What number best describes how, during the past week, pain has interfered with your enjoyment of life?",
     "PEG: pain's interference with enjoyment of life in the past week (0-10)", &PegEntry::enjoyment},
    {"91146-1", "What number best describes how, during the past week, pain has interfered with your general activity?",
     "PEG: pain's interference with general activity in the past week (0-10)", &PegEntry::activity},
}};

// FHIR dateTime with the offset the clock showed where the entry was logged.
std::string date_time(Instant at, const Zone& zone) {
    const auto local = zone.local_time(at);
    const auto offset = std::chrono::duration_cast<std::chrono::minutes>(local.time_since_epoch() -
                                                                         at.time_since_epoch())
                            .count();
    const auto magnitude = std::abs(offset);
    char text[16];
    std::snprintf(text, sizeof text, "%c%02d:%02d", offset < 0 ? '-' : '+',
                  static_cast<int>(magnitude / 60), static_cast<int>(magnitude % 60));
    return date::format("%FT%T", local) + text;
}

std::string joined_terms(const std::vector<std::string>& terms) {
    std::string out;
    for (const auto& t : terms) {
        if (t.empty()) continue;
        if (!out.empty()) out += ", ";
        out += readable_term(t);
    }
    return out;
}

Json text_concept(const std::string& text) {
    return Json{{"text", text}};
}

// A display is left out when the code is checked but its name is not: no name is better
// than a wrong one.
Json coded_concept(const char* system, const std::string& code, const std::string& display,
                   const std::string& text = "") {
    Json coding{{"system", system}, {"code", code}};
    if (!display.empty()) coding["display"] = display;
    Json concept_json{{"coding", Json::array({coding})}};
    if (!text.empty()) concept_json["text"] = text;
    return concept_json;
}

// A UCUM milligram quantity; whole milligrams print as integers, the rest exactly.
Json milligrams(Amount amount) {
    const auto ug = amount.in_micrograms();
    const Json value = ug % 1000 == 0 ? Json(ug / 1000) : Json(static_cast<double>(ug) / 1000.0);
    return Json{{"value", value}, {"unit", "mg"}, {"system", ucum}, {"code", "mg"}};
}

Json ucum_quantity(int value, const std::string& unit, const std::string& code) {
    return Json{{"value", value}, {"unit", unit}, {"system", ucum}, {"code", code}};
}

// A decimal to `places` places, whole numbers as integers ("7", "6.5", "6.67").
Json rounded(double value, int places) {
    const double scale = std::pow(10.0, places);
    const double r = std::round(value * scale) / scale;
    if (r == std::trunc(r)) return Json(static_cast<std::int64_t>(r));
    return Json(r);
}

Json severity_concept(Severity s) {
    switch (s) {
        case Severity::mild:
            return coded_concept(snomed, "255604002", "Mild", "mild");
        case Severity::moderate:
            return coded_concept(snomed, "6736007", "Moderate", "moderate");
        case Severity::severe:
            return coded_concept(snomed, "24484000", "Severe", "severe");
    }
    return text_concept(std::string(to_string(s)));
}

std::string issue_severity(AlertSeverity s) {
    switch (s) {
        case AlertSeverity::urgent:
            return "high";
        case AlertSeverity::warning:
            return "moderate";
        case AlertSeverity::info:
            return "low";
    }
    return "low";
}

Json category(const std::string& code, const std::string& display) {
    return coded_concept(observation_category, code, display);
}

// What a journal term looks like as a CodeableConcept: SNOMED CT when checked, text always.
Json snomed_or_text(const SnomedConcept& c, const std::string& text) {
    if (c.code.empty()) return text_concept(text);
    return coded_concept(snomed, std::string(c.code), std::string(c.display), text);
}

struct Resource {
    std::string url;
    Json json;
};

class BundleWriter {
public:
    BundleWriter(const VisitReport& report, FhirBundle kind) : report_(report), kind_(kind) {}

    std::string render() {
        add_device();
        add_patient();
        add_medications();
        add_medication_statements();
        add_events();
        add_detected_issues();
        add_provenance();
        const std::string period = format_day(report_.period.from) + "|" + format_day(report_.period.to) + "|" +
                                   format_day(report_.generated_on);
        Json bundle{{"resourceType", "Bundle"},
                    {"identifier", Json{{"system", "urn:ietf:rfc:3986"},
                                        {"value", "urn:uuid:" + uuid5("Bundle|" + period + "|" + kind_name())}}},
                    {"type", kind_name()}};
        if (kind_ == FhirBundle::document) bundle["timestamp"] = recorded();
        Json entries = Json::array();
        if (kind_ == FhirBundle::document) entries.push_back(entry(composition()));
        for (auto& r : resources_) entries.push_back(entry(std::move(r)));
        bundle["entry"] = entries;
        return bundle.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
    }

private:
    std::string kind_name() const { return kind_ == FhirBundle::document ? "document" : "transaction"; }

    // Ids come from journal facts that never change (entry ids, medication ids, rule ids),
    // never from the profile, so that naming yourself does not renumber your record.
    Resource start(const std::string& type, std::string name) {
        while (!used_.insert(type + "|" + name).second) name += "+";
        const std::string id = uuid5(type + "|" + name);
        return {"urn:uuid:" + id, Json{{"resourceType", type}, {"id", id}}};
    }
    const std::string& add(Resource r, const std::string& section = "") {
        if (!section.empty()) sections_[section].push_back(r.url);
        resources_.push_back(std::move(r));
        return resources_.back().url;
    }
    Json entry(Resource r) const {
        Json e{{"fullUrl", r.url}};
        const std::string type = r.json.at("resourceType").get<std::string>();
        if (kind_ == FhirBundle::transaction) {
            // The server assigns ids; fullUrls link the entries until it does.
            r.json.erase("id");
            Json request{{"method", "POST"}, {"url", type}};
            if (type == "Patient" && !if_none_exist_.empty()) request["ifNoneExist"] = if_none_exist_;
            e["resource"] = std::move(r.json);
            e["request"] = request;
        } else {
            e["resource"] = std::move(r.json);
        }
        return e;
    }
    static Json ref(const std::string& url) { return Json{{"reference", url}}; }
    Json patient_ref() const { return ref(patient_); }

    static Zone zone(const std::string& name) { return Zone::locate(name.empty() ? "UTC" : name); }
    Zone home() const { return zone(report_.profile.zone); }

    // The bundle's moment: the latest thing it holds, and never before the as-of day; the
    // renderer never reads the clock, so the same report gives the same bytes.
    std::string recorded() const {
        Instant latest = home().resolve_scheduled(date::local_seconds{report_.generated_on});
        for (const Entry& e : report_.entries) latest = std::max(latest, e.at);
        return date_time(latest, home());
    }

    const Medication* medication(std::int64_t id) const {
        for (const auto& s : report_.medications)
            if (s.medication.id == id) return &s.medication;
        return report_.medication(id);
    }
    std::string label(std::int64_t medication_id) const {
        for (const auto& s : report_.medications)
            if (s.medication.id == medication_id && !s.label.empty()) return s.label;
        if (const Medication* m = report_.medication(medication_id); m && !m->name.empty()) return m->name;
        return "medication " + std::to_string(medication_id);
    }

    void add_device() {
        auto r = start("Device", "relief-journal");
        device_ = r.url;
        r.json["deviceName"] = Json::array({Json{{"name", "Relief Journal"}, {"type", "user-friendly-name"}}});
        r.json["type"] = text_concept("software application: personal symptom and medication journal");
        r.json["version"] = Json::array({Json{{"value", RELIEF_VERSION}}});
        add(std::move(r));
    }

    void add_patient() {
        auto r = start("Patient", "self");
        patient_ = r.url;
        const Profile& p = report_.profile;
        if (p.identifier && !p.identifier->empty()) {
            Json id{{"value", *p.identifier}};
            const std::string system = p.identifier_system.value_or("");
            // A system with a scheme ("urn:oid:...", "https://...") is a URI; anything else
            // is the person's label for the number ("hospital number").
            if (system.find(':') != std::string::npos) id["system"] = system;
            else if (!system.empty()) id["type"] = text_concept(system);
            r.json["identifier"] = Json::array({id});
            if_none_exist_ = "identifier=" + (id.contains("system") ? system + "|" : std::string()) + *p.identifier;
        }
        if (p.name && !p.name->empty()) r.json["name"] = Json::array({text_concept(*p.name)});
        if (p.birth_date) r.json["birthDate"] = format_day(*p.birth_date);
        else if (p.birth_year) r.json["birthDate"] = std::to_string(*p.birth_year);
        add(std::move(r), "Patient");
        for (const auto& condition : p.conditions) {
            if (condition.empty()) continue;
            auto c = start("Condition", condition);
            c.json["clinicalStatus"] = coded_concept(condition_clinical, "active", "Active");
            c.json["code"] = text_concept(readable_term(condition));
            c.json["subject"] = patient_ref();
            add(std::move(c), "Conditions");
        }
    }

    // A medication named by a brand of its catalogue drug ("Flexeril" for cyclobenzaprine,
    // "Vicodin" for its product): that brand's RxNorm brand name concept, or nothing when
    // the name is the ingredient's or the brand has no checked code.
    static RxNormBrand brand_of(const Medication& m, const Drug& drug) {
        const auto match = Catalogue::standard().lookup(m.name);
        if (!match || match->brand.empty() || match->drug->ingredient != drug.ingredient) return {};
        return rxnorm_brand(match->brand);
    }

    // What a Medication is made of: each part of a combination product with its strength
    // per unit, or the one ingredient of a single-ingredient drug (whose strength per unit
    // the catalogue does not know). Each is coded by its ingredient RxCUI when checked.
    static Json ingredients(const Drug& drug) {
        const auto item = [](std::string_view ingredient) {
            const auto rx = rxnorm_ingredient_code(ingredient);
            const std::string name(ingredient);
            return rx.empty() ? text_concept(name)
                              : coded_concept(rxnorm_system.data(), std::string(rx), name, name);
        };
        Json out = Json::array();
        if (!drug.is_combination()) {
            out.push_back(Json{{"itemCodeableConcept", item(drug.ingredient)}, {"isActive", true}});
            return out;
        }
        for (const Part& part : drug.parts)
            out.push_back(Json{
                {"itemCodeableConcept", item(part.ingredient)},
                {"isActive", true},
                {"strength", Json{{"numerator", milligrams(part.per_unit)},
                                  {"denominator", Json{{"value", 1}, {"unit", std::string(drug.unit)}}}}}});
        return out;
    }

    // One Medication per medication the report mentions, coded with RxNorm: a catalogue
    // brand with a checked brand name code by that code, its ingredients in ingredient[];
    // otherwise a single ingredient by its RxCUI and a combination product by each
    // ingredient and its strength. One CodeableConcept never mixes a brand and an
    // ingredient code: its codings must mean the same thing.
    void add_medications() {
        std::set<std::int64_t> ids;
        for (const auto& s : report_.medications) ids.insert(s.medication.id);
        for (const Entry& e : report_.entries)
            if (const auto* d = std::get_if<DoseEntry>(&e.data)) ids.insert(d->medication_id);
        for (const SlotStatus& slot : report_.scheduled_doses)
            if (slot.state == SlotState::missed) ids.insert(slot.medication_id);
        for (const std::int64_t id : ids) {
            auto r = start("Medication", std::to_string(id));
            const Medication* m = medication(id);
            const Drug* drug = m ? Catalogue::standard().find_ingredient(m->ingredient) : nullptr;
            const RxNormBrand brand = drug ? brand_of(*m, *drug) : RxNormBrand{};
            Json code = text_concept(label(id));
            if (!brand.code.empty()) {
                code = coded_concept(rxnorm_system.data(), std::string(brand.code), std::string(brand.display),
                                     label(id));
            } else if (drug && !drug->is_combination()) {
                if (const auto rx = rxnorm_ingredient_code(drug->ingredient); !rx.empty())
                    code = coded_concept(rxnorm_system.data(), std::string(rx), std::string(drug->ingredient), label(id));
            }
            r.json["code"] = code;
            if (drug && (drug->is_combination() || !brand.code.empty()))
                r.json["ingredient"] = ingredients(*drug);
            medication_urls_[id] = add(std::move(r), "Medications");
        }
    }
    Json medication_ref(std::int64_t id) const {
        const auto it = medication_urls_.find(id);
        return ref(it->second);
    }

    // One prescription's dosage: the main instruction, and a second one for as-needed
    // extras on top of fixed times. `bounds`, for a medication whose prescription changed,
    // is the period this one held and `sequence` its place in order.
    static void add_dosage(Json& out, const Medication& m, const PrescriptionStep& p, const std::string& text,
                           const Json& bounds, int sequence) {
        const Json dose = Json::array({Json{{"doseQuantity", milligrams(p.dose)}}});
        Json main = Json::object();
        if (sequence > 0) main["sequence"] = sequence;
        if (!text.empty()) main["text"] = text;
        Json repeat = Json::object();
        if (!bounds.is_null()) repeat["boundsPeriod"] = bounds;
        if (p.schedule.is_scheduled()) {
            Json times = Json::array();
            for (const TimeOfDay t : p.schedule.times) times.push_back(format_time_of_day(t) + ":00");
            repeat["frequency"] = times.size();
            repeat["period"] = 1;
            repeat["periodUnit"] = "d";
            repeat["timeOfDay"] = times;
        } else if (p.schedule.as_needed) {
            main["asNeededBoolean"] = true;
        }
        if (!repeat.empty()) main["timing"] = Json{{"repeat", repeat}};
        main["doseAndRate"] = dose;
        if (m.max_daily)
            main["maxDosePerPeriod"] = Json{{"numerator", milligrams(*m.max_daily)},
                                            {"denominator", ucum_quantity(1, "day", "d")}};
        out.push_back(main);
        if (p.schedule.is_scheduled() && p.schedule.as_needed) {
            Json extra = Json::object();
            if (sequence > 0) extra["sequence"] = sequence;
            extra["text"] = "extra doses as needed";
            if (!bounds.is_null()) extra["timing"] = Json{{"repeat", Json{{"boundsPeriod", bounds}}}};
            extra["asNeededBoolean"] = true;
            extra["doseAndRate"] = dose;
            out.push_back(extra);
        }
    }

    // One dosage (and its as-needed extra) per prescription, in order, each bounded by the
    // days it held; a medication whose prescription never changed has just its own.
    Json dosages(const MedicationSummary& s) const {
        const Medication& m = s.medication;
        Json out = Json::array();
        if (m.steps.empty()) {
            add_dosage(out, m, m.first_prescription(), s.schedule_text, Json(), 0);
            return out;
        }
        const auto all = m.prescriptions();
        for (std::size_t i = 0; i < all.size(); ++i) {
            Json bounds{{"start", format_day(all[i].from)}};
            std::optional<LocalDay> last = m.stop;
            if (i + 1 < all.size()) last = all[i + 1].from - date::days{1};
            if (last) bounds["end"] = format_day(*last);
            const std::string text = prescription_text(all[i].dose, all[i].schedule) + " from " +
                                     format_day(all[i].from) + (last ? " to " + format_day(*last) : "");
            add_dosage(out, m, all[i], text, bounds, static_cast<int>(i) + 1);
        }
        return out;
    }

    void add_medication_statements() {
        for (const auto& s : report_.medications) {
            const Medication& m = s.medication;
            auto r = start("MedicationStatement", std::to_string(m.id));
            r.json["status"] = m.stop && *m.stop < report_.period.to ? "completed" : "active";
            r.json["medicationReference"] = medication_ref(m.id);
            r.json["subject"] = patient_ref();
            Json period{{"start", format_day(m.start)}};
            if (m.stop) period["end"] = format_day(*m.stop);
            r.json["effectivePeriod"] = period;
            r.json["informationSource"] = patient_ref();
            if (m.taper) r.json["note"] = Json::array({Json{{"text", "stopping on a taper plan from the clinician"}}});
            r.json["dosage"] = dosages(s);
            statement_urls_[m.id] = add(std::move(r), "Medications");
        }
    }

    // What every administration has; an empty reason means completed, any other not-done.
    Resource administration(const std::string& item, std::int64_t medication_id, const std::string& reason,
                            const std::string& effective) {
        auto r = start("MedicationAdministration", item);
        r.json["status"] = reason.empty() ? "completed" : "not-done";
        if (!reason.empty()) r.json["statusReason"] = Json::array({text_concept(reason)});
        r.json["medicationReference"] = medication_ref(medication_id);
        r.json["subject"] = patient_ref();
        r.json["effectiveDateTime"] = effective;
        return r;
    }

    Resource dose(const Entry& e, const DoseEntry& d) {
        const bool taken = d.status == DoseStatus::taken;
        auto r = administration("entry|" + std::to_string(e.id), d.medication_id, taken ? "" : "skipped",
                                date_time(e.at, zone(e.zone)));
        if (taken) r.json["performer"] = Json::array({Json{{"actor", patient_ref()}}});
        if (is_late(d, e.at)) {
            const auto late = std::chrono::duration_cast<std::chrono::minutes>(e.at - *d.scheduled).count();
            r.json["note"] = Json::array({Json{{"text", "taken late: scheduled " + format_local(*d.scheduled, home()) +
                                                            ", taken " + std::to_string(late) + " minutes later"}}});
        }
        r.json["dosage"] = Json{{"dose", milligrams(d.amount)}};
        return r;
    }

    Resource missed(const SlotStatus& slot) {
        auto r = administration("missed|" + std::to_string(slot.medication_id) + "|" + format_utc(slot.scheduled),
                                slot.medication_id, "missed: not logged", date_time(slot.scheduled, home()));
        if (const Medication* m = report_.medication(slot.medication_id))
            r.json["dosage"] = Json{{"dose", milligrams(m->dose_on(home().day_of(slot.scheduled)))}};
        return r;
    }

    // Every Observation is the person's own report: a category, a subject and a performer.
    // `part` names one of several Observations of one entry (a PEG's items).
    Resource observation(const Entry& e, const Json& code, const Json& cat, const std::string& part = "") {
        auto r = start("Observation", std::to_string(e.id) + (part.empty() ? "" : "|" + part));
        r.json["status"] = "final";
        r.json["category"] = Json::array({cat});
        r.json["code"] = code;
        r.json["subject"] = patient_ref();
        r.json["effectiveDateTime"] = date_time(e.at, zone(e.zone));
        r.json["performer"] = Json::array({patient_ref()});
        return r;
    }
    static Json survey() { return category("survey", "Survey"); }

    Resource pain(const Entry& e, const PainEntry& p) {
        auto r = observation(e, coded_concept(loinc, "72514-3", pain_display, "Pain score (0-10)"), survey());
        r.json["valueInteger"] = p.score;
        std::vector<std::string> sites;
        for (const auto& l : p.locations)
            if (!l.empty()) sites.push_back(l);
        // One site is coded; several stay one text, since a concept's codings must agree.
        if (sites.size() == 1) r.json["bodySite"] = snomed_or_text(body_site_concept(sites[0]), readable_term(sites[0]));
        else if (!sites.empty()) r.json["bodySite"] = text_concept(joined_terms(sites));
        Json components = Json::array();
        for (const auto& q : p.qualities)
            if (!q.empty())
                components.push_back(Json{{"code", text_concept("pain quality")},
                                          {"valueCodeableConcept", text_concept(readable_term(q))}});
        if (!components.empty()) r.json["component"] = components;
        return r;
    }

    Resource side_effect(const Entry& e, const SideEffectEntry& s) {
        const std::string text = "side effect: " + readable_term(s.name);
        auto r = observation(e, snomed_or_text(side_effect_concept(s.name), text), survey());
        r.json["valueCodeableConcept"] = severity_concept(s.severity);
        return r;
    }

    Resource cramp(const Entry& e, const CrampEntry& c) {
        auto r = observation(e, text_concept("muscle cramp"), survey());
        if (!c.location.empty()) r.json["bodySite"] = snomed_or_text(body_site_concept(c.location), readable_term(c.location));
        Json components = Json::array();
        if (c.minutes)
            components.push_back(Json{{"code", text_concept("cramp duration")},
                                      {"valueQuantity", ucum_quantity(*c.minutes, "min", "min")}});
        if (c.severity)
            components.push_back(Json{{"code", text_concept("cramp severity (0-10)")}, {"valueInteger", *c.severity}});
        if (!components.empty()) r.json["component"] = components;
        return r;
    }

    Resource symptom(const Entry& e, const SymptomEntry& s) {
        auto r = observation(e, text_concept("symptom: " + readable_term(s.name)), survey());
        r.json["valueBoolean"] = true;
        return r;
    }

    // Heat, ice, massage and physical therapy are therapy; stretching and exercise activity.
    Resource measure(const Entry& e, const MeasureEntry& m) {
        const bool therapy = m.name == "heat" || m.name == "ice" || m.name == "massage" || m.name == "physical-therapy";
        auto r = observation(e, text_concept("self-care: " + readable_term(m.name)),
                             therapy ? category("therapy", "Therapy") : category("activity", "Activity"));
        if (m.minutes) r.json["valueQuantity"] = ucum_quantity(*m.minutes, "min", "min");
        return r;
    }

    Resource alcohol(const Entry& e, const AlcoholEntry& a) {
        auto r = observation(e, text_concept("alcoholic drinks"), category("social-history", "Social History"));
        r.json["valueQuantity"] = ucum_quantity(a.drinks, "drinks", "{drink}");
        return r;
    }

    Resource fluids(const Entry& e, const FluidsEntry& f) {
        auto r = observation(e, text_concept("fluids drunk"), survey());
        r.json["valueQuantity"] = ucum_quantity(f.glasses, "glasses", "{glass}");
        return r;
    }

    Resource note(const Entry& e, const NoteEntry& n) {
        auto r = observation(e, text_concept("note for the clinician"), survey());
        r.json["valueString"] = n.text;
        return r;
    }

    // The PEG as the person answered it (a QuestionnaireResponse to LOINC's PEG form) and
    // as Observations derived from it: the panel 91148-7 whose members are the three
    // items and the mean score 91147-9.
    void peg(const Entry& e, const PegEntry& p, std::vector<std::pair<std::string, Resource>>& out) {
        const std::string section = "Function (PEG)";
        auto qr = start("QuestionnaireResponse", std::to_string(e.id));
        qr.json["questionnaire"] = peg_questionnaire;
        qr.json["status"] = "completed";
        qr.json["subject"] = patient_ref();
        qr.json["authored"] = date_time(e.at, zone(e.zone));
        qr.json["author"] = patient_ref();
        Json items = Json::array();
        for (const PegItem& item : peg_items)
            items.push_back(Json{{"linkId", item.code},
                                 {"text", item.question},
                                 {"answer", Json::array({Json{{"valueInteger", p.*item.answer}}})}});
        qr.json["item"] = items;
        const Json derived = Json::array({ref(qr.url)});
        out.emplace_back(section, std::move(qr));

        std::vector<Resource> members;
        for (const PegItem& item : peg_items) {
            auto m = observation(e, coded_concept(loinc, item.code, "", item.text), survey(), item.code);
            m.json["valueInteger"] = p.*item.answer;
            m.json["derivedFrom"] = derived;
            members.push_back(std::move(m));
        }
        auto mean = observation(e, coded_concept(loinc, "91147-9", peg_mean_display, "PEG score (mean of the three, 0-10)"),
                                survey(), "91147-9");
        mean.json["valueQuantity"] =
            Json{{"value", rounded(p.score(), 1)}, {"unit", "{score}"}, {"system", ucum}, {"code", "{score}"}};
        mean.json["derivedFrom"] = derived;
        members.push_back(std::move(mean));

        auto panel = observation(e, coded_concept(loinc, "91148-7", peg_panel_display, "PEG 3-item pain scale"), survey());
        Json has_member = Json::array();
        for (const auto& m : members) has_member.push_back(ref(m.url));
        panel.json["hasMember"] = has_member;
        panel.json["derivedFrom"] = derived;
        out.emplace_back(section, std::move(panel));
        for (auto& m : members) out.emplace_back(section, std::move(m));
    }

    // Sleep duration by LOINC in hours; the 0-10 quality has no checked code: text only.
    Resource sleep(const Entry& e, const SleepEntry& s) {
        auto r = observation(e, coded_concept(loinc, "93832-4", "", "sleep duration (last night)"), survey());
        r.json["valueQuantity"] = Json{{"value", rounded(s.minutes / 60.0, 2)}, {"unit", "h"}, {"system", ucum}, {"code", "h"}};
        if (s.quality)
            r.json["component"] = Json::array(
                {Json{{"code", text_concept("sleep quality (0-10, 10 very good)")}, {"valueInteger", *s.quality}}});
        return r;
    }

    Resource goal(const Entry& e, const GoalEntry& g) {
        auto r = observation(e, text_concept("personal goal: " + g.goal), survey());
        r.json["valueBoolean"] = g.met;
        return r;
    }

    // No LOINC code for the PGIC could be checked: text, and the answer in words with its
    // place on the 7-point scale.
    Resource pgic(const Entry& e, const PgicEntry& p) {
        auto r = observation(e, text_concept("Patient Global Impression of Change"), survey());
        // The bundle is English in every language (docs/translating.md): core's words, not the
        // report's translated pgic_answer_text().
        r.json["valueCodeableConcept"] =
            text_concept(std::string(pgic_words(p.answer)) + " (" + std::to_string(p.answer) + " of 7)");
        return r;
    }

    void add_events() {
        std::vector<std::pair<Instant, Resource>> administrations;
        std::vector<std::pair<std::string, Resource>> observations;
        for (const Entry& e : report_.entries) {
            if (const auto* d = std::get_if<DoseEntry>(&e.data)) administrations.emplace_back(e.at, dose(e, *d));
            else if (const auto* p = std::get_if<PainEntry>(&e.data)) observations.emplace_back("Pain", pain(e, *p));
            else if (const auto* s = std::get_if<SideEffectEntry>(&e.data))
                observations.emplace_back("Side effects", side_effect(e, *s));
            else if (const auto* c = std::get_if<CrampEntry>(&e.data)) observations.emplace_back("Cramps", cramp(e, *c));
            else if (const auto* y = std::get_if<SymptomEntry>(&e.data))
                observations.emplace_back("Symptoms", symptom(e, *y));
            else if (const auto* m = std::get_if<MeasureEntry>(&e.data))
                observations.emplace_back("Self-care", measure(e, *m));
            else if (const auto* a = std::get_if<AlcoholEntry>(&e.data))
                observations.emplace_back("Alcohol and fluids", alcohol(e, *a));
            else if (const auto* f = std::get_if<FluidsEntry>(&e.data))
                observations.emplace_back("Alcohol and fluids", fluids(e, *f));
            else if (const auto* n = std::get_if<NoteEntry>(&e.data)) observations.emplace_back("Notes", note(e, *n));
            else if (const auto* g = std::get_if<PegEntry>(&e.data)) peg(e, *g, observations);
            else if (const auto* sl = std::get_if<SleepEntry>(&e.data)) observations.emplace_back("Sleep", sleep(e, *sl));
            else if (const auto* go = std::get_if<GoalEntry>(&e.data))
                observations.emplace_back("Personal goals", goal(e, *go));
            else if (const auto* pg = std::get_if<PgicEntry>(&e.data))
                observations.emplace_back("Global impression of change", pgic(e, *pg));
        }
        for (const SlotStatus& slot : report_.scheduled_doses)
            if (slot.state == SlotState::missed) administrations.emplace_back(slot.scheduled, missed(slot));
        std::stable_sort(administrations.begin(), administrations.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto& a : administrations) add(std::move(a.second), "Doses");
        for (auto& [section, o] : observations) add(std::move(o), section);
    }

    // The medications an alert is about: its drugs, as ingredients or parts of a product.
    Json implicated(const Alert& a) const {
        Json out = Json::array();
        for (const auto& s : report_.medications) {
            const Medication& m = s.medication;
            const Drug* drug = Catalogue::standard().find_ingredient(m.ingredient);
            bool concerned = false;
            for (const auto& d : a.drugs) {
                if (d == m.ingredient) concerned = true;
                if (drug)
                    for (const Part& part : drug->parts)
                        if (part.ingredient == d) concerned = true;
            }
            if (!concerned) continue;
            if (const auto it = statement_urls_.find(m.id); it != statement_urls_.end()) out.push_back(ref(it->second));
            out.push_back(medication_ref(m.id));
        }
        return out;
    }

    void add_detected_issues() {
        // Current alerts first, then those resolved by the period's end (history).
        std::vector<const ReportAlert*> all;
        for (const auto& ra : report_.alerts) all.push_back(&ra);
        for (const auto& ra : report_.resolved_alerts) all.push_back(&ra);
        for (const ReportAlert* each : all) {
            const ReportAlert& ra = *each;
            const Alert& a = ra.alert;
            auto r = start("DetectedIssue", a.rule_id + "|" + a.subject);
            // Current alerts may still change as they are seen again; resolved ones will not.
            r.json["status"] = ra.current ? "preliminary" : "final";
            r.json["code"] = text_concept(a.title.empty() ? a.rule_id : a.rule_id + ": " + a.title);
            r.json["severity"] = issue_severity(a.severity);
            r.json["patient"] = patient_ref();
            r.json["identifiedDateTime"] = format_day(a.raised_on);
            if (const Json imp = implicated(a); !imp.empty()) r.json["implicated"] = imp;
            Json evidence = Json::array();
            for (const Evidence& item : a.evidence) {
                const std::string text = item.label.empty()   ? item.value
                                         : item.value.empty() ? item.label
                                                              : item.label + ": " + item.value;
                if (!text.empty()) evidence.push_back(Json{{"code", Json::array({text_concept(text)})}});
            }
            if (!evidence.empty()) r.json["evidence"] = evidence;
            std::string detail = a.message, sources;
            if (!a.subject.empty()) detail += (detail.empty() ? "" : "\n") + ("Subject: " + a.subject);
            for (const auto& s : a.sources)
                if (!s.empty()) sources += (sources.empty() ? "" : "; ") + s;
            if (!sources.empty()) detail += (detail.empty() ? "" : "\n") + ("Sources: " + sources);
            if (!detail.empty()) r.json["detail"] = detail;
            if (ra.discussed_on)
                r.json["mitigation"] = Json::array({Json{{"action", text_concept("discussed with clinician")},
                                                         {"date", format_day(*ra.discussed_on)}}});
            add(std::move(r), "Alerts");
        }
    }

    // Who says so: the person wrote every entry; the app assembled the bundle.
    void add_provenance() {
        auto r = start("Provenance", "bundle|" + format_day(report_.generated_on));
        Json targets = Json::array();
        for (const auto& res : resources_) targets.push_back(ref(res.url));
        r.json["target"] = targets;
        r.json["recorded"] = recorded();
        const char* participant = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";
        r.json["agent"] = Json::array({Json{{"type", coded_concept(participant, "author", "Author")}, {"who", patient_ref()}},
                                       Json{{"type", coded_concept(participant, "assembler", "Assembler")},
                                            {"who", ref(device_)},
                                            {"onBehalfOf", patient_ref()}}});
        add(std::move(r));
    }

    Resource composition() {
        auto r = start("Composition", "visit-report|" + format_day(report_.period.from) + "|" +
                                          format_day(report_.period.to) + "|" + format_day(report_.generated_on));
        r.json["status"] = "final";
        r.json["type"] = text_concept("Patient-reported symptom and medication journal");
        r.json["subject"] = patient_ref();
        r.json["date"] = recorded();
        r.json["author"] = Json::array({patient_ref(), ref(device_)});
        r.json["title"] = "Relief Journal visit report, " + format_day(report_.period.from) + " to " +
                          format_day(report_.period.to);
        Json sections = Json::array();
        for (const char* title : {"Conditions", "Medications", "Doses", "Pain", "Function (PEG)", "Sleep",
                                  "Personal goals", "Global impression of change", "Side effects", "Cramps",
                                  "Symptoms", "Self-care", "Alcohol and fluids", "Notes", "Alerts"}) {
            const auto it = sections_.find(title);
            if (it == sections_.end()) continue;
            Json refs = Json::array();
            for (const auto& url : it->second) refs.push_back(ref(url));
            sections.push_back(Json{{"title", title}, {"entry", refs}});
        }
        if (!sections.empty()) r.json["section"] = sections;
        return r;
    }

    const VisitReport& report_;
    FhirBundle kind_;
    std::string patient_;
    std::string device_;
    std::string if_none_exist_;
    std::set<std::string> used_;
    std::vector<Resource> resources_;
    std::map<std::string, std::vector<std::string>> sections_;
    std::map<std::int64_t, std::string> medication_urls_;
    std::map<std::int64_t, std::string> statement_urls_;
};

}  // namespace

std::string render_fhir(const VisitReport& report, FhirBundle kind) {
    // Software reads this file: its words (body sites, qualities, care) are the same in every
    // language, whatever language the person or the report is in (docs/translating.md).
    const TranslationsScope english(nullptr);
    return BundleWriter(report, kind).render();
}

}  // namespace relief::reports
