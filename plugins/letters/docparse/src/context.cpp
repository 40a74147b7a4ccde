// Building paragraphs with their locations, and splitting prose into sentences.
#include "context.hpp"

#include "findings/docparse/scanners.hpp"
#include "text_util.hpp"

namespace findings::docparse::detail {

Paragraph Context::paragraphFor(const Block& block, const std::string& section, ParagraphRole role) const {
    Paragraph p;
    p.section = section;
    p.role = role;
    p.text = block.text;
    p.number = block.marker == Marker::Number ? block.list_number : -1;
    const Row& first = rows[block.first()];
    const Row& last = rows[block.last()];
    p.line_start = first.number;
    p.line_end = last.number;
    p.page = first.page;
    p.char_start = long(first.offset + first.lead);
    p.char_end = long(last.offset + last.length);
    return p;
}

void Context::addParagraph(Paragraph p) {
    int ordinal = 1;
    for (auto it = doc.paragraphs.rbegin(); it != doc.paragraphs.rend(); ++it)
        if (it->section == p.section) {
            ordinal = it->ordinal + 1;
            break;
        }
    p.ordinal = ordinal;
    doc.paragraphs.push_back(std::move(p));
}

std::string Context::textOf(std::size_t from, std::size_t to) const {
    std::string out;
    for (std::size_t i = from; i < to && i < blocks.size(); ++i) {
        if (!out.empty()) out += "\n\n";
        out += scannedPart(blocks[i].text);
    }
    return out;
}

void Context::findLocalAuthority(std::initializer_list<std::string_view> texts) {
    for (std::string_view text : texts) {
        AuthorityMatch m = findAuthorityIn(text, *authorities);
        if (m.name.empty()) continue;
        doc.local_authority = m.name;
        if (!m.known)
            doc.warnings.push_back("local authority \"" + m.name +
                                   "\" is not in the list of English local authorities: kept as written");
        return;
    }
}

std::string_view scannedPart(std::string_view t) {
    if (t.size() <= Context::kScannedBlockBytes) return t;
    const std::size_t space = t.rfind(' ', Context::kScannedBlockBytes);
    return t.substr(0, space == std::string_view::npos ? Context::kScannedBlockBytes : space);
}

bool isOneSentence(std::string_view text) {
    const std::string_view t = trim(text);
    const std::string first = firstSentence(t);
    return !first.empty() && trim(t.substr(std::min(t.size(), first.size()))).empty();
}

std::vector<std::string> sentences(std::string_view text) {
    std::vector<std::string> out;
    // A sentence never runs on past its paragraph: a headline or byline without a full
    // stop would otherwise lend its words (and dates) to the paragraph below.
    std::size_t from = 0;
    while (from < text.size()) {
        std::size_t gap = text.find("\n\n", from);
        if (gap == std::string_view::npos) gap = text.size();
        std::string_view rest = trim(text.substr(from, gap - from));
        while (!rest.empty()) {
            std::string s = firstSentence(rest);
            if (s.empty()) break;
            out.push_back(s);
            rest = trim(rest.substr(std::min(rest.size(), s.size())));
        }
        from = gap + 2;
    }
    return out;
}

}  // namespace findings::docparse::detail
