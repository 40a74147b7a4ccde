#include "model/source_excerpt.hpp"


namespace findings::studio {

std::string locationText(const Location& l) {
    std::string out;
    auto add = [&](const std::string& part) { out += (out.empty() ? "" : ", ") + part; };
    if (!l.sheet.empty() || l.row != kNone) {
        std::string cell = l.sheet.empty() ? "" : l.sheet + "!";
        if (l.column != kNone) {
            std::string letters;
            for (std::int64_t c = l.column; c > 0; c = (c - 1) / 26)
                letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
            cell += letters;
        }
        if (l.row != kNone) cell += (l.column == kNone ? "row " : "") + std::to_string(l.row);
        add(cell);
    }
    if (l.page != kNone) add("page " + std::to_string(l.page));
    if (l.line_start != kNone) {
        if (l.line_end != kNone && l.line_end != l.line_start)
            add("lines " + std::to_string(l.line_start) + "\u2013" + std::to_string(l.line_end));
        else
            add("line " + std::to_string(l.line_start));
    }
    return out;
}

std::string sourceLocationText(const Location& l) {
    if (l.page != kNone) return "page " + std::to_string(l.page);
    if (!l.sheet.empty() || l.row != kNone) {
        Location cell;
        cell.sheet = l.sheet;
        cell.row = l.row;
        cell.column = l.column;
        return locationText(cell);
    }
    Location lines;
    lines.line_start = l.line_start;
    lines.line_end = l.line_end;
    return locationText(lines);
}

namespace {

size_t codePointsOf(const std::string& text) {
    size_t n = 0;
    for (unsigned char c : text) n += (c & 0xC0) != 0x80;
    return n;
}

/// The heading and path every excerpt has.
SourceExcerpt headed(const Finding& finding, const Source* source) {
    SourceExcerpt out;
    const std::string path = source ? source->path : std::string();
    const std::string where = sourceLocationText(finding.location);
    // The file's name, not its folder: the heading is one line in a narrow pane (the full
    // path is kept for a tooltip).
    const std::string name = path.substr(path.find_last_of('/') + 1);
    out.path = path;
    out.heading = name.empty() ? where : where.empty() ? name : name + " \u2014 " + where;
    return out;
}

/// A note above the finding's text, the finding highlighted.
void noteAndFinding(SourceExcerpt& out, const std::string& note, const Finding& finding) {
    out.text = note + "\n\n" + finding.text + "\n";
    out.highlightStart = codePointsOf(note) + 2;
    out.highlightEnd = out.highlightStart + codePointsOf(finding.text);
}

/// Byte range [begin, end) of the finding in the decoded text, or begin == end.
std::pair<size_t, size_t> byteRange(const std::string& text, const Location& l) {
    if (l.line_start != kNone && l.line_start > 0) {
        const std::int64_t last = l.line_end != kNone && l.line_end >= l.line_start ? l.line_end
                                                                                  : l.line_start;
        size_t begin = std::string::npos, end = text.size();
        std::int64_t line = 1;
        size_t lineStart = 0;
        while (lineStart <= text.size()) {
            if (line == l.line_start) begin = lineStart;
            size_t nl = text.find('\n', lineStart);
            if (line == last) {
                end = nl == std::string::npos ? text.size() : nl;
                break;
            }
            if (nl == std::string::npos) break;
            lineStart = nl + 1;
            ++line;
        }
        if (begin == std::string::npos) return {0, 0};
        return {begin, std::max(begin, end)};
    }
    if (l.char_start != kNone && l.char_end != kNone && l.char_start < l.char_end &&
        static_cast<size_t>(l.char_start) < text.size())
        return {static_cast<size_t>(l.char_start),
                std::min(text.size(), static_cast<size_t>(l.char_end))};
    return {0, 0};
}

/// Copies `text` without CR and form-feed characters (page breaks a reader kept),
/// converting the byte range to code points of the copy.
void normaliseInto(SourceExcerpt& out, const std::string& text, std::pair<size_t, size_t> range) {
    out.text.reserve(text.size());
    size_t codePoints = 0;
    bool startSet = false, endSet = false;
    for (size_t i = 0; i < text.size(); ++i) {
        if (i == range.first && !startSet) out.highlightStart = codePoints, startSet = true;
        if (i == range.second && !endSet) out.highlightEnd = codePoints, endSet = true;
        const char c = text[i];
        if (c == '\r' || c == '\f') continue;
        out.text += c;
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++codePoints;
    }
    if (!startSet) out.highlightStart = codePoints;
    if (!endSet) out.highlightEnd = codePoints;
    if (range.first == range.second) out.highlightEnd = out.highlightStart;
}

bool isSpreadsheetRow(const Finding& f, const Source* s) {
    return !f.location.sheet.empty() || f.location.row != kNone ||
           (s && (s->kind == "spreadsheet" || s->kind == "findings_workbook"));
}

}  // namespace

namespace {
/// A source imported from a findings document has that document as its file: its text is
/// JSON, and the finding's lines refer to the original letter, not to it.
bool fromFindingsDocument(const std::string& path) {
    return path.size() > 14 && path.compare(path.size() - 14, 14, ".findings.json") == 0;
}
}  // namespace

bool needsSourceText(const Finding& finding, const Source* source) {
    return !isSpreadsheetRow(finding, source) && !(source && fromFindingsDocument(source->path));
}

SourceExcerpt loadingExcerpt(const Finding& finding, const Source* source) {
    SourceExcerpt out = headed(finding, source);
    out.kind = SourceExcerpt::Kind::Loading;
    noteAndFinding(out, kLoadingText, finding);
    return out;
}

SourceExcerpt excerptFor(const Finding& finding, const Source* source, const SourceText& text) {
    SourceExcerpt out = headed(finding, source);
    const std::string& path = out.path;

    if (isSpreadsheetRow(finding, source)) {
        out.kind = SourceExcerpt::Kind::Spreadsheet;
        out.text = finding.text + "\n\n";
        auto line = [&](const std::string& key, const std::string& value) {
            if (!value.empty()) out.text += key + ": " + value + "\n";
        };
        line("Action", finding.action.text);
        line("Owner", finding.action.owner);
        line("Due", finding.action.due);
        line("Status", finding.action.status);
        for (const auto& [key, value] : finding.properties) line(key, value);
        out.highlightStart = 0;
        out.highlightEnd = codePointsOf(finding.text);
        return out;
    }

    if (source && fromFindingsDocument(path)) {
        out.kind = SourceExcerpt::Kind::Summary;
        noteAndFinding(out, "The source was imported from a findings document; showing the finding.", finding);
        return out;
    }
    if (!text.readable) {
        out.kind = text.missing ? SourceExcerpt::Kind::Missing : SourceExcerpt::Kind::Summary;
        noteAndFinding(out, text.problem, finding);
        return out;
    }
    out.kind = SourceExcerpt::Kind::Text;
    // The text is the importer's own reading: the finding's lines are counted in it.
    const auto range = byteRange(text.utf8, finding.location);
    normaliseInto(out, text.utf8, range);
    return out;
}

}  // namespace findings::studio
