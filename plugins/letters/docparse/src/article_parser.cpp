// News articles and press releases: publication date, authority, visit, previous
// judgement, people quoted or named, and one paragraph per reported finding or quotation.
#include "context.hpp"
#include "metadata.hpp"
#include "reprinted_letter.hpp"
#include "speakers.hpp"
#include "text_util.hpp"

#include <set>

namespace findings::docparse::detail {

namespace {

bool startsWithQuote(std::string_view t) {
    t = trim(t);
    std::size_t q = 0;
    return isQuoteAt(t, 0, &q) && !(t[0] == '\'' && !(t.size() > 1 && isUpper(t[1])));
}

// Cues that a paragraph reports what inspectors found or judged.
bool reportsFinding(std::string_view t) {
    for (std::string_view cue : {"inspector", "ofsted", "inspection", "visit", "judged", "found", "findings",
                                 "identified", "concluded", "noted", "observed", "report", "letter", "rating",
                                 "rated", "progress", "improvement", "inadequate", "concern", "weakness",
                                 "strength", "practice", "variable", "delays", "inconsistent"})
        if (containsPhrase(t, cue)) return true;
    return false;
}

// "ENDS", "-ends-", "Notes to editors": the end of a press release's own text.
bool isEndOfRelease(std::string_view t) {
    std::string l = lowerAscii(trim(t));
    while (!l.empty() && (l.front() == '-' || l.front() == ' ')) l.erase(0, 1);
    while (!l.empty() && (l.back() == '-' || l.back() == ' ')) l.pop_back();
    return l == "ends" || startsWithI(l, "notes to editors") || startsWithI(l, "notes for editors") ||
           startsWithI(l, "note to editors") || startsWithI(l, "editor's notes") || startsWithI(l, "editors' notes");
}

// A byline: a short block whose first line is "By <name>, <outlet>".
bool isByline(const Block& b, const std::vector<Row>& rows) {
    const std::string& first = rows[b.first()].text;
    return b.rows.size() <= 3 && b.text.size() < 200 && startsWithI(first, "by ") && first.size() > 4 &&
           isUpper(first[3]);
}

// "By Tom Ashworth, Local Democracy Reporting Service" -> the writer and outlet.
std::string bylineAuthor(std::string_view firstRow) {
    return collapseSpaces(trim(firstRow.substr(3)));
}

// Web-page furniture saved with an article: navigation links and photo credits, never
// its title or a paragraph.
bool isPageFurniture(std::string_view t) {
    for (std::string_view s : {"skip to content", "skip to main content", "image source", "image caption",
                               "share this", "share page", "getty images", "listen to this article"})
        if (startsWithI(trim(t), s)) return true;
    // A pointer to the full document is a link, not a finding: "To read the letter in
    // full see ...", "The full report can be read here."
    if (t.size() < 200)
        for (std::string_view s : {"to read the", "read the full", "read more", "you can read", "click here",
                                   "the full report can be read", "the full letter can be read"})
            if (startsWithI(trim(t), s)) return true;
    return false;
}

// The key under which repeated paragraphs are recognised: a photo caption repeats the
// first paragraph without its full stop, a standfirst repeats it word for word.
std::string repeatKey(std::string_view t) {
    std::string k = collapseSpaces(t);
    while (!k.empty() && (k.back() == '.' || k.back() == ' ')) k.pop_back();
    return lowerAscii(k);
}

void addPerson(ParsedDocument& doc, const Speaker& s) {
    for (PersonInfo& p : doc.people)
        if (p.name == s.name) {
            if (p.role.empty()) p.role = s.role;
            return;
        }
    doc.people.push_back(PersonInfo{s.name, s.role});
}

}  // namespace

void parseArticle(Context& ctx) {
    ParsedDocument& doc = ctx.doc;
    const std::vector<Block>& blocks = ctx.blocks;
    std::string all = ctx.textOf(0, blocks.size());

    // Publication date: "Published: 14th June 2023", "Last updated 3 May 2024", a dateline.
    PartialDate published;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const std::string& t = blocks[i].text;
        bool label = startsWithI(t, "published") || startsWithI(t, "last updated") || startsWithI(t, "updated") ||
                     startsWithI(t, "date:") || startsWithI(t, "posted");
        // A byline block: "By Tom Ashworth, …" on one line, "Published 12 June 2024" below.
        if (!label && blocks[i].rows.size() > 1) {
            std::optional<PartialDate> rowDate;
            for (std::size_t r : blocks[i].rows) {
                const std::string& rt = ctx.rows[r].text;
                if (!rowDate && (startsWithI(rt, "published") || startsWithI(rt, "last updated")))
                    rowDate = findFullDate(rt);
            }
            if (rowDate) {
                published = *rowDate;
                break;
            }
        }
        bool dateline = (i < 3 || i + 1 == blocks.size()) && t.size() < 40;
        if (!label && !dateline) continue;
        if (auto d = findFullDate(t)) {
            published = *d;
            if (label) break;
        }
    }
    doc.date = published.iso();

