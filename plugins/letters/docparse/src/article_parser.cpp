// News articles and press releases: publication date, authority, visit, previous
// judgement, people quoted or named, and one paragraph per reported finding or quotation.
#include "article_page.hpp"
#include "context.hpp"
#include "findings/docparse/scanners.hpp"
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

// The key under which repeated paragraphs are recognised: a photo caption repeats the
// first paragraph without its full stop, a standfirst repeats it word for word.
std::string repeatKey(std::string_view t) {
    std::string k = collapseSpaces(t);
    while (!k.empty() && (k.back() == '.' || k.back() == ' ')) k.pop_back();
    return lowerAscii(k);
}

// The end of the quotation closed right before the speech verb at `verb`, with at most
// the speaker's few words between ("...,” he added", "...,” the letter said"), or npos.
std::size_t closingQuoteBefore(std::string_view t, std::size_t verb) {
    std::size_t close = std::string_view::npos;
    for (std::size_t p = 1; p < verb; ++p) {
        std::size_t q = 0;
        if (isQuoteAt(t, p, &q) && t[p] != '\'') close = p + q;
    }
    if (close == std::string_view::npos || splitWords(t.substr(close, verb - close)).size() > 3) return std::string_view::npos;
    return close;
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
    // The article's own text: what follows "Related topics" or "More on this story" is
    // other stories' headlines and dates.
    std::size_t pageEnd = 0;
    while (pageEnd < blocks.size() && !isEndOfPage(ctx.rows[blocks[pageEnd].first()].text)) ++pageEnd;
    std::string all = ctx.textOf(0, pageEnd);

    // Publication date: "Published: 14th June 2023", "Last updated 3 May 2024", a dateline.
    PartialDate published;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const std::string& t = blocks[i].text;
        // The marker is a line of its own; the links may follow it without a blank line.
        if (isEndOfPage(ctx.rows[blocks[i].first()].text)) break;
        // "By Tom Hargreaves / Local Democracy Reporter / 12:00, 8 April 2024", "by Joanne
        // Fraser, Wednesday, March 5, 2025": the byline carries the date.
        if (isByline(blocks[i], ctx.rows))
            if (auto d = findFullDate(t)) {
                published = *d;
                break;
            }
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
    while (titleBlock < blocks.size() &&
           (isPageFurniture(blocks[titleBlock].text) || isReleaseLabel(blocks[titleBlock].text)))
        ++titleBlock;
    if (titleBlock < blocks.size() && blocks[titleBlock].rows.size() <= 2 && blocks[titleBlock].text.size() < 150 &&
        !endsWithClosingPunctuation(blocks[titleBlock].text))
        doc.title = blocks[titleBlock].text;
    ctx.findLocalAuthority({all});
    if (doc.kind == DocumentKind::PressRelease && !doc.local_authority.empty()) {
        // The council issuing the release, as it names itself.
        std::size_t len = 0;
        std::string council = doc.local_authority + " Council";
        if (findPhrase(all, lowerAscii(council), 0, &len) != std::string_view::npos) doc.author = council;
        // A trust heads its own releases with its name: "Larkfield Children's Trust welcomes ...".
        if (containsPhrase(doc.title, "children's trust")) doc.author = doc.local_authority + " Children's Trust";
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
    // A headline announces the new grade ("Ashdown children's services rated 'good'"), never
    // the one it replaced.
    const std::string body = doc.title.empty() ? all : ctx.textOf(titleBlock + 1, pageEnd);
    doc.previous_judgement = previousJudgement(body, published);
    if (doc.previous_judgement.year)
        doc.properties["previous_judgement_year"] = std::to_string(doc.previous_judgement.year);
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
        if (isEndOfRelease(t) || isEndOfPage(ctx.rows[b.first()].text)) break;
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
        } else if (verb != std::string_view::npos && verb < 80 && !unnamedSpeaker(t, verb).empty()) {
            // "A council spokesperson said:": quoted, though no person is named.
            speaker = unnamedSpeaker(t, verb);
        } else if (verb != std::string_view::npos && startsWithQuote(t) && quotesOfsted(t, verb)) {
            speaker = "Ofsted";
        } else if (!startsWithQuote(t)) {
            speaker.clear();
        }
        // The quotation inside "X said: “...”", or a paragraph that is a quotation.
        std::size_t quoteAt = std::string::npos;
        if (startsWithQuote(t)) quoteAt = 0;
        else if (verb != std::string_view::npos) {
            for (std::size_t p = verb + vlen; p < t.size() && p < verb + vlen + 20; ++p) {
                std::size_t q = 0;
                // A single quote opens speech only before a capital: "said: 'Our social
                // workers ...'", not "said the council's ...".
                if (isQuoteAt(t, p, &q) && (t[p] != '\'' || (p + 1 < t.size() && isUpper(t[p + 1])))) {
                    quoteAt = p;
                    break;
                }
            }
        }
        // "Sue Parry ... said social workers had been “pushed to breaking point” by high
        // caseloads.": reported speech quoting the speaker's words is a quotation too.
        std::size_t reportedAt = std::string::npos;
        if (quoteAt == std::string::npos && who && verb + vlen < t.size())
            for (std::size_t p = verb + vlen; p < t.size(); ++p) {
                std::size_t q = 0;
                if (isQuoteAt(t, p, &q) && t[p] != '\'') {
                    reportedAt = verb + vlen;
                    break;
                }
            }
        if ((quoteAt != std::string::npos || reportedAt != std::string::npos) && !speaker.empty()) {
            Paragraph p = ctx.paragraphFor(b, section, ParagraphRole::Quotation);
            const std::size_t from = quoteAt != std::string::npos ? quoteAt : reportedAt;
            p.text = std::string(trim(std::string_view(t).substr(from)));
            // "“We know there is more to do,” said Cllr Jane Smith, cabinet member for ...":
            // the quotation is the words quoted; who said them is its attribution.
            if (quoteAt == 0 && verb != std::string_view::npos) {
                const std::size_t close = closingQuoteBefore(t, verb);
                const std::size_t stop = t.find('.', verb);
                if (close != std::string::npos &&
                    (stop == std::string::npos || trim(std::string_view(t).substr(stop + 1)).empty()))
                    p.text = std::string(trim(std::string_view(t).substr(0, close)));
            }
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
