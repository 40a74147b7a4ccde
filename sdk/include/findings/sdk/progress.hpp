// The progress count: what the theme-by-visit picture counts, how one cell counts it, and
// how the cell reads. The desktop app's Progress view and the workbook's Progress sheet both
// count with this header, so the same cell says the same thing in both ("6 / 5 (+7 mixed)":
// six strengths, five weaknesses and seven mixed findings, each finding counted once).
//
// Header-only and free of the host, so an out-of-tree exporter counts the same way.
#pragma once

#include <findings/sdk/records.hpp>

#include <algorithm>
#include <string>
#include <string_view>

namespace findings::progress {

/// True when findings of a source with this role (see roleOf()) count as evidence of a
/// visit: Ofsted's own (inspection), and commentary (news, press releases) only when
/// `includeCommentary`. A plan or a workbook is never a visit.
inline bool countsAsEvidence(std::string_view role, bool includeCommentary) {
    return role == "inspection" || (includeCommentary && role == "commentary");
}

/// The same for a source record.
inline bool countsAsEvidence(const Source& source, bool includeCommentary) {
    return countsAsEvidence(roleOf(source), includeCommentary);
}

/// True when the finding restates another (a same_as link nobody rejected): it is counted
/// once, where it was first said.
inline bool restatesAnother(const Finding& finding) {
    return std::any_of(finding.links.begin(), finding.links.end(), [](const Link& l) {
        return l.relation == "same_as" && l.review != "rejected";
    });
}

/// One cell's count. Each finding counts once, under its own polarity: a mixed finding is
/// neither a strength nor a weakness but mixed, so strengths + weaknesses + mixed + neutral
/// is the number of findings.
struct Cell {
    int strengths = 0;
    int weaknesses = 0;
    int mixed = 0;
    int neutral = 0;  ///< anything else (neutral, or no polarity)

    /// Counts one finding of this polarity.
    void count(std::string_view polarity) {
        if (polarity == "strength") ++strengths;
        else if (polarity == "weakness") ++weaknesses;
        else if (polarity == "mixed") ++mixed;
        else ++neutral;
    }
    /// Adds another cell's counts.
    void add(const Cell& other) {
        strengths += other.strengths;
        weaknesses += other.weaknesses;
        mixed += other.mixed;
        neutral += other.neutral;
    }
    /// Every finding counted.
    int total() const { return strengths + weaknesses + mixed + neutral; }
    /// The findings that judge: strengths, weaknesses and mixed ones.
    int judged() const { return strengths + weaknesses + mixed; }
    bool empty() const { return total() == 0; }
    /// The share of weaknesses among the judging findings, a mixed one counting half; 0
    /// when none judges. What a cell's colour shows.
    double weaknessShare() const {
        const int n = judged();
        return n == 0 ? 0.0 : (weaknesses + 0.5 * mixed) / static_cast<double>(n);
    }
    /// The cell as people read it: "6 / 5" (strengths / weaknesses), then any mixed and
    /// neutral findings in brackets: "6 / 5  (+7 mixed, +1 neutral)"; "" when empty.
    std::string text() const {
        if (empty()) return {};
        std::string out = std::to_string(strengths) + " / " + std::to_string(weaknesses);
        std::string extra;
        if (mixed) extra += "+" + std::to_string(mixed) + " mixed";
        if (neutral) extra += (extra.empty() ? "+" : ", +") + std::to_string(neutral) + " neutral";
        return extra.empty() ? out : out + "  (" + extra + ")";
    }
};

/// A change of at least this much in a theme's share of weaknesses (Cell::weaknessShare)
/// between two visits is a trend: improving when it falls, worsening when it rises.
inline constexpr double kTrendThreshold = 0.1;

/// The label of the row for findings that carry no theme.
inline constexpr const char* kNoThemeLabel = "No theme";

/// A theme's row label: the taxonomy's label up to any colon ("Workforce: recruitment,
/// retention, ..." reads "Workforce"), so rows stay narrow and read alike everywhere.
inline std::string themeRowLabel(std::string_view label) {
    const std::size_t colon = label.find(':');
    std::string_view head = colon == std::string_view::npos ? label : label.substr(0, colon);
    while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
    return std::string(head);
}

}  // namespace findings::progress
