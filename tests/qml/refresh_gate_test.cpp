// A hidden page's view model refreshes once when shown, not after every change.
#include "qml/refresh_gate.h"

#include <gtest/gtest.h>

namespace relief::app {
namespace {

TEST(RefreshGate, RefreshesAtOnceWhileLive) {
    int refreshed = 0;
    RefreshGate gate([&] { ++refreshed; });
    gate.changed();
    gate.changed();
    EXPECT_EQ(refreshed, 2);
}

TEST(RefreshGate, RefreshesOnceWhenShownAfterChangesWhileHidden) {
    int refreshed = 0;
    RefreshGate gate([&] { ++refreshed; });
    EXPECT_TRUE(gate.set_live(false));
    gate.changed();
    gate.changed();
    gate.changed();
    EXPECT_EQ(refreshed, 0) << "nothing is read while the page is hidden";
    EXPECT_TRUE(gate.set_live(true));
    EXPECT_EQ(refreshed, 1) << "one refresh for every change made meanwhile";
    EXPECT_FALSE(gate.set_live(true)) << "already live";
    EXPECT_EQ(refreshed, 1);
}

TEST(RefreshGate, ShownWithoutChangesDoesNotRefresh) {
    int refreshed = 0;
    RefreshGate gate([&] { ++refreshed; });
    gate.set_live(false);
    gate.set_live(true);
    EXPECT_EQ(refreshed, 0);
    gate.set_live(false);
    gate.changed();
    gate.set_live(true);
    gate.set_live(false);
    gate.set_live(true);
    EXPECT_EQ(refreshed, 1) << "a change is read once, however often the page is shown";
}

}  // namespace
}  // namespace relief::app
