#include "fhir_report.h"

#include "core/dose_slot.h"
#include "core/zone.h"
#include "report_text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
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

// The namespace of Relief Journal's name-based UUIDs: a random UUID, fixed once and
// never to change, or every fullUrl of every future bundle changes with it.
constexpr std::array<std::uint8_t, 16> uuid_namespace{
    0x85, 0x4d, 0xc5, 0xc2, 0xbf, 0xd9, 0x44, 0x03, 0xb3, 0x3c, 0xa7, 0x19, 0x6b, 0xeb, 0xdd, 0x7d};

std::uint32_t rotl(std::uint32_t x, int n) {
    return (x << n) | (x >> (32 - n));
}

// SHA-1 only for RFC 4122 version 5 UUIDs, which any tool can recompute from the name;
// it is not used for anything that needs collision resistance.
std::array<std::uint8_t, 20> sha1(std::string_view data) {
    std::vector<std::uint8_t> msg;
    for (const char c : data) msg.push_back(static_cast<std::uint8_t>(c));
    const std::uint64_t bits = static_cast<std::uint64_t>(msg.size()) * 8;
    msg.push_back(0x80);
    while (msg.size() % 64 != 56) msg.push_back(0);
    for (int i = 7; i >= 0; --i) msg.push_back(static_cast<std::uint8_t>(bits >> (i * 8)));

    std::array<std::uint32_t, 5> h{0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u};
    for (std::size_t chunk = 0; chunk < msg.size(); chunk += 64) {
        std::array<std::uint32_t, 80> w{};
        for (std::size_t i = 0; i < 16; ++i) {
            const std::size_t p = chunk + i * 4;
            w[i] = (std::uint32_t{msg[p]} << 24) | (std::uint32_t{msg[p + 1]} << 16) |
                   (std::uint32_t{msg[p + 2]} << 8) | std::uint32_t{msg[p + 3]};
        }
        for (std::size_t i = 16; i < 80; ++i)
            w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        std::array<std::uint32_t, 5> v = h;
        for (std::size_t i = 0; i < 80; ++i) {
            const auto [a, b, c, d, e] = v;
            const std::uint32_t f = i < 20   ? (b & c) | (~b & d)
                                    : i < 40 ? b ^ c ^ d
                                    : i < 60 ? (b & c) | (b & d) | (c & d)
                                             : b ^ c ^ d;
            const std::uint32_t k = i < 20   ? 0x5A827999u
                                    : i < 40 ? 0x6ED9EBA1u
                                    : i < 60 ? 0x8F1BBCDCu
                                             : 0xCA62C1D6u;
            v = {rotl(a, 5) + f + e + k + w[i], a, rotl(b, 30), c, d};
        }
        for (std::size_t i = 0; i < 5; ++i) h[i] += v[i];
    }
    std::array<std::uint8_t, 20> out{};
    for (std::size_t i = 0; i < 20; ++i)
        out[i] = static_cast<std::uint8_t>(h[i / 4] >> (24 - 8 * (i % 4)));
    return out;
}

// Name-based (version 5), so the same report always renders to the same bundle.
std::string uuid5(const std::string& name) {
    std::string input;
    for (const std::uint8_t b : uuid_namespace) input += static_cast<char>(b);
    input += name;
    auto h = sha1(input);
    h[6] = static_cast<std::uint8_t>((h[6] & 0x0F) | 0x50);
    h[8] = static_cast<std::uint8_t>((h[8] & 0x3F) | 0x80);
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
        out += hex[h[i] >> 4];
        out += hex[h[i] & 0x0F];
    }
    return out;
}

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

