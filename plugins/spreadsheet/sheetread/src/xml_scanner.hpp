// Internal: a small pull scanner for the XML of worksheet and shared-strings parts, which are
// the only large parts of a workbook. It reads chunks from an inflating EntryReader, so the
// part is never held whole, and knows just enough XML for them: elements, attributes, the
// five predefined entities, character references, CDATA, comments and processing
// instructions. Any DOCTYPE is refused, which also rules out every other entity.
#pragma once

#include <findings/safezip/entry_reader.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace findings::sheetread::detail {

/// One attribute of the current tag: qualified name and raw value (entities not decoded).
struct XmlAttribute {
    std::string_view name;
    std::string_view value;
};

/// Pull scanner over one part. Views it returns stay valid until the next call that
/// advances it. Throws safezip::XmlError (naming the part and byte offset) for malformed
/// XML and DOCTYPEs; safezip::ZipError propagates from the reader.
class XmlScanner {
public:
    /// What next() found.
    enum class Token { StartTag, EndTag, End };

    /// Reads from `reader`; `part` names the part in errors; no tag may exceed `maxTagBytes`.
    XmlScanner(safezip::EntryReader& reader, std::string part, size_t maxTagBytes = 1 << 20);

    /// Advances to the next start or end tag, skipping character data between tags,
    /// comments, processing instructions and CDATA. Returns End at the end of the part.
    Token next();

    /// Local name (prefix removed) of the current tag.
    std::string_view name() const { return name_; }
    /// True when the current start tag is self-closing (<c r="A1"/>).
    bool selfClosing() const { return selfClosing_; }
    /// Attributes of the current start tag.
    const std::vector<XmlAttribute>& attributes() const { return attrs_; }
    /// Raw value of the attribute whose local name is `localName`; false when absent.
    bool attribute(std::string_view localName, std::string_view& value) const;

    /// After a start tag that is not self-closing: appends the element's character data to
    /// `out` (entities and CDATA decoded) and consumes its end tag. Text beyond `maxBytes`
    /// is consumed but not kept, and `tooLong` is set. A child element is an error (the
    /// text elements of sheets and shared strings have none).
    void readText(std::string& out, size_t maxBytes, bool& tooLong);

    /// After a start tag that is not self-closing: skips everything up to and including the
    /// matching end tag.
    void skipElement();

    /// Advances until just before a tag whose local name is `localName` (found by a fast
    /// byte search, for parts where everything before it is irrelevant). Returns false when
    /// the part ends first. The next call to next() returns that tag.
    bool skipToTag(std::string_view localName);

    /// Throws safezip::XmlError naming the part and the current byte offset.
    [[noreturn]] void fail(const std::string& detail) const;

    /// The part's name.
    const std::string& part() const { return part_; }

private:
    bool refill();
    enum class TagResult { Tag, Skipped, NeedMore };
    TagResult parseTagAt(size_t at);
    bool parseEntity(const char* p, const char* end, std::string& out, size_t& consumed) const;
    size_t findTextStop(size_t from) const;

    safezip::EntryReader& reader_;
    std::string part_;
    size_t maxTagBytes_;
    std::vector<char> buf_;
    size_t pos_ = 0;            ///< next unread byte in buf_
    size_t end_ = 0;            ///< one past the last valid byte in buf_
    uint64_t consumedBefore_ = 0; ///< part offset of buf_[0]
    bool eof_ = false;

    std::string_view name_;
    bool selfClosing_ = false;
    bool isEndTag_ = false;
    std::vector<XmlAttribute> attrs_;
};

/// Decodes OOXML's _xHHHH_ escapes (used for control characters in cell text) in place.
void decodeOoxmlEscapes(std::string& text);

}  // namespace findings::sheetread::detail
