#include <findings/check/record_ids.hpp>

#include <functional>

namespace findings::check {

void IdTable::reserve(std::size_t ids) {
    std::size_t slots = 16;
    while (slots < 2 * ids) slots *= 2;
    if (slots > slots_.size()) grow(slots);
}

std::size_t IdTable::find(std::string_view id, std::uint64_t hash) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(hash) & mask;; i = (i + 1) & mask) {
        const Slot& slot = slots_[i];
        if (slot.index == kEmpty) return i;
        if (slot.hash == hash && std::string_view(arena_.data() + slot.offset, slot.length) == id) return i;
    }
}

std::optional<std::size_t> IdTable::add(std::string_view id, std::size_t index) {
    if (2 * (count_ + 1) > slots_.size()) grow(slots_.empty() ? 16 : 2 * slots_.size());
    const std::uint64_t hash = std::hash<std::string_view>{}(id);
    Slot& slot = slots_[find(id, hash)];
    if (slot.index != kEmpty) return slot.index;
    slot = Slot{hash, arena_.size(), index, static_cast<std::uint32_t>(id.size())};
    arena_.append(id);
    ++count_;
    return std::nullopt;
}

bool IdTable::contains(std::string_view id) const {
    if (slots_.empty()) return false;
    return slots_[find(id, std::hash<std::string_view>{}(id))].index != kEmpty;
}

void IdTable::grow(std::size_t slots) {
    std::vector<Slot> old(slots);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
        if (slot.index == kEmpty) continue;
        std::size_t i = static_cast<std::size_t>(slot.hash) & mask;
        while (slots_[i].index != kEmpty) i = (i + 1) & mask;
        slots_[i] = slot;
    }
}

std::optional<std::size_t> RecordIds::addSource(const std::string& id, std::size_t index) {
    return sources_.add(id, index);
}

std::optional<std::size_t> RecordIds::addFinding(const std::string& id, std::size_t index) {
    return findings_.add(id, index);
}

void RecordIds::referToSource(std::size_t finding, const std::string& from,
                              const std::string& source) {
    // Resolved now when the source came first (as the sink contract asks): nothing is kept.
    if (!sources_.contains(source)) pending_.push_back({finding, kSource, from, source, false});
}

void RecordIds::linkTo(std::size_t finding, std::size_t link, const std::string& target,
                       const std::string& self) {
    if (!self.empty() && target == self) {
        pending_.push_back({finding, link, self, target, true});
        return;
    }
    // Links usually point back to earlier findings; a forward one waits for the end.
    if (!findings_.contains(target)) pending_.push_back({finding, link, self, target, false});
}

std::vector<RecordIds::Unresolved> RecordIds::unresolved() const {
    std::vector<Unresolved> out;
    for (const Unresolved& u : pending_) {
        if (u.self) {
            out.push_back(u);
            continue;
        }
        const auto& ids = u.link == kSource ? sources_ : findings_;
        if (!ids.contains(u.target)) out.push_back(u);
    }
    return out;
}

}  // namespace findings::check
