#include "private_file.h"

#include "errors.h"
#include "core/translate.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>
#include <string_view>

namespace relief::storage {

namespace {

// `pattern`: "cannot create %1: %2", %1 the file and %2 the system's reason (in English).
std::string why(const std::filesystem::path& path, const std::string& pattern) {
    return fill(pattern, {path.string(), std::strerror(errno)});
}

void sync_folder(const std::filesystem::path& file) {
    auto folder = file.parent_path();
    if (folder.empty()) folder = ".";
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

}  // namespace

void remove_database_files(const std::filesystem::path& database) {
    std::error_code ec;
    std::filesystem::remove(database, ec);
    for (const auto suffix : database_working_suffixes)
        std::filesystem::remove(database.string() + std::string(suffix), ec);
}

void create_private_folders(const std::filesystem::path& folder) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (folder.empty() || fs::is_directory(folder, ec)) return;
    create_private_folders(folder.parent_path() == folder ? fs::path() : folder.parent_path());
    if (::mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST) throw StorageError(why(folder, translate("relief::storage::private_file", "cannot create the folder %1: %2")));
    ::chmod(folder.c_str(), 0700);  // the umask may have narrowed it, never widened: make it exact
}

void create_private_file(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) throw StorageError(why(path, translate("relief::storage::private_file", "cannot create %1: %2")));
    ::fchmod(fd, 0600);  // the umask cannot widen 0600, but an inherited ACL default could
    ::close(fd);
}

int remove_stale_temps_beside(const std::filesystem::path& path, std::chrono::minutes older_than) {
    namespace fs = std::filesystem;
    auto folder = path.parent_path();
    if (folder.empty()) folder = ".";
    const std::string prefix = "." + path.filename().string() + ".";
    const auto cutoff = std::chrono::system_clock::now() - older_than;
    int removed = 0;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() < prefix.size() + 6 || name.compare(0, prefix.size(), prefix) != 0) continue;
        const std::string rest = name.substr(prefix.size() + 6);
        if (!rest.empty() && std::find(database_working_suffixes.begin(), database_working_suffixes.end(), rest) ==
                                 database_working_suffixes.end())
            continue;
        struct stat st {};
        if (::lstat(it->path().c_str(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::geteuid()) continue;
        if (std::chrono::system_clock::from_time_t(st.st_mtime) > cutoff) continue;
        if (::unlink(it->path().c_str()) == 0) ++removed;
    }
    return removed;
}

void move_into_place_new(const std::filesystem::path& from, const std::filesystem::path& to) {
    // link() fails if `to` exists, which rename() would silently replace.
    if (::link(from.c_str(), to.c_str()) != 0) throw StorageError(why(to, translate("relief::storage::private_file", "cannot create %1: %2")));
    ::unlink(from.c_str());
    sync_folder(to);
}

std::filesystem::path create_private_temp_beside(const std::filesystem::path& path) {
    remove_stale_temps_beside(path);
    auto folder = path.parent_path();
    if (folder.empty()) folder = ".";
    std::string pattern = (folder / ("." + path.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(pattern.data());  // mkstemp creates with mode 0600
    if (fd < 0) throw StorageError(why(path, translate("relief::storage::private_file", "cannot write a temporary file beside %1: %2")));
    ::close(fd);
    return pattern;
}

void replace_file(const std::filesystem::path& from, const std::filesystem::path& to) {
    if (::rename(from.c_str(), to.c_str()) != 0) {
        const std::string message = why(to, translate("relief::storage::private_file", "cannot replace %1: %2"));
        ::unlink(from.c_str());
        throw StorageError(message);
    }
    sync_folder(to);
}

std::filesystem::path checked_output_path(const std::filesystem::path& target, const std::filesystem::path& journal,
                                          bool may_replace_journal) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (target.empty()) throw StorageError(translate("relief::storage::private_file", "no output file given"));
    const fs::path path = target;
    // Never through a link: in a shared folder anyone can plant one, and a report written
    // through it would overwrite a file of theirs choosing.
    if (fs::is_symlink(fs::symlink_status(path, ec)))
        throw StorageError(fill(translate("relief::storage::private_file", "cannot write %1: it is a symbolic link; give the name of the file "
                                               "itself (a planted link could make Relief Journal overwrite another file)"),
                                {target.string()}));
    // SQLite's own files beside a database: writing one corrupts or loses that database's
    // latest changes (SQLite deletes a -wal it did not write).
    const std::string name = path.filename().string();
    for (const auto suffix : database_working_suffixes) {
        if (name.size() <= suffix.size() || !std::string_view(name).ends_with(suffix)) continue;
        const fs::path database = path.parent_path() / name.substr(0, name.size() - suffix.size());
        if (fs::exists(database, ec) || (!journal.empty() && fs::equivalent(database, journal, ec)))
            //: %1: the file, %2: the database whose working file it is.
            throw StorageError(fill(translate("relief::storage::private_file", "cannot write %1: it is a working file of the database %2; choose "
                                                   "another file name"),
                                    {target.string(), database.string()}));
    }
    if (!fs::exists(path, ec)) return path;
    if (fs::is_directory(path, ec))
        throw StorageError(fill(translate("relief::storage::private_file", "cannot write %1: it is a folder; give a file name"), {target.string()}));
    if (!fs::is_regular_file(path, ec))
        throw StorageError(fill(translate("relief::storage::private_file", "cannot write %1: it is not a regular file; give a file name"), {target.string()}));
    if (!journal.empty() && fs::equivalent(path, journal, ec))
        throw StorageError(fill(translate("relief::storage::private_file", "cannot write %1: it is the journal itself; choose another file"), {target.string()}));
    if (!may_replace_journal) {
        char header[16] = {};
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            const auto n = ::read(fd, header, sizeof header);
            ::close(fd);
            if (n == 16 && std::string_view(header, 15) == "SQLite format 3")
                throw StorageError(fill(translate("relief::storage::private_file", "cannot write %1: it is a database (perhaps a journal); choose "
                                                       "another file"),
                                        {target.string()}));
        }
    }
    return path;
}

void write_file_atomically(const std::filesystem::path& path, std::string_view content, bool may_replace) {
    if (std::filesystem::is_directory(path))
        throw StorageError(fill(translate("relief::storage::private_file", "cannot write %1: it is a folder, not a file"), {path.string()}));
    const auto temp = create_private_temp_beside(path);
    const int fd = ::open(temp.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0) throw StorageError(why(temp, translate("relief::storage::private_file", "cannot open %1: %2")));
    std::size_t written = 0;
    while (written < content.size()) {
        const auto n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            const std::string message = why(path, translate("relief::storage::private_file", "cannot write %1: %2"));
            ::close(fd);
            ::unlink(temp.c_str());
            throw StorageError(message);
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const std::string message = why(path, translate("relief::storage::private_file", "cannot write %1: %2"));
        ::unlink(temp.c_str());
        throw StorageError(message);
    }
    if (may_replace) {
        replace_file(temp, path);
        return;
    }
    try {
        move_into_place_new(temp, path);
    } catch (...) {
        ::unlink(temp.c_str());
        throw;
    }
}

}  // namespace relief::storage
