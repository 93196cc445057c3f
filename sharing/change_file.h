#pragma once

#include "share_errors.h"
#include "share_key.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace relief::sharing {

// Who wrote a change file and which of its files it is; sealed inside the file, so a file
// copied under another name or another device's folder is refused.
struct ChangeFileHeader {
    std::string share;
    std::string device;
    std::string name;  // the device's name, as its person calls it
    std::string mode;  // "full" (read-only devices write no change files)
    std::int64_t file = 0;
    std::int64_t written_utc = 0;
    std::size_t records = 0;
};

struct ChangeFile {
    ChangeFileHeader header;
    std::vector<std::string> records;  // storage's JSON records (storage/share_records.h)
};

// A file that is incomplete (still being copied, or cut off), changed or damaged, or not
// sealed with this share's key. Nothing of it is applied.
class DamagedFile : public ShareError {
public:
    enum class Why { incomplete, damaged };
    DamagedFile(Why why, const std::string& message) : ShareError(message), why_(why) {}
    Why why() const { return why_; }

private:
    Why why_;
};

// The file's bytes: a magic line, then libsodium's secretstream (XChaCha20-Poly1305): the
// header first, the records after in parts, the last part tagged final. Every part is
// authenticated and bound to the ones before it, so a part dropped, moved, changed or cut
// off fails to open.
std::string seal_change_file(const ChangeFile& file, const Key& key);
ChangeFile open_change_file(std::string_view bytes, const Key& key);

}  // namespace relief::sharing
