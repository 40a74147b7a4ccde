// Local-authority names: normalising the many written forms to one short name, and
// finding the authority a document is about.
#include <algorithm>
#include <map>

#include "findings/docparse/authorities.hpp"

#include "findings/docparse/scanners.hpp"
#include "text_util.hpp"

namespace findings::docparse {

using namespace detail;

namespace {

// Strips `prefix` (case-insensitive) from the front of s when present.
bool stripPrefix(std::string& s, std::string_view prefix) {
    if (s.size() > prefix.size() && startsWithI(s, prefix)) {
        s.erase(0, prefix.size());
        return true;
    }
    return false;
}

bool stripSuffix(std::string& s, std::string_view suffix) {
    if (s.size() <= suffix.size()) return false;
    std::string tail = lowerAscii(std::string_view(s).substr(s.size() - suffix.size()));
    if (tail != suffix) return false;
    s.erase(s.size() - suffix.size());
    while (!s.empty() && (s.back() == ' ' || s.back() == ',')) s.pop_back();
    return true;
}

}  // namespace

std::string normaliseAuthority(std::string_view name) {
    std::string s = collapseSpaces(name);
    // Possessives and the service name: "Herefordshire Council's children's services"
    for (std::string_view suffix : {"’s", "'s"})
        if (s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0)
            s.erase(s.size() - suffix.size());
    stripPrefix(s, "the ");
    bool changed = true;
    while (changed) {
        changed = false;
        for (std::string_view p : {"london borough of ", "royal borough of ", "metropolitan borough of ",
                                   "borough of ", "city and county of ", "county of ", "city of ",
                                   "council of the "})
            changed |= stripPrefix(s, p);
        for (std::string_view suf : {" children's services trust", " children’s services trust", " children's trust",
                                     " children’s trust", " children's services", " children’s services", " local authority",
                                     " metropolitan borough council", " metropolitan district council",
                                     " borough council", " county borough council", " county council",
                                     " city council", " district council", " unitary authority",
                                     " council", " corporation", " metropolitan borough",
                                     " city", " county"})
            changed |= stripSuffix(s, suf);
    }
    return s;
}

namespace {

// Capitalised words ending just before byte `end` of s (at most 5), for "X Council".
// A name is a few words: only this many bytes around an anchor are split into words, so
// that scanning a long document stays linear.
constexpr std::size_t kNameWindow = 300;

std::string capitalisedRunBefore(std::string_view s, std::size_t end) {
    const std::size_t from = end > kNameWindow ? end - kNameWindow : 0;
    std::vector<Word> words = splitWords(s.substr(from, end - from));
    // The window may open inside a word: that word is cut, not a name word.
    if (from > 0 && !words.empty()) words.erase(words.begin());
    for (Word& w : words) {
        w.begin += from;
        w.end += from;
    }
    std::size_t i = words.size();
    int taken = 0;
    std::size_t first = std::string_view::npos;
    while (i > 0 && taken < 5) {
        const Word& w = words[i - 1];
        // Words must be adjacent (only spaces between, and no paragraph break: a photo
        // credit ends one block and a name starts the next) to belong to one name.
        std::size_t gapEnd = first == std::string_view::npos ? end : first;
        bool adjacent = true;
        for (std::size_t p = w.end; p < gapEnd; ++p)
            if (!isAsciiSpace(s[p]) || s[p] == '\n') adjacent = false;
        if (!adjacent) break;
        std::string lw = lowerAscii(w.text);
        // The same joiners as after an anchor: "Blackburn with Darwen Council".
        bool joiner = lw == "and" || lw == "upon" || lw == "on" || lw == "of" || lw == "under" || lw == "with";
        if (!isUpper(w.text[0]) && !joiner) break;
        first = w.begin;
        --i;
        ++taken;
    }
    if (first == std::string_view::npos) return {};
    std::string run = collapseSpaces(s.substr(first, end - first));
    // A run may not start with a joiner or a sentence-initial function word.
    for (std::string_view lead : {"and ", "of ", "on ", "upon ", "with ", "The ", "A ", "In ", "By ", "From ",
                                  "To ", "For ", "At ", "Ofsted ", "Inspection of ", "Inspection "})
        while (run.size() > lead.size() && run.compare(0, lead.size(), lead) == 0) run.erase(0, lead.size());
    return run;
}

// Capitalised words starting at byte `begin` (at most 6). Authorities named as a list of
// places ("Bournemouth, Christchurch and Poole") keep their commas when the list closes
// with "and" and a place; otherwise the run stops at the first comma.
std::string capitalisedRunAfter(std::string_view s, std::size_t begin) {
    const std::vector<Word> words = splitWords(s.substr(begin, kNameWindow));
    std::size_t last = 0, firstCommaEnd = 0;
    bool any = false, closedByAnd = false;
    for (std::size_t i = 0; i < words.size() && i < 6; ++i) {
        const Word& w = words[i];
        std::string lw = lowerAscii(w.text);
        // "of" joins place names ("Isle of Wight") only before another capitalised word.
        bool joiner = lw == "and" || lw == "upon" || lw == "on" || lw == "with" ||
                      (lw == "of" && i + 1 < words.size() && isUpper(words[i + 1].text[0]));
        if (!isUpper(w.text[0]) && !joiner) break;
        if (i > 0) {
            bool comma = false;
            for (std::size_t p = words[i - 1].end; p < w.begin; ++p) {
                if (s[begin + p] == ',' && !comma) comma = true;
                else if (!isAsciiSpace(s[begin + p]) || s[begin + p] == '\n') goto done;
            }
            if (comma && (joiner || !any)) goto done;
            if (comma && firstCommaEnd == 0) firstCommaEnd = words[i - 1].end;
            // "..., Christchurch and Poole": a place after "and" closes the list.
            if (firstCommaEnd && !joiner && lowerAscii(words[i - 1].text) == "and") closedByAnd = true;
        }
        last = w.end;
        any = true;
    }
done:
    if (!any) return {};
    if (firstCommaEnd && !(closedByAnd && last > firstCommaEnd)) last = firstCommaEnd;
    std::string run = collapseSpaces(s.substr(begin, last));
    for (std::string_view tail : {" and", " with", " of"})
        while (run.size() > tail.size() && run.compare(run.size() - tail.size(), tail.size(), tail) == 0)
            run.erase(run.size() - tail.size());
    return run;
}

bool plausibleAuthority(const std::string& name) {
    if (name.size() < 3 || name.size() > 60) return false;
    std::string l = lowerAscii(name);
    for (std::string_view bad : {"ofsted", "children", "cabinet", "the council", "council", "county", "local",
                                 "department", "government", "his majesty", "her majesty", "town",
                                 "parish", "district", "borough", "city", "members", "we", "our"})
        if (l == bad) return false;
    // Role and organisation words mean the run was a job title or a body, not a place.
    for (std::string_view role : {"director", "services", "member", "cabinet", "executive", "department",
                                  "ofsted", "inspector", "partnership", "board", "plan", "programme",
                                  "group", "team", "commission", "committee", "officer", "trust"})
        if (containsPhrase(l, role)) return false;
    if (l.size() > 3 && (l.compare(l.size() - 3, 3, " of") == 0 || l.compare(l.size() - 4, 4, " and") == 0))
        return false;
    return isUpper(name[0]);
}

// "Leader of Sandwell Council" -> "Sandwell Council": the office held is not the place.
std::string withoutOfficeHolder(const std::string& run) {
    std::size_t of = run.find(" of ");
    if (of == std::string::npos) return run;
    std::string office = lowerAscii(run.substr(0, of));
    for (std::string_view role : {"leader", "director", "chief", "executive", "mayor", "member", "head", "chair",
                                  "deputy", "cabinet", "councillor", "officer", "spokesperson"})
        if (containsPhrase(office, role)) return run.substr(of + 4);
    return run;
}

// True for a short all-capitals name such as "BCP": an authority's initials.
bool isAcronym(std::string_view name) {
    if (name.size() < 2 || name.size() > 6) return false;
    for (char c : name)
        if (!isUpper(c)) return false;
    return true;
}

// The place names in `text` whose initials spell `acronym` ("Bournemouth, Christchurch and
// Poole" for "BCP"): articles name a council by its initials and spell it out once.
std::string expandAcronym(std::string_view text, std::string_view acronym) {
    const std::vector<Word> words = splitWords(text);
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i].text.empty() || words[i].text[0] != acronym[0]) continue;
        std::string run = capitalisedRunAfter(text, words[i].begin);
        std::string initials;
        for (const Word& w : splitWords(run))
            if (isUpper(w.text[0])) initials.push_back(w.text[0]);
        if (initials == acronym && run.find(' ') != std::string::npos) return normaliseAuthority(run);
    }
    return {};
}

}  // namespace

