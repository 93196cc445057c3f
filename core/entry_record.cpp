#include "entry_record.h"

#include "errors.h"
#include "translate.h"

#include <limits>

namespace relief {

namespace {

template <class... Ts>
struct overloaded : Ts... {
    using Ts::operator()...;
};
// clang 14 (the fuzz build) does not yet deduce an aggregate's template arguments.
template <class... Ts>
overloaded(Ts...) -> overloaded<Ts...>;

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items) {
        if (!out.empty()) out += ',';
        out += i;
    }
    return out;
}

std::vector<std::string> split(const std::optional<std::string>& text) {
    std::vector<std::string> out;
    if (!text || text->empty()) return out;
    std::size_t start = 0;
    while (true) {
        const auto comma = text->find(',', start);
        out.push_back(text->substr(start, comma - start));
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return out;
}

template <class T>
const T& need(const std::optional<T>& value, const std::string& column, const std::string& kind) {
    if (!value) throw InputError(column, "", fill(translate("relief::core::entry_record", "a value for a %1 entry"), {kind}));
    return *value;
}

int small_int(std::int64_t v, const std::string& column) {
    if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
        throw InputError(column, std::to_string(v), translate("relief::core::entry_record", "a small whole number"));
    return static_cast<int>(v);
}

std::optional<int> small_int(const std::optional<std::int64_t>& v, const std::string& column) {
    if (!v) return std::nullopt;
    return small_int(*v, column);
}

}  // namespace

EntryRecord to_record(const EntryData& data) {
    EntryRecord r;
    r.kind = std::string(kind_name(data));
    std::visit(overloaded{
                   [&](const DoseEntry& d) {
                       r.medication_id = d.medication_id;
                       r.amount_ug = d.amount.in_micrograms();
                       r.status = std::string(to_string(d.status));
                       if (d.scheduled) r.scheduled_utc = d.scheduled->time_since_epoch().count();
                   },
                   [&](const PainEntry& p) {
                       r.score = p.score;
                       r.locations = join(p.locations);
                       r.qualities = join(p.qualities);
                   },
                   [&](const SideEffectEntry& s) {
                       r.name = s.name;
                       r.severity = std::string(to_string(s.severity));
                   },
                   [&](const CrampEntry& c) {
                       r.locations = c.location;
                       if (c.minutes) r.minutes = *c.minutes;
                       if (c.severity) r.score = *c.severity;
                   },
                   [&](const MeasureEntry& m) {
                       r.name = m.name;
                       if (m.minutes) r.minutes = *m.minutes;
                   },
                   [&](const FluidsEntry& f) { r.quantity = f.glasses; },
                   [&](const AlcoholEntry& a) { r.quantity = a.drinks; },
                   [&](const SymptomEntry& s) { r.name = s.name; },
                   [&](const NoteEntry& n) { r.text = n.text; },
                   [&](const PegEntry& p) {
                       r.score = p.pain;
                       r.enjoyment = p.enjoyment;
                       r.activity = p.activity;
                   },
                   [&](const SleepEntry& s) {
                       r.minutes = s.minutes;
                       if (s.quality) r.score = *s.quality;
                   },
                   [&](const GoalEntry& g) {
                       r.name = g.goal;
                       r.status = g.met ? "met" : "not-met";
                   },
                   [&](const PgicEntry& p) { r.score = p.answer; },
               },
               data);
    return r;
}

EntryData from_record(const EntryRecord& r) {
    EntryData data;
    const std::string& k = r.kind;
    if (k == "dose") {
        DoseEntry d;
        d.medication_id = need(r.medication_id, "medication", k);
        d.amount = Amount::micrograms(need(r.amount_ug, "amount", k));
        d.status = parse_dose_status(need(r.status, "status", k));
        if (r.scheduled_utc) d.scheduled = Instant{std::chrono::seconds{*r.scheduled_utc}};
        data = d;
    } else if (k == "pain") {
        data = PainEntry{small_int(need(r.score, "score", k), "score"), split(r.locations),
                         split(r.qualities)};
    } else if (k == "side-effect") {
        data = SideEffectEntry{need(r.name, "name", k), parse_severity(need(r.severity, "severity", k))};
    } else if (k == "cramp") {
        data = CrampEntry{r.locations.value_or(""), small_int(r.minutes, "minutes"),
                          small_int(r.score, "score")};
    } else if (k == "measure") {
        data = MeasureEntry{need(r.name, "name", k), small_int(r.minutes, "minutes")};
    } else if (k == "fluids") {
        data = FluidsEntry{small_int(need(r.quantity, "quantity", k), "quantity")};
    } else if (k == "alcohol") {
        data = AlcoholEntry{small_int(need(r.quantity, "quantity", k), "quantity")};
    } else if (k == "symptom") {
        data = SymptomEntry{need(r.name, "name", k)};
    } else if (k == "note") {
        data = NoteEntry{need(r.text, "text", k)};
    } else if (k == "peg") {
        data = PegEntry{small_int(need(r.score, "score", k), "score"),
                        small_int(need(r.enjoyment, "enjoyment", k), "enjoyment"),
                        small_int(need(r.activity, "activity", k), "activity")};
    } else if (k == "sleep") {
        data = SleepEntry{small_int(need(r.minutes, "minutes", k), "minutes"), small_int(r.score, "score")};
    } else if (k == "goal") {
        const std::string& status = need(r.status, "status", k);
        if (status != "met" && status != "not-met") throw InputError("status", status, translate("relief::core::entry_record", "'met' or 'not-met'"));
        data = GoalEntry{need(r.name, "name", k), status == "met"};
    } else if (k == "pgic") {
        data = PgicEntry{small_int(need(r.score, "score", k), "score")};
    } else {
        std::string kinds;
        for (const auto& n : kind_names()) kinds += n + (n == kind_names().back() ? "" : ", ");
        throw InputError("kind", k, fill(translate("relief::core::entry_record", "one of %1"), {kinds}));
    }
    normalise_text(data);
    validate_stored(data);
    return data;
}

}  // namespace relief
