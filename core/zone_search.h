#pragma once

#include "zone.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace relief {

// IANA time zones a person may mean by `text` ("berlin", "new york", "Europe/"), best
// first: the city named from its start, then the city or area containing the words, then
// any name containing them; failing all, the cities spelled most alike ("Berln"). Only "Area/City" zones and UTC: the legacy aliases (US/Eastern,
// Etc/GMT+5) are left out of suggestions, though Zone::locate still takes them.
std::vector<std::string> zone_suggestions(std::string_view text, std::size_t limit = 8);

// The zone `text` names: an IANA name as Zone::locate takes it, or a city that names one
// zone ("Lisbon", "new york"). Throws Zone::locate's InputError, with suggestions, when
// it names neither.
Zone zone_named(std::string_view text);

}  // namespace relief
