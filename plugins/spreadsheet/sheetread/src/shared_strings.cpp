#include "shared_strings.hpp"

#include "xml_scanner.hpp"

#include <findings/sheetread/sheet_error.hpp>
#include <findings/text/decode.hpp>

#include <algorithm>
#include <charconv>

namespace findings::sheetread::detail {

void SharedStrings::load(safezip::EntryReader& reader, const std::string& file, const std::string& part,
                         const XlsxLimits& limits) {
    const uint64_t maxPool = std::min<uint64_t>(limits.maxSharedStringBytes, UINT32_MAX);
    XmlScanner sc(reader, part);
    std::string current;
    bool inItem = false, tooLong = false;
    auto finishItem = [&] {
        if (current.find("_x") != std::string::npos) decodeOoxmlEscapes(current);
        if (!text::isValidUtf8(current)) sc.fail("invalid UTF-8 in shared string " + std::to_string(size()));
        if (size() >= limits.maxSharedStrings)
            throw SheetReadError(SheetErrorKind::LimitExceeded, file, part,
                                 "more than " + std::to_string(limits.maxSharedStrings) + " shared strings");
        if (pool_.size() + current.size() > maxPool)
            throw SheetReadError(SheetErrorKind::LimitExceeded, file, part,
                                 "shared strings exceed " + std::to_string(maxPool) + " bytes");
        if (tooLong) truncated_.push_back(uint32_t(size()));
        pool_ += current;
        offsets_.push_back(uint32_t(pool_.size()));
        current.clear();
        tooLong = false;
    };

    for (XmlScanner::Token t; (t = sc.next()) != XmlScanner::Token::End;) {
        const std::string_view name = sc.name();
        if (t == XmlScanner::Token::StartTag) {
            if (name == "si") {
                inItem = true;
                if (sc.selfClosing()) {
                    finishItem();
                    inItem = false;
                }
            } else if (inItem && name == "t" && !sc.selfClosing()) {
                sc.readText(current, limits.maxStringBytes, tooLong);
            } else if (inItem && name == "rPh" && !sc.selfClosing()) {
                sc.skipElement();  // phonetic guide text is not part of the value
            } else if (name == "sst") {
                std::string_view unique;
                uint64_t n = 0;
                if (sc.attribute("uniqueCount", unique))
                    std::from_chars(unique.data(), unique.data() + unique.size(), n);
                offsets_.reserve(size_t(std::min<uint64_t>(n, 1'000'000)) + 1);  // a hint only
            }
        } else if (name == "si" && inItem) {
            finishItem();
            inItem = false;
        }
    }
    if (inItem) sc.fail("unexpected end of XML inside <si>");
}

bool SharedStrings::isTruncated(size_t i) const {
    return !truncated_.empty() && std::binary_search(truncated_.begin(), truncated_.end(), uint32_t(i));
}

}  // namespace findings::sheetread::detail
