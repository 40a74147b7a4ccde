// identify(): the container from magic bytes, and the genre from cue phrases in the head
// of a text file. Word and PDF contents are compressed, so those rely on the file name.
#include "findings/docparse/identify.hpp"
#include "findings/docparse/parser.hpp"
#include "findings/docparse/readers.hpp"
#include "findings/docparse/sniff.hpp"

#include <algorithm>

#include "text_decode.hpp"
#include "text_util.hpp"

namespace findings::docparse {

using namespace detail;

namespace {

std::string extensionOf(std::string_view path) {
    std::size_t slash = path.find_last_of("/\\");
    std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    std::size_t dot = name.rfind('.');
    return dot == std::string_view::npos ? std::string() : lowerAscii(name.substr(dot + 1));
}

std::string fileNameOf(std::string_view path) {
    std::size_t slash = path.find_last_of("/\\");
    return lowerAscii(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

int count(std::string_view text, std::string_view phrase) {
    int n = 0;
    for (std::size_t p = findPhrase(text, phrase); p != std::string_view::npos; p = findPhrase(text, phrase, p + 1)) ++n;
    return n;
}

// A letter reprinted in a news article: a "Published" line and reporter's language before
// the letter opens, and no sign-off. The parser decides the same from the blocks.
bool reprintedInArticle(std::string_view text) {
    if (containsPhrase(text, "yours sincerely")) return false;
    std::size_t open = findPhrase(text, "this letter summarises");
    open = std::min(open, findPhrase(text, "dear "));
    if (open == std::string_view::npos) return false;
    const std::string_view before = text.substr(0, open);
    int frame = 2 * (containsPhrase(before, "published") || containsPhrase(before, "last updated"));
    for (std::string_view cue : {"according to", " said", " told", "reporter"}) frame += containsPhrase(before, cue);
    return frame >= 3;
}

// Share of lines with the same number (>= 2) of commas or tabs: a CSV or TSV table.
bool looksTabular(std::string_view text) {
    int lines = 0, tabular = 0, prevSeps = -1;
    std::size_t start = 0;
    while (start < text.size() && lines < 30) {
        std::size_t nl = text.find('\n', start);
        std::string_view line = text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
        int seps = 0;
        for (char c : line) seps += (c == ',' || c == '\t' || c == ';');
        if (!trim(line).empty()) {
            ++lines;
            if (seps >= 2 && seps == prevSeps) ++tabular;
            prevSeps = seps;
        }
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
    return lines >= 3 && tabular * 2 >= lines;
}

// Genre cues in a file name ("monitoring-letter-2024.pdf", "ofsted_report.docx").
Identification fromName(const std::string& name, const char* format) {
    Identification id;
    id.confidence = 25;
    id.reason = std::string(format) + " document";
    if (name.find("monitoring") != std::string::npos || name.find("letter") != std::string::npos) {
        id.confidence = 60;
        id.kind = name.find("focused") != std::string::npos ? DocumentKind::FocusedVisitLetter : DocumentKind::MonitoringLetter;
        id.reason += ", file name suggests an Ofsted letter";
    } else if (name.find("focused") != std::string::npos) {
        id.confidence = 60;
        id.kind = DocumentKind::FocusedVisitLetter;
        id.reason += ", file name suggests a focused-visit letter";
    } else if (name.find("ofsted") != std::string::npos || name.find("inspection") != std::string::npos ||
               name.find("ilacs") != std::string::npos) {
        id.confidence = 55;
        id.kind = DocumentKind::InspectionReport;
        id.reason += ", file name suggests an Ofsted inspection report";
    } else if (name.find("press") != std::string::npos || name.find("news") != std::string::npos) {
        id.confidence = 40;
        id.kind = name.find("press") != std::string::npos ? DocumentKind::PressRelease : DocumentKind::NewsArticle;
        id.reason += ", file name suggests an article";
    } else {
        id.reason += "; its text is only read on import";
    }
    return id;
}

}  // namespace

InputFormat detectFormat(std::string_view path, std::string_view head) {
    if (head.size() >= 5 && head.substr(0, 5) == "%PDF-") return InputFormat::Pdf;
    if (head.size() >= 4 && head.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
        // Word documents name word/ parts; spreadsheets xl/. The first entries are in the head.
        if (head.find("word/") != std::string_view::npos) return InputFormat::Docx;
        if (head.find("xl/") != std::string_view::npos || head.find("ppt/") != std::string_view::npos)
            return InputFormat::Unknown;
        return extensionOf(path) == "docx" ? InputFormat::Docx : InputFormat::Unknown;
    }
    std::string ext = extensionOf(path);
    if (ext == "txt" || ext == "text" || ext == "md" || ext == "markdown") return InputFormat::Text;
    if (ext == "pdf" || ext == "docx" || ext == "xlsx" || ext == "xls" || ext == "zip") return InputFormat::Unknown;
    return InputFormat::Text;
}

Identification identify(std::string_view path, std::string_view head) {
    Identification id;
    const std::string name = fileNameOf(path);
    const std::string ext = extensionOf(path);
    switch (detectFormat(path, head)) {
        case InputFormat::Pdf: return fromName(name, "PDF");
        case InputFormat::Docx: return fromName(name, "Word");
        case InputFormat::Unknown:
            id.reason = "not a text, Word or PDF document";
            return id;
        case InputFormat::Text: break;
    }
    // Markup or a document of another program named like text: the reader says what it is.
    if (const ContentKind content = sniffContent(head); content != ContentKind::Other && content != ContentKind::Empty) {
        id.confidence = 0;
        id.reason = std::string("text named, but ") + describeContent(content);
        return id;
    }
    if (ext == "csv" || ext == "tsv" || ext == "json" || ext == "xml" || ext == "html" || ext == "htm") {
        id.confidence = 0;
        id.reason = "." + ext + " files are data, not letters";
        return id;
    }
    std::string text;
    try {
        text = decodeText(head);
    } catch (const std::exception&) {
        id.reason = "binary content";
        return id;
    }
    if (trim(text).empty()) {
        id.confidence = 0;
        id.reason = "empty";
        return id;
    }
    if (looksTabular(text)) {
        id.confidence = 5;
        id.reason = "tabular text (CSV-like), not a letter";
        return id;
    }
    // Cue phrases of each genre.
    int letter = 3 * count(text, "this letter summarises") + 3 * count(text, "monitoring visit to") +
                 3 * count(text, "focused visit to") + 2 * (count(text, "dear ") > 0) +
                 2 * count(text, "majesty's inspector") + 2 * count(text, "headline findings") +
                 count(text, "findings and evaluation of progress") * 2;
    int report = 3 * count(text, "inspection dates") + 3 * count(text, "lead inspector") +
                 2 * count(text, "overall effectiveness") + 2 * count(text, "judgement grade");
    int domain = count(text, "ofsted") + count(text, "children's services") + count(text, "inspector") +
                 count(text, "monitoring visit") + count(text, "inspection");
    if (letter >= 5 && reprintedInArticle(text)) {
        id.confidence = 75;
        id.kind = DocumentKind::NewsArticle;
        id.reason = "news article reprinting an Ofsted letter";
    } else if (letter >= 5) {
        id.confidence = letter >= 8 ? 90 : 75;
        id.kind = containsPhrase(text, "focused visit") && !containsPhrase(text, "monitoring visit")
                      ? DocumentKind::FocusedVisitLetter
                      : DocumentKind::MonitoringLetter;
        id.reason = "Ofsted letter: salutation, visit and findings wording";
    } else if (report >= 5) {
        id.confidence = 85;
        id.kind = DocumentKind::InspectionReport;
        id.reason = "Ofsted inspection report: inspection dates, lead inspector, judgements";
    } else if (domain >= 3) {
        id.confidence = 60;
        // The parser's own judgement, so that inspect and import name the same kind.
        const DocumentKind kind = detectDocumentKind(readTextLines(text));
        id.kind = kind == DocumentKind::PressRelease ? DocumentKind::PressRelease : DocumentKind::NewsArticle;
        id.reason = "text about an Ofsted inspection of children's services (article or press release)";
    } else if (domain > 0) {
        id.confidence = 20;
        id.reason = "text mentioning inspections, but no letter or report structure";
    } else {
        id.confidence = 0;
        id.reason = "plain text with no inspection wording";
    }
    return id;
}

}  // namespace findings::docparse
