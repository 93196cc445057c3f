#include "run_relief.h"

#include <gtest/gtest.h>

using relief::testing::run_relief;
using relief::testing::TempDir;

namespace {
const std::vector<std::vector<std::string>> every_command{
    {"init"},        {"profile", "set"}, {"profile", "show"}, {"med", "add"},      {"med", "stop"},
    {"med", "list"}, {"log", "pain"},    {"log", "dose"},     {"log", "side-effect"}, {"log", "cramp"},
    {"log", "measure"}, {"log", "fluids"}, {"log", "alcohol"}, {"log", "symptom"},  {"log", "note"},
    {"day"},         {"delete"},         {"restore"},         {"history"},         {"export"},
    {"import"},      {"backup"},         {"demo"}};
}

TEST(CliHelp, MainHelpListsEveryCommand) {
    TempDir home;
    const auto r = run_relief(home, {"--help"});
    EXPECT_EQ(r.code, 0);
    for (const auto& words : every_command) {
        std::string name = words[0] + (words.size() > 1 ? " " + words[1] : "");
        EXPECT_NE(r.out.find("  " + name), std::string::npos) << name;
    }
}

TEST(CliHelp, EveryCommandHasHelp) {
    TempDir home;
    for (auto words : every_command) {
        std::string name = words[0] + (words.size() > 1 ? " " + words[1] : "");
        words.push_back("--help");
        const auto r = run_relief(home, words);
        EXPECT_EQ(r.code, 0) << name;
        EXPECT_EQ(r.out.rfind("Usage: relief " + name, 0), 0u) << r.out;
    }
    EXPECT_FALSE(std::filesystem::exists(home / ".local")) << "help never creates a journal";
}

TEST(CliHelp, NoCommandIsAUsageError) {
    TempDir home;
    const auto r = run_relief(home, {});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("Usage: relief"), std::string::npos);
}

TEST(CliHelp, TyposGetSuggestions) {
    TempDir home;
    auto r = run_relief(home, {"lgo", "pain", "4"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("did you mean 'log'?"), std::string::npos) << r.err;
    r = run_relief(home, {"log", "pian", "4"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("did you mean 'log pain'?"), std::string::npos) << r.err;
    r = run_relief(home, {"log", "pain", "4", "--locaton", "neck"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("did you mean '--location'?"), std::string::npos) << r.err;
    r = run_relief(home, {"--jornal", "x.db", "day"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("did you mean '--journal'?"), std::string::npos) << r.err;
    r = run_relief(home, {"log"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("pain"), std::string::npos) << r.err;
}

TEST(CliHelp, Version) {
    TempDir home;
    const auto r = run_relief(home, {"--version"});
    EXPECT_EQ(r.code, 0);
    EXPECT_EQ(r.out.rfind("relief ", 0), 0u);
}
