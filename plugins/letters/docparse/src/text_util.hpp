// Small UTF-8 and ASCII helpers shared by the scanners and the parser (internal).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace findings::docparse::detail {

inline bool isAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
inline bool isDigit(char c) { return c >= '0' && c <= '9'; }
inline bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool isLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool isAlpha(char c) { return isUpper(c) || isLower(c); }
inline char toLower(char c) { return isUpper(c) ? char(c - 'A' + 'a') : c; }

/// ASCII lower-case copy (UTF-8 multibyte sequences pass through unchanged).
std::string lowerAscii(std::string_view s);

/// `s` without leading and trailing ASCII white space.
std::string_view trim(std::string_view s);

/// Collapses runs of white space to one space and trims.
std::string collapseSpaces(std::string_view s);

/// True when `s` starts with `prefix`, ASCII case-insensitively; curly apostrophes in `s`
/// match "'" in `prefix`.
bool startsWithI(std::string_view s, std::string_view prefix);

/// Length in bytes of the match of lower-case `pattern` at `pos` of `s`, or npos. ASCII
/// letters compare case-insensitively, "'" matches ' ’ ‘ and a space matches any run of
/// white space.
std::size_t matchAt(std::string_view s, std::size_t pos, std::string_view pattern);

/// Position of the first match of `pattern` (see matchAt) at or after `from`, at a word
/// start, or npos; `length` receives the match length.
std::size_t findPhrase(std::string_view s, std::string_view pattern, std::size_t from = 0,
                       std::size_t* length = nullptr);

/// True when `s` contains `pattern` (see findPhrase).
inline bool containsPhrase(std::string_view s, std::string_view pattern) {
    return findPhrase(s, pattern) != std::string_view::npos;
}

/// Byte length of the UTF-8 sequence starting with `lead` (1 for invalid bytes).
std::size_t utf8Length(unsigned char lead);

/// True when the code point at `pos` is an opening or closing quotation mark
/// (" “ ” ‘ ’ ' „); `length` receives its byte length.
bool isQuoteAt(std::string_view s, std::size_t pos, std::size_t* length = nullptr);

/// True when the text at `pos` is a dash used between numbers or words: - – — (hyphen,
/// en dash, em dash, minus); `length` receives its byte length.
bool isDashAt(std::string_view s, std::size_t pos, std::size_t* length = nullptr);

/// True when `s` ends a sentence or clause: . ! ? : ; or a closing quote after one.
bool endsWithClosingPunctuation(std::string_view s);

/// First character of `s` is a lower-case letter (ASCII).
bool startsLower(std::string_view s);

/// First letter-or-digit of `s` is an upper-case letter (skipping quotes and brackets).
bool startsUpper(std::string_view s);

/// A word of text with its byte span.
struct Word {
    std::string_view text;
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// Splits `s` into words: runs of letters, digits, apostrophes (straight or curly) and
/// inner hyphens; everything else separates words.
std::vector<Word> splitWords(std::string_view s);

}  // namespace findings::docparse::detail
