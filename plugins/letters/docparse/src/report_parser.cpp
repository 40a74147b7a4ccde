// Inspection reports (ILACS since 2018, SIF 2013-2017): front matter (authority, dates,
// inspectors, judgement table), headline summary, improvement points and the numbered
// paragraphs of each judgement section. Contents, definitions of the judgements and the
// back page are left out.
#include "context.hpp"
#include "findings/docparse/scanners.hpp"
#include "headings.hpp"
#include "judgement_table.hpp"
#include "metadata.hpp"
#include "text_util.hpp"
#include "unbulleted_items.hpp"

namespace findings::docparse::detail {

namespace {

bool isBackMatter(std::string_view t) {
    for (std::string_view s : {"the office for standards in education", "if you would like a copy of this document",
                               "any complaints about the inspection", "you may reuse this information",
                               "you may copy all or parts of this document", "© crown copyright"})
        if (startsWithI(t, s)) return true;
    return false;
}

bool isNullItem(std::string_view t) {
    return startsWithI(t, "there are no areas") || startsWithI(t, "there are no priority") ||
           startsWithI(t, "none.") || lowerAscii(trim(t)) == "none";
}

// Text after "Label:" in a row, or "" when the row does not start with the label.
std::string afterLabel(const std::string& text, std::string_view label) {
    if (!startsWithI(text, label)) return {};
    std::string_view rest = std::string_view(text).substr(label.size());
    while (!rest.empty() && (rest[0] == ':' || rest[0] == ' ')) rest.remove_prefix(1);
    return std::string(rest);
}

// Merges a plain block into the previous paragraph of the same section when it is the
// rest of a numbered paragraph or list item cut by a page break (reports number every
// paragraph of a judgement section, so an unnumbered block cannot start a new one).
bool continuesItem(Context& ctx, const Block& b, const std::string& section) {
    if (ctx.doc.paragraphs.empty()) return false;
    Paragraph& prev = ctx.doc.paragraphs.back();
    if (prev.section != section) return false;
    bool numbered = prev.number >= 0;
    bool pageBreak = false;  // a dropped page number or running header sits between them
    for (std::size_t r = b.first(); r-- > 0;) {
        if (ctx.rows[r].blank || ctx.rows[r].dropped) {
            if (ctx.rows[r].dropped) pageBreak = true;
            continue;
        }
        break;
    }
    if (!(numbered || pageBreak || startsLower(b.text) || !endsWithClosingPunctuation(prev.text))) return false;
    appendReflowed(prev.text, b.text);
    const Row& last = ctx.rows[b.last()];
    prev.line_end = last.number;
    prev.char_end = long(last.offset + last.length);
    prev.summary.clear();  // the text grew: parseDocument() takes its first sentence at the end
    return true;
}

// The judgement heading formed by the last rows of a block (the shortest suffix that
// reads as one): "Section 2: ... (LSCB)" wrapped above "The effectiveness of the LSCB
// requires improvement" leaves the wrapped part out.
std::optional<JudgementHeading> judgementHeadingSuffix(const std::vector<Row>& rows, const Block& b, std::string& text) {
    for (std::size_t k = 1; k <= b.rows.size() && k <= 3; ++k) {
        std::string candidate;
        for (std::size_t i = b.rows.size() - k; i < b.rows.size(); ++i) appendReflowed(candidate, rows[b.rows[i]].text);
        if (!startsUpper(candidate)) continue;
        if (auto h = judgementHeading(candidate)) {
            text = candidate;
            return h;
        }
    }
    return std::nullopt;
}

// A judgement heading that opens a body section. The overall verdict of a SIF report's
// front page ("The overall judgement is that children's services are good", "Children's
// services in X require improvement to be good") reads like one but heads the table.
bool isSectionHeading(const std::vector<Row>& rows, const Block& b) {
    std::string text;
    auto h = judgementHeadingSuffix(rows, b, text);
    if (!h) return false;
    for (std::string_view statement : {"the overall judgement", "children's services in ", "services for children in "})
        if (startsWithI(h->area, statement)) return false;
    return true;
}

// True when `name` (capitalised words, no figures) stands in `text` after a lower-case
// word, as a place does ("children in Northmoor"), not only at a sentence's start.
bool namedWithinSentence(std::string_view text, const std::string& name) {
    if (name.size() < 3 || name.size() > 60 || !startsUpper(name)) return false;
    for (char c : name)
        if (isDigit(c) || c == ':') return false;
    for (std::size_t p = text.find(name); p != std::string_view::npos; p = text.find(name, p + 1)) {
        const std::size_t e = p + name.size();
        if (e < text.size() && isAlpha(text[e])) continue;
        if (p < 2 || text[p - 1] != ' ') continue;
        std::size_t w = p - 1;
        while (w > 0 && isAlpha(text[w - 1])) --w;
        if (w < p - 1 && isLower(text[w])) return true;
    }
    return false;
}

// A grade given by number ("Grade 4 (Inadequate)", "Grade 3", "grade 2: good") at the start
// of `text`: the grade in words, or "".
std::string numberedGrade(std::string_view text) {
    std::string_view t = trim(text);
    if (!startsWithI(t, "grade ") || t.size() < 7 || t[6] < '1' || t[6] > '4') return {};
    if (t.size() > 7 && isDigit(t[7])) return {};
    std::string_view rest = trim(t.substr(7));
    while (!rest.empty() && (rest.front() == '(' || rest.front() == ':' || rest.front() == '-' || rest.front() == ' '))
        rest.remove_prefix(1);
    while (!rest.empty() && (rest.back() == ')' || rest.back() == '.' || rest.back() == ' ')) rest.remove_suffix(1);
    if (std::string g = normaliseGrade(rest); !g.empty()) return g;
    if (!rest.empty()) return {};
    static const char* const byNumber[] = {"outstanding", "good", "requires improvement", "inadequate"};
    return byNumber[t[6] - '1'];
}

bool namesOverall(std::string_view text) {
    return startsWithI(text, "overall effectiveness") || startsWithI(text, "overall judgement") ||
           startsWithI(text, "the overall effectiveness") || startsWithI(text, "overall judgment");
}

// The overall judgement of a SIF report told in words in its front matter: "The overall
// judgement is requires improvement.", "The overall judgement is that children's services
// are inadequate.", "Overall effectiveness: Grade 3", or "Grade 4 (Inadequate)" under an
// "Overall effectiveness" heading. "" when there is none.
std::string overallJudgementInWords(const std::vector<Block>& blocks, std::size_t front) {
    for (std::size_t i = 0; i < front && i < blocks.size(); ++i) {
        const std::string& t = blocks[i].text;
        // Text without blank lines runs the verdict into the rows around it.
        for (std::string_view verdict : {"the overall judgement is", "the overall judgment is"}) {
            const std::size_t p = findPhrase(t, verdict);
            if (p == std::string_view::npos) continue;
            std::string s = firstSentence(std::string_view(t).substr(p));
            while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
            if (auto g = gradeAtEnd(s)) return g->grade;
        }
        const std::size_t overall = std::min(findPhrase(t, "overall effectiveness"), findPhrase(t, "overall judgement"));
        if (overall == std::string_view::npos) continue;
        // "Overall effectiveness: Grade 3", "Overall effectiveness Grade 4 (Inadequate)" on
        // the heading's row or the next, or the grade alone in the next block.
        const std::size_t grade = findPhrase(t, "grade ", overall);
        if (grade != std::string_view::npos && grade - overall < 40)
            if (std::string g = numberedGrade(std::string_view(t).substr(grade)); !g.empty()) return g;
        if (namesOverall(t) && t.size() < 40 && i + 1 < blocks.size())
            if (std::string g = numberedGrade(blocks[i + 1].text); !g.empty()) return g;
    }
    return {};
}

// Role of the body section a heading opens.
enum class Mode { None, Headline, Improvement, Judgement, Skip };

}  // namespace

void parseReport(Context& ctx) {
    ParsedDocument& doc = ctx.doc;
    const std::vector<Block>& blocks = ctx.blocks;
    const std::vector<Row>& rows = ctx.rows;
    doc.author = "Ofsted";

    // Front matter: everything before the first body heading or numbered paragraph.
    std::size_t front = blocks.size();
    bool hasHeadlineSection = false;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        HeadingKind k = b.known_heading ? knownHeading(b.text) : HeadingKind::None;
        if (k == HeadingKind::Headline) hasHeadlineSection = true;
        if (front == blocks.size() &&
            (k != HeadingKind::None || (b.rows.size() <= 3 && b.marker == Marker::None && isSectionHeading(rows, b) &&
                                        i + 1 < blocks.size() && blocks[i + 1].marker == Marker::Number &&
                                        blocks[i + 1].text.size() > 120)))
            front = i;
    }
    std::size_t frontRowEnd = front < blocks.size() ? blocks[front].first() : rows.size();

