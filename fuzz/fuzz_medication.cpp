// `relief med add NAME --dose D --times T [--as-needed] [--max-daily M] [--class C]` and
// the app's medication form, which share new_medication(). The input is the fields, one a
// line: name, dose, times, as-needed ("yes"), max daily, class.
// Property: a medication that is accepted can be kept, exported and imported again as the
// same medication (a journal that cannot be restored from its own export loses data).
#include "check.h"
#include "core/errors.h"
#include "core/medication_input.h"
#include "storage/errors.h"
#include "storage/journal.h"
#include "storage/journal_csv.h"

using namespace relief;
using namespace relief::storage;
using relief::fuzz::require;

namespace {

Instant fixed_now() { return date::sys_days{date::year{2026} / 3 / 15} + std::chrono::hours{12}; }

std::vector<std::string> lines(std::string_view text) {
    std::vector<std::string> out;
    while (out.size() < 5) {
        const auto newline = text.find('\n');
        if (newline == std::string_view::npos) break;
        out.emplace_back(text.substr(0, newline));
        text.remove_prefix(newline + 1);
    }
    out.emplace_back(text);
    out.resize(6);
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto fields = lines(fuzz::text_of(data, size));
    MedicationInput in;
    in.name = fields[0];
    in.dose = fields[1];
    in.times = fields[2];
    in.as_needed = fields[3] == "yes";
    in.max_daily = fields[4];
    in.drug_class = fields[5];
    in.start = parse_day("2026-03-01");

    Medication med;
    try {
        med = new_medication(in, {});
    } catch (const InputError&) {
        return 0;
    }
    // A combination product's dose may be typed as a count of its units ("2 tablets").
    require(med.dose == parse_dose(catalogue_drug(med), in.dose, "dose"), "the dose is the amount typed", in.dose);

    const auto home = Zone::locate("Europe/Berlin");
    auto journal = Journal::in_memory(home, fixed_now);
    try {
        med.id = journal.add_medication(med);
    } catch (const std::exception& e) {
        fuzz::fail("the journal refuses a medication new_medication accepted", e.what());
    }
    med.entered = fixed_now();  // the journal stamps the moment it was entered
    require(journal.medications() == std::vector<Medication>{med}, "the journal keeps the medication as given");

    const std::string exported = export_csv(journal);
    auto copy = Journal::in_memory(home, fixed_now);
    try {
        import_csv(copy, exported, "export.csv");
    } catch (const StorageError& e) {
        fuzz::fail("the export of an accepted medication does not import", e.what());
    }
    require(copy.medications() == journal.medications(), "a medication reads back from its export as it was");
    return 0;
}