    std::size_t titleBlock = 0;
    while (titleBlock < blocks.size() && isPageFurniture(blocks[titleBlock].text)) ++titleBlock;
    if (titleBlock < blocks.size() && blocks[titleBlock].rows.size() <= 2 && blocks[titleBlock].text.size() < 150 &&
        !endsWithClosingPunctuation(blocks[titleBlock].text))
        doc.title = blocks[titleBlock].text;
    doc.local_authority = findAuthority(all);
    if (doc.kind == DocumentKind::PressRelease && !doc.local_authority.empty()) {
        // The council issuing the release, as it names itself.
        std::size_t len = 0;
        std::string council = doc.local_authority + " Council";
        if (findPhrase(all, lowerAscii(council), 0, &len) != std::string_view::npos) doc.author = council;
    }

    // Without a publication date, a visit dated without its year ("on 4 and 5 June") takes
    // the year the article's other dates agree on, and stays undated when they do not.
    PartialDate visitReference = published;
    if (visitReference.year == 0) visitReference.year = unambiguousYear(all);
    if (auto r = visitDates(all, visitReference)) {
        doc.visit.start = r->start.iso();
        doc.visit.end = r->end.iso();
    }
    if (int ordinal = findVisitOrdinal(all)) doc.visit.ordinal = ordinal;
    doc.previous_judgement = previousJudgement(all, published);
    doc.inspectors = inspectorsFromText(all);
    doc.framework = frameworkFromText(all);

    // Paragraphs: quotations with their speaker, and paragraphs reporting findings.
    std::string speaker;  // who the current run of quotations belongs to
    std::set<std::string> kept;  // paragraph texts already seen
    const std::string section = doc.kind == DocumentKind::PressRelease ? "Press release" : "Article";
    const std::size_t letterStart = reprintedLetterStart(ctx);  // npos: no letter reprinted
    std::string letterSection;  // the reprinted letter's heading in force
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        const std::string& t = b.text;
        if (i == titleBlock && t == doc.title) continue;
        if (isPageFurniture(t)) continue;
        if (startsWithI(t, "published") || startsWithI(t, "last updated")) continue;
        // A press release ends at "ENDS"; what follows ("Notes to editors") is boilerplate.
        if (isEndOfRelease(t)) break;
        if (isByline(b, ctx.rows)) {
            if (doc.author.empty()) doc.author = bylineAuthor(ctx.rows[b.first()].text);
            continue;
        }
        // A standfirst repeated as the first body paragraph is one paragraph, not two.
        if (!kept.insert(repeatKey(t)).second) continue;
        if (i < letterStart)
            for (const Speaker& named : peopleNamedWithRole(t)) addPerson(doc, named);
        if (i >= letterStart) {
            // The letter the article reprints: its paragraphs are the judgement it reports.
            if (opensLetter(b) || b.known_heading || (t.size() < 120 && !endsWithClosingPunctuation(t))) {
                if (b.known_heading) letterSection = t;
                continue;
            }
            if (t.size() < 60 || containsPhrase(t, "i am copying this letter") || containsPhrase(t, "framework"))
                continue;
            Paragraph p = ctx.paragraphFor(b, section, ParagraphRole::ArticleParagraph);
            p.subsection = letterSection;
            ctx.addParagraph(std::move(p));
            continue;
        }
        std::size_t vlen = 0;
        std::size_t verb = speechVerb(t, &vlen);
        std::optional<Speaker> who;
        if (verb != std::string_view::npos && startsWithQuote(t) && verbFollowsQuote(t, verb) && verb < 600)
            who = speakerAfter(t, verb + vlen);
        else if (verb != std::string_view::npos && verb < 200)
            who = speakerBefore(t, verb);
        if (who) {
            addPerson(doc, *who);
            speaker = who->name;
        } else if (verb != std::string_view::npos && verb < 20 &&
                   (startsWithI(t, "he ") || startsWithI(t, "she ") || startsWithI(t, "they "))) {
            // "He said:" keeps the last named speaker.
        } else if (!startsWithQuote(t)) {
            speaker.clear();
        }
        // The quotation inside "X said: “...”", or a paragraph that is a quotation.
        std::size_t quoteAt = std::string::npos;
        if (startsWithQuote(t)) quoteAt = 0;
        else if (verb != std::string_view::npos) {
            for (std::size_t p = verb + vlen; p < t.size() && p < verb + vlen + 20; ++p) {
                std::size_t q = 0;
                if (isQuoteAt(t, p, &q) && t[p] != '\'') {
                    quoteAt = p;
                    break;
                }
            }
        }
        if (quoteAt != std::string::npos && !speaker.empty()) {
            Paragraph p = ctx.paragraphFor(b, section, ParagraphRole::Quotation);
            p.text = std::string(trim(std::string_view(t).substr(quoteAt)));
            p.attribution = speaker;
            ctx.addParagraph(std::move(p));
            continue;
        }
        if (t.size() < 60 || t.back() == ':') continue;
        if (!reportsFinding(t)) continue;
        Paragraph p = ctx.paragraphFor(b, section, ParagraphRole::ArticleParagraph);
        if (who) p.attribution = who->name;
        ctx.addParagraph(std::move(p));
    }
    // Inspectors named in an article are people in it too.
    for (const std::string& n : doc.inspectors) {
        bool seen = false;
        for (const PersonInfo& p : doc.people) seen |= p.name == n;
        if (!seen) doc.people.push_back(PersonInfo{n, "inspector"});
    }
}

}  // namespace findings::docparse::detail