    // Title, authority, dates, lead inspector: row by row in the front matter.
    std::size_t titleRow = rows.size();
    for (std::size_t i = 0; i < frontRowEnd; ++i) {
        const Row& r = rows[i];
        if (r.blank || r.dropped) continue;
        if (titleRow == rows.size() && (startsWithI(r.text, "inspection of") || startsWithI(r.text, "re-inspection of"))) {
            titleRow = i;
            std::string title = r.text;
            for (std::size_t j = i + 1; j < frontRowEnd; ++j) {
                const Row& n = rows[j];
                if (n.blank || startsWithI(n.text, "inspection date") || startsWithI(n.text, "report published") ||
                    startsWithI(n.text, "lead inspector"))
                    break;
                if (!n.dropped) appendReflowed(title, n.text);
            }
            doc.title = stripFootnoteMarker(title);
        }
        std::string v;
        if (!(v = afterLabel(r.text, "inspection dates")).empty() || !(v = afterLabel(r.text, "inspection date")).empty() ||
            !(v = afterLabel(r.text, "dates of inspection")).empty()) {
            auto dates = findDates(v);
            if (!dates.empty()) {
                DateRange d = dates[0];
                fillYear(d, d.end.year ? d.end.year : d.start.year);
                doc.visit.start = d.start.iso();
                doc.visit.end = d.end.iso();
            }
        }
        if (!(v = afterLabel(r.text, "report published")).empty() || !(v = afterLabel(r.text, "publication date")).empty() ||
            !(v = afterLabel(r.text, "date of publication")).empty()) {
            if (auto d = findFullDate(v)) doc.date = d->iso();
        }
    }
    // The authority: a first line that is a directory name ("Herefordshire Council"), else
    // the title's "Inspection of X ...", else the text. A first line that is a dates line,
    // a label or a word such as "Care" names nothing.
    std::string firstLine;
    for (std::size_t i = 0; i < titleRow && i < frontRowEnd; ++i) {
        const Row& r = rows[i];
        if (r.blank || r.dropped) continue;
        if (r.text.size() < 80) doc.local_authority = ctx.authorities->lookup(r.text);
        firstLine = r.text;
        break;
    }
    if (doc.local_authority.empty()) ctx.findLocalAuthority({doc.title, ctx.textOf(0, blocks.size())});
    // A place the directory lacks, printed above the title ("Northmoor"), counts when the
    // report names it again within a sentence ("leaders in Northmoor"); a dates line or a
    // word such as "Care" does not.
    if (doc.local_authority.empty() && !firstLine.empty()) {
        const std::string name = normaliseAuthority(firstLine);
        if (namedWithinSentence(ctx.textOf(0, blocks.size()), name)) {
            doc.local_authority = name;
            doc.warnings.push_back("local authority \"" + name +
                                   "\" is not in the list of English local authorities: kept as written");
        }
    }

