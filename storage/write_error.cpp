#include "write_error.h"

#include "errors.h"
#include "core/translate.h"

#include <sqlite3.h>
#include <sys/statvfs.h>

#include <string>

namespace relief::storage {

namespace {

std::string folder_of(const std::filesystem::path& path) {
    const auto parent = path.parent_path();
    return parent.empty() ? std::string(".") : parent.string();
}

bool read_only_file_system(const std::filesystem::path& path) {
    struct statvfs fs {};
    return ::statvfs(folder_of(path).c_str(), &fs) == 0 && (fs.f_flag & ST_RDONLY) != 0;
}

// The part of the message that depends on what went wrong; empty when SQLite's own words
// are the best we have.
std::string reason(const SQLite::Exception& e, const std::filesystem::path& path, bool opening,
                   const Advice& advice) {
    const bool cannot_write = e.getErrorCode() == SQLITE_READONLY || e.getErrorCode() == SQLITE_CANTOPEN;
    if (cannot_write && read_only_file_system(path))
        //: %1: the journal's file name; NAME-wal and NAME-shm are SQLite's working files.
        return fill(translate("relief::storage::write_error", "the file system it is on is read-only (a locked USB stick or a read-only mount), "
                                   "and SQLite needs to create its working files (%1-wal and -shm) beside the journal "
                                   "even to read it. Copy the journal to a folder you can write to"),
                    {path.filename().string()});
    if (opening && cannot_write)
        //: %1: the folder, %2: the journal's file name.
        return fill(translate("relief::storage::write_error", "the folder %1 does not let Relief Journal create its working files (%2-wal and "
                                   "-shm) beside the journal, which SQLite needs even to read it. Copy the journal "
                                   "to a folder you can write to, or ask the folder's owner for write access"),
                    {folder_of(path), path.filename().string()});
    switch (e.getErrorCode()) {
    case SQLITE_FULL:
        return translate("relief::storage::write_error", "the disk is full. Free some space and try again");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return translate("relief::storage::write_error", "another program is writing to it. Close the other program (or wait) and try again");
    case SQLITE_READONLY:
        //: %1: the folder, %2: how to open the journal without changing it.
        return fill(translate("relief::storage::write_error", "the file or its folder %1 is read-only. To look without changing anything, %2"),
                    {folder_of(path), advice_text(advice.look_only)});
    case SQLITE_CANTOPEN:
        return fill(translate("relief::storage::write_error", "the folder %1 does not let Relief Journal create its working files (%2-wal and "
                                   "-shm). Move the journal to a folder you can write to"),
                    {folder_of(path), path.filename().string()});
    case SQLITE_IOERR:
        //: %1: the error as SQLite reports it (in English).
        return fill(translate("relief::storage::write_error", "the disk reported an error (%1). Check the disk and try again"), {e.what()});
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        //: %1: what to do, such as Restore your latest backup copy of the journal.
        return fill(translate("relief::storage::write_error", "the file is damaged. %1"), {advice_text(advice.restore_backup)});
    default:
        return "";
    }
}

}  // namespace

void throw_write_error(const SQLite::Exception& e, const std::filesystem::path& path, const Advice& advice) {
    const auto why = reason(e, path, false, advice);
    //: %1: the journal file, %2: why (a sentence without its full stop).
    throw StorageError(fill(translate("relief::storage::write_error", "cannot save to %1: %2. Nothing was changed."),
                            {path.string(), why.empty() ? std::string(e.what()) : why}));
}

void throw_open_error(const SQLite::Exception& e, const std::filesystem::path& path, const Advice& advice) {
    const auto why = reason(e, path, true, advice);
    //: %1: the journal file, %2: why (a sentence without its full stop).
    throw StorageError(fill(translate("relief::storage::write_error", "cannot open %1: %2."), {path.string(), why.empty() ? std::string(e.what()) : why}));
}

}  // namespace relief::storage
