#include "command.h"
#include "core/caregiver_watch.h"
#include "core/errors.h"
#include "core/translate.h"
#include "sharing/share.h"
#include "sharing/share_errors.h"
#include "sharing/share_words.h"
#include "reminders/desktop.h"
#include "storage/private_file.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <termios.h>
#include <unistd.h>

#include <iostream>
#include <ostream>

namespace relief::cli {

namespace {


// The words or passphrase, from the terminal without echo, or the first line of input
// (scripts and tests pipe it in; it never appears on the command line, where other
// users and the shell's history would see it).
std::string read_phrase(Context& ctx, const std::string& prompt) {
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        ctx.err << prompt << std::flush;
        if (::tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= static_cast<tcflag_t>(~ECHO);
            ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        ctx.err << "\n";
    }
    if (line.empty())
        throw InputError("words", "", translate("relief::cli::commands_share", "the share's words (or passphrase), typed or given on the first line of input"));
    return line;
}

void print_report(Context& ctx, const sharing::SyncReport& report) {
    const int sent = static_cast<int>(report.sent), received = static_cast<int>(report.received);
    ctx.out << (sent == 1 ? translate("relief::cli::commands_share", "Sent %n change.", nullptr, sent)
                          : translate("relief::cli::commands_share", "Sent %n changes.", nullptr, sent))
            << " "
            << (received == 1 ? translate("relief::cli::commands_share", "Took %n change from other devices.", nullptr, received)
                              : translate("relief::cli::commands_share", "Took %n changes from other devices.", nullptr, received))
            << "\n";
    for (const auto& w : report.waiting) ctx.out << "  " << w << "\n";
    for (const auto& p : report.problems) ctx.err << "relief: " << p << "\n";
}

std::int64_t now_seconds(const Context& ctx, const storage::Journal& journal) {
    return static_cast<std::int64_t>(ctx.now(journal.home_zone()).time_since_epoch().count());
}

}  // namespace

int run_share_init(Context& ctx, const Arguments& args) {
    auto journal = ctx.open_journal_for_writing();
    const bool own = args.has("--passphrase");
    const std::string phrase = own ? read_phrase(ctx, translate("relief::cli::commands_share", "Passphrase for the share (at least 16 characters): "))
                                   : sharing::new_phrase();
    sharing::create_share(journal, {args.operands.at(0), args.value("--name").value_or(""), phrase, !own});
    const auto status = sharing::share_status(journal);
    ctx.out << fill(translate("relief::cli::commands_share", "Sharing this journal in %1 as \"%2\"."), {status.folder.string(), status.name}) << "\n";
    if (!own) {
        ctx.out << translate("relief::cli::commands_share", "The share's key, to type on your other devices (keep it as you would a password):") << "\n\n  "
                << phrase << "\n\n";
    }
    ctx.out << fill(translate("relief::cli::commands_share", "On another device: relief share join %1"), {status.folder.string()}) << "\n";
    return 0;
}

int run_share_join(Context& ctx, const Arguments& args) {
    // "relief share join FOLDER --read-only": the option names the join, not how the
    // journal is opened (joining writes the shared entries into it).
    const bool follow = args.has("--read-only") || ctx.read_only;
    ctx.read_only = false;
    const auto path = ctx.journal_path();
    std::error_code ec;
    const std::string phrase = read_phrase(ctx, translate("relief::cli::commands_share", "The share's words (or passphrase): "));
    const auto mode = follow ? sharing::JoinMode::read_only : sharing::JoinMode::full;
    // A device joining starts from its own journal, or from a new one the share fills; a
    // new one is removed again when the join fails (a wrong word, no folder).
    const bool created = !std::filesystem::exists(path, ec);
    auto journal = created ? ctx.create_journal(path, Zone::locate("UTC")) : ctx.open_journal_for_writing();
    try {
        sharing::ShareSetup setup{args.operands.at(0), args.value("--name").value_or(""), phrase};
        if (ctx.today_flag) setup.today = ctx.today(journal.home_zone());
        sharing::join_share(journal, setup, mode);
    } catch (...) {
        if (created) {
            journal = storage::Journal::in_memory(Zone::locate("UTC"));
            storage::remove_database_files(path);
        }
        throw;
    }
    ctx.out << fill(mode == sharing::JoinMode::read_only
                        ? translate("relief::cli::commands_share", "Following the journal shared in %1, read-only.")
                        : translate("relief::cli::commands_share", "Joined the journal shared in %1."),
                    {args.operands.at(0)})
            << "\n";
    const auto status = sharing::share_status(journal);
    ctx.out << sharing::status_line(status, now_seconds(ctx, journal)) << "\n";
    return 0;
}

int run_share_sync(Context& ctx, const Arguments&) {
    auto journal = ctx.open_journal_for_writing();
    const auto report = sharing::sync_share(journal);
    print_report(ctx, report);
    ctx.out << sharing::status_line(sharing::share_status(journal), now_seconds(ctx, journal)) << "\n";
    return report.problems.empty() ? 0 : 1;
}

int run_share_status(Context& ctx, const Arguments&) {
    const auto journal = ctx.open_journal();
    const auto s = sharing::share_status(journal);
    if (!s.shared) {
        ctx.out << translate("relief::cli::commands_share", "This journal is not shared. Share it with 'relief share init FOLDER', or join a share with "
                        "'relief share join FOLDER'.")
                << "\n";
        return 0;
    }
    ctx.out << translate("relief::cli::commands_share", "Folder:") << " " << s.folder.string() << "\n";
    ctx.out << translate("relief::cli::commands_share", "This device:") << " " << s.name << " ("
            << (s.mode == sharing::JoinMode::read_only ? translate("relief::cli::commands_share", "read-only") : translate("relief::cli::commands_share", "full")) << ")\n";
    const int unsent = static_cast<int>(s.unsent);
    if (s.mode == sharing::JoinMode::full)
        ctx.out << translate("relief::cli::commands_share", "Not yet sent:") << " "
                << (unsent == 1 ? translate("relief::cli::commands_share", "%n change", nullptr, unsent)
                                : translate("relief::cli::commands_share", "%n changes", nullptr, unsent))
                << "\n";
    ctx.out << translate("relief::cli::commands_share", "Status:") << " " << sharing::status_line(s, now_seconds(ctx, journal)) << "\n";
    for (const auto& p : s.peers)
        ctx.out << "  " << p.name << " (" << (p.mode == "read-only" ? translate("relief::cli::commands_share", "read-only") : translate("relief::cli::commands_share", "full")) << ")\n";
    return 0;
}

int run_share_key(Context& ctx, const Arguments&) {
    const auto journal = ctx.open_journal();
    if (!sharing::share_status(journal).shared) throw sharing::ShareError(translate("relief::cli::commands_share", "this journal is not shared"));
    const auto words = sharing::share_words(journal);
    if (!words)
        throw sharing::ShareError(translate("relief::cli::commands_share", "this device does not keep the share's key as words: it was a passphrase of your "
                                       "own, or the share was created on another device"));
    ctx.out << *words << "\n";
    return 0;
}

int run_share_leave(Context& ctx, const Arguments&) {
    auto journal = ctx.open_journal_for_writing();
    sharing::leave_share(journal);
    ctx.out << translate("relief::cli::commands_share", "Stopped sharing. The journal keeps everything; the folder keeps what this device sent.") << "\n";
    return 0;
}

int run_share_notify(Context& ctx, const Arguments& args) {
    const std::string& wanted = args.operands.at(0);
    if (wanted != "on" && wanted != "off") throw InputError("notify", wanted, "on or off");
    auto journal = ctx.open_journal_for_writing();
    if (!journal.following()) {
        // On the person's device: their consent, shared with the caregivers' devices.
        journal.set_setting(tell_caregivers_setting, wanted == "on" ? "yes" : "no");
        ctx.out << (wanted == "on"
                        ? translate("relief::cli::commands_share", "A caregiver who follows this journal may now be told when a dose is not "
                                                                   "logged within an hour (they switch it on on their device).")
                        : translate("relief::cli::commands_share", "Caregivers who follow this journal are no longer told of doses not logged."))
                << "\n";
        return 0;
    }
    ensure_core_application();
    const QString file = QFileInfo(QString::fromStdString(journal.path().string())).absoluteFilePath();
    if (wanted == "on") {
        const QString program = reminders::find_service_program(QCoreApplication::applicationDirPath());
        if (program.isEmpty()) throw sharing::ShareError(translate("relief::cli::commands_share", "relief-reminders was not found beside relief or on PATH"));
        reminders::write_autostart(program, file);
        journal.set_local_value("share.missed_dose_alerts", "yes");
        ctx.out << fill(translate("relief::cli::commands_share", "On: relief-reminders tells you when a scheduled dose has not been logged an hour after its "
                             "time. It starts at each login, or now with: %1 --journal %2"),
                        {program.toStdString(), file.toStdString()})
                << "\n";
        if (journal.setting(tell_caregivers_setting).value_or("") != "yes")
            ctx.out << translate("relief::cli::commands_share", "The person who keeps the journal has not asked for it yet: nothing is shown until "
                                                                "they do (relief share notify on, on their device).")
                    << "\n";
    } else {
        journal.set_local_value("share.missed_dose_alerts", "no");
        reminders::remove_autostart(file);
        ctx.out << translate("relief::cli::commands_share", "Off: no more notifications of doses not logged.") << "\n";
    }
    return 0;
}

}  // namespace relief::cli
