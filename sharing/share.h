#pragma once

#include "storage/journal.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace relief::sharing {

// Sharing a journal through a folder that a sync tool (Syncthing, Nextcloud), a network
// share or a USB stick keeps in step between devices (docs/sharing.md). The folder holds:
//   relief-share.json                 the share's id and how its key is derived (no secret)
//   devices/<device>/changes-N.rjc    each device's own change files, sealed with the key
// Every device writes only in its own folder, and never rewrites a file, so no file ever
// has two writers and the sync tool never sees a conflict.

enum class JoinMode { full, read_only };

struct ShareSetup {
    std::filesystem::path folder;
    std::string name;    // this device, as its person calls it ("laptop")
    std::string phrase;  // words (share_words.h) or a passphrase of the person's own
    // Keep the words in the journal to show them again (new words made here); a
    // passphrase of the person's own is never kept.
    bool keep_words = false;
    // The day the alert history is replayed to when joining in full (the analyser never
    // reads the clock: the CLI and the app pass today); the journal's clock when not given.
    std::optional<LocalDay> today;
};

// Starts sharing `journal` in `setup.folder` (created if missing) under a new key made of
// `setup.phrase`, and sends everything in it. Refuses a folder that already holds a share.
void create_share(storage::Journal& journal, const ShareSetup& setup);
// Joins the share in `setup.folder`: checks the key, then takes every device's changes
// and, joining in full, sends this journal's own. A read-only device (a caregiver's) must
// start from a journal with nothing logged, and never writes to the folder.
void join_share(storage::Journal& journal, const ShareSetup& setup, JoinMode mode);
// Stops sharing: the journal keeps everything, the folder keeps this device's files.
void leave_share(storage::Journal& journal);

struct SyncReport {
    std::size_t sent = 0;                 // records this device sent
    std::size_t received = 0;             // records that changed this journal
    std::vector<std::string> problems;    // files refused, each with the reason
    std::vector<std::string> waiting;     // devices whose changes wait for another's
};
// Sends what this device changed since the last time and takes the other devices'
// changes. A file that fails to open is refused whole and named in `problems`; the
// device's later files wait for it. Throws ShareError when the folder or key is wrong.
SyncReport sync_share(storage::Journal& journal);

struct PeerStatus {
    std::string name;
    std::string mode;
    std::int64_t last_change_ms = 0;  // when its latest change was made (its clock)
};
struct ShareStatus {
    bool shared = false;
    std::filesystem::path folder;
    std::string name;
    std::string device;
    JoinMode mode = JoinMode::full;
    std::size_t unsent = 0;             // changes not yet in the folder
    std::optional<std::int64_t> last_sync_utc;
    bool words_known = false;           // the words can be shown again (share_words)
    std::vector<PeerStatus> peers;
};
ShareStatus share_status(const storage::Journal& journal);
// The words this device generated when it created the share (not a passphrase of the
// person's own, which is never stored).
std::optional<std::string> share_words(const storage::Journal& journal);

// "Last change from laptop 3 minutes ago", or what else is true, for the status line.
std::string status_line(const ShareStatus& status, std::int64_t now_utc);

}  // namespace relief::sharing
