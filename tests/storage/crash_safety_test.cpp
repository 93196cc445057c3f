// Kills a writing process (SIGKILL) at random moments, many times over, and checks that
// the journal is intact and holds every write the process had reported as saved, with
// each transaction whole or absent.
#include "core/entry.h"
#include "storage/journal.h"
#include "support/temp_dir.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <thread>

extern char** environ;

using namespace relief;
using relief::testing::TempDir;

namespace {

struct Reports {
    std::set<long> added, batches, edited;
};

// Starts the writer with its stdout on a pipe; returns its pid and the pipe's read end.
std::pair<pid_t, int> start_writer(const std::filesystem::path& journal, long first) {
    int out[2];
    if (::pipe(out) != 0) return {-1, -1};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    const std::string path = journal.string(), number = std::to_string(first);
    char* argv[] = {const_cast<char*>(CRASH_WRITER), const_cast<char*>(path.c_str()),
                    const_cast<char*>(number.c_str()), nullptr};
    pid_t pid = -1;
    if (posix_spawn(&pid, CRASH_WRITER, &actions, nullptr, argv, environ) != 0) pid = -1;
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    return {pid, out[0]};
}

// Waits until the writer has reported `writes` writes, so that every kill lands in the
// stream of writes, however busy the machine, rather than in the program's start-up.
bool wait_for(int fd, std::string& text, int writes) {
    pollfd p{fd, POLLIN, 0};
    const auto lines = [&] { return std::count(text.begin(), text.end(), '\n'); };
    while (lines() < writes + 1) {  // + "ready"
        if (::poll(&p, 1, 30'000) <= 0) return false;
        char buffer[4096];
        const auto n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0) return false;
        text.append(buffer, static_cast<std::size_t>(n));
    }
    return true;
}

// Only whole lines count: a line cut off by the kill was not yet reported.
void collect(const std::string& text, Reports& reports) {
    std::istringstream lines(text.substr(0, text.rfind('\n') + 1));
    std::string word;
    long n = 0;
    while (lines >> word) {
        if (word == "ready") continue;
        lines >> n;
        if (word == "add") reports.added.insert(n);
        else if (word == "batch") reports.batches.insert(n);
        else if (word == "edit") reports.edited.insert(n);
    }
}

struct Found {
    std::map<std::string, storage::StoredEntry> by_text;
    std::map<long, int> batch_sizes;
};

Found read_back(const storage::Journal& journal) {
    Found found;
    for (const auto& row : journal.all_rows()) {
        const auto& text = std::get<NoteEntry>(row.entry.data).text;
        found.by_text[text] = row;
        if (text[0] == 'b') ++found.batch_sizes[std::stol(text.substr(1, text.find('-') - 1))];
    }
    return found;
}

}  // namespace

TEST(CrashSafety, EveryReportedWriteSurvivesSigkillAtRandomMoments) {
    TempDir dir;
    const auto path = dir / "journal.relief";
    { storage::Journal::create(path, Zone::locate("Europe/Berlin")); }

    std::mt19937 random(std::random_device{}());
    const auto seed = random();
    random.seed(seed);
    SCOPED_TRACE("seed " + std::to_string(seed));
    Reports reports;
    constexpr int runs = 40;
    for (int run = 0; run < runs; ++run) {
        const auto [pid, fd] = start_writer(path, run * 1'000'000L);
        ASSERT_GT(pid, 0);
        std::string text;
        // Then a random moment: within a write, between two, or several writes later.
        ASSERT_TRUE(wait_for(fd, text, static_cast<int>(random() % 8))) << "run " << run << ": the writer stalled";
        std::this_thread::sleep_for(std::chrono::microseconds(random() % 5'000));
        ASSERT_EQ(::kill(pid, SIGKILL), 0);
        int status = 0;
        ::waitpid(pid, &status, 0);
        ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "run " << run << ": the writer stopped by itself";
        char buffer[4096];
        for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;) text.append(buffer, static_cast<std::size_t>(n));
        ::close(fd);
        collect(text, reports);

        {
            SQLite::Database raw(path.string(), SQLite::OPEN_READONLY);
            ASSERT_EQ(raw.execAndGet("PRAGMA integrity_check").getString(), "ok") << "run " << run;
        }
        const auto journal = storage::Journal::open(path);
        const Found found = read_back(journal);
        for (const long n : reports.added)
            ASSERT_TRUE(found.by_text.count("w" + std::to_string(n))) << "run " << run << ": lost reported note " << n;
        for (const long n : reports.batches)
            ASSERT_EQ(found.batch_sizes.count(n) ? found.batch_sizes.at(n) : 0, 25) << "run " << run << ": batch " << n;
        for (const auto& [n, size] : found.batch_sizes)
            ASSERT_EQ(size, 25) << "run " << run << ": batch " << n << " was written in part";
        for (const long n : reports.edited) {
            const auto edit = found.by_text.find("w" + std::to_string(n) + "-edited");
            ASSERT_NE(edit, found.by_text.end()) << "run " << run << ": lost reported edit " << n;
            EXPECT_TRUE(edit->second.is_current());
        }
        // An edit is one transaction: a new version never exists without the old one
        // pointing at it.
        for (const auto& [text_of, row] : found.by_text) {
            if (!text_of.ends_with("-edited")) continue;
            const auto& old = found.by_text.at(text_of.substr(0, text_of.size() - 7));
            ASSERT_EQ(old.replaced_by, row.entry.id) << "run " << run << ": " << text_of;
        }
    }
    EXPECT_GT(reports.added.size() + reports.batches.size() + reports.edited.size(), static_cast<std::size_t>(runs))
        << "the kills landed while writes were going on";
}
