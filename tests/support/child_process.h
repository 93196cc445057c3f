#pragma once

#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>

#include <exception>
#include <functional>
#include <string>

namespace relief::testing {

// The unprivileged user that file-permission tests run as when the suite runs as root
// (root ignores a folder's permissions, so the test would prove nothing).
inline constexpr uid_t nobody = 65534;

struct ChildResult {
    int exit_code = -1;
    std::string output;  // what `work` returned, or the message of what it threw
};

// Runs `work` in a forked child (optionally as `nobody`), so that limits, lost
// privileges or a crash stay out of the test process. The child's answer comes back
// through a pipe; exit code 0 means `work` returned, 1 that it threw.
inline ChildResult run_in_child(const std::function<std::string()>& work, bool as_nobody = false) {
    int fds[2];
    if (::pipe(fds) != 0) return {};
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(fds[0]);
        int code = 0;
        std::string answer;
        if (as_nobody && ::getuid() == 0 &&
            (::setgroups(0, nullptr) != 0 || ::setgid(nobody) != 0 || ::setuid(nobody) != 0)) {
            answer = "could not become nobody";
            code = 2;
        } else {
            try {
                answer = work();
            } catch (const std::exception& e) {
                answer = e.what();
                code = 1;
            }
        }
        for (std::size_t done = 0; done < answer.size();) {
            const auto n = ::write(fds[1], answer.data() + done, answer.size() - done);
            if (n <= 0) break;
            done += static_cast<std::size_t>(n);
        }
        ::_exit(code);
    }
    ::close(fds[1]);
    ChildResult result;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;) result.output.append(buffer, static_cast<std::size_t>(n));
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

}  // namespace relief::testing
