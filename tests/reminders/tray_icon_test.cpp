// The tray's icon: installed, the app's own icon by its name (so a panel draws it at its
// size) and, while a dose is due, that icon with an orange dot; in the build tree, where no
// icon is installed, the drawn capsule. The icon theme is a private folder holding the
// PNG the build makes (data/), never the machine's.
#include "reminders/desktop.h"
#include "reminders/tray.h"

#include "tests/support/temp_dir.h"

#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

#include <filesystem>

using namespace relief::reminders;
using relief::testing::TempDir;
namespace fs = std::filesystem;

namespace {

// The icon as a panel shows it at 64 px.
QColor colour_at(const QIcon& icon, int x, int y) {
    QImage image(64, 64, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.drawPixmap(image.rect(), icon.pixmap(64, 64));
    p.end();
    return image.pixelColor(x, y);
}

bool orange(const QColor& c) { return c.red() > 200 && c.green() > 90 && c.green() < 130 && c.blue() < 30; }

class TrayIcon : public ::testing::Test {
protected:
    void SetUp() override { QIcon::setThemeSearchPaths({QString::fromStdString(dir.path().string())}); }
    void TearDown() override { QIcon::setThemeSearchPaths({}); }

    // A hicolor theme with the app icon at 48 px, as `cmake --install` leaves it.
    void install_icon() {
        const fs::path theme = dir / "hicolor";
        fs::create_directories(theme / "48x48" / "apps");
        relief::testing::write_file(theme / "index.theme",
                                    "[Icon Theme]\nName=hicolor\nDirectories=48x48/apps\n\n"
                                    "[48x48/apps]\nSize=48\nType=Fixed\n");
        fs::copy_file(RELIEF_ICON_48, theme / "48x48" / "apps" / (std::string(app_id) + ".png"));
        QIcon::setThemeName("hicolor");
    }

    TempDir dir;
};

}  // namespace

TEST_F(TrayIcon, InstalledNothingIsDueTheAppIconByName) {
    install_icon();
    const QIcon icon = tray_icon(false);
    EXPECT_EQ(icon.name(), app_id) << "a panel asks the theme for the icon by this name";
    EXPECT_FALSE(orange(colour_at(icon, 48, 48)));
}

TEST_F(TrayIcon, InstalledADoseIsDueTheAppIconWithAnOrangeDot) {
    install_icon();
    const QIcon icon = tray_icon(true);
    EXPECT_TRUE(orange(colour_at(icon, 48, 48))) << "the dot, bottom right";
    const QColor cover = colour_at(icon, 10, 32);
    EXPECT_GT(cover.blue(), 100) << "the rest is the app's icon: its blue cover";
    EXPECT_LT(cover.red(), 60);
}

TEST_F(TrayIcon, NotInstalledTheCapsuleOrangeWhenDue) {
    QIcon::setThemeName("hicolor");  // a theme without our icon
    const QIcon idle = tray_icon(false);
    const QIcon due = tray_icon(true);
    EXPECT_TRUE(idle.name().isEmpty());
    EXPECT_FALSE(idle.isNull());
    // The capsule's coloured half, down and to the left of the middle.
    EXPECT_TRUE(orange(colour_at(due, 22, 42)));
    EXPECT_FALSE(orange(colour_at(idle, 22, 42)));
}

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
