#include "command.h"
#include "core/suggest.h"

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
    if (given < c.min_operands)
        return "'relief " + c.name + "' needs " + c.operands + (given ? " (too few values given)" : "");
    return "'relief " + c.name + "' takes " +
           (c.max_operands == 0 ? std::string("no values") : c.operands) + ", but " +
           std::to_string(given) + (given == 1 ? " was given" : " were given") +
           (c.max_operands == 1 ? " (put text with spaces in quotes)" : "");
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
            throw UsageError("unknown option '" + name + "' for 'relief " + c.name + "'" +
                                 (near.empty() ? "" : "; did you mean '" + near.front() + "'?"),
                             c.name);
        }
        if (args.has(name)) throw UsageError("option '" + name + "' is given twice", c.name);
        if (option->value_name.empty()) {
            if (inline_value) throw UsageError("option '" + name + "' takes no value", c.name);
            args.values[name] = "";
        } else if (inline_value) {
            args.values[name] = *inline_value;
        } else if (i + 1 < words.size()) {
            args.values[name] = words[++i];
        } else {
            throw UsageError("option '" + name + "' needs a value: " + option->value_name, c.name);
        }
    }
    if (args.operands.size() < c.min_operands || args.operands.size() > c.max_operands)
        throw UsageError(operand_count_message(c, args.operands.size()), c.name);
    return args;
}

}  // namespace relief::cli
