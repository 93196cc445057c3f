#pragma once

#include <stdexcept>
#include <string>

namespace relief::storage {

// A journal or file could not be used as asked. The message names the file and says
// what to do; the file is left as it was.
class StorageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// There is no journal at the path yet.
class JournalMissing : public StorageError {
public:
    using StorageError::StorageError;
};

// A write was attempted on a journal opened read-only (the caregiver's view).
class ReadOnlyError : public StorageError {
public:
    using StorageError::StorageError;
};

// A file's content is not what it claims; `line` is 1-based, 0 when not tied to a line.
class FileFormatError : public StorageError {
public:
    FileFormatError(std::string file, std::size_t line, const std::string& message)
        : StorageError(file + (line ? ":" + std::to_string(line) : std::string()) + ": " + message),
          line_(line) {}
    std::size_t line() const { return line_; }

private:
    std::size_t line_;
};

}  // namespace relief::storage
