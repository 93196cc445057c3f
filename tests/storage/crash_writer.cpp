// The process that crash_safety_test kills: it writes to a journal as fast as it can and
// reports each write on stdout only after the journal has said it is saved.
//   crash_writer JOURNAL FIRST_NUMBER
// Writes, in turn: single notes "w<n>", all-or-nothing batches of 25 notes "b<n>-<k>",
// and edits of the latest single note into "w<n>-edited". Reports: "add <n>",
// "batch <n>", "edit <n>", one line each, written with one system call.
#include "core/entry.h"
#include "core/zone.h"
#include "storage/journal.h"

#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string>

using namespace relief;

namespace {
void report(const std::string& line) {
    const std::string text = line + "\n";
    if (::write(STDOUT_FILENO, text.data(), text.size()) < 0) std::_Exit(3);
}

Entry note(const std::string& text, long n) {
    const Instant at = Instant{std::chrono::seconds{1'780'000'000 + n * 60}};
    return Entry{0, at, "Europe/Berlin", {}, NoteEntry{text}};
}
}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: crash_writer JOURNAL FIRST_NUMBER\n";
        return 2;
    }
    auto journal = storage::Journal::open(argv[1]);
    report("ready");
    std::int64_t last_id = 0;  // the latest single note not yet edited, and its number
    long last_number = 0;
    for (long n = std::atol(argv[2]);; ++n) {
        switch (n % 4) {
        case 0:
        case 1: {
            const auto id = journal.add_entry(note("w" + std::to_string(n), n));
            last_id = id;
            last_number = n;
            report("add " + std::to_string(n));
            break;
        }
        case 2:
            journal.atomically([&] {
                for (int k = 0; k < 25; ++k) journal.add_entry(note("b" + std::to_string(n) + "-" + std::to_string(k), n));
            });
            report("batch " + std::to_string(n));
            break;
        case 3:
            if (last_id != 0) {
                journal.replace_entry(last_id, note("w" + std::to_string(last_number) + "-edited", last_number));
                last_id = 0;
                report("edit " + std::to_string(last_number));
            }
            break;
        }
    }
}
