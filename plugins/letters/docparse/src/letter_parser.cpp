// Monitoring and focused-visit letters: letterhead, date, recipient, title, intro,
// areas covered, headline findings, findings, improvement points, sign-off.
#include "areas_prose.hpp"
#include "context.hpp"
#include "headings.hpp"
#include "metadata.hpp"
#include "text_util.hpp"
#include "unbulleted_items.hpp"

namespace findings::docparse::detail {

namespace {

bool isSignOff(std::string_view t) {
    // "Ofsted will take the findings from this focused visit into account when planning
    // your next inspection": the close of a focused-visit letter, not a finding.
    for (std::string_view s : {"i am copying this letter", "ofsted will take the findings", "ofsted will take into account", "yours sincerely", "yours faithfully", "kind regards",
                               "yours ", "best wishes"})
        if (startsWithI(t, s)) return true;
    // "Ofsted will continue to monitor ..., and I am copying this letter to the Department
    // for Education.": the copy line run into a closing sentence is still the close.
    constexpr std::size_t kClosingSentence = 300;
    if (t.size() < kClosingSentence && containsPhrase(t, "copying this letter to")) return true;
    return trim(t) == "Yours";
}

// The salutation alone: "Dear Ms Patel" of "Dear Ms Patel, Monitoring visit to ..." when
// the title was run onto its line.
std::string_view salutationOf(std::string_view t) {
    std::size_t end = t.find(',');
    return end == std::string_view::npos ? t : t.substr(0, end);
}

// The title run onto the salutation's line after a comma, or "".
std::string titleAfterSalutation(std::string_view t) {
    std::size_t comma = t.find(',');
    if (comma == std::string_view::npos) return {};
    std::string_view rest = trim(t.substr(comma + 1));
    if (startsWithI(rest, "monitoring visit") || startsWithI(rest, "focused visit")) return std::string(rest);
    return {};
}

// "Dear Darryl" -> "Darryl"; "Dear Mr Smith" -> "Smith".
std::string salutationName(std::string_view t) {
    const std::vector<Word> words = splitWords(salutationOf(t).substr(5));
    std::string last;
    for (const Word& w : words) {
        if (isNameWord(w.text)) last.assign(w.text);
    }
    return last;
}

// "Dear Mr Hughes" -> "Mr Hughes": all a letter without an address block says of its
// recipient. A surname alone would not say who is meant; a first name ("Dear Darryl") is
// no recipient without its surname.
std::string titledSalutationName(std::string_view t) {
    const std::vector<Word> words = splitWords(salutationOf(t).substr(5));
    if (words.size() != 2 || !isNameWord(words[1].text)) return {};
    for (std::string_view title : {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"})
        if (words[0].text == title) return std::string(title) + " " + std::string(words[1].text);
    return {};
}

// The recipient's name from the recipient block, using the salutation to find it.
std::string recipientFrom(const std::vector<std::string>& blockTexts, const std::string& salutation) {
    for (const std::string& t : blockTexts) {
        const std::vector<Word> words = splitWords(t);
        for (std::size_t i = 0; i < words.size(); ++i) {
            if (salutation.empty() || words[i].text != salutation) continue;
            // Extend backwards (first names before a surname) and forwards (surname after
            // a first name) over name words.
            std::size_t b = i, e = i;
            while (b > 0 && isNameWord(words[b - 1].text) && i - b < 2) --b;
            while (e + 1 < words.size() && isNameWord(words[e + 1].text) && e - i < 1) ++e;
            // The name ends where the address begins: an authority or organisation word.
            std::string name;
            for (std::size_t k = b; k <= e; ++k) {
                if (k > b) name += ' ';
                name += std::string(words[k].text);
            }
            if (name.find(' ') != std::string::npos) return name;
        }
    }
    // No salutation match: the leading name words of the first recipient line.
    if (!blockTexts.empty()) {
        const std::vector<Word> words = splitWords(blockTexts.front());
        std::string name;
        for (std::size_t k = 0; k < words.size() && k < 3 && isNameWord(words[k].text); ++k) {
            if (k) name += ' ';
            name += std::string(words[k].text);
        }
        if (name.find(' ') != std::string::npos) return name;
    }
    return {};
}

// The cells of a row split at wide gaps (3+ spaces or a tab): columns of a layout.
std::vector<std::string> columnsOf(const std::string& raw) {
    std::vector<std::string> cells;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= raw.size(); ++i) {
        bool gap = i + 2 < raw.size() && raw[i] == ' ' && raw[i + 1] == ' ' && raw[i + 2] == ' ';
        if (i == raw.size() || gap) {
            std::string cell = collapseSpaces(std::string_view(raw).substr(start, i - start));
            if (!cell.empty()) cells.push_back(cell);
            while (i < raw.size() && raw[i] == ' ') ++i;
            start = i;
        }
    }
    return cells;
}

// The letter's date when the running header of later pages repeats it: then the date on
// the first page was dropped with the headers. The first date standing alone on a row
// before the salutation, among the rows dropped as artefacts.
PartialDate dateInRunningHeader(const Context& ctx, std::size_t salutationRow) {
    constexpr std::size_t kDateCell = 40;  // a date alone in its column, not a sentence
    for (std::size_t r = 0; r < salutationRow; ++r) {
        const Row& row = ctx.rows[r];
        if (!row.dropped) continue;
        for (const std::string& cell : columnsOf(row.raw))
            if (cell.size() <= kDateCell)
                if (auto d = findFullDate(cell)) return *d;
    }
    return {};
}

bool isFrameworkSentence(std::string_view t) {
    return startsWithI(t, "this visit was carried out") || startsWithI(t, "this visit was conducted") ||
           startsWithI(t, "this monitoring visit was carried out");
}

// The items of a list whose bullets were lost on the way (text copied out of a PDF drops
// the symbol-font glyph): each short row of the block is an item; a longer block is one
// item when it is short enough to be one; prose ends the list (nothing is returned).
std::vector<std::string> unbulletedItems(const Context& ctx, const Block& b) {
    constexpr std::size_t kShortRow = 75;   // hard-wrapped prose rows are longer
    constexpr std::size_t kLongItem = 200;  // an item of more is a paragraph
    std::vector<std::string> items;
    bool allShort = b.rows.size() > 1;
    for (std::size_t r : b.rows) allShort &= ctx.rows[r].text.size() < kShortRow;
    if (allShort) {
        for (std::size_t r : b.rows) items.push_back(ctx.rows[r].text);
    } else if (b.text.size() < kLongItem && !isFrameworkSentence(b.text)) {
        items.push_back(b.text);
    }
    return items;
}

// The areas covered told in prose: the sentences of the introduction and of the "Areas
// covered" section that say what the visit looked at; else the section's first paragraph
// as written.
std::vector<std::string> areasFromProse(const std::string& intro, const std::vector<std::string>& areaProse) {
    std::vector<std::string> areas;
    std::vector<std::string> texts{intro};
    texts.insert(texts.end(), areaProse.begin(), areaProse.end());
    for (const std::string& t : texts)
        for (const std::string& s : sentences(t))
            if (statesAreasCovered(s) && !isFrameworkSentence(s)) {
                std::vector<std::string> found = areasFromSentence(s);
                areas.insert(areas.end(), found.begin(), found.end());
            }
    if (areas.empty() && !areaProse.empty()) areas.push_back(areaProse.front());
    return areas;
}

}  // namespace

void parseLetter(Context& ctx) {
    ParsedDocument& doc = ctx.doc;
    const std::vector<Block>& blocks = ctx.blocks;
    doc.author = "Ofsted";

    // Salutation, and the letterhead/date/recipient blocks before it.
    std::size_t dear = blocks.size();
    for (std::size_t i = 0; i < blocks.size() && i < 40; ++i)
        if (startsWithI(blocks[i].text, "dear ")) {
            dear = i;
            break;
        }
    std::size_t headEnd = dear < blocks.size() ? dear : 0;
    // The date stands alone in its column of the letterhead (a PDF's physical layout may
    // put the Ofsted address beside it on the same line).
    PartialDate letterDate;
    std::size_t dateBlock = blocks.size();
    for (std::size_t i = 0; i < headEnd && dateBlock == blocks.size(); ++i) {
        for (std::size_t r : blocks[i].rows) {
            for (const std::string& cell : columnsOf(ctx.rows[r].raw)) {
                if (cell.size() > 40) continue;
                if (auto d = findFullDate(cell)) {
                    letterDate = *d;
                    dateBlock = i;
                    break;
                }
            }
            if (dateBlock != blocks.size()) break;
        }
    }
    if (!letterDate.year && dear < blocks.size()) letterDate = dateInRunningHeader(ctx, blocks[dear].first());
    doc.date = letterDate.iso();
    if (dear < blocks.size()) {
        std::vector<std::string> recipientLines;  // left column of the address block
        for (std::size_t i = (dateBlock < dear ? dateBlock : 0); i < dear; ++i)
            for (std::size_t r : blocks[i].rows) {
                std::vector<std::string> cells = columnsOf(ctx.rows[r].raw);
                if (!cells.empty() && !findFullDate(cells.front())) recipientLines.push_back(cells.front());
            }
        doc.recipient = recipientFrom(recipientLines, salutationName(blocks[dear].text));
        if (doc.recipient.empty()) doc.recipient = titledSalutationName(blocks[dear].text);
    }

    // Title: the first heading-like block after the salutation.
    std::size_t body = dear < blocks.size() ? dear + 1 : 0;
    if (dear < blocks.size()) doc.title = titleAfterSalutation(blocks[dear].text);
    for (std::size_t i = body; i < blocks.size() && i < body + 3 && doc.title.empty(); ++i) {
        const std::string& t = blocks[i].text;
        // "Areas covered by the visit" is a section, not the title, in a letter reprinted
        // without its own title.
        if (looksLikeHeading(t) && !blocks[i].known_heading &&
            (containsPhrase(t, "visit") || containsPhrase(t, "inspection"))) {
            doc.title = t;
            body = i + 1;
            break;
        }
    }

    // Sections.
    std::string section;
    std::string subsection;
    HeadingKind mode = HeadingKind::None;
    bool listOpen = false;  // the areas covered have a lead-in ending with ':'
    std::vector<std::string> areaProse;  // sentences under "Areas covered" that are no list
    std::size_t introEnd = blocks.size();
    std::size_t findingsInSection = 0;  // paragraphs kept under the current findings heading
    for (std::size_t i = body; i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        if (isSignOff(b.text)) break;
        HeadingKind k = b.known_heading ? knownHeading(b.text) : HeadingKind::None;
        if (k != HeadingKind::None) {
            if (introEnd == blocks.size()) introEnd = i;
            mode = k;
            findingsInSection = 0;
            section = stripFootnoteMarker(b.text);
            subsection.clear();
            continue;
        }
        bool plain = b.marker == Marker::None;
        if (mode == HeadingKind::AreasCovered && plain) {
            // After the lead-in ("... the following areas:"), plain blocks are the items of
            // a list that lost its bullets, up to the first paragraph of prose.
            if (listOpen) {
                std::vector<std::string> items = unbulletedItems(ctx, b);
                doc.areas_covered.insert(doc.areas_covered.end(), items.begin(), items.end());
                listOpen = !items.empty();
                if (listOpen) continue;
            }
            listOpen = b.text.back() == ':';
            if (!listOpen) areaProse.emplace_back(scannedPart(b.text));
            continue;
        }
        if (plain && b.rows.size() == 1 && looksLikeHeading(b.text) && b.text.size() < 80 &&
            mode != HeadingKind::None && i + 1 < blocks.size()) {
            // An unlisted sub-heading inside a section.
            subsection = b.text;
            continue;
        }
        switch (mode) {
            case HeadingKind::AreasCovered:
                doc.areas_covered.push_back(b.text);  // a bulleted item (plain blocks are read above)
                listOpen = false;  // the list kept its bullets: prose after it is not an item
                break;
            case HeadingKind::Headline:
                if (!isFrameworkSentence(b.text)) {
                    Paragraph p = ctx.paragraphFor(b, section, ParagraphRole::Headline);
                    p.subsection = subsection;
                    ctx.addParagraph(std::move(p));
                }
                break;
            case HeadingKind::Findings: {
                // A one-sentence lead-in under the heading ("Inspectors looked at ...")
                // says what the visit covered; it is not a finding.
                // Only one naming areas ("looked at ...") adds to them; one telling the
                // evidence ("reviewed records and met social workers") is left out.
                if (plain && findingsInSection == 0 && isOneSentence(b.text) && describesTheVisit(b.text)) {
                    if (statesAreasCovered(b.text)) areaProse.emplace_back(scannedPart(b.text));
                    break;
                }
                ++findingsInSection;
                Paragraph p = ctx.paragraphFor(b, section, ParagraphRole::Finding);
                p.subsection = subsection;
                ctx.addParagraph(std::move(p));
                break;
            }
            case HeadingKind::Improvement: {
                if (plain && endsWithClosingPunctuation(b.text) && b.text.back() == ':') break;  // lead-in
                for (const Block& item : plain ? itemsOfUnbulletedList(ctx, b) : std::vector<Block>{b}) {
                    Paragraph p = ctx.paragraphFor(item, section, ParagraphRole::ImprovementPoint);
                    p.subsection = subsection;
                    ctx.addParagraph(std::move(p));
                }
                break;
            }
            default:
                break;
        }
    }
    // Older letters without section headings: every paragraph after the introduction.
    if (doc.paragraphs.empty()) {
        std::size_t start = body + 1;
        for (std::size_t i = start; i < blocks.size(); ++i) {
            const Block& b = blocks[i];
            if (isSignOff(b.text)) break;
            if (b.known_heading || b.marker != Marker::None || isFrameworkSentence(b.text)) continue;
            if (b.text.size() < 60) continue;
            ctx.addParagraph(ctx.paragraphFor(b, "Findings", ParagraphRole::Finding));
        }
    }

    // Metadata from the title and introduction.
    std::string intro = doc.title + "\n\n" + ctx.textOf(body, introEnd < blocks.size() ? introEnd : body + 3);
    std::string all = ctx.textOf(0, blocks.size());
    ctx.findLocalAuthority({doc.title.empty() ? intro : doc.title, all});
    // An undated letter (reprinted without its letterhead) dates a year-less visit from the
    // year its other dates agree on.
    PartialDate visitReference = letterDate;
    if (visitReference.year == 0) visitReference.year = unambiguousYear(all);
    if (auto r = visitDates(intro, visitReference)) {
        doc.visit.start = r->start.iso();
        doc.visit.end = r->end.iso();
    }
    // A title that counts the visit ("Fourth monitoring visit to ...") names this one; the
    // introduction may count earlier visits too.
    if (int ordinal = findVisitOrdinal(doc.title)) doc.visit.ordinal = ordinal;
    else if ((ordinal = findVisitOrdinal(intro))) doc.visit.ordinal = ordinal;
    else if (doc.kind == DocumentKind::MonitoringLetter && (ordinal = findVisitOrdinal(all))) doc.visit.ordinal = ordinal;
    doc.previous_judgement = previousJudgement(intro, letterDate);
    if (doc.previous_judgement.grade.empty()) doc.previous_judgement = previousJudgement(all, letterDate);
    doc.inspectors = inspectorsFromText(intro);
    if (doc.inspectors.empty()) doc.inspectors = inspectorsFromText(all);
    doc.framework = frameworkFromText(all);
    if (doc.areas_covered.empty()) doc.areas_covered = areasFromProse(ctx.textOf(body, introEnd < blocks.size() ? introEnd : body + 3), areaProse);
    // "The local authority is making steady progress ...": the verdict of older letters,
    // stated before the sections or as the first sentence of the overview.
    std::string opening = intro + "\n\n" + ctx.textOf(introEnd, introEnd + 2);
    for (const Paragraph& p : doc.paragraphs)
        if (p.role == ParagraphRole::Headline) {
            opening += "\n\n" + std::string(scannedPart(p.text));
            break;
        }
    for (const std::string& s : sentences(opening))
        if (containsPhrase(s, "is making") && containsPhrase(s, "progress")) {
            doc.properties["verdict"] = s;
            break;
        }
}

}  // namespace findings::docparse::detail
