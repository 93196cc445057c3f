// The command line's option parser (cli/arguments.cpp): any words after a command either
// parse or are refused with UsageError. Parsed arguments name only the command's options,
// give flags no value, keep the operand count within the command's limits, and written
// back as words (either "--opt=value" or "--opt value", then "--" and the operands) parse to
// the same arguments. The input is the words, one a line.
#include "check.h"
#include "cli/command.h"

using namespace relief::cli;
using relief::fuzz::require;

namespace {

// Shaped like `relief log cramp` and `relief med add`: valued options, flags, operands.
const Command& command() {
    static const Command c{
        "log test", "[NAME]", 0, 2,
        {{"--at", "WHEN", ""}, {"--minutes", "N", ""}, {"--severity", "0-10", ""}, {"--location", "PLACE", ""},
         {"--zone", "ZONE", ""}, {"--skipped", "", ""}, {"--as-needed", "", ""}},
        "", "", nullptr};
    return c;
}

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> out;
    while (!text.empty()) {
        const auto newline = text.find('\n');
        out.emplace_back(text.substr(0, newline));
        if (newline == std::string_view::npos) break;
        text.remove_prefix(newline + 1);
    }
    return out;
}

bool same(const Arguments& a, const Arguments& b) { return a.operands == b.operands && a.values == b.values; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto words = words_of(relief::fuzz::text_of(data, size));
    const Command& c = command();
    Arguments args;
    try {
        args = parse_arguments(c, words);
    } catch (const UsageError& e) {
        require(e.command() == c.name, "a usage error names the command");
        return 0;
    }
    require(args.operands.size() >= c.min_operands && args.operands.size() <= c.max_operands,
            "the operand count is within the command's limits");
    std::vector<std::string> inline_form, separate_form;
    for (const auto& [name, value] : args.values) {
        const Option* option = nullptr;
        for (const auto& o : c.options)
            if (o.name == name) option = &o;
        require(option != nullptr, "every parsed option is one of the command's", name);
        if (option->value_name.empty()) {
            require(value.empty(), "a flag has no value", name);
            inline_form.push_back(name);
            separate_form.push_back(name);
        } else {
            inline_form.push_back(name + "=" + value);
            separate_form.push_back(name);
            separate_form.push_back(value);
        }
    }
    for (auto* form : {&inline_form, &separate_form}) {
        form->push_back("--");
        form->insert(form->end(), args.operands.begin(), args.operands.end());
        Arguments again;
        try {
            again = parse_arguments(c, *form);
        } catch (const UsageError& e) {
            relief::fuzz::fail("arguments written back as words are refused", e.what());
        }
        require(same(again, args), "arguments written back as words parse to the same arguments");
    }
    return 0;
}