    // Inspectors: "Lead inspector: X" first, then the team. Labels start a row; the list
    // may run on over the following rows to a full stop.
    // A name broken at its hyphen over two rows ("Jo Thomson-" / "Jones") goes on.
    auto brokenAtHyphen = [](const std::string& v) { return v.size() >= 2 && v.back() == '-' && isAlpha(v[v.size() - 2]); };
    auto labelled = [&](std::size_t i, std::string_view label) {
        std::string v = afterLabel(rows[i].text, label);
        if (v.empty()) return v;
        for (std::size_t j = i + 1; j < rows.size() && j < i + 4 && !endsWithClosingPunctuation(v); ++j) {
            if (rows[j].dropped) continue;
            if (!rows[j].blank && brokenAtHyphen(v)) {
                appendReflowed(v, rows[j].text);
                continue;
            }
            if (rows[j].blank || !startsUpper(rows[j].text) || rows[j].text.find(':') != std::string::npos) break;
            appendReflowed(v, rows[j].text);
        }
        return v;
    };
    for (std::size_t i = 0; i < rows.size() && doc.inspectors.empty(); ++i) {
        std::string v = afterLabel(rows[i].text, "lead inspector");
        if (v.empty()) continue;
        for (std::size_t j = i + 1; j < rows.size() && brokenAtHyphen(v); ++j)
            if (!rows[j].dropped && !rows[j].blank) appendReflowed(v, rows[j].text);
        auto names = splitNameList(v.substr(0, v.find(',')));
        if (!names.empty()) doc.inspectors.push_back(names[0]);
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        std::string v = labelled(i, "team inspectors");
        if (v.empty()) v = labelled(i, "deputy lead inspector");
        if (v.empty()) v = labelled(i, "inspection team");
        if (v.empty()) v = labelled(i, "team inspector");
        if (v.empty()) continue;
        for (const std::string& n : splitNameList(v)) {
            bool seen = false;
            for (const std::string& o : doc.inspectors) seen |= o == n;
            if (!seen) doc.inspectors.push_back(n);
        }
    }

