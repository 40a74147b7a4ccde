// Finding people and their roles in the sentences of articles and press releases.
#include "speakers.hpp"

#include "findings/docparse/scanners.hpp"
#include "text_util.hpp"

namespace findings::docparse::detail {

namespace {

// Words that make up job titles rather than names ("Cabinet member for Children and
// Young People", "Children's wellbeing director").
bool isRoleWord(std::string_view w) {
    static const char* const roles[] = {
        "cabinet", "member", "director", "children", "children's", "children’s", "services", "young",
        "people", "inspector", "councillor", "cllr", "chief", "executive", "leader", "head", "manager",
        "officer", "corporate", "interim", "assistant", "deputy", "chair", "mayor", "minister",
        "secretary", "wellbeing", "education", "social", "care", "health", "council", "lead", "portfolio",
        "holder", "senior", "strategic", "commissioner", "spokesman", "spokeswoman", "spokesperson",
        "safeguarding", "board", "families", "family", "mp", "hmi", "ofsted", "the", "of", "for", "and",
        // party and opposition roles: "Conservative opposition leader", "Liberal Democrat
        // spokesperson" ("Green" and "Reform" are surnames too often to count)
        "conservative", "labour", "liberal", "democrat", "democrats", "opposition", "shadow", "group"};
    std::string l = lowerAscii(w);
    for (const char* r : roles)
        if (l == r) return true;
    return false;
}

// Titles written before a name ("Cllr Martin Hale"): part of how the person is named,
// not of the name.
bool isTitleWord(std::string_view w) {
    static const char* const titles[] = {"cllr", "councillor", "dr", "mr", "mrs", "ms", "miss", "prof",
                                         "professor", "sir", "dame", "lord", "lady", "baroness", "rev"};
    std::string l = lowerAscii(w);
    for (const char* t : titles)
        if (l == t) return true;
    return false;
}

// Words that head a role: a phrase with one of them says what a person does.
bool isRoleHead(std::string_view w) {
    static const char* const heads[] = {
        "director", "member", "leader", "inspector", "officer", "executive", "chair", "chairman",
        "chairwoman", "manager", "commissioner", "head", "mayor", "minister", "secretary", "spokesman",
        "spokeswoman", "spokesperson", "councillor", "mp", "holder", "lead", "leads", "chief", "president"};
    std::string l = lowerAscii(w);
    for (const char* h : heads)
        if (l == h) return true;
    return false;
}

bool hasRoleHead(std::string_view phrase) {
    for (const Word& w : splitWords(phrase))
        if (isRoleHead(w.text)) return true;
    return false;
}

// Words after which capitalised words name an organisation or place, not a person.
bool isOrganisationLead(std::string_view w) {
    std::string l = lowerAscii(w);
    return l == "of" || l == "at" || l == "for" || l == "from" || l == "with" || l == "the";
}

// Prepositions that put a place, not a person, before them: "In Wyvern, ...".
bool isPlacePreposition(std::string_view w) {
    std::string l = lowerAscii(w);
    return l == "in" || l == "at" || l == "across" || l == "within" || l == "throughout" || l == "from";
}

// A role is a noun phrase; a verb or a relative word in it makes it a clause ("the
// director said ...", "a county where the director ...").
bool hasVerb(std::string_view phrase) {
    static const char* const verbs[] = {"said", "says", "is", "was", "are", "were", "has", "have", "had",
                                        "will", "would", "told", "added", "found", "welcomed",
                                        // relative words open a clause too: "a county where ..."
                                        "where", "which", "that", "whose", "when"};
    for (const Word& w : splitWords(phrase)) {
        std::string l = lowerAscii(w.text);
        for (const char* v : verbs)
            if (l == v) return true;
    }
    return false;
}

// A role as written, without the commas around it or the "who" of a relative clause
// ("who leads on children's services" -> "leads on children's services").
std::string tidyRole(std::string_view role) {
    role = trim(role);
    while (!role.empty() && (role.back() == ',' || role.back() == ' ')) role.remove_suffix(1);
    // "Our Director of Children's Services" in a council's own release.
    for (std::string_view lead : {"who is ", "who ", "our "})
        if (startsWithI(role, lead)) {
            role.remove_prefix(lead.size());
            break;
        }
    return collapseSpaces(role);
}

// True when the quotation mark at `pos` is an apostrophe inside a word ("council's").
bool isApostrophe(std::string_view text, std::size_t pos, std::size_t length) {
    return pos > 0 && isAlpha(text[pos - 1]) && pos + length < text.size() && isAlpha(text[pos + length]);
}

// A name of two or three name words at the start of `text` (after any titles), and the
// role set off by a comma after it: "Helen Marchbank, Director of Children's Services" or
// "Cllr Rosalind Pike, cabinet member for children and families".
std::optional<Speaker> nameThenRole(std::string_view text) {
    const std::size_t comma = text.find(',');
    const std::vector<Word> words = splitWords(text.substr(0, comma));
    std::size_t first = 0;
    while (first < words.size() && isTitleWord(words[first].text)) ++first;
    const std::size_t count = words.size() - first;
    if (count < 2 || count > 3) return std::nullopt;
    for (std::size_t i = first; i < words.size(); ++i)
        if (!isNameWord(words[i].text) || isRoleWord(words[i].text)) return std::nullopt;
    Speaker s;
    s.name = collapseSpaces(text.substr(words[first].begin, words.back().end - words[first].begin));
    if (comma != std::string_view::npos) {
        s.role = tidyRole(text.substr(comma + 1));
    }
    return s;
}

// "Helen Marchbank, Wyvern's director of children's services, said: ..." (the clause
// before the speech verb): the name opens the clause and the role follows between commas.
std::optional<Speaker> speakerAppositive(std::string_view clause) {
    clause = trim(clause);
    if (clause.find(',') == std::string_view::npos) return std::nullopt;
    std::optional<Speaker> s = nameThenRole(clause);
    if (s && s->role.empty()) return std::nullopt;
    return s;
}

// "Jane Smith (Director of Children's Services) said": the role in brackets after the
// name.
std::optional<Speaker> speakerBracketed(std::string_view clause) {
    clause = trim(clause);
    while (!clause.empty() && (clause.back() == ',' || clause.back() == ' ')) clause.remove_suffix(1);
    if (clause.empty() || clause.back() != ')') return std::nullopt;
    const std::size_t open = clause.rfind('(');
    if (open == std::string_view::npos) return std::nullopt;
    std::string_view before = clause.substr(0, open);
    const std::size_t comma = before.rfind(',');
    if (comma != std::string_view::npos) before = before.substr(comma + 1);
    std::optional<Speaker> s = nameThenRole(trim(before));
    if (!s) return std::nullopt;
    // "(Conservative)", "(Lib Dem)": a party, not a role.
    const std::string_view bracketed = clause.substr(open + 1, clause.size() - open - 2);
    s->role = hasRoleHead(bracketed) || bracketed == "HMI" ? tidyRole(bracketed) : std::string();
    return s;
}

}  // namespace

// "“We are pleased …,” said Cllr Rosalind Pike, cabinet member for children and
// families." The attribution after the verb runs to the end of its sentence or to the
// next quotation.
std::optional<Speaker> speakerAfter(std::string_view text, std::size_t afterVerb) {
    std::size_t end = afterVerb;
    std::size_t q = 0;
    while (end < text.size() && text[end] != '.' && !(isQuoteAt(text, end, &q) && !isApostrophe(text, end, q)))
        ++end;
    return nameThenRole(trim(text.substr(afterVerb, end - afterVerb)));
}

// True when the speech verb at `verb` directly follows a closing quotation mark
// ("…,” said"): the speaker is named after the verb.
bool verbFollowsQuote(std::string_view text, std::size_t verb) {
    std::string_view before = trim(text.substr(0, verb));
    if (before.empty()) return false;
    if (before.back() == '"') return true;
    return before.size() >= 3 && before.substr(before.size() - 3) == "\xE2\x80\x9D";  // ”
}

// "Cabinet member Felicity Norman said: ..." -> {Felicity Norman, Cabinet member}.
// The name is the run of name words right before the speech verb; the role is what
// precedes it in the clause.
std::optional<Speaker> speakerBefore(std::string_view text, std::size_t verbPos) {
    std::size_t clauseStart = verbPos;
    while (clauseStart > 0 && text[clauseStart - 1] != '.' && text[clauseStart - 1] != '!' &&
           text[clauseStart - 1] != '?' && text[clauseStart - 1] != '\n')
        --clauseStart;
    std::string_view clause = text.substr(clauseStart, verbPos - clauseStart);
    if (std::optional<Speaker> bracketed = speakerBracketed(clause)) return bracketed;
    const std::vector<Word> words = splitWords(clause);
    if (words.empty()) return std::nullopt;
    // Only spaces (or a comma) may separate the name from the verb.
    std::size_t i = words.size();
    std::size_t nameStart = i;
    while (i > 0 && isNameWord(words[i - 1].text) && !isRoleWord(words[i - 1].text) && words.size() - i < 3) {
        --i;
        nameStart = i;
    }
    if (words.size() - nameStart < 2) return speakerAppositive(clause);
    // "branch secretary of Unison Millbrook said": capitalised words after "of" or "at"
    // name an organisation or a place; the person is named earlier in the clause.
    if (nameStart > 0 && isOrganisationLead(words[nameStart - 1].text)) return speakerAppositive(clause);
    Speaker s;
    s.name = collapseSpaces(clause.substr(words[nameStart].begin, words.back().end - words[nameStart].begin));
    std::string role = collapseSpaces(clause.substr(0, words[nameStart].begin));
    // "Leader of Harlow Vale Council, Cllr Margaret Dunn, said": the title between the
    // comma and the name is how the person is addressed, not part of the role.
    for (;;) {
        const std::vector<Word> tail = splitWords(role);
        if (tail.empty() || !isTitleWord(tail.back().text)) break;
        role.erase(tail.back().begin);
        while (!role.empty() && role.back() == ' ') role.pop_back();
    }
    const bool commaBeforeName = !role.empty() && (role.back() == ',' || (role.size() > 1 && role[role.size() - 2] == ','));
    while (!role.empty() && (role.back() == ',' || role.back() == ' ')) role.pop_back();
    // "Ofsted's regional director, Yvonne Black, said": the role set off before the name
    // is the phrase after the clause's last comma, when it names a role.
    if (commaBeforeName) {
        std::string_view lastPhrase = role;
        const std::size_t comma = lastPhrase.rfind(',');
        if (comma != std::string_view::npos) lastPhrase = lastPhrase.substr(comma + 1);
        if (hasRoleHead(lastPhrase) && splitWords(lastPhrase).size() <= 10) {
            s.role = tidyRole(lastPhrase);
            return s;
        }
    }
    // Keep the role only when it is made of role words: "Now, the latest report" is not one.
    const std::vector<Word> rw = splitWords(role);
    std::size_t roleStart = rw.size();
    // A place inside the title counts with it: "Leader of Sandwell Council".
    auto placeInRole = [&](std::size_t k) {
        return k >= 2 && isNameWord(rw[k - 1].text) && k < rw.size() && isRoleWord(rw[k].text) &&
               (lowerAscii(rw[k - 2].text) == "of" || lowerAscii(rw[k - 2].text) == "for");
    };
    while (roleStart > 0 && (isRoleWord(rw[roleStart - 1].text) || placeInRole(roleStart)))
        --roleStart;
    // A title just before the name ("... Council Councillor Kerrie Carmichael") is how the
    // person is addressed, not part of the role.
    std::size_t roleEnd = rw.size();
    while (roleEnd > roleStart && isTitleWord(rw[roleEnd - 1].text)) --roleEnd;
    s.role = roleStart < roleEnd ? collapseSpaces(std::string_view(role).substr(
                                       rw[roleStart].begin, rw[roleEnd - 1].end - rw[roleStart].begin))
                                 : std::string();
    return s;
}

// Position of a speech verb ("said", "says", "added") in text, or npos.
std::size_t speechVerb(std::string_view text, std::size_t* length) {
    std::size_t best = std::string_view::npos;
    for (std::string_view v : {" said", " says", " added", " commented", " explained", " told"}) {
        std::size_t len = 0;
        std::size_t p = findPhrase(text, v, 0, &len);
        while (p != std::string_view::npos && p + len < text.size() && isAlpha(text[p + len]))
            p = findPhrase(text, v, p + 1, &len);
        if (p < best) {
            best = p;
            *length = len;
        }
    }
    return best;
}

std::vector<Speaker> peopleNamedWithRole(std::string_view text) {
    std::vector<Speaker> people;
    const std::vector<Word> words = splitWords(text);
    for (std::size_t i = 0; i < words.size(); ++i) {
        // A name starts after anything but another name word (titles aside).
        if (!isNameWord(words[i].text) || isRoleWord(words[i].text) || isTitleWord(words[i].text)) continue;
        if (i > 0 && isNameWord(words[i - 1].text) && !isTitleWord(words[i - 1].text)) continue;
        std::size_t end = i;
        while (end < words.size() && end - i < 4 && isNameWord(words[end].text) && !isRoleWord(words[end].text))
            ++end;
        const std::size_t count = end - i;
        if (count < 2 || count > 3) continue;
        // The role follows the name between commas, or to the end of the sentence.
        std::size_t p = words[end - 1].end;
        while (p < text.size() && text[p] == ' ') ++p;
        if (p >= text.size() || text[p] != ',') continue;
        std::size_t roleEnd = p + 1;
        while (roleEnd < text.size() && text[roleEnd] != ',' && text[roleEnd] != '.' && text[roleEnd] != ';' &&
               text[roleEnd] != '(' && text[roleEnd] != ':')
            ++roleEnd;
        std::string_view role = trim(text.substr(p + 1, roleEnd - p - 1));
        // A role names what the person does, as a phrase, not a clause: "Wyvern, which
        // ...", "In North Yorkshire, the director said ..." are places.
        if (role.empty() || !hasRoleHead(role) || splitWords(role).size() > 12 || hasVerb(role)) continue;
        if (i > 0 && isPlacePreposition(words[i - 1].text)) continue;
        // "the Ashby Gazette, Councillor Dev Patel, ...": an organisation, and a role that
        // is someone's name.
        if (i > 0 && lowerAscii(words[i - 1].text) == "the") continue;
        if (const std::vector<Word> rw = splitWords(role); isTitleWord(rw.front().text)) continue;
        // "At Wyvern Hall, the director of children's services, Jane Smith, said": the role
        // belongs to the name after it.
        if (roleEnd < text.size() && text[roleEnd] == ',') {
            const std::vector<Word> after = splitWords(text.substr(roleEnd + 1, 80));
            if (after.size() >= 2 && isNameWord(after[0].text) && isNameWord(after[1].text)) continue;
        }
        Speaker s;
        s.name = collapseSpaces(text.substr(words[i].begin, words[end - 1].end - words[i].begin));
        s.role = tidyRole(role);
        people.push_back(std::move(s));
        i = end - 1;
    }
    return people;
}

}  // namespace findings::docparse::detail
