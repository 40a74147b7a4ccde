// Delimiter sniffing: the right delimiter appears the same number of times on most lines,
// counted outside quoted fields (so commas inside quoted text do not vote).
#include <findings/sheetread/csv_reader.hpp>

#include <array>
#include <map>

namespace findings::sheetread {

char sniffDelimiter(std::string_view text, std::string& reason) {
    constexpr std::array<char, 4> kCandidates = {',', ';', '\t', '|'};
    constexpr size_t kMaxLines = 50;
    std::array<std::map<size_t, size_t>, 4> histogram;  // count per line -> lines with it
    std::array<size_t, 4> counts{};
    size_t lines = 0;
    bool inQuotes = false, lineHasText = false;
    auto endLine = [&] {
        if (lineHasText) {
            for (size_t k = 0; k < kCandidates.size(); ++k) ++histogram[k][counts[k]];
            ++lines;
        }
        counts.fill(0);
        lineHasText = false;
    };
    for (size_t i = 0; i < text.size() && lines < kMaxLines; ++i) {
        const char c = text[i];
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == '\n' || c == '\r')) {
            endLine();
        } else if (!inQuotes) {
            lineHasText = true;
            for (size_t k = 0; k < kCandidates.size(); ++k) counts[k] += c == kCandidates[k];
        }
    }
    if (lines < kMaxLines) endLine();

    size_t best = 0, bestLines = 0, bestCount = 0;
    for (size_t k = 0; k < kCandidates.size(); ++k) {
        for (const auto& [count, n] : histogram[k]) {
            // Most lines sharing one non-zero count; ties go to the more fields, then to the
            // earlier candidate (comma first).
            if (count > 0 && (n > bestLines || (n == bestLines && count > bestCount && k == best))) {
                best = k;
                bestLines = n;
                bestCount = count;
            }
        }
    }
    if (bestLines == 0) {
        reason = "no delimiter found; read as one column";
        return ',';
    }
    static const char* const kNames[] = {"comma", "semicolon", "tab", "pipe"};
    reason = std::string("sniffed ") + kNames[best] + ": " + std::to_string(bestCount) + " per line on " +
             std::to_string(bestLines) + " of " + std::to_string(lines) + " lines";
    return kCandidates[best];
}

}  // namespace findings::sheetread