    // Framework: named, or known from the report's own title, or from the year.
    std::string all = ctx.textOf(0, blocks.size());
    if (containsPhrase(doc.title, "inspection of services for children in need of help and protection"))
        doc.framework = "SIF";
    else
        doc.framework = frameworkFromText(ctx.textOf(0, front));
    if (doc.framework.empty()) {
        int year = parseIso(doc.visit.start).year;
        if (containsPhrase(doc.title, "local authority children's services") || year >= 2018) doc.framework = "ILACS";
        else if (year >= 2013) doc.framework = "SIF";
    }

    // Judgements: the table in the front matter; failing that, the section headings. The
    // overall judgement may be told in words instead of a table row.
    doc.judgements = readJudgementTable(rows, 0, frontRowEnd);
    bool hasOverall = false;
    for (const JudgementInfo& j : doc.judgements) hasOverall |= j.area == "Overall effectiveness";
    if (!hasOverall)
        if (std::string g = overallJudgementInWords(blocks, front); !g.empty())
            doc.judgements.insert(doc.judgements.begin(), JudgementInfo{"Overall effectiveness", g});

    // Headline summary in the front matter (ILACS): prose after the table.
    if (!hasHeadlineSection) {
        for (std::size_t i = 0; i < front; ++i) {
            const Block& b = blocks[i];
            if (b.text.size() < 120 || !endsWithClosingPunctuation(b.text) || b.marker != Marker::None) continue;
            if (startsWithI(b.text, "inspection date") || startsWithI(b.text, "lead inspector")) continue;
            ctx.addParagraph(ctx.paragraphFor(b, "Headline findings", ParagraphRole::Headline));
        }
    }

