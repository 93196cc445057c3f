#include "share_words.h"

#include <sodium.h>

#include <cctype>

namespace relief::sharing {

const std::array<std::string_view, 256>& word_list() {
    // Short, common, concrete words, each unlike the others in spelling.
    static const std::array<std::string_view, 256> words = {
    "acorn", "actor", "adobe", "agent", "alarm", "album", "alley", "amber",
    "anchor", "angle", "ankle", "apple", "apron", "arbor", "arena", "armor",
    "arrow", "artist", "aspen", "atlas", "attic", "autumn", "avenue", "bacon",
    "badge", "bagel", "baker", "bamboo", "banjo", "barley", "barrel", "basket",
    "beacon", "beaver", "berry", "bison", "blanket", "blossom", "bonnet", "border",
    "bottle", "bracket", "branch", "breeze", "brick", "bridge", "bronze", "brook",
    "bubble", "bucket", "bugle", "butter", "button", "cabin", "cactus", "camel",
    "candle", "canoe", "canvas", "canyon", "carpet", "carrot", "castle", "cedar",
    "cellar", "cereal", "chalk", "cherry", "chess", "circus", "citrus", "clover",
    "cobalt", "cocoa", "coffee", "comet", "copper", "coral", "cotton", "cradle",
    "crayon", "cricket", "curtain", "cushion", "daisy", "dancer", "denim", "desert",
    "dinner", "doctor", "dolphin", "donkey", "dragon", "drum", "eagle", "easel",
    "echo", "elbow", "elm", "ember", "engine", "falcon", "feather", "fern",
    "finch", "flannel", "flute", "forest", "fossil", "fox", "frost", "galaxy",
    "garden", "garlic", "gecko", "ginger", "glacier", "globe", "goblet", "granite",
    "grape", "gravel", "guitar", "hammer", "harbor", "harvest", "hazel", "helmet",
    "hermit", "honey", "horizon", "husky", "igloo", "indigo", "iris", "island",
    "ivory", "jacket", "jaguar", "jelly", "jigsaw", "juniper", "kettle", "kitten",
    "koala", "ladder", "lagoon", "lantern", "laurel", "lemon", "lentil", "lilac",
    "linen", "lizard", "locket", "magnet", "mango", "maple", "marble", "meadow",
    "melon", "meteor", "mitten", "molten", "mosaic", "muffin", "napkin", "nectar",
    "needle", "nickel", "noodle", "nutmeg", "oasis", "ocean", "olive", "onion",
    "orbit", "orchard", "otter", "oyster", "paddle", "panda", "paper", "parade",
    "parrot", "peanut", "pebble", "pepper", "pillow", "pilot", "pine", "planet",
    "plaza", "pocket", "pony", "poppy", "potato", "pretzel", "pumpkin", "puzzle",
    "quartz", "quill", "rabbit", "radish", "raven", "ribbon", "river", "robin",
    "rocket", "saddle", "salmon", "sandal", "satin", "scarf", "shovel", "silver",
    "sketch", "sleigh", "spider", "spruce", "summit", "sunset", "swan", "tablet",
    "tango", "teapot", "thistle", "thunder", "tiger", "timber", "toast", "tomato",
    "topaz", "tulip", "tunnel", "turtle", "velvet", "violin", "walnut", "walrus",
    "willow", "window", "winter", "wizard", "yogurt", "zebra", "zipper", "ferry",
    "glider", "harp", "icicle", "jungle", "kayak", "lotus", "nest", "orchid",
    };
    return words;
}

std::string new_phrase() {
    std::string out;
    for (std::size_t i = 0; i < phrase_words; ++i) {
        if (!out.empty()) out += ' ';
        out += word_list()[randombytes_uniform(256)];
    }
    return out;
}

std::string normalise_phrase(std::string_view typed) {
    std::string out;
    bool gap = false;
    for (const char c : typed) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isspace(u) || c == '-' || c == ',') {
            gap = !out.empty();
            continue;
        }
        if (gap) out += ' ';
        gap = false;
        out += static_cast<char>(std::tolower(u));
    }
    return out;
}

}  // namespace relief::sharing
