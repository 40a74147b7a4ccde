// Splitting the sentence that tells the areas a visit looked at into the areas themselves.
#include "areas_prose.hpp"

#include "text_util.hpp"

namespace findings::docparse::detail {

namespace {

// Where the list of areas begins, most specific first: "arrangements for" wins over
// "looked at" in "Inspectors looked at the local authority's arrangements for ...".
constexpr std::string_view kAnchors[] = {
    "arrangements for ",  "focused on ",   "focussed on ",        "with a focus on ",
    "focus of this monitoring visit was ", "focus of the monitoring visit was ",
    "focus of this visit was ", "focus of the visit was ", "in the areas of ", "in the area of ",
    "inspectors looked at ", "inspectors evaluated ", "inspectors considered ", "visit looked at ",
    "visit considered ",
};

// Lead-ins of a second list inside the sentence: the practice areas within the cohort.
constexpr std::string_view kSubLists[] = {", including ", ", with a specific focus on ", ", with a focus on ",
                                          ", in particular ", ", specifically ", " including "};

// True when the " and " between `left` and `right` separates two items of a list: the
// right side opens a new noun phrase ("... and the effectiveness of ..."), or both sides
// are phrases of their own ("the timeliness of strategy discussions and management
// oversight"). "help and protection" and "the experiences and progress of children in
// care" join two words of one item.
bool separatesItems(std::string_view left, std::string_view right) {
    for (std::string_view w : {"the ", "how ", "whether ", "its ", "their ", "any "})
        if (startsWithI(right, w)) return true;
    return splitWords(left).size() >= 3 && splitWords(right).size() >= 2;
}

std::string cleanItem(std::string_view item) {
    std::string s = collapseSpaces(item);
    while (!s.empty() && (s.back() == '.' || s.back() == ',' || s.back() == ';' || s.back() == ':')) s.pop_back();
    for (std::string_view lead : {"and ", "on "})
        if (startsWithI(s, lead)) s.erase(0, lead.size());
    return collapseSpaces(s);
}

// "a, b and the c" -> {a, b, the c}; the last " and " only splits before an item opener.
void splitList(std::string_view list, std::vector<std::string>& out) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= list.size(); ++i)
        if (i == list.size() || list[i] == ',' || list[i] == ';') {
            parts.push_back(list.substr(start, i - start));
            start = i + 1;
        }
    for (std::string_view part : parts) {
        std::size_t len = 0, cutLen = 0;
        std::size_t cut = std::string_view::npos;
        for (std::size_t p = findPhrase(part, " and ", 0, &len); p != std::string_view::npos;
             p = findPhrase(part, " and ", p + 1, &len))
            if (separatesItems(part.substr(0, p), part.substr(p + len))) {
                cut = p;
                cutLen = len;
            }
        if (cut != std::string_view::npos && parts.size() > 1) {
            out.push_back(cleanItem(part.substr(0, cut)));
            out.push_back(cleanItem(part.substr(cut + cutLen)));
        } else {
            out.push_back(cleanItem(part));
        }
    }
}

}  // namespace

// "Inspectors looked at a range of evidence, including case records and supervision
// notes": how the visit gathered evidence, not what it looked at.
bool describesEvidence(std::string_view sentence) {
    for (std::string_view cue : {"evidence", "case record", "case file", "records of", "a sample of", "spoke to",
                                 "spoke with", "met with", "discussions with", "conversations with", "observed"})
        if (containsPhrase(sentence, cue)) return true;
    return false;
}

bool statesAreasCovered(std::string_view sentence) {
    if (describesEvidence(sentence)) return false;
    for (std::string_view a : kAnchors)
        if (containsPhrase(sentence, a)) return true;
    return false;
}

bool describesTheVisit(std::string_view sentence) {
    bool visitIsSubject = false;
    for (std::string_view subject : {"inspectors ", "during this visit, inspectors ", "during the visit, inspectors ",
                                     "this visit ", "the visit ", "on this visit, inspectors "})
        visitIsSubject |= startsWithI(sentence, subject);
    if (!visitIsSubject) return false;
    if (statesAreasCovered(sentence) || describesEvidence(sentence)) return true;
    for (std::string_view verb : {" looked at ", " reviewed ", " met ", " evaluated ", " considered ", " scrutinised "})
        if (containsPhrase(sentence, verb)) return true;
    return false;
}

std::vector<std::string> areasFromSentence(std::string_view sentence) {
    std::size_t at = std::string_view::npos, len = 0;
    for (std::string_view a : kAnchors) {
        std::size_t l = 0;
        std::size_t p = findPhrase(sentence, a, 0, &l);
        if (p != std::string_view::npos) {
            at = p;
            len = l;
            break;
        }
    }
    if (at == std::string_view::npos) return {};
    std::string_view rest = trim(sentence.substr(at + len));
    // "the local authority's arrangements for": the owner is not an area.
    for (std::string_view lead : {"the local authority's ", "the council's "})
        if (startsWithI(rest, lead)) rest.remove_prefix(lead.size());
    std::vector<std::string> out;
    std::size_t sub = std::string_view::npos, subLen = 0;
    for (std::string_view s : kSubLists) {
        std::size_t l = 0;
        std::size_t p = findPhrase(rest, s, 0, &l);
        if (p != std::string_view::npos && p < sub) {
            sub = p;
            subLen = l;
        }
    }
    std::string_view cohort = rest.substr(0, sub == std::string_view::npos ? rest.size() : sub);
    // The cohort is one area unless it is itself a list with commas.
    if (cohort.find(',') != std::string_view::npos) splitList(cohort, out);
    else out.push_back(cleanItem(cohort));
    if (sub != std::string_view::npos) splitList(rest.substr(sub + subLen), out);
    std::vector<std::string> kept;
    for (std::string& s : out)
        if (s.size() > 2) kept.push_back(std::move(s));
    if (kept.empty()) return {};
    return kept;
}

}  // namespace findings::docparse::detail
