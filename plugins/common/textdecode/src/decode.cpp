#include "codecs.hpp"

#include <findings/text/decode.hpp>
#include <findings/text/text_error.hpp>

namespace findings::text {

namespace {

std::string composeMessage(const std::string& name, const std::string& detail) {
    return name.empty() ? detail : name + ": " + detail;
}

size_t bomLength(std::string_view bytes, Encoding encoding) {
    auto has = [&](const char* bom, size_t n) { return bytes.size() >= n && bytes.compare(0, n, bom, n) == 0; };
    switch (encoding) {
    case Encoding::Utf8: return has("\xEF\xBB\xBF", 3) ? 3 : 0;
    case Encoding::Utf16LE: return has("\xFF\xFE", 2) ? 2 : 0;
    case Encoding::Utf16BE: return has("\xFE\xFF", 2) ? 2 : 0;
    default: return 0;
    }
}

}  // namespace

TextDecodeError::TextDecodeError(const std::string& name, const std::string& detail)
    : std::runtime_error(composeMessage(name, detail)), detail_(detail) {}

void appendUtf8(std::string& out, uint32_t cp) {
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

bool isValidUtf8(std::string_view bytes) {
    auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    for (size_t i = 0; i < bytes.size();) {
        i += detail::asciiPrefix(p + i, bytes.size() - i);
        if (i == bytes.size()) break;
        const int len = detail::utf8SequenceLength(p + i, bytes.size() - i);
        if (len <= 0) return false;
        i += size_t(len);
    }
    return true;
}

DecodedText decodeToUtf8(std::string_view bytes, const std::string& name) {
    const EncodingGuess guess = detectEncoding(bytes, true);
    if (guess.encoding == Encoding::Binary)
        throw TextDecodeError(name, guess.unsupportedText ? guess.reason
                                                          : "binary data, not text (" + guess.reason + ")");
    return decodeToUtf8(bytes, guess.encoding, name);
}

DecodedText decodeToUtf8(std::string_view bytes, Encoding encoding, const std::string& name) {
    if (encoding == Encoding::Binary) throw TextDecodeError(name, "binary data, not text");
    DecodedText result;
    result.encoding = encoding;
    const size_t bom = bomLength(bytes, encoding);
    result.hadBom = bom > 0;
    bytes.remove_prefix(bom);
    auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    switch (encoding) {
    case Encoding::Utf8:
        result.utf8.reserve(bytes.size());
        detail::decodeUtf8(p, bytes.size(), true, result.utf8, result.repairedBytes);
        break;
    case Encoding::Windows1252:
        detail::decodeWindows1252(p, bytes.size(), result.utf8);
        break;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE: {
        uint32_t pending = 0;
        result.utf8.reserve(bytes.size() / 2);
        detail::decodeUtf16(p, bytes.size(), encoding == Encoding::Utf16LE, true, result.utf8, pending,
                            result.repairedBytes);
        break;
    }
    case Encoding::Binary:
        break;
    }
    return result;
}

}  // namespace findings::text
