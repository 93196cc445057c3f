// Words typed into a vocabulary (body locations, pain qualities, side effects, symptoms,
// measures, conditions), comma-separated lists of them, drug classes, drug names, and the
// fixed words of the CSV (severity, dose status).
#include "check.h"
#include "core/catalogue.h"
#include "core/drug_class.h"
#include "core/entry.h"
#include "core/errors.h"
#include "core/suggest.h"
#include "core/vocabulary.h"

#include <algorithm>
#include <array>

using namespace relief;
using relief::fuzz::require;

namespace {

// Printable UTF-8: a name is stored, exported to CSV and read back by an import that
// refuses anything else (storage/csv.cpp), and a FHIR report writes it as JSON.
bool clean_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if (c < 0x20 || c == 0x7F) return false;
            ++i;
            continue;
        }
        std::size_t n = 0;
        if ((c & 0xE0) == 0xC0 && c >= 0xC2) n = 2;
        else if ((c & 0xF0) == 0xE0) n = 3;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4) n = 4;
        else return false;
        if (i + n > s.size()) return false;
        for (std::size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += n;
    }
    return true;
}

void check_vocabulary(const Vocabulary& v, std::string_view text) {
    try {
        const std::string name = v.canonical(text);
        require(!name.empty(), "a canonical name is not empty", text);
        require(name == normalise_term(name), "a canonical name is normalised", name);
        require(clean_utf8(name), "a canonical name is printable UTF-8", name);
        // What is stored is checked by holds() when it is read (entry validate), and typed
        // again it must come back unchanged.
        require(v.holds(name), "a canonical name reads back from storage", name);
        require(v.canonical(name) == name, "canonical() is idempotent", name);
        if (!v.is_open()) require(v.contains(name), "a closed vocabulary returns one of its names", name);
    } catch (const InputError& e) {
        require(e.field() == v.field(), "a vocabulary error names its field", text);
    }

    // A list without a comma is one canonical() call, already made above.
    if (text.find(',') == std::string_view::npos) return;
    try {
        const auto names = v.canonical_list(text);
        require(!names.empty(), "a list has at least one name", text);
        std::string joined;
        for (const auto& n : names) {
            require(std::count(names.begin(), names.end(), n) == 1, "a list names each once", text);
            require(v.canonical(n) == n, "each listed name is canonical", n);
            joined += (joined.empty() ? "" : ",") + n;
        }
        require(v.canonical_list(joined) == names, "a stored list reads back the same", joined);
    } catch (const InputError& e) {
        require(e.field() == v.field(), "a vocabulary error names its field", text);
    }
}

}  // namespace

// The first byte picks the vocabulary: the search for near misses compares the word with
// every name and alias, so trying all six on each input would cut the inputs tried by six.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string_view text = fuzz::text_of(data + 1, size - 1);
    static const std::array<const Vocabulary*, 6> vocabularies{&body_locations(), &pain_qualities(),
                                                               &side_effect_names(), &symptom_names(),
                                                               &measure_names(), &condition_names()};
    check_vocabulary(*vocabularies[data[0] % vocabularies.size()], text);

    try {
        const DrugClass c = parse_choosable_class(text);
        require(parse_choosable_class(class_name(c)) == c, "a class name reads back as the same class", text);
    } catch (const InputError&) {
    }
    if (const auto match = Catalogue::standard().lookup(text)) {
        require(match->drug != nullptr, "a catalogue match has a drug", text);
        require(Catalogue::standard().lookup(match->drug->ingredient)->drug == match->drug,
                "a drug's ingredient finds the same drug", text);
    }
    try {
        require(to_string(parse_severity(text)) == text, "a severity reads back as typed", text);
    } catch (const InputError&) {
    }
    try {
        require(to_string(parse_dose_status(text)) == text, "a dose status reads back as typed", text);
    } catch (const InputError&) {
    }
    return 0;
}
