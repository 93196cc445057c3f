#pragma once

#include "support/temp_dir.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <vector>

namespace relief::testing {

struct CliRun {
    int code = -1;
    std::string out;
    std::string err;
};

// Runs the real `relief` binary in a clean environment whose HOME is a private folder,
// so no test can ever read or write a person's journal. `prefix` (e.g. a setpriv
// command) runs before it. The environment speaks English (LANG=C.UTF-8, no LANGUAGE) and
// keeps the app's settings in the private folder, so neither the developer's language nor
// a language saved by the app changes what the tests read; `env` adds or replaces
// variables ("LANGUAGE=de_DE") for the tests of the language itself.
// `input`, when given, is what the command reads (a share's words); otherwise /dev/null.
inline CliRun run_relief(const TempDir& home, const std::vector<std::string>& args,
                      const std::vector<std::string>& prefix = {}, const std::vector<std::string>& env = {},
                      const std::string& input = {}) {
    const auto out_path = home / ".stdout";
    const auto in_path = home / ".stdin";
    if (!input.empty()) write_file(in_path, input);
    const auto err_path = home / ".stderr";
    std::vector<std::string> argv_strings = prefix;
    argv_strings.push_back(RELIEF_BINARY);
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<std::string> env_strings{"HOME=" + home.path().string(), "TZ=Europe/Berlin", "PATH=/usr/bin:/bin",
                                         "LANG=C.UTF-8", "XDG_CONFIG_HOME=" + (home / ".config").string()};
    for (const auto& variable : env) {
        const auto name = variable.substr(0, variable.find('=') + 1);
        std::erase_if(env_strings, [&](const std::string& e) { return e.rfind(name, 0) == 0; });
        env_strings.push_back(variable);
    }
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(out, 1);
        ::dup2(err, 2);
        const int null_in = ::open(input.empty() ? "/dev/null" : in_path.c_str(), O_RDONLY);
        ::dup2(null_in, 0);
        std::vector<char*> argv, envp;
        for (auto& s : argv_strings) argv.push_back(const_cast<char*>(s.c_str()));
        argv.push_back(nullptr);
        for (auto& s : env_strings) envp.push_back(const_cast<char*>(s.c_str()));
        envp.push_back(nullptr);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    CliRun run;
    run.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    run.out = read_file(out_path);
    run.err = read_file(err_path);
    return run;
}

}  // namespace relief::testing
