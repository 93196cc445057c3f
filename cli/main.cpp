#include "command.h"
#include "core/errors.h"
#include "core/suggest.h"
#include "core/translate.h"
#include "i18n/language.h"
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

std::string join(const std::vector<std::string>& words) {
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) out += (i ? ", " : "") + words[i];
    return out;
}

std::string unknown_command_message(const std::vector<std::string>& words) {
    const auto groups = group_names();
    if (groups.count(words[0])) {
        std::vector<std::string> subs;
        for (const auto& c : commands())
            if (c.name.rfind(words[0] + " ", 0) == 0) subs.push_back(c.name.substr(words[0].size() + 1));
        if (words.size() < 2)
            return fill(translate("relief::cli::main", "'relief %1' needs one of: %2"), {words[0], join(subs)});
        const auto near = closest(words[1], subs, 1);
        const std::string typed = words[0] + " " + words[1];
        if (near.empty())
            return fill(translate("relief::cli::main", "unknown command 'relief %1'\nIt takes one of: %2"), {typed, join(subs)});
        return fill(translate("relief::cli::main", "unknown command 'relief %1'; did you mean '%2'?\nIt takes one of: %3"),
                    {typed, words[0] + " " + near.front(), join(subs)});
    }
    std::vector<std::string> names(groups.begin(), groups.end());
    for (const auto& c : commands())
        if (c.name.find(' ') == std::string::npos) names.push_back(c.name);
    const auto near = closest(words[0], names, 1);
    if (near.empty())
        return fill(translate("relief::cli::main", "unknown command '%1'\nSee 'relief --help' for the list of commands."), {words[0]});
    return fill(translate("relief::cli::main", "unknown command '%1'; did you mean '%2'?\nSee 'relief --help' for the list of commands."),
                {words[0], near.front()});
}

// The language is chosen before anything else is read, so every message is in it.
void use_language_flag(int argc, char** argv) {
    std::string flag;
    bool given = false;
    for (int i = 1; i < argc; ++i) {
        const std::string w = argv[i];
        if (w == "--") break;
        if (w == "--lang" && i + 1 < argc) {
            flag = argv[++i];
            given = true;
        } else if (w == "--lang") {
            i18n::use_language({});
            throw UsageError(fill(translate("relief::cli::main", "option '--lang' needs a language: one of %1"),
                                  {i18n::shipped_languages().join(", ").toStdString()}),
                             "");
        } else if (w.rfind("--lang=", 0) == 0) {
            flag = w.substr(7);
            given = true;
        }
    }
    const QString code = i18n::shipped_code(QString::fromStdString(flag));
    i18n::use_language(code);
    if (given && code.isEmpty())
        throw UsageError(fill(translate("relief::cli::main", "option '--lang': '%1' is not a language Relief Journal speaks; "
                                                         "use one of: %2"),
                              {flag, i18n::shipped_languages().join(", ").toStdString()}),
                         "");
}

int run(int argc, char** argv) {
    use_language_flag(argc, argv);
    Context context(std::cout, std::cerr);
    std::vector<std::string> words;
    bool help = false, after_dashes = false;
    for (int i = 1; i < argc; ++i) {
        const std::string w = argv[i];
        auto takes = [&](const std::string& name) -> std::optional<std::string> {
            if (w == name) {
                if (i + 1 >= argc) throw UsageError(fill(translate("relief::cli::main", "option '%1' needs a value"), {name}), "");
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
        } else if (takes("--lang")) {
            // Applied by use_language_flag().
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
                const auto near = closest(w.substr(0, w.find('=')), {"--journal", "--today", "--read-only", "--lang", "--help", "--version"}, 1);
                throw UsageError(near.empty() ? fill(translate("relief::cli::main", "unknown option '%1'\nSee 'relief --help'."), {w})
                                              : fill(translate("relief::cli::main", "unknown option '%1'; did you mean '%2'?\nSee 'relief --help'."),
                                                     {w, near.front()}),
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
        if (!e.command().empty()) std::cerr << fill(translate("relief::cli::main", "Try 'relief %1 --help'."), {e.command()}) << "\n";
        return 2;
    } catch (const InputError& e) {
        std::cerr << "relief: " << e.what() << "\n";
        return 2;
    } catch (const storage::StorageError& e) {
        std::cerr << "relief: " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "relief: " << fill(translate("relief::cli::main", "failed: %1"), {e.what()}) << "\n";
        return 1;
    }
}