namespace {

// The name the phrasings around it suggest when no directory name is found: kept as
// written (normalised), never cut to fit.
std::string authorityByPhrasing(std::string_view original) {
    // "Brighton & Hove City Council": the ampersand joins one name as "and" does, and is
    // stored spelt out.
    std::string spelt(original);
    for (std::size_t p = spelt.find(" & "); p != std::string::npos; p = spelt.find(" & ", p + 5))
        spelt.replace(p, 3, " and ");
    const std::string_view text = spelt;
    std::map<std::string, int> votes;
    std::map<std::string, std::size_t> firstSeen;
    auto vote = [&](const std::string& raw, int weight, std::size_t where) {
        std::string n = normaliseAuthority(withoutOfficeHolder(raw));
        if (!plausibleAuthority(n)) return;
        votes[n] += weight;
        if (!firstSeen.count(n)) firstSeen[n] = where;
    };
    std::size_t len = 0;
    // "visit to X children's services", "Inspection of X local authority children's services"
    for (std::string_view anchor : {"visit to ", "inspection of ", "visit of "}) {
        for (std::size_t p = findPhrase(text, anchor, 0, &len); p != std::string_view::npos;
             p = findPhrase(text, anchor, p + 1, &len)) {
            std::string run = capitalisedRunAfter(text, p + len);
            std::size_t after = p + len + run.size();
            std::size_t l2 = 0;
            std::string_view rest = text.substr(std::min(after, text.size()));
            std::size_t q = findPhrase(rest, " children's services", 0, &l2);
            std::size_t q2 = findPhrase(rest, " local authority", 0, &l2);
            std::size_t q3 = findPhrase(rest, " council", 0, &l2);
            if (q == 0 || q2 == 0 || q3 == 0 || (!run.empty() && (findPhrase(run, "council") != std::string::npos ||
                                                                   findPhrase(run, "trust") != std::string::npos)))
                vote(run, 5, p);
        }
    }
    // "London Borough of X", "Royal Borough of X", "City of X Council", "Council of the
    // Isles of Scilly"
    for (std::string_view anchor : {"london borough of ", "royal borough of ", "city of ", "council of the "}) {
        for (std::size_t p = findPhrase(text, anchor, 0, &len); p != std::string_view::npos;
             p = findPhrase(text, anchor, p + 1, &len)) {
            if (!isUpper(text[p])) continue;
            std::string run = capitalisedRunAfter(text, p + len);
            if (!run.empty()) vote(run, 3, p);
        }
    }
    // "X County Council", "X Council", "X Children's Services", "X Children's Trust" (a
    // trust runs the services for the council of X)
    for (std::string_view anchor : {" council", " children's services", " children's trust"}) {
        for (std::size_t p = findPhrase(text, anchor, 0, &len); p != std::string_view::npos;
             p = findPhrase(text, anchor, p + 1, &len)) {
            // Capitalised "Council" only: "the council" is generic. "Windsor and Maidenhead
            // children's services" names the place in lower case too, but counts less.
            const bool capital = isUpper(text[p + 1]);
            if (!capital && anchor == " council") continue;
            std::string run = capitalisedRunBefore(text, p);
            if (!run.empty()) vote(run + std::string(text.substr(p, len)), capital ? 2 : 1, p);
        }
    }
    std::string best;
    int bestVotes = 0;
    for (const auto& [name, v] : votes)
        if (v > bestVotes || (v == bestVotes && firstSeen[name] < firstSeen[best])) {
            best = name;
            bestVotes = v;
        }
    if (isAcronym(best)) {
        std::string full = expandAcronym(text, best);
        if (plausibleAuthority(full)) return full;
    }
    return best;
}

// What the words around a directory name say about it: "visit to X children's services",
// "X Council", "London Borough of X" name the document's authority; a bare mention ("a
// partnership with X") says nothing.
int mentionWeight(std::string_view text, const AuthorityMention& m) {
    std::string_view after = text.substr(m.end);
    for (std::string_view possessive : {"’s", "'s"})
        if (after.substr(0, possessive.size()) == possessive) after.remove_prefix(possessive.size());
    std::size_t sp = 0;
    while (sp < after.size() && (after[sp] == ' ' || after[sp] == '\n')) ++sp;
    after.remove_prefix(sp);
    int weight = m.official ? 3 : 0;
    bool headed = false;  // the name heads a council or its children's services
    for (std::string_view head : {"council", "county council", "city council", "borough council", "district council",
                                  "metropolitan borough council", "metropolitan district council", "children's services",
                                  "children's social care", "children's trust", "local authority"}) {
        const std::size_t e = matchAt(after, 0, head);
        if (e == std::string_view::npos) continue;
        if (e < after.size() && isAlpha(after[e])) continue;
        headed = true;
        // "the council" is generic; "Herefordshire Council" names it. A service named in
        // lower case counts less.
        const bool capital = isUpper(after[0]);
        if (head.find("council") != std::string_view::npos && !capital) {
            headed = false;
            continue;
        }
        weight = std::max(weight, capital ? 2 : 1);
        break;
    }
    std::string before = lowerAscii(text.substr(m.begin > 24 ? m.begin - 24 : 0, std::min<std::size_t>(m.begin, 24)));
    for (std::size_t p; (p = before.find('\n')) != std::string::npos;) before[p] = ' ';
    if (before.size() >= 4 && before.compare(before.size() - 4, 4, "the ") == 0) before.erase(before.size() - 4);
    for (std::string_view anchor : {"visit to ", "inspection of ", "visit of "})
        if (before.size() >= anchor.size() && before.compare(before.size() - anchor.size(), anchor.size(), anchor) == 0 &&
            (headed || m.official))
            weight = 5;
    return weight;
}

}  // namespace

