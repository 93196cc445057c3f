#include "core/translate.h"
#include "i18n/language.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdlib>

namespace relief::i18n {
namespace {

class LanguageTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(config_.isValid());
        setenv("XDG_CONFIG_HOME", config_.path().toLocal8Bit().constData(), 1);
    }
    void TearDown() override {
        use_language(QStringLiteral("en"));
    }
    QTemporaryDir config_;
};

TEST_F(LanguageTest, ShippedLanguagesAreFoundByTheWordsPeopleUse) {
    EXPECT_EQ(shipped_languages(), (QStringList{"en", "es", "de"}));
    EXPECT_EQ(shipped_code("es"), "es");
    EXPECT_EQ(shipped_code("es_MX.UTF-8"), "es");
    EXPECT_EQ(shipped_code("de-AT"), "de");
    EXPECT_EQ(shipped_code("Deutsch"), "de");
    EXPECT_EQ(shipped_code("spanish"), "es");
    EXPECT_EQ(shipped_code(" EN "), "en");
    EXPECT_EQ(shipped_code("fr"), "");
    EXPECT_EQ(shipped_code("esperanto"), "");
    EXPECT_EQ(shipped_code(""), "");
}

TEST_F(LanguageTest, TheSystemsFirstShippedLanguageIsFollowed) {
    EXPECT_EQ(first_shipped({"de-DE", "en-US"}), "de");
    EXPECT_EQ(first_shipped({"fr-FR", "es-ES", "de"}), "es");
    EXPECT_EQ(first_shipped({"fr-FR", "it"}), "en");
    EXPECT_EQ(first_shipped({"C"}), "en");
    EXPECT_EQ(first_shipped({}), "en");
}

TEST_F(LanguageTest, TheSavedChoiceOverridesTheSystem) {
    EXPECT_EQ(saved_language(), "");
    EXPECT_EQ(use_language(QString()), system_language());
    save_language("es");
    EXPECT_EQ(saved_language(), "es");
    EXPECT_EQ(use_language(QString()), "es");
    EXPECT_EQ(use_language("de"), "de");  // --lang wins over both
    save_language("");
    EXPECT_EQ(saved_language(), "");
}

TEST_F(LanguageTest, ALoadedLanguageTranslatesCoreWordsDaysAndNumbers) {
    EXPECT_EQ(use_language("es"), "es");
    EXPECT_EQ(current_language(), "es");
    EXPECT_EQ(display_day(2026, 3, 7), "7 mar 2026");
    EXPECT_EQ(display_decimal(4.5, 1), "4,5");
    use_language("de");
    EXPECT_EQ(display_day(2026, 3, 7), "07.03.2026");
    EXPECT_EQ(display_decimal(4.5, 1), "4,5");
    use_language("en");
    EXPECT_EQ(display_day(2026, 3, 7), "2026-03-07");
    EXPECT_EQ(display_decimal(4.5, 1), "4.5");
}

TEST_F(LanguageTest, AReportLanguageLastsForItsScopeOnly) {
    use_language("es");
    const auto german = load_translations("de");
    ASSERT_TRUE(german);
    {
        TranslationsScope clinician(german.get());
        EXPECT_EQ(display_day(2026, 3, 7), "07.03.2026");
    }
    EXPECT_EQ(display_day(2026, 3, 7), "7 mar 2026");
    EXPECT_EQ(load_translations("en"), nullptr);
}

}  // namespace
}  // namespace relief::i18n

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
