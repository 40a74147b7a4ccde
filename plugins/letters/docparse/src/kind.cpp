// Telling a monitoring or focused-visit letter from a report, an article or a press
// release, by the cues each genre always carries.
#include "context.hpp"
#include "reprinted_letter.hpp"
#include "text_util.hpp"

namespace findings::docparse::detail {

namespace {

int countPhrase(std::string_view text, std::string_view phrase) {
    int n = 0;
    for (std::size_t p = findPhrase(text, phrase); p != std::string_view::npos; p = findPhrase(text, phrase, p + 1)) ++n;
    return n;
}

// A council writes its own release in the first person plural ("our latest focused
// visit", "We have strengthened ..."); a reporter writes "we" only inside quotations.
// Counts the blocks that speak so outside any quotation or attributed speech.
int firstPersonBlocks(const Context& ctx) {
    int n = 0;
    for (const Block& b : ctx.blocks) {
        const std::string& t = b.text;
        bool quoted = false;
        for (std::size_t i = 0; i < t.size() && !quoted; ++i) {
            std::size_t q = 0;
            quoted = t[i] == '"' || (isQuoteAt(t, i, &q) && q == 3 && t.compare(i, 3, "\xE2\x80\x9C") == 0);
        }
        if (quoted || containsPhrase(t, "said") || containsPhrase(t, "says")) continue;
        if (startsWithI(t, "we ") || containsPhrase(t, "our ") || containsPhrase(t, " we have") ||
            containsPhrase(t, " we are"))
            ++n;
    }
    return n;
}

}  // namespace

DocumentKind detectKind(const Context& ctx) {
    int letter = 0, report = 0;
    bool focused = false, monitoring = false;
    // Report cues sit on lines of their own anywhere in the front matter or the team list.
    // A report flattened onto one line (pasted from a web page, line breaks lost) keeps
    // the same labels inside its one long line: there they count wherever they stand.
    constexpr std::size_t kFlattenedRow = 2000;
    for (const Row& r : ctx.rows) {
        if (r.blank || r.dropped) continue;
        const std::string& rt = r.text;
        if (rt.size() > kFlattenedRow) {
            report += 3 * (countPhrase(rt, "lead inspector:") > 0) + 3 * (countPhrase(rt, "inspection dates:") > 0) +
                      2 * (countPhrase(rt, "report published:") > 0) + 2 * (countPhrase(rt, "judgement grade") > 0) +
                      3 * (countPhrase(rt, "inspection of services for children in need of help and") > 0);
            continue;
        }
        if (startsWithI(rt, "lead inspector:")) report += 3;
        if (startsWithI(rt, "inspection dates") || startsWithI(rt, "inspection date:")) report += 3;
        if (startsWithI(rt, "judgement grade") || startsWithI(rt, "report published:")) report += 2;
        if (startsWithI(rt, "inspection of services for children in need of help and") ||
            startsWithI(rt, "re-inspection of services for children in need of help and"))
            report += 3;
    }
    std::size_t limit = ctx.blocks.size() < 80 ? ctx.blocks.size() : 80;
    for (std::size_t i = 0; i < limit; ++i) {
        const std::string& t = ctx.blocks[i].text;
        if (startsWithI(t, "dear ")) letter += 3;
        if (containsPhrase(t, "this letter summarises") || containsPhrase(t, "yours sincerely")) letter += 3;
        // A letter's title line, and its section headings, survive when a letter is
        // reprinted without letterhead or salutation.
        const bool titleLine = t.size() < 120 && !endsWithClosingPunctuation(t);
        if (titleLine && (startsWithI(t, "monitoring visit to") || startsWithI(t, "monitoring visit of"))) {
            letter += 3;
            monitoring = true;
        }
        if (titleLine && (startsWithI(t, "focused visit to") || startsWithI(t, "focused visit of"))) {
            letter += 3;
            focused = true;
        }
        if (containsPhrase(t, "findings of the focused visit")) focused = true;
        if (ctx.blocks[i].known_heading && (startsWithI(t, "headline findings") ||
                                            startsWithI(t, "findings and evaluation of progress") ||
                                            startsWithI(t, "areas covered by the visit")))
            letter += 1;
        if (containsPhrase(t, "findings of the monitoring visit")) monitoring = true;
    }
    if (report >= 4 && report >= letter) return DocumentKind::InspectionReport;
    // An article that reprints a letter carries the letter's cues but is the article.
    if (letter >= 3 && reprintedLetterStart(ctx) == std::string::npos) {
        if (focused && !monitoring) return DocumentKind::FocusedVisitLetter;
        return DocumentKind::MonitoringLetter;
    }
    std::string all = ctx.textOf(0, ctx.blocks.size());
    int domain = countPhrase(all, "ofsted") + countPhrase(all, "inspector") + countPhrase(all, "inspection") +
                 countPhrase(all, "monitoring visit") + countPhrase(all, "children's services");
    if (domain == 0) return DocumentKind::Other;
    int press = 0, news = 0;
    for (std::string_view cue : {"press release", "notes to editors", "media enquiries", "council today",
                                 "view the findings", "for more information", "published by the council"})
        press += countPhrase(all, cue);
    for (const Block& b : ctx.blocks)
        if (startsWithI(b.text, "published:") || startsWithI(b.text, "ends") || startsWithI(b.text, "posted on")) ++press;
    // "Larkfield Children's Trust welcomes Ofsted monitoring visit findings": an
    // organisation heading its own news with its response.
    if (!ctx.blocks.empty() && ctx.blocks[0].text.size() < 150 &&
        (containsPhrase(ctx.blocks[0].text, "welcomes") || containsPhrase(ctx.blocks[0].text, "welcome")))
        ++press;
    const int firstPerson = firstPersonBlocks(ctx);
    press += firstPerson < 3 ? firstPerson : 3;
    for (std::string_view cue : {"spokeswoman", "spokesman", "spokesperson", "told the", "reporter",
                                 "according to", "local democracy"})
        news += countPhrase(all, cue);
    return press > news ? DocumentKind::PressRelease : DocumentKind::NewsArticle;
}

}  // namespace findings::docparse::detail