Json coded_concept(const char* system, const std::string& code, const std::string& display,
                   const std::string& text = "") {
    const Json coding{{"system", system}, {"code", code}, {"display", display}};
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

struct Resource {
    std::string url;
    Json json;
};

class BundleWriter {
public:
    explicit BundleWriter(const VisitReport& report) : report_(report) {
        const Profile& p = report.profile;
        key_ = p.name.value_or("") + "|" + (p.birth_year ? std::to_string(*p.birth_year) : "") +
               "|" + p.zone;
    }

    std::string render() {
        add_patient();
        add_medication_statements();
        add_events();
        add_detected_issues();
        const std::string period = format_day(report_.period.from) + "|" +
                                   format_day(report_.period.to) + "|" +
                                   format_day(report_.generated_on);
        Json bundle{
            {"resourceType", "Bundle"},
            {"identifier", Json{{"system", "urn:ietf:rfc:3986"},
                                {"value", "urn:uuid:" + uuid5(key_ + "|Bundle|" + period)}}},
            {"type", "collection"},
            {"entry", entries_}};
        return bundle.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
    }

private:
    // The name identifies the journal item, so the item keeps its fullUrl in every report.
    Resource start(const std::string& type, std::string name) {
        while (!used_.insert(type + "|" + name).second) name += "+";
        const std::string id = uuid5(key_ + "|" + type + "|" + name);
        return {"urn:uuid:" + id, Json{{"resourceType", type}, {"id", id}}};
    }
    void add(Resource r) {
        entries_.push_back(Json{{"fullUrl", std::move(r.url)}, {"resource", std::move(r.json)}});
    }
    Json patient_ref() const { return Json{{"reference", patient_}}; }

    static Zone zone(const std::string& name) { return Zone::locate(name.empty() ? "UTC" : name); }
    Zone home() const { return zone(report_.profile.zone); }

    std::string label(std::int64_t medication_id) const {
        for (const auto& s : report_.medications)
            if (s.medication.id == medication_id && !s.label.empty()) return s.label;
        if (const Medication* m = report_.medication(medication_id); m && !m->name.empty())
            return m->name;
        return "medication " + std::to_string(medication_id);
    }

    void add_patient() {
        auto r = start("Patient", "self");
        patient_ = r.url;
        const Profile& p = report_.profile;
        if (p.name && !p.name->empty()) r.json["name"] = Json::array({text_concept(*p.name)});
        if (p.birth_year) r.json["birthDate"] = std::to_string(*p.birth_year);
        add(std::move(r));
        for (const auto& condition : p.conditions) {
            if (condition.empty()) continue;
            auto c = start("Condition", condition);
            c.json["clinicalStatus"] = coded_concept(condition_clinical, "active", "Active");
            c.json["code"] = text_concept(readable_term(condition));
            c.json["subject"] = patient_ref();
            add(std::move(c));
        }
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
            r.json["medicationCodeableConcept"] = text_concept(label(m.id));
            r.json["subject"] = patient_ref();
            Json period{{"start", format_day(m.start)}};
            if (m.stop) period["end"] = format_day(*m.stop);
            r.json["effectivePeriod"] = period;
            r.json["informationSource"] = patient_ref();
            if (m.taper)
                r.json["note"] =
                    Json::array({text_concept("stopping on a taper plan from the clinician")});
            r.json["dosage"] = dosages(s);
            add(std::move(r));
        }
    }

    // What every administration has; an empty reason means completed, any other not-done.
    Resource administration(const std::string& item, std::int64_t medication_id,
                            const std::string& reason, const std::string& effective) {
        auto r = start("MedicationAdministration", item);
        r.json["status"] = reason.empty() ? "completed" : "not-done";
        if (!reason.empty()) r.json["statusReason"] = Json::array({text_concept(reason)});
        r.json["medicationCodeableConcept"] = text_concept(label(medication_id));
        r.json["subject"] = patient_ref();
        r.json["effectiveDateTime"] = effective;
        return r;
    }

    Resource dose(const Entry& e, const DoseEntry& d) {
        const bool taken = d.status == DoseStatus::taken;
        auto r = administration("entry|" + std::to_string(e.id), d.medication_id,
                                taken ? "" : "skipped", date_time(e.at, zone(e.zone)));
        if (taken) r.json["performer"] = Json::array({Json{{"actor", patient_ref()}}});
        if (is_late(d, e.at)) {
            const auto late =
                std::chrono::duration_cast<std::chrono::minutes>(e.at - *d.scheduled).count();
            r.json["note"] = Json::array(
                {text_concept("taken late: scheduled " + format_local(*d.scheduled, home()) +
                              ", taken " + std::to_string(late) + " minutes later")});
        }
        r.json["dosage"] = Json{{"dose", milligrams(d.amount)}};
        return r;
    }

    Resource missed(const SlotStatus& slot) {
        auto r = administration(
            "missed|" + std::to_string(slot.medication_id) + "|" + format_utc(slot.scheduled),
            slot.medication_id, "missed: not logged", date_time(slot.scheduled, home()));
        if (const Medication* m = report_.medication(slot.medication_id))
            r.json["dosage"] = Json{{"dose", milligrams(m->dose_on(home().day_of(slot.scheduled)))}};
        return r;
    }

    Resource observation(const Entry& e, const Json& code, const Json& category = Json()) {
        auto r = start("Observation", std::to_string(e.id));
        r.json["status"] = "final";
        if (!category.is_null()) r.json["category"] = Json::array({category});
        r.json["code"] = code;
        r.json["subject"] = patient_ref();
        r.json["effectiveDateTime"] = date_time(e.at, zone(e.zone));
        r.json["performer"] = Json::array({patient_ref()});
        return r;
    }

    Resource pain(const Entry& e, const PainEntry& p) {
        auto r = observation(e, coded_concept(loinc, "72514-3", pain_display, "Pain score (0-10)"),
                             coded_concept(observation_category, "survey", "Survey"));
        r.json["valueInteger"] = p.score;
        if (const auto sites = joined_terms(p.locations); !sites.empty())
            r.json["bodySite"] = text_concept(sites);
        Json components = Json::array();
        for (const auto& q : p.qualities)
            if (!q.empty())
                components.push_back(
                    Json{{"code", text_concept("pain quality")},
                         {"valueCodeableConcept", text_concept(readable_term(q))}});
        if (!components.empty()) r.json["component"] = components;
        return r;
    }

    Resource side_effect(const Entry& e, const SideEffectEntry& s) {
        auto r = observation(e, text_concept("side effect: " + readable_term(s.name)));
        r.json["valueCodeableConcept"] = severity_concept(s.severity);
        return r;
    }

    Resource cramp(const Entry& e, const CrampEntry& c) {
        auto r = observation(e, text_concept("muscle cramp"));
        if (!c.location.empty()) r.json["bodySite"] = text_concept(readable_term(c.location));
        Json components = Json::array();
        if (c.minutes)
            components.push_back(Json{{"code", text_concept("cramp duration")},
                                      {"valueQuantity", ucum_quantity(*c.minutes, "min", "min")}});
        if (c.severity)
            components.push_back(Json{{"code", text_concept("cramp severity (0-10)")},
                                      {"valueInteger", *c.severity}});
        if (!components.empty()) r.json["component"] = components;
        return r;
    }

    void add_events() {
        std::vector<std::pair<Instant, Resource>> administrations;
        std::vector<Resource> observations;
        for (const Entry& e : report_.entries) {
            if (const auto* d = std::get_if<DoseEntry>(&e.data))
                administrations.emplace_back(e.at, dose(e, *d));
            else if (const auto* p = std::get_if<PainEntry>(&e.data))
                observations.push_back(pain(e, *p));
            else if (const auto* s = std::get_if<SideEffectEntry>(&e.data))
                observations.push_back(side_effect(e, *s));
            else if (const auto* c = std::get_if<CrampEntry>(&e.data))
                observations.push_back(cramp(e, *c));
        }
        for (const SlotStatus& slot : report_.scheduled_doses)
            if (slot.state == SlotState::missed)
                administrations.emplace_back(slot.scheduled, missed(slot));
        std::stable_sort(administrations.begin(), administrations.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto& a : administrations) add(std::move(a.second));
        for (auto& o : observations) add(std::move(o));
    }

    void add_detected_issues() {
        for (const ReportAlert& ra : report_.alerts) {
            const Alert& a = ra.alert;
            auto r = start("DetectedIssue", a.rule_id + "|" + a.subject);
            r.json["status"] = "final";
            r.json["code"] = text_concept(a.title.empty() ? a.rule_id : a.rule_id + ": " + a.title);
            r.json["severity"] = issue_severity(a.severity);
            r.json["patient"] = patient_ref();
            r.json["identifiedDateTime"] = format_day(a.raised_on);
            Json evidence = Json::array();
            for (const Evidence& item : a.evidence) {
                const std::string text = item.label.empty()   ? item.value
                                         : item.value.empty() ? item.label
                                                              : item.label + ": " + item.value;
                if (!text.empty())
                    evidence.push_back(Json{{"code", Json::array({text_concept(text)})}});
            }
            if (!evidence.empty()) r.json["evidence"] = evidence;
            std::string detail = a.message, sources;
            if (!a.subject.empty())
                detail += (detail.empty() ? "" : "\n") + ("Subject: " + a.subject);
            for (const auto& s : a.sources)
                if (!s.empty()) sources += (sources.empty() ? "" : "; ") + s;
            if (!sources.empty()) detail += (detail.empty() ? "" : "\n") + ("Sources: " + sources);
            if (!detail.empty()) r.json["detail"] = detail;
            if (ra.discussed_on)
                r.json["mitigation"] =
                    Json::array({Json{{"action", text_concept("discussed with clinician")},
                                      {"date", format_day(*ra.discussed_on)}}});
            add(std::move(r));
        }
    }

    const VisitReport& report_;
    std::string key_;
    std::string patient_;
    std::set<std::string> used_;
    Json entries_ = Json::array();
};

}  // namespace

std::string render_fhir(const VisitReport& report) {
    return BundleWriter(report).render();
}

}  // namespace relief::reports