AuthorityMatch findAuthorityIn(std::string_view original, const AuthorityDirectory& directory) {
    // "Brighton & Hove City Council": the directory reads "&" as "and".
    const std::vector<AuthorityMention> found = directory.mentions(original);
    std::map<std::string, int> score;
    std::map<std::string, std::size_t> firstSeen;
    std::vector<const AuthorityMention*> sharedTrusts;  // trusts serving several councils
    std::string trustAsWritten;
    for (const AuthorityMention& m : found) {
        if (m.authority.empty()) {
            sharedTrusts.push_back(&m);
            continue;
        }
        const int w = mentionWeight(original, m);
        if (!firstSeen.count(m.authority)) firstSeen[m.authority] = m.begin;
        score[m.authority] += w;
    }
    // A trust that serves several councils ("Achieving for Children") counts for the one of
    // them the document names.
    for (const AuthorityMention* t : sharedTrusts) {
        const std::string* named = nullptr;
        for (const std::string& c : t->candidates)
            if (score.count(c) && (!named || firstSeen[c] < firstSeen[*named])) named = &c;
        if (named) score[*named] += mentionWeight(original, *t);
        else if (trustAsWritten.empty()) trustAsWritten = collapseSpaces(original.substr(t->begin, t->end - t->begin));
    }
    std::string best;
    int bestScore = 0;
    for (const auto& [name, s] : score)
        if (s > bestScore || (s == bestScore && s > 0 && firstSeen[name] < firstSeen[best])) {
            best = name;
            bestScore = s;
        }
    if (!best.empty()) return {best, true};
    if (!trustAsWritten.empty()) return {trustAsWritten, false};
    std::string written = authorityByPhrasing(original);
    if (written.empty()) return {};
    // The phrasing may have found a directory name in another form ("Borough of X").
    if (std::string known = directory.lookup(written); !known.empty()) return {known, true};
    return {written, directory.knows(written)};
}

std::string findAuthority(std::string_view text) {
    return findAuthorityIn(text, AuthorityDirectory::builtIn()).name;
}

}  // namespace findings::docparse
