// Amounts as typed ("7.5 mg", "500mcg", "0.5 g") and as the CSV import reads them
// (a milligram figure with "mg" appended).
#include "check.h"
#include "core/amount.h"
#include "core/errors.h"

using relief::Amount;
using relief::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(relief::fuzz::text_of(data, size));
    Amount amount;
    try {
        amount = Amount::parse(text);
    } catch (const relief::InputError& e) {
        require(e.field() == "amount", "an amount error names the field it was given");
        return 0;
    }
    const std::int64_t ug = amount.in_micrograms();
    require(ug > 0 && ug <= 100'000'000, "a parsed amount is positive and at most 100 g", text);

    // What the journal prints and exports must read back as exactly the same amount.
    const std::string shown = amount.to_string();
    require(Amount::parse(shown) == amount, "to_string() parses back to the same amount", shown);
    const std::string mg = amount.milligram_text();
    require(Amount::parse(mg + "mg") == amount, "milligram_text() + mg parses back to the same amount", mg);
    require(Amount::parse(mg + " mg").to_string() == shown, "formatting is stable", mg);
    return 0;
}
