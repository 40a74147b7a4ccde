#include "display_text.hpp"

#include <findings/excel/roundtrip/cell_values.hpp>
#include <findings/excel/roundtrip/data_sheet.hpp>

#include <cctype>

namespace findings::excel {
namespace {

const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr const char* kEnDash = "\xE2\x80\x93";

std::string number(std::int64_t n) { return std::to_string(n); }

}  // namespace

std::string longDate(std::string_view iso) {
    const auto d = parseIsoDate(iso, true);
    if (!d) return std::string(iso);
    std::string month = std::string(kMonths[d->month - 1]) + " " + std::to_string(d->year);
    return d->day == 0 ? month : std::to_string(d->day) + " " + month;
}

std::string monthYear(std::string_view iso) {
    const auto d = parseIsoDate(iso, true);
    if (!d) return std::string(iso);
    return std::string(kMonths[d->month - 1]) + " " + std::to_string(d->year);
}

std::string dateRange(std::string_view startIso, std::string_view endIso) {
    if (startIso.empty() || startIso == endIso) return longDate(endIso);
    if (endIso.empty()) return longDate(startIso);
    const auto a = parseIsoDate(startIso);
    const auto b = parseIsoDate(endIso);
    if (!a || !b) return longDate(startIso) + " " + kEnDash + " " + longDate(endIso);
    if (a->year == b->year && a->month == b->month)
        return std::to_string(a->day) + kEnDash + longDate(endIso);
    if (a->year == b->year)
        return std::to_string(a->day) + " " + kMonths[a->month - 1] + " " + kEnDash + " " +
               longDate(endIso);
    return longDate(startIso) + " " + kEnDash + " " + longDate(endIso);
}

std::string humanWords(std::string_view value) {
    std::string out(value);
    for (auto& c : out)
        if (c == '_') c = ' ';
    if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

std::string sourceKindLabel(std::string_view kind) {
    if (kind == "monitoring_letter") return "Monitoring letter";
    if (kind == "focused_visit_letter") return "Focused visit letter";
    if (kind == "inspection_report") return "Inspection report";
    if (kind == "news_article") return "News article";
    if (kind == "press_release") return "Press release";
    if (kind == "spreadsheet") return "Spreadsheet";
    if (kind == "findings_workbook") return "Findings workbook";
    if (kind.empty() || kind == "other") return "Other";
    return humanWords(kind);
}

std::string sourceLabel(const Source& s) {
    std::string name = s.title;
    if (name.empty()) {
        name = sourceKindLabel(s.kind);
        if (!s.local_authority.empty()) name += ", " + s.local_authority;
    }
    const std::string& when = !s.date.empty() ? s.date : s.visit.end;
    if (!when.empty()) name += " (" + longDate(when) + ")";
    return name;
}

std::string visitLabel(const Source& s) {
    if (s.visit.ordinal != kNone) return "Visit " + number(s.visit.ordinal);
    if (!s.visit.start.empty() || !s.visit.end.empty())
        return dateRange(s.visit.start, s.visit.end);
    return {};
}

std::string sourceHeading(const Source& s) {
    if (s.visit.ordinal != kNone) return "Visit " + number(s.visit.ordinal);
    if (s.kind == "monitoring_letter") return "Monitoring visit";
    if (s.kind == "focused_visit_letter") return "Focused visit";
    if (s.kind == "inspection_report") return "Inspection";
    return sourceKindLabel(s.kind);
}

std::string sourceSortDate(const Source& s) {
    if (!s.visit.start.empty()) return s.visit.start;
    if (!s.visit.end.empty()) return s.visit.end;
    return s.date;
}

std::string sourceWhen(const Source& s) {
    const std::string date = sourceSortDate(s);
    return date.empty() ? std::string() : monthYear(date);
}

std::string locationText(const Location& l) {
    std::string out;
    auto add = [&out](const std::string& part) { out += (out.empty() ? "" : ", ") + part; };
    if (l.page != kNone) add("page " + number(l.page));
    if (l.line_start != kNone) {
        if (l.line_end != kNone && l.line_end != l.line_start)
            add("lines " + number(l.line_start) + kEnDash + number(l.line_end));
        else
            add("line " + number(l.line_start));
    }
    if (!l.sheet.empty() || l.row != kNone) {
        std::string cell;
        if (l.row != kNone && l.column != kNone)
            cell = cellName(static_cast<std::size_t>(l.row - 1),
                            static_cast<std::size_t>(l.column - 1));
        else if (l.row != kNone)
            cell = "row " + number(l.row);
        if (l.sheet.empty())
            add(cell);
        else
            add(cell.empty() ? "sheet " + l.sheet
                             : (l.row != kNone && l.column != kNone ? l.sheet + "!" + cell
                                                                    : l.sheet + ", " + cell));
    }
    return out;
}

std::string headerFooterText(std::string_view text, std::size_t maxBytes) {
    std::string out;
    for (char c : text) {
        const std::size_t need = c == '&' ? 2 : 1;
        if (out.size() + need > maxBytes) break;
        out += c;
        if (c == '&') out += '&';
    }
    // Do not end inside a UTF-8 sequence.
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0x80)) {
        std::size_t start = out.size() - 1;
        while (start > 0 && (static_cast<unsigned char>(out[start]) & 0xC0) == 0x80) --start;
        const unsigned char lead = static_cast<unsigned char>(out[start]);
        const std::size_t len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (out.size() - start >= len) break;
        out.resize(start);
    }
    return out;
}

}  // namespace findings::excel
