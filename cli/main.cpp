#include "command.h"
#include "core/errors.h"
#include "core/suggest.h"
#include "storage/errors.h"

#include <iostream>
#include <set>

using namespace relief;
using namespace relief::cli;

namespace {

constexpr const char* version = "relief " RELIEF_VERSION;

std::set<std::string> group_names() {
    std::set<std::string> groups;
    for (const auto& c : commands())
        if (auto space = c.name.find(' '); space != std::string::npos) groups.insert(c.name.substr(0, space));
    return groups;
}

const Command* find_command(const std::vector<std::string>& words, std::size_t& used) {
    for (const auto& c : commands()) {
        if (words.size() >= 2 && c.name == words[0] + " " + words[1]) {
            used = 2;
            return &c;
        }
    }
    for (const auto& c : commands()) {
        if (!words.empty() && c.name == words[0]) {
            used = 1;
            return &c;
        }
    }
    return nullptr;
}

std::string unknown_command_message(const std::vector<std::string>& words) {
    const auto groups = group_names();
    if (groups.count(words[0])) {
        std::vector<std::string> subs;
        for (const auto& c : commands())
            if (c.name.rfind(words[0] + " ", 0) == 0) subs.push_back(c.name.substr(words[0].size() + 1));
        std::string message = words.size() < 2 ? "'relief " + words[0] + "' needs one of: "
                                                : "unknown command 'relief " + words[0] + " " + words[1] + "'";
        if (words.size() >= 2) {
            const auto near = closest(words[1], subs, 1);
            if (!near.empty()) message += "; did you mean '" + words[0] + " " + near.front() + "'?";
            message += "\nIt takes one of: ";
        }
        for (std::size_t i = 0; i < subs.size(); ++i) message += (i ? ", " : "") + subs[i];
        return message;
    }
    std::vector<std::string> names(groups.begin(), groups.end());
    for (const auto& c : commands())
        if (c.name.find(' ') == std::string::npos) names.push_back(c.name);
    const auto near = closest(words[0], names, 1);
    return "unknown command '" + words[0] + "'" + (near.empty() ? "" : "; did you mean '" + near.front() + "'?") +
           "\nSee 'relief --help' for the list of commands.";
}

int run(int argc, char** argv) {
    Context context(std::cout, std::cerr);
    std::vector<std::string> words;
    bool help = false, after_dashes = false;
    for (int i = 1; i < argc; ++i) {
        const std::string w = argv[i];
        auto takes = [&](const std::string& name) -> std::optional<std::string> {
            if (w == name) {
                if (i + 1 >= argc) throw UsageError("option '" + name + "' needs a value", "");
                return std::string(argv[++i]);
            }
            if (w.rfind(name + "=", 0) == 0) return w.substr(name.size() + 1);
            return std::nullopt;
        };
        if (after_dashes) {
            words.push_back(w);
        } else if (w == "--") {
            after_dashes = true;
            words.push_back(w);
        } else if (auto j = takes("--journal")) {
            context.journal_flag = *j;
        } else if (auto t = takes("--today")) {
            Context::check_today_flag(*t);
            context.today_flag = *t;
        } else if (w == "--read-only") {
            context.read_only = true;
        } else if (w == "--help" || w == "-h") {
            help = true;
        } else if (w == "--version") {
            std::cout << version << "\n";
            return 0;
        } else {
            // A misspelt global option ("--jornal") would otherwise read as a command.
            if (words.empty() && w.rfind("--", 0) == 0) {
                const auto near = closest(w.substr(0, w.find('=')), {"--journal", "--today", "--read-only", "--help", "--version"}, 1);
                throw UsageError("unknown option '" + w + "'" + (near.empty() ? "" : "; did you mean '" + near.front() + "'?") +
                                     "\nSee 'relief --help'.",
                                 "");
            }
            words.push_back(w);
        }
    }
    if (!words.empty() && words[0] == "help") {
        words.erase(words.begin());
        help = true;
    }
    if (words.empty()) {
        (help ? std::cout : std::cerr) << main_help();
        return help ? 0 : 2;
    }
    std::size_t used = 0;
    const Command* command = find_command(words, used);
    if (!command) {
        if (help && group_names().count(words[0]) && words.size() == 1) {
            for (const auto& c : commands())
                if (c.name.rfind(words[0] + " ", 0) == 0) std::cout << command_help(c) << "\n";
            return 0;
        }
        throw UsageError(unknown_command_message(words), "");
    }
    if (help) {
        std::cout << command_help(*command);
        return 0;
    }
    const Arguments args = parse_arguments(*command, {words.begin() + static_cast<long>(used), words.end()});
    return command->run(context, args);
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const UsageError& e) {
        std::cerr << "relief: " << e.what() << "\n";
        if (!e.command().empty()) std::cerr << "Try 'relief " << e.command() << " --help'.\n";
        return 2;
    } catch (const InputError& e) {
        std::cerr << "relief: " << e.what() << "\n";
        return 2;
    } catch (const storage::StorageError& e) {
        std::cerr << "relief: " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "relief: failed: " << e.what() << "\n";
        return 1;
    }
}
