#pragma once

#include "storage/errors.h"

#include <string>

namespace relief::sharing {

// Sharing could not do what was asked; the message says why and what to do. Nothing in
// the journal changed because of it.
class ShareError : public storage::StorageError {
public:
    using storage::StorageError::StorageError;
};

// The words or passphrase typed do not open the share.
class WrongKey : public ShareError {
public:
    using ShareError::ShareError;
};

}  // namespace relief::sharing
