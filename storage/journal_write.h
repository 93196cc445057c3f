#pragma once

#include "journal.h"
#include "raw_statement.h"
#include "savepoint.h"
#include "write_error.h"

#include <type_traits>
#include <utility>

namespace relief::storage {

// Every change to the journal goes through here: it is refused on a read-only journal,
// runs in one transaction (nested inside a caller's, as in an import), and a failure of
// the file (disk full, locked, read-only folder) becomes a message naming the file and
// saying that nothing was changed.
template <class Work>
auto Journal::write(const char* action, Work&& work) {
    require_writable(action);
    return write_file(action, std::forward<Work>(work));
}

template <class Work>
auto Journal::write_file(const char*, Work&& work) {
    const TransactionEnd end(*this);
    try {
        // In a bulk write, whose failure undoes it all, a nested write needs no savepoint:
        // each one made SQLite keep a copy of every page the row touched.
        if (bulk_ && sqlite3_get_autocommit(db_->getHandle()) == 0) return work();
        Savepoint savepoint(*db_, raw_statement("SAVEPOINT relief"), raw_statement("RELEASE relief"));
        if constexpr (std::is_void_v<std::invoke_result_t<Work>>) {
            work();
            savepoint.commit();
        } else {
            auto result = work();
            savepoint.commit();
            return result;
        }
    } catch (const SQLite::Exception& e) {
        throw_write_error(e, path_, advice_);
    }
}

}  // namespace relief::storage