    // Body sections.
    Mode mode = Mode::None;
    bool lscb = false;
    std::string section, subsection, lscbSection;
    std::vector<JudgementInfo> headingJudgements;
    for (std::size_t i = front; i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        if (isBackMatter(b.text)) break;
        HeadingKind k = b.known_heading ? knownHeading(b.text) : HeadingKind::None;
        if (k != HeadingKind::None) {
            std::string h = stripFootnoteMarker(b.text);
            subsection.clear();
            switch (k) {
                case HeadingKind::Headline:
                    // A judgement section's own "Summary" (SIF) heads part of that section.
                    if (mode == Mode::Judgement) subsection = h;
                    else { mode = Mode::Headline; section = h; }
                    break;
                case HeadingKind::Strengths:
                    if (mode == Mode::Headline) subsection = h;
                    else { mode = Mode::Headline; section = h; }
                    break;
                case HeadingKind::Improvement:
                    if (lscb) { mode = Mode::Judgement; section = lscbSection; subsection = h; }
                    else { mode = Mode::Improvement; section = h; }
                    break;
                case HeadingKind::LscbPart:
                    // A contents entry ("Section 2: ... board   32") is not the part itself.
                    if (!isDigit(h.back())) lscb = true;
                    mode = Mode::Skip;
                    break;
                case HeadingKind::LscbStrengths: mode = Mode::Judgement; section = lscbSection; subsection = h; break;
                case HeadingKind::Other:
                    if (startsWithI(h, "section 1") && !isDigit(h.back())) lscb = false;
                    if (mode != Mode::Judgement) mode = Mode::Skip;
                    break;
                default: mode = Mode::Skip; break;
            }
            continue;
        }
        if (b.marker == Marker::None && b.rows.size() <= 4) {
            std::string headingText;
            if (auto jh = judgementHeadingSuffix(rows, b, headingText)) {
                mode = Mode::Judgement;
                section = headingText;
                subsection.clear();
                if (lscb) lscbSection = headingText;
                headingJudgements.push_back(JudgementInfo{normaliseArea(jh->area), jh->grade});
                continue;
            }
        }
        const bool plain = b.marker == Marker::None;
        switch (mode) {
            case Mode::Headline:
                if (plain && continuesItem(ctx, b, section)) break;
                if (plain && !endsWithClosingPunctuation(b.text) && b.text.size() < 120) break;  // lead-in line
                if (plain && b.text.back() == ':') break;
                ctx.addParagraph(ctx.paragraphFor(b, section, ParagraphRole::Headline));
                ctx.doc.paragraphs.back().subsection = subsection;
                break;
            case Mode::Improvement:
                if (isNullItem(b.text)) break;
                if (plain && continuesItem(ctx, b, section)) break;
                if (plain && (b.text.back() == ':' || (!endsWithClosingPunctuation(b.text) && b.text.size() < 60))) break;
                for (const Block& item : plain ? itemsOfUnbulletedList(ctx, b) : std::vector<Block>{b})
                    ctx.addParagraph(ctx.paragraphFor(item, section, ParagraphRole::ImprovementPoint));
                break;
            case Mode::Judgement: {
                if (isNullItem(b.text)) break;
                if (plain && continuesItem(ctx, b, section)) break;
                if (plain && looksLikeHeading(b.text) && b.rows.size() == 1) {
                    subsection = b.text;
                    break;
                }
                Paragraph p = ctx.paragraphFor(b, section, ParagraphRole::JudgementParagraph);
                p.subsection = subsection;
                ctx.addParagraph(std::move(p));
                break;
            }
            default:
                break;
        }
    }
    // No table of areas (at most the overall judgement, told in words): the section
    // headings give the areas' grades.
    bool tableOfAreas = false;
    for (const JudgementInfo& j : doc.judgements) tableOfAreas |= j.area != "Overall effectiveness";
    if (!tableOfAreas) doc.judgements.insert(doc.judgements.end(), headingJudgements.begin(), headingJudgements.end());
}

}  // namespace findings::docparse::detail
