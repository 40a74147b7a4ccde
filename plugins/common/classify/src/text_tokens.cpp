// Folding and word tokenisation of UTF-8 text (see text_tokens.hpp).
#include "text_tokens.hpp"

namespace findings::classify::detail {
namespace {

/// What a character does to word splitting.
enum class CharClass {
    Word,         ///< part of a word
    Space,        ///< separates words
    Newline,      ///< separates words; two in a row end a sentence (a blank line)
    Apostrophe,   ///< straight or curly: possessive, contraction or separator
    Dash,         ///< hyphen or dash: joins nothing, and breaks a clause when spaced
    Terminal,     ///< . ! ?
    ClausePunct,  ///< , ; : brackets, double quotes
    Bullet,       ///< a list bullet starts a new sentence
    Ignored,      ///< soft hyphen: invisible, does not split a word
    Other,        ///< any other symbol: separates words, no break
};

constexpr bool isAsciiAlnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// Decodes one UTF-8 code point at `i`; invalid bytes decode as themselves, length 1.
char32_t decode(std::string_view s, std::size_t i, std::size_t& length) {
    const auto c = static_cast<unsigned char>(s[i]);
    length = 1;
    if (c < 0x80) return c;
    int extra = 0;
    char32_t cp = 0;
    if (c >= 0xC0 && c < 0xE0) { extra = 1; cp = c & 0x1F; }
    else if (c >= 0xE0 && c < 0xF0) { extra = 2; cp = c & 0x0F; }
    else if (c >= 0xF0 && c < 0xF8) { extra = 3; cp = c & 0x07; }
    if (extra == 0 || i + extra >= s.size()) return c;  // stray or truncated byte
    for (int k = 1; k <= extra; ++k) {
        const auto cc = static_cast<unsigned char>(s[i + k]);
        if ((cc & 0xC0) != 0x80) { length = 1; return c; }
        cp = (cp << 6) | (cc & 0x3F);
    }
    length = 1 + extra;
    return cp;
}

constexpr CharClass classOf(char32_t cp) {
    if (cp < 0x80) {
        const auto c = static_cast<unsigned char>(cp);
        if (isAsciiAlnum(c)) return CharClass::Word;
        switch (c) {
            case ' ': case '\t': case '\r': case '\f': case '\v': return CharClass::Space;
            case '\n': return CharClass::Newline;
            case '\'': case '`': return CharClass::Apostrophe;
            case '-': return CharClass::Dash;
            case '.': case '!': case '?': return CharClass::Terminal;
            case ',': case ';': case ':': case '(': case ')': case '[': case ']':
            case '{': case '}': case '"': return CharClass::ClausePunct;
            default: return CharClass::Other;
        }
    }
    switch (cp) {
        case 0x00A0: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF: return CharClass::Space;
        case 0x2028: case 0x2029: return CharClass::Newline;
        case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x2032: case 0x00B4:
            return CharClass::Apostrophe;
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
        case 0x2212: return CharClass::Dash;
        case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB: case 0x2026:
            return CharClass::ClausePunct;
        case 0x2022: case 0x2023: case 0x2043: case 0x2219: case 0x00B7: case 0x25A0:
        case 0x25AA: case 0x25AB: case 0x25CF: case 0x25E6: case 0x25FC: case 0x25FE:
            return CharClass::Bullet;
        case 0x00AD: return CharClass::Ignored;
        default: break;
    }
    if (cp >= 0x2000 && cp <= 0x200B) return CharClass::Space;
    // Latin-1 symbols (£, ©, °, ×, ÷) and the punctuation and symbol blocks split words;
    // other letters (é, ß, Cyrillic...) are word characters.
    if ((cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7) return CharClass::Other;
    if (cp >= 0x2000 && cp <= 0x2BFF) return CharClass::Other;
    return CharClass::Word;
}

/// The class of every ASCII character, looked up rather than computed in the hot loop.
/// Built at compile time, so it is ready even for callers running during static
/// initialisation.
struct AsciiClasses {
    CharClass of[128] = {};
};
constexpr AsciiClasses makeAsciiClasses() {
    AsciiClasses table;
    for (int c = 0; c < 128; ++c) table.of[c] = classOf(static_cast<char32_t>(c));
    return table;
}
constexpr AsciiClasses kAscii = makeAsciiClasses();

/// Builds one token while its characters arrive.
class TokenBuilder {
public:
    explicit TokenBuilder(TokenizedText& out) : out_(out) {}

    bool inWord() const { return inWord_; }

    void start(std::size_t pos, unsigned char firstByte, Break pending, bool afterTerminal) {
        Break br = pending;
        const bool upperOrDigit = (firstByte >= 'A' && firstByte <= 'Z') ||
                                  (firstByte >= '0' && firstByte <= '9');
        if (afterTerminal && upperOrDigit) br = Break::Sentence;
        if (br == Break::Sentence && !out_.tokens.empty()) ++sentence_;
        token_ = Token{};
        token_.folded = static_cast<std::uint32_t>(out_.folded.size());
        token_.begin = static_cast<std::uint32_t>(pos);
        token_.sentence = sentence_;
        token_.breakBefore = out_.tokens.empty() ? Break::Sentence : br;
        token_.capitalised = firstByte >= 'A' && firstByte <= 'Z';
        upper_ = lower_ = 0;
        lastLower_ = 0;
        inWord_ = true;
    }

    /// Appends one ASCII letter or digit (the common case, kept cheap).
    void appendAscii(unsigned char c) {
        if (c >= 'A' && c <= 'Z') {
            ++upper_;
            out_.folded.push_back(static_cast<char>(c - 'A' + 'a'));
            lastWasLower_ = false;
            return;
        }
        if (c >= 'a' && c <= 'z') {
            ++lower_;
            lastLower_ = c;
            lastWasLower_ = true;
        } else {
            lastWasLower_ = false;
        }
        out_.folded.push_back(static_cast<char>(c));
    }

    void append(std::string_view bytes) {
        for (char ch : bytes) {
            const auto c = static_cast<unsigned char>(ch);
            if (c >= 'A' && c <= 'Z') {
                ++upper_;
                out_.folded.push_back(static_cast<char>(c - 'A' + 'a'));
                continue;
            }
            if (c >= 'a' && c <= 'z') { ++lower_; lastLower_ = c; }
            else if (c >= 0x80) ++lower_;  // a non-ASCII letter rules out an acronym
            out_.folded.push_back(ch);
        }
        lastWasLower_ = !bytes.empty() && static_cast<unsigned char>(bytes.back()) >= 'a' &&
                        static_cast<unsigned char>(bytes.back()) <= 'z';
    }

    /// The folded word so far ends with `c`.
    bool endsWith(char c) const {
        return inWord_ && out_.folded.size() > token_.folded && out_.folded.back() == c;
    }

    void finish(std::size_t endPos) {
        if (!inWord_) return;
        inWord_ = false;
        token_.end = static_cast<std::uint32_t>(endPos);
        token_.length = static_cast<std::uint32_t>(out_.folded.size() - token_.folded);
        // "MASH", "CAMHS", "S47" are acronyms; so is a plural "PAs" (one trailing lower "s").
        if (upper_ >= 2 && lower_ == 0) {
            token_.acronym = true;
            token_.acronymLength = static_cast<std::uint8_t>(token_.length < 255 ? token_.length : 255);
        } else if (upper_ >= 2 && lower_ == 1 && lastLower_ == 's' && lastWasLower_) {
            token_.acronym = true;
            token_.acronymLength = static_cast<std::uint8_t>(token_.length - 1 < 255 ? token_.length - 1 : 255);
        }
        out_.tokens.push_back(token_);
    }

    /// Adds the word "not" for a contraction ("don't"), at the apostrophe's position.
    void addNot(std::size_t begin, std::size_t end) {
        Token t;
        t.folded = static_cast<std::uint32_t>(out_.folded.size());
        out_.folded += "not";
        t.length = 3;
        t.begin = static_cast<std::uint32_t>(begin);
        t.end = static_cast<std::uint32_t>(end);
        t.sentence = sentence_;
        out_.tokens.push_back(t);
    }

private:
    TokenizedText& out_;
    Token token_;
    std::uint32_t sentence_ = 0;
    int upper_ = 0;
    int lower_ = 0;
    unsigned char lastLower_ = 0;
    bool lastWasLower_ = false;
    bool inWord_ = false;
};

bool isWordAt(std::string_view s, std::size_t i) {
    if (i >= s.size()) return false;
    std::size_t len = 0;
    return classOf(decode(s, i, len)) == CharClass::Word;
}

}  // namespace

void tokenize(std::string_view text, TokenizedText& out) {
    out.folded.clear();
    out.tokens.clear();
    out.folded.reserve(text.size() + 16);
    TokenBuilder word(out);
    Break pending = Break::Sentence;
    bool afterTerminal = false;
    int newlines = 0;
    bool spaceBefore = true;  // for telling a spaced dash (a clause break) from a hyphen

    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t len = 1;
        const auto byte = static_cast<unsigned char>(text[i]);
        const char32_t cp = byte < 0x80 ? byte : decode(text, i, len);
        const CharClass cls = byte < 0x80 ? kAscii.of[byte] : classOf(cp);

        if (cls == CharClass::Word) {
            if (!word.inWord()) {
                word.start(i, static_cast<unsigned char>(text[i]), pending, afterTerminal);
                pending = Break::None;
                afterTerminal = false;
                newlines = 0;
            }
            if (byte < 0x80) word.appendAscii(byte);
            else word.append(text.substr(i, len));
            i += len;
            spaceBefore = false;
            continue;
        }
        if (cls == CharClass::Ignored) { i += len; continue; }

        if (cls == CharClass::Apostrophe && word.inWord() && isWordAt(text, i + len)) {
            const std::size_t next = i + len;
            const char n = text[next];
            const bool nextEndsWord = !isWordAt(text, next + 1);
            if ((n == 's' || n == 'S') && nextEndsWord) {  // possessive: "children's"
                word.finish(i);
                i = next + 1;
                spaceBefore = false;
                continue;
            }
            if ((n == 't' || n == 'T') && nextEndsWord && word.endsWith('n')) {  // "don't"
                word.finish(i);
                word.addNot(i, next + 1);
                i = next + 1;
                spaceBefore = false;
                continue;
            }
        }
        word.finish(i);

        switch (cls) {
            case CharClass::Space: break;
            case CharClass::Newline:
                if (++newlines >= 2) pending = Break::Sentence;  // a blank line ends a paragraph
                break;
            case CharClass::Terminal: {
                // "e.g.", "3.5" and "gov.uk" do not end a sentence: a terminal must be
                // followed by white space, a closing quote or bracket, or the end.
                const std::size_t next = i + len;
                bool ends = cp != '.' || next >= text.size();
                if (!ends) {
                    std::size_t nl = 0;
                    const CharClass nc = classOf(decode(text, next, nl));
                    ends = nc == CharClass::Space || nc == CharClass::Newline ||
                           nc == CharClass::ClausePunct || nc == CharClass::Apostrophe ||
                           nc == CharClass::Other || nc == CharClass::Terminal;
                }
                if (ends) {
                    afterTerminal = true;
                    if (pending == Break::None) pending = Break::Clause;
                }
                break;
            }
            case CharClass::ClausePunct:
                if (pending == Break::None) pending = Break::Clause;
                break;
            case CharClass::Dash: {
                const bool spaced = spaceBefore || !isWordAt(text, i + len);
                if (spaced && pending == Break::None) pending = Break::Clause;
                break;
            }
            case CharClass::Bullet: pending = Break::Sentence; break;
            default: break;
        }
        if (cls != CharClass::Newline && cls != CharClass::Space) newlines = 0;
        spaceBefore = cls == CharClass::Space || cls == CharClass::Newline;
        i += len;
    }
    word.finish(text.size());
}

}  // namespace findings::classify::detail
