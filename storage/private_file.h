#pragma once

#include <array>
#include <chrono>
#include <filesystem>
#include <string_view>

namespace relief::storage {

// Health data: every file this project writes is readable by its owner only (0600).

// What SQLite writes beside a database NAME: NAME-wal, NAME-shm, NAME-journal.
inline constexpr std::array<std::string_view, 3> database_working_suffixes{"-wal", "-shm", "-journal"};
// Removes a database file and its working files, whatever of them exist.
void remove_database_files(const std::filesystem::path& database);

// Creates `folder` and any missing parents with mode 0700 whatever the umask (a 0777
// folder would let anyone move the journal away); folders that exist are left as they are.
void create_private_folders(const std::filesystem::path& folder);

// Creates an empty file with mode 0600; fails if it exists.
void create_private_file(const std::filesystem::path& path);

// Writes `content` to a temporary 0600 file beside `path`, syncs it, then renames it over
// `path`, so that a reader never sees half a file and a crash leaves the old one intact.
// With `may_replace` false, a file already at `path` is never replaced (StorageError).
void write_file_atomically(const std::filesystem::path& path, std::string_view content, bool may_replace = true);

// A fresh, empty, 0600 temporary file in the same folder as `path` (for rename-into-place),
// named ".NAME.XXXXXX". Stale ones a killed run left beside `path` are removed first.
std::filesystem::path create_private_temp_beside(const std::filesystem::path& path);

// Removes what a killed run left beside `path`: our temporary files ".NAME.XXXXXX" and
// SQLite's working files of them (-journal, -wal, -shm), but only regular files (never a
// link) owned by this user and untouched for `older_than`, so that another run's file in
// progress is never taken. Returns how many were removed.
int remove_stale_temps_beside(const std::filesystem::path& path,
                              std::chrono::minutes older_than = std::chrono::minutes{60});

// Moves a finished file into place under `to` only if nothing is there yet (a new journal
// never replaces a file that appeared meanwhile); throws StorageError naming `to` if it is.
void move_into_place_new(const std::filesystem::path& from, const std::filesystem::path& to);

// Checks where an export, report or backup may be written and returns the path to write:
// a symbolic link, a folder, a device (such as /dev/stdout), the journal itself and a
// database's working file (NAME-wal, NAME-shm, NAME-journal beside NAME) are refused; so
// is an existing Relief Journal unless `may_replace_journal` (a backup replacing an older
// backup).
std::filesystem::path checked_output_path(const std::filesystem::path& target, const std::filesystem::path& journal,
                                          bool may_replace_journal);

// Renames `from` over `to` and syncs the folder so the rename itself is durable.
void replace_file(const std::filesystem::path& from, const std::filesystem::path& to);

}  // namespace relief::storage
