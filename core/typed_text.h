#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace relief {

// The rules for text a person types into a name or a note, applied wherever such text
// enters the journal (command line, app, CSV import). Lengths are in characters as a
// person counts them (character_count in unicode_text.h), never in bytes.

// A name (medication, side effect, symptom, profile name, identifier, ...), in NFC:
// refuses invalid UTF-8, control characters, invisible characters (zero-width space,
// soft hyphen, ...) and bidirectional controls, each named with its code point, because a
// name is matched and shown, and "Advil" with a hidden character would be a second Advil.
// Empty text or more than `max_characters` is refused too. Throws InputError (`field`).
std::string checked_name(std::string_view text, const std::string& field,
                         std::size_t max_characters);
// The character checks of checked_name alone, for text already in NFC (a stored name's
// word, a canonical key); throws InputError (`field`).
void check_name_characters(std::string_view text, const std::string& field);
// Only the invisible characters and direction controls of check_name_characters, for text
// whose other faults its caller reports in its own words.
void check_visible(std::string_view text, const std::string& field);

// A note: plain text with line breaks, 1 to `max_characters` characters, and direction
// controls only in balanced pairs on one line (an embedding, override or isolate opened on
// a line is closed on it), so a note can never reorder the text shown after it. The marks
// U+200E, U+200F and U+061C are allowed: right-to-left writing needs them and they reorder
// nothing around them. Expects NFC text; throws InputError (`field`).
void check_note_text(std::string_view text, const std::string& field, std::size_t max_characters);

// A value as a message may quote it: at most `limit` characters, valid UTF-8, and every
// invisible or direction control written as <U+XXXX> so it can be seen and cannot
// reorder the message around it.
std::string quoted_value(std::string_view text, std::size_t limit = 40);

}  // namespace relief
