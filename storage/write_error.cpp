#include "write_error.h"

#include "errors.h"

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
        return "the file system it is on is read-only (a locked USB stick or a read-only mount), and SQLite needs "
               "to create its working files (" + path.filename().string() +
               "-wal and -shm) beside the journal even to read it. Copy the journal to a folder you can write to";
    if (opening && cannot_write)
        return "the folder " + folder_of(path) + " does not let Relief Journal create its working files (" +
               path.filename().string() +
               "-wal and -shm) beside the journal, which SQLite needs even to read it. Copy the journal to a "
               "folder you can write to, or ask the folder's owner for write access";
    switch (e.getErrorCode()) {
    case SQLITE_FULL:
        return "the disk is full. Free some space and try again";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "another program is writing to it. Close the other program (or wait) and try again";
    case SQLITE_READONLY:
        return "the file or its folder " + folder_of(path) + " is read-only. To look without changing anything, " + advice.look_only;
    case SQLITE_CANTOPEN:
        return "the folder " + folder_of(path) + " does not let Relief Journal create its working files (" +
               path.filename().string() + "-wal and -shm). Move the journal to a folder you can write to";
    case SQLITE_IOERR:
        return std::string("the disk reported an error (") + e.what() + "). Check the disk and try again";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return "the file is damaged. " + advice.restore_backup;
    default:
        return "";
    }
}

}  // namespace

void throw_write_error(const SQLite::Exception& e, const std::filesystem::path& path, const Advice& advice) {
    const auto why = reason(e, path, false, advice);
    throw StorageError("cannot save to " + path.string() + ": " + (why.empty() ? std::string(e.what()) : why) +
                       ". Nothing was changed.");
}

void throw_open_error(const SQLite::Exception& e, const std::filesystem::path& path, const Advice& advice) {
    const auto why = reason(e, path, true, advice);
    throw StorageError("cannot open " + path.string() + ": " + (why.empty() ? std::string(e.what()) : why) + ".");
}

}  // namespace relief::storage
