#include "board_labels.hpp"

#include <cctype>

namespace findings::board {

namespace {

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

int monthOf(std::string_view iso) {
    if (iso.size() < 7 || iso[4] != '-') return 0;
    if (!std::isdigit(static_cast<unsigned char>(iso[5])) ||
        !std::isdigit(static_cast<unsigned char>(iso[6])))
        return 0;
    const int m = (iso[5] - '0') * 10 + (iso[6] - '0');
    return m >= 1 && m <= 12 ? m : 0;
}

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

std::string monthYear(std::string_view iso) {
    if (iso.empty()) return "undated";
    const int m = monthOf(iso);
    if (m == 0) return std::string(iso.substr(0, 4));
    return std::string(kMonths[m - 1]) + " " + std::string(iso.substr(0, 4));
}

std::string longDate(std::string_view iso) {
    if (iso.size() == 10 && monthOf(iso) != 0 && std::isdigit(static_cast<unsigned char>(iso[8])) &&
        std::isdigit(static_cast<unsigned char>(iso[9]))) {
        const int day = (iso[8] - '0') * 10 + (iso[9] - '0');
        return std::to_string(day) + " " + monthYear(iso);
    }
    return monthYear(iso);
}

std::string shortDate(std::string_view iso) {
    const int m = monthOf(iso);
    if (m == 0) return monthYear(iso);
    std::string out = std::string(kMonths[m - 1]).substr(0, 3) + " " + std::string(iso.substr(0, 4));
    if (iso.size() == 10 && std::isdigit(static_cast<unsigned char>(iso[8])) &&
        std::isdigit(static_cast<unsigned char>(iso[9])))
        out = std::to_string((iso[8] - '0') * 10 + (iso[9] - '0')) + " " + out;
    return out;
}

std::string visitHeading(const Source& s) {
    if (s.kind == "monitoring_letter")
        return s.visit.ordinal != kNone ? "Monitoring visit " + std::to_string(s.visit.ordinal)
                                        : std::string("Monitoring visit");
    if (s.kind == "focused_visit_letter") return "Focused visit";
    if (s.kind == "inspection_report") return "Full inspection";
    if (s.kind == "news_article") return "News";
    if (s.kind == "press_release") return "Press release";
    return s.title.empty() ? s.kind : s.title;
}

std::string gradeLabel(std::string_view grade) {
    std::string out(grade);
    if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

std::string statusLabel(std::string_view status) {
    if (status == "red") return "Red";
    if (status == "amber") return "Amber";
    if (status == "green") return "Green";
    if (status == "complete") return "Complete";
    if (status == "not_started") return "Not started";
    return std::string(status);
}

bool isOverallArea(std::string_view area) {
    return lower(area).find("overall") != std::string::npos;
}

std::string overallGrade(const Source& report) {
    for (const Judgement& j : report.judgements)
        if (isOverallArea(j.area)) return j.grade;
    return {};
}

}  // namespace findings::board
