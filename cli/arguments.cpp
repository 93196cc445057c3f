#include "command.h"
#include "core/suggest.h"
#include "core/translate.h"

#include <cctype>

namespace relief::cli {

std::optional<std::string> Arguments::value(const std::string& option) const {
    auto it = values.find(option);
    if (it == values.end()) return std::nullopt;
    return it->second;
}

namespace {

// "-3" is a (bad) pain score the person meant as a number, not an option.
bool looks_like_number(const std::string& word) {
    return word.size() > 1 && word[0] == '-' &&
           (std::isdigit(static_cast<unsigned char>(word[1])) || word[1] == '.');
}

std::string operand_count_message(const Command& c, std::size_t given) {
    const std::string command = "relief " + c.name;
    if (given < c.min_operands)
        return given ? fill(translate("relief::cli::arguments", "'%1' needs %2 (too few values given)"), {command, c.operands})
                     : fill(translate("relief::cli::arguments", "'%1' needs %2"), {command, c.operands});
    // English says "1 was given" and "2 were given": one numerus message for each, so that
    // the English stays as it was and each language still chooses its own plural form.
    const int n = static_cast<int>(given);
    const bool one = given == 1;
    if (c.max_operands == 0)
        return fill(one ? translate("relief::cli::arguments", "'%1' takes no values, but %n was given", nullptr, n)
                        : translate("relief::cli::arguments", "'%1' takes no values, but %n were given", nullptr, n),
                    {command});
    if (c.max_operands == 1)
        return fill(one ? translate("relief::cli::arguments", "'%1' takes %2, but %n was given (put text with spaces in quotes)", nullptr, n)
                        : translate("relief::cli::arguments", "'%1' takes %2, but %n were given (put text with spaces in quotes)", nullptr, n),
                    {command, c.operands});
    return fill(one ? translate("relief::cli::arguments", "'%1' takes %2, but %n was given", nullptr, n)
                    : translate("relief::cli::arguments", "'%1' takes %2, but %n were given", nullptr, n),
                {command, c.operands});
}

}  // namespace

Arguments parse_arguments(const Command& c, const std::vector<std::string>& words) {
    Arguments args;
    bool only_operands = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        if (only_operands || w.size() < 2 || w[0] != '-' || looks_like_number(w)) {
            args.operands.push_back(w);
            continue;
        }
        if (w == "--") {
            only_operands = true;
            continue;
        }
        std::string name = w;
        std::optional<std::string> inline_value;
        if (auto eq = w.find('='); eq != std::string::npos) {
            name = w.substr(0, eq);
            inline_value = w.substr(eq + 1);
        }
        const Option* option = nullptr;
        for (const auto& o : c.options)
            if (o.name == name) option = &o;
        if (!option) {
            std::vector<std::string> names;
            for (const auto& o : c.options) names.push_back(o.name);
            const auto near = closest(name, names, 1);
            throw UsageError(near.empty() ? fill(translate("relief::cli::arguments", "unknown option '%1' for 'relief %2'"), {name, c.name})
                                          : fill(translate("relief::cli::arguments", "unknown option '%1' for 'relief %2'; did you mean '%3'?"),
                                                 {name, c.name, near.front()}),
                             c.name);
        }
        if (args.has(name)) throw UsageError(fill(translate("relief::cli::arguments", "option '%1' is given twice"), {name}), c.name);
        if (option->value_name.empty()) {
            if (inline_value) throw UsageError(fill(translate("relief::cli::arguments", "option '%1' takes no value"), {name}), c.name);
            args.values[name] = "";
        } else if (inline_value) {
            args.values[name] = *inline_value;
        } else if (i + 1 < words.size()) {
            args.values[name] = words[++i];
        } else {
            throw UsageError(fill(translate("relief::cli::arguments", "option '%1' needs a value: %2"), {name, option->value_name}), c.name);
        }
    }
    if (args.operands.size() < c.min_operands || args.operands.size() > c.max_operands)
        throw UsageError(operand_count_message(c, args.operands.size()), c.name);
    return args;
}

}  // namespace relief::cli
