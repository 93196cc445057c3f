#include "zone_search.h"

#include "suggest.h"

#include <date/tz.h>

#include <algorithm>
#include <cctype>

namespace relief {

namespace {

// Lower case, with spaces and hyphens as the underscores of zone names.
std::string key_of(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == ' ' || c == '-' || c == '_') {
            if (!out.empty() && out.back() != '_') out += '_';
        } else {
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    while (!out.empty() && out.back() == '_') out.pop_back();
    return out;
}

bool is_suggested(const std::string& name) {
    if (name == "UTC") return true;
    if (name.find('/') == std::string::npos) return false;
    for (const char* legacy : {"Etc/", "SystemV/", "US/", "posix", "right/"})
        if (name.rfind(legacy, 0) == 0) return false;
    return true;
}

const std::vector<std::string>& suggested_zones() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& z : date::get_tzdb().zones)
            if (is_suggested(z.name())) out.push_back(z.name());
        out.push_back("UTC");
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }();
    return names;
}

}  // namespace

std::vector<std::string> zone_suggestions(std::string_view text, std::size_t limit) {
    const std::string key = key_of(text);
    if (key.empty()) return {};
    std::vector<std::string> city_start, city_part, anywhere;
    for (const auto& name : suggested_zones()) {
        const std::string lower = key_of(name);
        const auto slash = lower.rfind('/');
        const std::string city = slash == std::string::npos ? lower : lower.substr(slash + 1);
        if (city.rfind(key, 0) == 0 || lower.rfind(key, 0) == 0) city_start.push_back(name);
        else if (city.find(key) != std::string::npos) city_part.push_back(name);
        else if (lower.find(key) != std::string::npos) anywhere.push_back(name);
    }
    std::vector<std::string> out = std::move(city_start);
    out.insert(out.end(), city_part.begin(), city_part.end());
    out.insert(out.end(), anywhere.begin(), anywhere.end());
    if (out.empty() && key.size() >= 3) {
        // A typo ("Berln"): the cities nearest in spelling.
        std::vector<std::string> cities;
        for (const auto& name : suggested_zones()) cities.push_back(key_of(name.substr(name.rfind('/') + 1)));
        const std::string city_key = key.substr(key.rfind('/') == std::string::npos ? 0 : key.rfind('/') + 1);
        for (const auto& near : closest(city_key, cities, limit))
            for (const auto& name : suggested_zones())
                if (key_of(name.substr(name.rfind('/') + 1)) == near &&
                    std::find(out.begin(), out.end(), name) == out.end())
                    out.push_back(name);
    }
    if (out.size() > limit) out.resize(limit);
    return out;
}

}  // namespace relief

namespace relief {

Zone zone_named(std::string_view text) {
    const std::string key = key_of(text);
    std::vector<std::string> cities;
    if (!key.empty() && key.find('/') == std::string::npos)
        for (const auto& name : suggested_zones())
            if (key_of(name.substr(name.rfind('/') + 1)) == key) cities.push_back(name);
    if (cities.size() == 1) return Zone::locate(cities.front());
    return Zone::locate(text);
}

}  // namespace relief
