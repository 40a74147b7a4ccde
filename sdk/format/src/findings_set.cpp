#include <findings/format/findings_set.hpp>

#include <iterator>

namespace findings {

std::int64_t FindingsSet::findSource(std::string_view id) const {
    for (size_t i = 0; i < sources.size(); ++i)
        if (sources[i].id == id) return static_cast<std::int64_t>(i);
    return -1;
}

void FindingsSet::append(FindingsSet other) {
    // Into an empty set (a batch's first file), take the other's buffers: inserting would hold
    // two buffers of a million findings at once.
    if (sources.empty() && findings.empty()) {
        sources = std::move(other.sources);
        findings = std::move(other.findings);
        return;
    }
    sources.insert(sources.end(), std::make_move_iterator(other.sources.begin()),
                   std::make_move_iterator(other.sources.end()));
    findings.insert(findings.end(), std::make_move_iterator(other.findings.begin()),
                    std::make_move_iterator(other.findings.end()));
}

}  // namespace findings
