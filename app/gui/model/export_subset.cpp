#include "model/export_subset.hpp"

#include <algorithm>
#include <unordered_set>

namespace findings::studio {

findings::FindingsSet subsetForExport(const findings::FindingsSet& set, const std::vector<size_t>& findingIndices) {
    findings::FindingsSet out;
    std::unordered_set<std::string> sourceIds, findingIds;
    for (size_t i : findingIndices) {
        if (i >= set.findings.size()) continue;
        out.findings.push_back(set.findings[i]);
        sourceIds.insert(set.findings[i].source);
        findingIds.insert(set.findings[i].id);
    }
    for (Finding& f : out.findings)
        f.links.erase(std::remove_if(f.links.begin(), f.links.end(),
                                     [&](const Link& l) { return !findingIds.count(l.target); }),
                      f.links.end());
    for (const Source& s : set.sources)
        if (sourceIds.count(s.id)) out.sources.push_back(s);
    return out;
}

}  // namespace findings::studio
