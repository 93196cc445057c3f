#pragma once

#include "run_relief.h"

#include <gtest/gtest.h>

namespace relief::testing {

// A temporary home with a journal that already has a profile zone and one medication.
class CliTest : public ::testing::Test {
protected:
    TempDir home;
    std::string journal = (home / "journal.db").string();

    CliRun relief(std::vector<std::string> args) {
        args.insert(args.begin(), {"--journal", journal, "--today", "2026-03-10T12:00"});
        return run_relief(home, args);
    }
    void SetUp() override {
        ASSERT_EQ(relief({"init", "--zone", "Europe/Berlin"}).code, 0);
        ASSERT_EQ(relief({"med", "add", "Flexeril", "--dose", "5mg", "--times", "08:00,14:00,20:00",
                          "--start", "2026-03-01"})
                      .code,
                  0);
    }
    // The journal's whole content, to check that a refused command changed nothing.
    std::string content() {
        const auto path = (home / "content.csv").string();
        const auto r = relief({"export", "-o", path});
        EXPECT_EQ(r.code, 0) << r.err;
        return read_file(path);
    }
};

}  // namespace relief::testing
