#include <findings/check/record_ids.hpp>

namespace findings::check {

std::optional<std::size_t> RecordIds::addSource(const std::string& id, std::size_t index) {
    const auto [it, added] = sources_.emplace(id, index);
    if (added) return std::nullopt;
    return it->second;
}

std::optional<std::size_t> RecordIds::addFinding(const std::string& id, std::size_t index) {
    const auto [it, added] = findings_.emplace(id, index);
    if (added) return std::nullopt;
    return it->second;
}

void RecordIds::referToSource(std::size_t finding, const std::string& from,
                              const std::string& source) {
    // Resolved now when the source came first (as the sink contract asks): nothing is kept.
    if (!sources_.count(source)) pending_.push_back({finding, kSource, from, source, false});
}

void RecordIds::linkTo(std::size_t finding, std::size_t link, const std::string& target,
                       const std::string& self) {
    if (!self.empty() && target == self) {
        pending_.push_back({finding, link, self, target, true});
        return;
    }
    // Links usually point back to earlier findings; a forward one waits for the end.
    if (!findings_.count(target)) pending_.push_back({finding, link, self, target, false});
}

std::vector<RecordIds::Unresolved> RecordIds::unresolved() const {
    std::vector<Unresolved> out;
    for (const Unresolved& u : pending_) {
        if (u.self) {
            out.push_back(u);
            continue;
        }
        const auto& ids = u.link == kSource ? sources_ : findings_;
        if (!ids.count(u.target)) out.push_back(u);
    }
    return out;
}

}  // namespace findings::check
