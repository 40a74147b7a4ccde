#include "xml_scanner.hpp"

#include <findings/safezip/safe_xml.hpp>
#include <findings/text/decode.hpp>

#include <algorithm>
#include <cstring>

namespace findings::sheetread::detail {

namespace {

constexpr size_t kInitialBuffer = 256 * 1024;

/// Bytes that end an element or attribute name.
struct NameEndTable {
    bool ends[256] = {};
    constexpr NameEndTable() {
        for (unsigned char c : {' ', '\t', '\r', '\n', '/', '>', '='}) ends[c] = true;
    }
};
constexpr NameEndTable kNameEnd;

inline bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view localPart(std::string_view qname) {
    const size_t colon = qname.rfind(':');
    return colon == std::string_view::npos ? qname : qname.substr(colon + 1);
}

const char* findSeq(const char* p, const char* end, std::string_view needle) {
    if (size_t(end - p) < needle.size()) return nullptr;
    const void* hit = memmem(p, size_t(end - p), needle.data(), needle.size());
    return static_cast<const char*>(hit);
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/// Characters XML 1.0 allows in documents.
bool isXmlChar(uint32_t cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
           (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

}  // namespace

XmlScanner::XmlScanner(safezip::EntryReader& reader, std::string part, size_t maxTagBytes)
    : reader_(reader), part_(std::move(part)), maxTagBytes_(std::max<size_t>(maxTagBytes, 1024)),
      buf_(kInitialBuffer) {
    attrs_.reserve(32);
    refill();
    if (end_ >= 2 && ((buf_[0] == '\xFF' && buf_[1] == '\xFE') || (buf_[0] == '\xFE' && buf_[1] == '\xFF')))
        fail("UTF-16 encoded parts are not supported");
    if (end_ >= 3 && std::memcmp(buf_.data(), "\xEF\xBB\xBF", 3) == 0) pos_ = 3;
}

void XmlScanner::fail(const std::string& detail) const {
    throw safezip::XmlError(part_, detail + " at byte " + std::to_string(consumedBefore_ + pos_));
}

bool XmlScanner::refill() {
    if (eof_) return false;
    if (pos_ > 0) {
        std::memmove(buf_.data(), buf_.data() + pos_, end_ - pos_);
        end_ -= pos_;
        consumedBefore_ += pos_;
        pos_ = 0;
    }
    if (end_ == buf_.size()) {
        if (buf_.size() >= maxTagBytes_) fail("a tag or entity longer than " + std::to_string(maxTagBytes_) + " bytes");
        buf_.resize(std::min(buf_.size() * 2, maxTagBytes_));
    }
    const size_t n = reader_.read(buf_.data() + end_, buf_.size() - end_);
    end_ += n;
    if (n == 0) eof_ = true;
    return n > 0;
}

bool XmlScanner::attribute(std::string_view localName, std::string_view& value) const {
    for (const XmlAttribute& a : attrs_) {
        if (localPart(a.name) == localName) {
            value = a.value;
            return true;
        }
    }
    return false;
}

XmlScanner::TagResult XmlScanner::parseTagAt(size_t at) {
    const char* const begin = buf_.data() + at;
    const char* const end = buf_.data() + end_;
    const char* q = begin + 1;
    if (q >= end) return TagResult::NeedMore;

    if (*q == '?' || *q == '!') {
        std::string_view closer = "?>";
        if (*q == '!') {
            const size_t avail = size_t(end - q);
            if (avail >= 3 && q[1] == '-' && q[2] == '-') closer = "-->";
            else if (avail < 8) {
                if (!eof_) return TagResult::NeedMore;
                fail("malformed markup \"<!\"");
            }
            else if (std::memcmp(q, "![CDATA[", 8) == 0) closer = "]]>";
            else if (std::memcmp(q, "!DOCTYPE", 8) == 0) fail("DOCTYPE is not allowed");
            else fail("malformed markup \"<!\"");
        }
        const char* close = findSeq(q + 1, end, closer);
        if (!close) return TagResult::NeedMore;
        pos_ = size_t(close + closer.size() - buf_.data());
        return TagResult::Skipped;
    }

    isEndTag_ = *q == '/';
    if (isEndTag_) ++q;
    const char* nameStart = q;
    while (q < end && !kNameEnd.ends[static_cast<unsigned char>(*q)]) ++q;
    if (q >= end) return TagResult::NeedMore;
    if (q == nameStart) fail("malformed tag (no element name)");
    name_ = localPart(std::string_view(nameStart, size_t(q - nameStart)));
    selfClosing_ = false;
    attrs_.clear();

    for (;;) {
        while (q < end && isSpace(*q)) ++q;
        if (q >= end) return TagResult::NeedMore;
        if (*q == '>') {
            ++q;
            break;
        }
        if (*q == '/') {
            if (q + 1 >= end) return TagResult::NeedMore;
            if (q[1] != '>' || isEndTag_) fail("malformed tag <" + std::string(name_) + ">");
            selfClosing_ = true;
            q += 2;
            break;
        }
        if (isEndTag_) fail("malformed end tag </" + std::string(name_) + ">");
        const char* attrStart = q;
        while (q < end && !kNameEnd.ends[static_cast<unsigned char>(*q)]) ++q;
        const char* attrEnd = q;
        while (q < end && isSpace(*q)) ++q;
        if (q >= end) return TagResult::NeedMore;
        if (*q != '=' || attrEnd == attrStart) fail("malformed attribute in <" + std::string(name_) + ">");
        ++q;
        while (q < end && isSpace(*q)) ++q;
        if (q >= end) return TagResult::NeedMore;
        const char quote = *q;
        if (quote != '"' && quote != '\'') fail("unquoted attribute value in <" + std::string(name_) + ">");
        ++q;
        const char* close = static_cast<const char*>(std::memchr(q, quote, size_t(end - q)));
        if (!close) return TagResult::NeedMore;
        attrs_.push_back({std::string_view(attrStart, size_t(attrEnd - attrStart)),
                          std::string_view(q, size_t(close - q))});
        q = close + 1;
    }
    pos_ = size_t(q - buf_.data());
    return TagResult::Tag;
}

XmlScanner::Token XmlScanner::next() {
    for (;;) {
        const char* p = buf_.data() + pos_;
        const char* lt = static_cast<const char*>(std::memchr(p, '<', end_ - pos_));
        if (!lt) {
            pos_ = end_;
            if (!refill()) return Token::End;
            continue;
        }
        const size_t at = size_t(lt - buf_.data());
        pos_ = at;
        const TagResult r = parseTagAt(at);
        if (r == TagResult::NeedMore) {
            pos_ = at;
            if (!refill()) fail("unexpected end of XML inside a tag");
            continue;
        }
        if (r == TagResult::Skipped) continue;
        return isEndTag_ ? Token::EndTag : Token::StartTag;
    }
}

bool XmlScanner::parseEntity(const char* p, const char* end, std::string& out, size_t& consumed) const {
    // p points at '&'. Entities are short; 12 bytes covers "&#x10FFFF;".
    const char* limit = std::min(end, p + 12);
    const char* semi = static_cast<const char*>(std::memchr(p, ';', size_t(limit - p)));
    if (!semi) {
        if (end - p < 12) return false;  // may be cut by the buffer end
        fail("malformed entity reference");
    }
    const std::string_view ent(p + 1, size_t(semi - p - 1));
    consumed = size_t(semi - p + 1);
    if (ent == "lt") out.push_back('<');
    else if (ent == "gt") out.push_back('>');
    else if (ent == "amp") out.push_back('&');
    else if (ent == "quot") out.push_back('"');
    else if (ent == "apos") out.push_back('\'');
    else if (ent.size() >= 2 && ent[0] == '#') {
        uint32_t cp = 0;
        const bool hex = ent[1] == 'x';
        const std::string_view digits = ent.substr(hex ? 2 : 1);
        if (digits.empty() || digits.size() > 7) fail("malformed character reference &" + std::string(ent) + ";");
        for (char c : digits) {
            const int v = hex ? hexValue(c) : (c >= '0' && c <= '9' ? c - '0' : -1);
            if (v < 0) fail("malformed character reference &" + std::string(ent) + ";");
            cp = cp * (hex ? 16 : 10) + uint32_t(v);
        }
        if (!isXmlChar(cp)) fail("character reference &" + std::string(ent) + "; is not an XML character");
        text::appendUtf8(out, cp);
    } else {
        fail("undefined entity &" + std::string(ent) + ";");
    }
    return true;
}

void XmlScanner::readText(std::string& out, size_t maxBytes, bool& tooLong) {
    std::string entity;
    auto keep = [&](const char* p, size_t n) {
        if (out.size() + n <= maxBytes) {
            out.append(p, n);
        } else {
            out.append(p, maxBytes > out.size() ? maxBytes - out.size() : 0);
            tooLong = true;
        }
    };
    for (;;) {
        const char* p = buf_.data() + pos_;
        const char* end = buf_.data() + end_;
        const char* lt = static_cast<const char*>(std::memchr(p, '<', size_t(end - p)));
        const char* stop = lt ? lt : end;
        const char* amp = static_cast<const char*>(std::memchr(p, '&', size_t(stop - p)));
        if (amp) stop = amp;
        keep(p, size_t(stop - p));
        pos_ = size_t(stop - buf_.data());
        if (stop == end) {
            if (!refill()) fail("unexpected end of XML inside <" + std::string(name_) + ">");
            continue;
        }
        if (*stop == '&') {
            entity.clear();
            size_t consumed = 0;
            if (!parseEntity(stop, end, entity, consumed)) {
                if (!refill()) fail("unexpected end of XML inside an entity reference");
                continue;
            }
            pos_ += consumed;
            keep(entity.data(), entity.size());
            continue;
        }
        // A '<': CDATA, a comment or PI (skipped), or the end tag.
        if (stop + 1 < end && stop[1] == '!' && size_t(end - stop) < 9) {
            if (!refill()) fail("unexpected end of XML inside a tag");
            continue;
        }
        if (size_t(end - stop) >= 9 && std::memcmp(stop, "<![CDATA[", 9) == 0) {
            const char* close = findSeq(stop + 9, end, "]]>");
            if (!close) {
                if (!refill()) fail("unexpected end of XML inside CDATA");
                continue;
            }
            keep(stop + 9, size_t(close - stop - 9));
            pos_ = size_t(close + 3 - buf_.data());
            continue;
        }
        const size_t at = pos_;
        const TagResult r = parseTagAt(at);
        if (r == TagResult::NeedMore) {
            pos_ = at;
            if (!refill()) fail("unexpected end of XML inside a tag");
            continue;
        }
        if (r == TagResult::Skipped) continue;
        if (!isEndTag_) fail("unexpected element <" + std::string(name_) + "> inside a text element");
        return;
    }
}

void XmlScanner::skipElement() {
    int depth = 1;
    while (depth > 0) {
        const Token t = next();
        if (t == Token::End) fail("unexpected end of XML inside <" + std::string(name_) + ">");
        if (t == Token::EndTag) --depth;
        else if (!selfClosing_) ++depth;
    }
}

bool XmlScanner::skipToTag(std::string_view localName) {
    // Keep a little overlap across refills so a name split between chunks is still found,
    // and enough before a hit to see its '<' and any namespace prefix.
    const size_t keep = localName.size() + 64;
    for (;;) {
        const char* p = buf_.data() + pos_;
        const char* end = buf_.data() + end_;
        while (const char* hit = findSeq(p, end, localName)) {
            const char* after = hit + localName.size();
            if (after >= end) break;  // need the next byte to see the name ends here
            const bool nameEnds = isSpace(*after) || *after == '>' || *after == '/';
            // Walk back over a prefix ("x:") to the '<'.
            const char* lt = hit;
            if (lt > buf_.data() && lt[-1] == ':') {
                --lt;
                while (lt > buf_.data() && lt[-1] != '<' && !isSpace(lt[-1]) && lt[-1] != '>') --lt;
            }
            if (nameEnds && lt > buf_.data() && lt[-1] == '<') {
                pos_ = size_t(lt - 1 - buf_.data());
                return true;
            }
            p = hit + 1;
        }
        const size_t tail = std::min(keep, end_ - pos_);
        pos_ = end_ - tail;
        if (!refill()) return false;
    }
}

void decodeOoxmlEscapes(std::string& text) {
    // "_x000D_" stands for U+000D; "_x005F_" escapes a literal underscore.
    size_t at = text.find("_x");
    if (at == std::string::npos) return;
    std::string out;
    out.reserve(text.size());
    size_t from = 0;
    while (at != std::string::npos) {
        if (at + 7 <= text.size() && text[at + 6] == '_') {
            uint32_t cp = 0;
            bool ok = true;
            for (size_t k = at + 2; k < at + 6; ++k) {
                const int v = hexValue(text[k]);
                if (v < 0) ok = false;
                cp = cp * 16 + uint32_t(v < 0 ? 0 : v);
            }
            if (ok) {
                out.append(text, from, at - from);
                text::appendUtf8(out, cp);
                from = at + 7;
                at = text.find("_x", from);
                continue;
            }
        }
        at = text.find("_x", at + 1);
    }
    out.append(text, from, std::string::npos);
    text.swap(out);
}

}  // namespace findings::sheetread::detail
