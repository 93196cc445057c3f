#pragma once

#include "advice.h"

#include <SQLiteCpp/Exception.h>

#include <filesystem>

namespace relief::storage {

// Says, for a person, why SQLite could not save a change to `path` (disk full, another
// program writing, a read-only file or folder, a failing disk) and that the journal was
// left as it was: the write ran in a transaction that has been rolled back.
[[noreturn]] void throw_write_error(const SQLite::Exception& e, const std::filesystem::path& path,
                                   const Advice& advice);

// The same for a journal that could not be opened or read.
[[noreturn]] void throw_open_error(const SQLite::Exception& e, const std::filesystem::path& path,
                                  const Advice& advice);

}  // namespace relief::storage
