#include "private_file.h"

#include "errors.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace relief::storage {

namespace {

std::string why(const std::filesystem::path& path, const std::string& action) {
    return "cannot " + action + " " + path.string() + ": " + std::strerror(errno);
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

void create_private_file(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) throw StorageError(why(path, "create"));
    ::fchmod(fd, 0600);  // the umask cannot widen 0600, but an inherited ACL default could
    ::close(fd);
}

std::filesystem::path create_private_temp_beside(const std::filesystem::path& path) {
    auto folder = path.parent_path();
    if (folder.empty()) folder = ".";
    std::string pattern = (folder / ("." + path.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(pattern.data());  // mkstemp creates with mode 0600
    if (fd < 0) throw StorageError(why(path, "write a temporary file beside"));
    ::close(fd);
    return pattern;
}

void replace_file(const std::filesystem::path& from, const std::filesystem::path& to) {
    if (::rename(from.c_str(), to.c_str()) != 0) {
        const std::string message = why(to, "replace");
        ::unlink(from.c_str());
        throw StorageError(message);
    }
    sync_folder(to);
}

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
    if (std::filesystem::is_directory(path))
        throw StorageError("cannot write " + path.string() + ": it is a folder, not a file");
    const auto temp = create_private_temp_beside(path);
    const int fd = ::open(temp.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0) throw StorageError(why(temp, "open"));
    std::size_t written = 0;
    while (written < content.size()) {
        const auto n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            const std::string message = why(path, "write");
            ::close(fd);
            ::unlink(temp.c_str());
            throw StorageError(message);
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const std::string message = why(path, "write");
        ::unlink(temp.c_str());
        throw StorageError(message);
    }
    replace_file(temp, path);
}

}  // namespace relief::storage
