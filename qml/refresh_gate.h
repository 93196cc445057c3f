#pragma once

#include <functional>
#include <utility>

namespace relief::app {

// Refreshes a view model after each change to the journal while its page is on screen, and
// once, when it is next shown, for changes made while it was hidden: a hidden page read
// ten years of entries again after every entry logged (docs/performance.md).
class RefreshGate final {
public:
    explicit RefreshGate(std::function<void()> refresh) : refresh_(std::move(refresh)) {}

    bool live() const { return live_; }
    // The journal changed.
    void changed() {
        if (live_) refresh_();
        else stale_ = true;
    }
    // Whether the page is on screen; false when `on` is what it was already.
    bool set_live(bool on) {
        if (on == live_) return false;
        live_ = on;
        if (live_ && stale_) {
            stale_ = false;
            refresh_();
        }
        return true;
    }

private:
    std::function<void()> refresh_;
    bool live_ = true;
    bool stale_ = false;
};

}  // namespace relief::app
