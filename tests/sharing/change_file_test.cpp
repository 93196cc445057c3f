#include "sharing/change_file.h"
#include "sharing/share_words.h"

#include <gtest/gtest.h>

#include <set>

namespace relief::sharing {
namespace {

Key key_of(unsigned char fill) {
    Key k{};
    k.fill(fill);
    return k;
}

ChangeFile sample(std::size_t records) {
    ChangeFile f{{"share", "device", "laptop", "full", 3, 1780000000, records}, {}};
    for (std::size_t i = 0; i < records; ++i) f.records.push_back(R"({"t":"entry","n":)" + std::to_string(i) + "}");
    return f;
}

TEST(ChangeFile, OpensWhatWasSealedWithTheSameKey) {
    for (const std::size_t n : {0u, 1u, 5000u}) {  // 5000 records span several parts
        const auto f = sample(n);
        const auto opened = open_change_file(seal_change_file(f, key_of(7)), key_of(7));
        EXPECT_EQ(opened.records, f.records);
        EXPECT_EQ(opened.header.device, "device");
        EXPECT_EQ(opened.header.name, "laptop");
        EXPECT_EQ(opened.header.file, 3);
    }
}

TEST(ChangeFile, EveryCutOffIsRefusedAsIncomplete) {
    const std::string whole = seal_change_file(sample(3), key_of(7));
    for (std::size_t size = 0; size < whole.size(); ++size) {
        try {
            open_change_file(std::string_view(whole).substr(0, size), key_of(7));
            FAIL() << "opened a file cut at " << size << " of " << whole.size();
        } catch (const DamagedFile& e) {
            EXPECT_EQ(e.why(), DamagedFile::Why::incomplete) << "cut at " << size << ": " << e.what();
        }
    }
    EXPECT_NO_THROW(open_change_file(whole, key_of(7)));
}

TEST(ChangeFile, EveryChangedByteIsRefused) {
    const std::string whole = seal_change_file(sample(2), key_of(7));
    for (std::size_t at = 0; at < whole.size(); ++at) {
        std::string changed = whole;
        changed[at] = static_cast<char>(changed[at] ^ 0x20);
        EXPECT_THROW(open_change_file(changed, key_of(7)), DamagedFile) << "byte " << at;
    }
    EXPECT_THROW(open_change_file(whole + "x", key_of(7)), DamagedFile);  // something added
}

TEST(ChangeFile, AnotherKeyOpensNothing) {
    const std::string whole = seal_change_file(sample(2), key_of(7));
    try {
        open_change_file(whole, key_of(8));
        FAIL();
    } catch (const DamagedFile& e) {
        EXPECT_EQ(e.why(), DamagedFile::Why::damaged);
        EXPECT_NE(std::string(e.what()).find("not written with this share's key"), std::string::npos);
    }
}

TEST(ShareWords, SixteenWordsFromTheListAndTypedTextNormalised) {
    const auto phrase = new_phrase();
    std::set<std::string_view> list(word_list().begin(), word_list().end());
    EXPECT_EQ(list.size(), 256u);
    std::size_t words = 0;
    for (std::size_t start = 0; start <= phrase.size();) {
        const auto end = std::min(phrase.find(' ', start), phrase.size());
        EXPECT_TRUE(list.count(phrase.substr(start, end - start))) << phrase;
        ++words;
        start = end + 1;
    }
    EXPECT_EQ(words, phrase_words);
    EXPECT_NE(new_phrase(), phrase);
    EXPECT_EQ(normalise_phrase("  Acorn-ACTOR,\n adobe\tagent  "), "acorn actor adobe agent");
}

}  // namespace
}  // namespace relief::sharing
