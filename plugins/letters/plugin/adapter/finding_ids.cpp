#include "finding_ids.hpp"

#include <findings/sdk/ids.hpp>

#include <string_view>
#include <vector>

namespace letters_plugin {

namespace {

constexpr std::size_t kSlugWords = 4;

bool isStopWord(const std::string& w) {
    static const char* const stop[] = {"the", "of", "and", "a", "an", "to", "for", "in", "on", "with", "by", "at"};
    for (const char* s : stop)
        if (w == s) return true;
    return false;
}

}  // namespace

std::string sectionSlug(const std::string& heading) {
    std::vector<std::string> words;
    std::string word;
    auto flush = [&] {
        if (!word.empty() && !isStopWord(word) && words.size() < kSlugWords) words.push_back(word);
        word.clear();
    };
    const std::string_view curlyApostrophe = "\xE2\x80\x99";
    for (std::size_t i = 0; i < heading.size(); ++i) {
        const char c = heading[i];
        if (c >= 'A' && c <= 'Z') word.push_back(static_cast<char>(c - 'A' + 'a'));
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) word.push_back(c);
        else if (c == '\'') continue;  // "children's" -> "childrens"
        else if (heading.compare(i, curlyApostrophe.size(), curlyApostrophe) == 0) i += curlyApostrophe.size() - 1;
        else flush();
    }
    flush();
    std::string slug;
    for (const std::string& w : words) slug += (slug.empty() ? "" : "-") + w;
    return slug;
}

std::string FindingIdAllocator::slugFor(const std::string& section) {
    auto found = slugBySection_.find(section);
    if (found != slugBySection_.end()) return found->second;
    std::string base = sectionSlug(section);
    if (base.empty()) base = "section";
    std::string slug = base;
    for (int n = 2; !slugsTaken_.insert(slug).second; ++n) slug = base + "-" + std::to_string(n);
    slugBySection_.emplace(section, slug);
    return slug;
}

std::string FindingIdAllocator::next(const findings::docparse::Paragraph& paragraph, long long number) {
    const std::string base =
        findings::childId(sourceId_, slugFor(paragraph.section) + "-" + std::to_string(number));
    std::string id = base;
    for (int n = 2; !idsTaken_.insert(id).second; ++n) id = base + "-" + std::to_string(n);
    return id;
}

}  // namespace letters_plugin
