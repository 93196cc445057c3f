#include "share.h"

#include "change_file.h"
#include "core/hlc.h"
#include "core/translate.h"
#include "share_errors.h"
#include "share_key.h"
#include "storage/alert_review.h"
#include "storage/errors.h"
#include "storage/private_file.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>

namespace relief::sharing {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* description_name = "relief-share.json";


// The share's description: its id and how the key is derived, with a value sealed by the
// key to tell a wrong key from a damaged file. No secret is in it.
struct Description {
    std::string share;
    KeyDerivation derivation;
    std::string check;
};

Description read_description(const fs::path& folder) {
    const fs::path file = folder / description_name;
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        //: %1: the folder.
        throw ShareError(fill(translate("relief::sharing::share", "there is no folder %1: is the sync tool (or the USB stick) there?"), {folder.string()}));
    std::ifstream in(file, std::ios::binary);
    if (!in)
        //: %1: the folder.
        throw ShareError(fill(translate("relief::sharing::share", "%1 holds no shared journal (relief-share.json is missing): create the share on the "
                                   "first device, or wait until the sync tool has brought it"),
                              {folder.string()}));
    try {
        const auto j = json::parse(in);
        if (j.at("format").get<std::string>() != "relief-journal-share" || j.at("version").get<int>() != 1)
            throw ShareError(fill(translate("relief::sharing::share", "%1 was written by another version of Relief Journal; update it on this device"),
                                  {file.string()}));
        const auto& kdf = j.at("kdf");
        if (kdf.at("algorithm").get<std::string>() != "argon2id13")
            throw ShareError(fill(translate("relief::sharing::share", "%1 was written by another version of Relief Journal; update it on this device"),
                                  {file.string()}));
        return {j.at("share").get<std::string>(),
                {kdf.at("salt").get<std::string>(), kdf.at("ops").get<std::uint64_t>(), kdf.at("memory").get<std::uint64_t>()},
                j.at("check").get<std::string>()};
    } catch (const json::exception&) {
        //: %1: the file.
        throw ShareError(fill(translate("relief::sharing::share", "%1 is damaged (it is not the description of a share)"), {file.string()}));
    }
}

Key key_from_hex(const std::string& hex) {
    Key key{};
    from_hex(hex, key.data(), key.size());
    return key;
}

Key open_share_key(const Description& d, const fs::path& folder, const std::string& phrase) {
    const Key key = derive_key(phrase, d.derivation);
    if (!key_opens(key, d.share, d.check))
        //: %1: the folder.
        throw WrongKey(fill(translate("relief::sharing::share", "these words do not open the share in %1: check each word (or the passphrase) against "
                                 "the device that created it"),
                            {folder.string()}));
    return key;
}

std::string machine_id() {
    std::ifstream in("/etc/machine-id");
    std::string id;
    std::getline(in, id);
    return id;
}

// Where this journal lives: a copy (a backup restored, the file carried to another
// computer) must not write as the device it was copied from.
std::string home_of(const storage::Journal& journal) {
    std::error_code ec;
    const auto where = fs::weakly_canonical(journal.path(), ec);
    return (ec ? journal.path() : where).string() + "|" + machine_id();
}

fs::path device_folder(const fs::path& folder, const std::string& device) { return folder / "devices" / device; }

std::string file_name(std::int64_t number) {
    char name[48];
    std::snprintf(name, sizeof name, "changes-%08lld.rjc", static_cast<long long>(number));
    return name;
}

// The numbers of a device's change files, from their names; anything else is ignored
// (a sync tool's temporary files, our own ".NAME.XXXXXX" before its rename).
std::vector<std::int64_t> file_numbers(const fs::path& folder) {
    std::vector<std::int64_t> out;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        long long n = 0;
        char tail = 0;
        if (name.size() == 20 && std::sscanf(name.c_str(), "changes-%8lld.rj%c", &n, &tail) == 2 && tail == 'c' && n > 0)
            out.push_back(n);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string read_bytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

std::int64_t now_utc(const storage::Journal& journal) {
    return static_cast<std::int64_t>(journal.now().time_since_epoch().count());
}

void save(storage::Journal& journal, const fs::path& folder, const Description& d, const Key& key, const std::string& name) {
    journal.set_local_value("share.folder", fs::absolute(folder).lexically_normal().string());
    journal.set_local_value("share.id", d.share);
    journal.set_local_value("share.key", to_hex(key.data(), key.size()));
    journal.set_local_value("share.name", name);
    journal.set_local_value("share.home", home_of(journal));
    journal.set_local_value("share.next_file", "1");
}

std::string device_name(const std::string& given) {
    if (!given.empty()) return given;
    std::ifstream in("/etc/hostname");
    std::string host;
    std::getline(in, host);
    return host.empty() ? "this device" : host;
}

void refuse_if_shared(const storage::Journal& journal) {
    if (const auto folder = journal.local_value("share.folder"))
        //: %1: the folder it is shared in.
        throw ShareError(fill(translate("relief::sharing::share", "this journal is already shared in %1; stop sharing it first (relief share leave)"), {*folder}));
}

}  // namespace

void create_share(storage::Journal& journal, const ShareSetup& setup) {
    refuse_if_shared(journal);
    if (journal.read_only()) throw ShareError(translate("relief::sharing::share", "a journal open read-only cannot start a share"));
    std::error_code ec;
    if (fs::exists(setup.folder / description_name, ec))
        //: %1: the folder.
        throw ShareError(fill(translate("relief::sharing::share", "%1 already holds a shared journal: join it instead (relief share join)"), {setup.folder.string()}));
    const Description d{random_hex(16), new_key_derivation(), {}};
    const Key key = derive_key(setup.phrase, d.derivation);
    const json description = {{"format", "relief-journal-share"},
                              {"version", 1},
                              {"share", d.share},
                              {"kdf",
                               {{"algorithm", "argon2id13"},
                                {"salt", d.derivation.salt_hex},
                                {"ops", d.derivation.ops},
                                {"memory", d.derivation.memory}}},
                              {"check", key_check(key, d.share)}};
    try {
        storage::create_private_folders(setup.folder);
        storage::write_file_atomically(setup.folder / description_name, description.dump(2) + "\n");
    } catch (const fs::filesystem_error& e) {
        //: %1: the folder, %2: the system's reason (in English).
        throw ShareError(fill(translate("relief::sharing::share", "cannot write in %1: %2"), {setup.folder.string(), e.code().message()}));
    }
    journal.take_device_id(random_hex(16));
    journal.restart_sharing();
    save(journal, setup.folder, d, key, device_name(setup.name));
    if (setup.keep_words) journal.set_local_value("share.words", setup.phrase);
    sync_share(journal);
}

void join_share(storage::Journal& journal, const ShareSetup& setup, JoinMode mode) {
    refuse_if_shared(journal);
    const Description d = read_description(setup.folder);
    const Key key = open_share_key(d, setup.folder, setup.phrase);
    if (mode == JoinMode::read_only && (journal.entry_count() != 0 || !journal.medications().empty()))
        throw ShareError(translate("relief::sharing::share", "a device joins read-only with a new journal: this one already has entries of its own. "
                              "Use a new journal file (relief --journal FILE share join ...)"));
    journal.take_device_id(random_hex(16));
    journal.restart_sharing();
    journal.yield_to_share();
    save(journal, setup.folder, d, key, device_name(setup.name));
    if (mode == JoinMode::read_only) journal.set_following(true);
    sync_share(journal);
    // Alerts are not shared: each device analyses the merged journal. A device joining in
    // full gives itself the alert history of the last twelve weeks, as if it had been
    // opened each day, so that "raised on" agrees with the other devices'.
    if (mode == JoinMode::full && journal.entry_count() > 0) {
        const LocalDay today = setup.today.value_or(journal.home_zone().day_of(journal.now()));
        storage::replay_alerts(journal, today - date::days{12 * 7 - 1}, today, setup.today ? std::nullopt : std::optional(journal.now()));
    }
}

void leave_share(storage::Journal& journal) {
    if (!journal.local_value("share.folder")) throw ShareError(translate("relief::sharing::share", "this journal is not shared"));
    for (const char* key : {"share.folder", "share.id", "share.key", "share.name", "share.home", "share.next_file",
                            "share.words", "share.last_sync"})
        journal.set_local_value(key, std::nullopt);
    journal.set_following(false);
}

SyncReport sync_share(storage::Journal& journal) {
    const auto folder_value = journal.local_value("share.folder");
    if (!folder_value) throw ShareError(translate("relief::sharing::share", "this journal is not shared: create a share (relief share init) or join one"));
    const fs::path folder = *folder_value;
    const Description d = read_description(folder);
    if (d.share != journal.local_value("share.id").value_or(""))
        //: %1: the folder.
        throw ShareError(fill(translate("relief::sharing::share", "%1 now holds another shared journal than the one this journal joined"), {folder.string()}));
    const Key key = key_from_hex(journal.local_value("share.key").value_or(""));
    if (!key_opens(key, d.share, d.check))
        throw WrongKey(fill(translate("relief::sharing::share", "the key this journal keeps no longer opens the share in %1"), {folder.string()}));
    if (journal.local_value("share.home").value_or("") != home_of(journal))
        throw ShareError(translate("relief::sharing::share", "this journal is a copy of one that shares (it was moved or restored from a backup): to "
                              "share from here, stop sharing (relief share leave) and join again"));
    const std::string me = journal.device_id();
    const std::string name = journal.local_value("share.name").value_or("");
    SyncReport report;

    // Send: one new file with everything not yet sent, in one transaction with marking it
    // sent, so that two programs syncing at once (the app, the CLI) never both send it; a
    // file already there is never replaced. A read-only device sends nothing.
    if (!journal.following()) {
        journal.exclusively([&] {
            const auto outbox = journal.unshared_changes();
            if (outbox.empty()) return;
            // After any file of ours already there (one written by a sync that then failed
            // to mark its rows sent): its rows go out again, which changes nothing for others.
            const auto numbers = file_numbers(device_folder(folder, me));
            const std::int64_t number = std::max<std::int64_t>(std::stoll(journal.local_value("share.next_file").value_or("1")),
                                                 numbers.empty() ? std::int64_t{1} : numbers.back() + 1);
            ChangeFile file{{d.share, me, name, "full", number, now_utc(journal), outbox.records.size()}, outbox.records};
            const fs::path mine = device_folder(folder, me);
            try {
                storage::create_private_folders(mine);
                storage::write_file_atomically(mine / file_name(number), seal_change_file(file, key), false);
            } catch (const fs::filesystem_error& e) {
                throw ShareError(fill(translate("relief::sharing::share", "cannot write in %1: %2"), {mine.string(), e.code().message()}));
            }
            journal.mark_shared(outbox, number);
            journal.set_local_value("share.next_file", std::to_string(number + 1));
            report.sent = outbox.records.size();
        });
    }

    // Take: each other device's files in order, each whole or not at all. A device whose
    // changes name what another device has not delivered yet waits; every round that
    // applies something gives the waiting ones another try.
    std::map<std::string, storage::SharePeer> peers;
    for (const auto& p : journal.share_peers()) peers[p.device] = p;
    std::vector<std::string> devices;
    std::error_code ec;
    for (fs::directory_iterator it(folder / "devices", ec), end; !ec && it != end; it.increment(ec))
        if (it->is_directory() && it->path().filename() != me) devices.push_back(it->path().filename().string());
    std::sort(devices.begin(), devices.end());
    std::map<std::string, std::string> waiting;
    // Each round tries the devices again; a file refused is told once.
    const auto problem = [&](std::string message) {
        if (std::find(report.problems.begin(), report.problems.end(), message) == report.problems.end())
            report.problems.push_back(std::move(message));
    };
    for (bool progress = true; progress;) {
        progress = false;
        waiting.clear();
        for (const auto& device : devices) {
            auto& peer = peers[device];
            if (peer.device.empty()) peer.device = device;
            for (const auto number : file_numbers(device_folder(folder, device))) {
                if (number <= peer.applied_file) continue;
                const fs::path path = device_folder(folder, device) / file_name(number);
                if (number != peer.applied_file + 1) {
                    //: %1: the file that is missing, %2: the file that waits for it.
                    problem(fill(translate("relief::sharing::share", "%1 is missing, so %2 waits for it"),
                                                   {(device_folder(folder, device) / file_name(peer.applied_file + 1)).string(),
                                                    path.string()}));
                    break;
                }
                try {
                    const ChangeFile file = open_change_file(read_bytes(path), key);
                    if (file.header.share != d.share || file.header.device != device || file.header.file != number)
                        throw DamagedFile(DamagedFile::Why::damaged,
                                          translate("relief::sharing::share", "it is not the file its name says (it was copied or renamed)"));
                    storage::SharePeer taken = peer;
                    taken.name = file.header.name;
                    taken.mode = file.header.mode;
                    taken.applied_file = number;
                    taken.applied_utc = now_utc(journal);
                    const auto outcome = journal.merge_changes(device, file.records, taken);
                    taken.last_change = std::max(taken.last_change, outcome.newest);
                    peer = taken;
                    report.received += outcome.applied;
                    progress = true;
                } catch (const storage::MergeDeferred& e) {
                    waiting[device] = e.what();
                    break;
                } catch (const DamagedFile& e) {
                    //: %1: the file, %2: what is wrong with it.
                    problem(fill(translate("relief::sharing::share", "%1 was not applied: %2"), {path.string(), e.what()}));
                    break;
                } catch (const storage::ShareDataError& e) {
                    problem(fill(translate("relief::sharing::share", "%1 was not applied: %2"), {path.string(), e.what()}));
                    break;
                }
            }
        }
    }
    for (const auto& [device, why] : waiting) {
        const auto& peer = peers[device];
        //: %1: the device's name, %2: why its changes wait.
        report.waiting.push_back(fill(translate("relief::sharing::share", "the changes from %1 wait: %2"), {peer.name.empty() ? device : peer.name, why}));
    }
    journal.set_local_value("share.last_sync", std::to_string(now_utc(journal)));
    return report;
}

ShareStatus share_status(const storage::Journal& journal) {
    ShareStatus s;
    const auto folder = journal.local_value("share.folder");
    if (!folder) return s;
    s.shared = true;
    s.folder = *folder;
    s.name = journal.local_value("share.name").value_or("");
    s.device = journal.device_id();
    s.mode = journal.following() ? JoinMode::read_only : JoinMode::full;
    if (!journal.following()) s.unsent = journal.unshared_count();
    if (const auto last = journal.local_value("share.last_sync")) s.last_sync_utc = std::stoll(*last);
    s.words_known = journal.local_value("share.words").has_value();
    for (const auto& p : journal.share_peers())
        s.peers.push_back({p.name.empty() ? p.device : p.name, p.mode, hlc::milliseconds(p.last_change)});
    return s;
}

std::optional<std::string> share_words(const storage::Journal& journal) { return journal.local_value("share.words"); }

namespace {

std::string ago(std::int64_t seconds) {
    if (seconds < 60) return translate("relief::sharing::share", "just now");
    // Counts in a variable of their own: lupdate misses a count written as a cast.
    const int minutes = static_cast<int>(seconds / 60), hours = static_cast<int>(seconds / 3600),
              days = static_cast<int>(seconds / 86400);
    if (seconds < 3600)
        return minutes == 1 ? translate("relief::sharing::share", "%n minute ago", nullptr, minutes)
                            : translate("relief::sharing::share", "%n minutes ago", nullptr, minutes);
    if (seconds < 86400)
        return hours == 1 ? translate("relief::sharing::share", "%n hour ago", nullptr, hours)
                          : translate("relief::sharing::share", "%n hours ago", nullptr, hours);
    return days == 1 ? translate("relief::sharing::share", "%n day ago", nullptr, days)
                     : translate("relief::sharing::share", "%n days ago", nullptr, days);
}

}  // namespace

std::string status_line(const ShareStatus& status, std::int64_t now_utc) {
    if (!status.shared) return translate("relief::sharing::share", "Not shared");
    const PeerStatus* latest = nullptr;
    for (const auto& p : status.peers)
        if (p.last_change_ms > 0 && (!latest || p.last_change_ms > latest->last_change_ms)) latest = &p;
    if (!latest)
        return status.last_sync_utc ? translate("relief::sharing::share", "No changes from other devices yet") : translate("relief::sharing::share", "Not synced yet");
    //: %1: the device's name, %2: how long ago, such as 3 minutes ago.
    return fill(translate("relief::sharing::share", "Last change from %1 %2"),
                {latest->name, ago(std::max<std::int64_t>(0, now_utc - latest->last_change_ms / 1000))});
}

}  // namespace relief::sharing
