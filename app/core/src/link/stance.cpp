#include <findings/core/link/stance.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

namespace findings::core::link {

namespace {

struct Cue {
    std::string_view phrase; ///< lower case; matched at word starts
    double weight;
};

// Progress in the inspectors' words.
constexpr std::array<Cue, 30> kImproved{{
    {"has improved", 2}, {"have improved", 2}, {"improved", 1}, {"improvement in", 1},
    {"no longer", 2}, {"stronger", 1.5}, {"strengthened", 1.5}, {"now ", 1}, {"consistently", 1},
    {"better", 1}, {"effective", 1}, {"effectively", 1}, {"timely", 1}, {"good", 1},
    {"well ", 0.5}, {"robust", 1}, {"progress has been made", 2}, {"considerable progress", 2},
    {"significant progress", 2}, {"sustained", 1}, {"increased", 0.5}, {"reduced", 0.5},
    {"appropriate", 0.5}, {"swift", 1}, {"prompt", 1}, {"most children", 0.5},
    {"the majority of", 0.5}, {"are seen regularly", 1}, {"is a strength", 2}, {"well supported", 1}}};

// A shortfall that remains.
constexpr std::array<Cue, 32> kNotImproved{{
    {"remain", 1.5}, {"still", 1.5}, {"continue to", 1}, {"continues to", 1}, {"not yet", 2},
    {"too many", 1.5}, {"too much", 1}, {"too slow", 2}, {"too long", 1.5}, {"too few", 1.5},
    {"has not", 1.5}, {"have not", 1.5}, {"insufficient", 1.5}, {"inconsistent", 1.5},
    {"variable", 1}, {"not always", 1.5}, {"not consistently", 1.5}, {"not sufficiently", 1.5},
    {"not routinely", 1.5}, {"lack of", 1.5}, {"weak", 1.5}, {"poor", 1.5}, {"delay", 1},
    {"drift", 1}, {"deteriorat", 2}, {"limited", 1}, {"gaps", 1}, {"does not", 1},
    {"do not", 1}, {"are not", 1}, {"is not", 1}, {"requires further", 1.5}}};

// Intentions, not yet results.
constexpr std::array<Cue, 10> kCommitment{{
    {"plan to", 1}, {"plans to", 1}, {"recently", 1}, {"too early", 2}, {"beginning to", 1},
    {"early stage", 1}, {"early signs", 1}, {"has launched", 1}, {"are developing", 1},
    {"not yet had an impact", 2}}};

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool wordStart(const std::string& text, size_t at) {
    return at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
}

/// True when a negation ("not", "no", "never", "less") stands in the three words before `at`,
/// so "not always effective" does not count as effective.
bool negatedBefore(const std::string& text, size_t at) {
    size_t begin = at, words = 0;
    while (begin > 0 && words < 3) {
        --begin;
        if (text[begin] == ' ' && begin + 1 < at && text[begin + 1] != ' ') ++words;
        if (text[begin] == '.' || text[begin] == ';') break;
    }
    const std::string window = " " + text.substr(begin, at - begin);
    for (const char* neg : {" not ", " no ", " never ", " less ", " insufficiently ", " nor "})
        if (window.find(neg) != std::string::npos) return true;
    return false;
}

template <size_t N>
double weigh(const std::string& text, const std::array<Cue, N>& cues, bool checkNegation,
             std::vector<std::pair<size_t, size_t>>* taken) {
    double total = 0;
    for (const Cue& cue : cues) {
        for (size_t at = text.find(cue.phrase); at != std::string::npos;
             at = text.find(cue.phrase, at + 1)) {
            if (!wordStart(text, at)) continue;
            // A cue inside a longer cue already counted ("improved" in "has improved").
            if (taken && std::any_of(taken->begin(), taken->end(), [&](const auto& span) {
                    return at >= span.first && at < span.second;
                }))
                continue;
            if (checkNegation && negatedBefore(text, at)) continue;
            total += cue.weight;
            if (taken) taken->emplace_back(at, at + cue.phrase.size());
        }
    }
    return total;
}

}  // namespace

StanceCues stanceCues(std::string_view text) {
    const std::string t = lower(text);
    StanceCues cues;
    std::vector<std::pair<size_t, size_t>> takenImproved, takenNot;
    cues.improved = weigh(t, kImproved, true, &takenImproved);
    cues.notImproved = weigh(t, kNotImproved, false, &takenNot);
    cues.commitment = weigh(t, kCommitment, false, nullptr);
    return cues;
}

std::string stanceOf(const StanceCues& cues, std::string_view polarity) {
    const double up = cues.improved, down = cues.notImproved;
    if (up == 0 && down == 0) {
        if (cues.commitment > 0) return "unclear";
        if (polarity == "strength") return "improved";
        if (polarity == "weakness") return "not_improved";
        if (polarity == "mixed") return "mixed";
        return "unclear";
    }
    // One side clearly outweighing the other decides; otherwise progress with a stated
    // shortfall is mixed.
    if (down == 0) return cues.commitment >= up ? "unclear" : "improved";
    if (up == 0) return "not_improved";
    if (up >= 3 * down) return "improved";
    if (down >= 3 * up) return "not_improved";
    return "mixed";
}

}  // namespace findings::core::link
