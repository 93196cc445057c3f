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
// command) runs before it.
inline CliRun run_relief(const TempDir& home, const std::vector<std::string>& args,
                      const std::vector<std::string>& prefix = {}) {
    const auto out_path = home / ".stdout";
    const auto err_path = home / ".stderr";
    std::vector<std::string> argv_strings = prefix;
    argv_strings.push_back(RELIEF_BINARY);
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    const std::vector<std::string> env_strings{"HOME=" + home.path().string(), "TZ=Europe/Berlin",
                                               "PATH=/usr/bin:/bin", "LANG=C.UTF-8"};
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(out, 1);
        ::dup2(err, 2);
        const int null_in = ::open("/dev/null", O_RDONLY);
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
