#include "model/edit_command.hpp"

#include <algorithm>
#include <iterator>
#include <stdexcept>
#include <utility>

namespace findings::studio {

FindingEdit::FindingEdit(std::string label, size_t index, Finding before, Finding after)
    : label_(std::move(label)), index_(index), before_(std::move(before)), after_(std::move(after)) {}

void FindingEdit::apply(findings::FindingsSet& set) { set.findings.at(index_) = after_; }
void FindingEdit::revert(findings::FindingsSet& set) { set.findings.at(index_) = before_; }
DocumentChange FindingEdit::change() const {
    return {DocumentChange::Kind::FindingChanged, index_};
}

SourceEdit::SourceEdit(size_t index, Source before, Source after)
    : index_(index), before_(std::move(before)), after_(std::move(after)) {}

void SourceEdit::apply(findings::FindingsSet& set) { set.sources.at(index_) = after_; }
void SourceEdit::revert(findings::FindingsSet& set) { set.sources.at(index_) = before_; }
DocumentChange SourceEdit::change() const { return {DocumentChange::Kind::SourceChanged, index_}; }

AppendImport::AppendImport(std::string label, findings::FindingsSet imported)
    : label_(std::move(label)), stash_(std::move(imported)),
      sourceCount_(stash_.sources.size()), findingCount_(stash_.findings.size()) {}

void AppendImport::apply(findings::FindingsSet& set) {
    set.sources.insert(set.sources.end(), std::make_move_iterator(stash_.sources.begin()),
                       std::make_move_iterator(stash_.sources.end()));
    set.findings.insert(set.findings.end(), std::make_move_iterator(stash_.findings.begin()),
                        std::make_move_iterator(stash_.findings.end()));
    stash_ = {};
}

void AppendImport::revert(findings::FindingsSet& set) {
    // Later commands were reverted first, so the imported records are at the end again.
    if (set.sources.size() < sourceCount_ || set.findings.size() < findingCount_)
        throw std::logic_error("undo of an import found fewer records than it added");
    const auto sourceStart = set.sources.end() - static_cast<std::ptrdiff_t>(sourceCount_);
    const auto findingStart = set.findings.end() - static_cast<std::ptrdiff_t>(findingCount_);
    stash_.sources.assign(std::make_move_iterator(sourceStart),
                          std::make_move_iterator(set.sources.end()));
    stash_.findings.assign(std::make_move_iterator(findingStart),
                           std::make_move_iterator(set.findings.end()));
    set.sources.erase(sourceStart, set.sources.end());
    set.findings.erase(findingStart, set.findings.end());
}

}  // namespace findings::studio

namespace findings::studio {

LinksEdit::LinksEdit(std::string label, std::vector<std::vector<Link>> links)
    : label_(std::move(label)), links_(std::move(links)) {}

bool LinksEdit::changes(const findings::FindingsSet& set) const {
    if (links_.size() != set.findings.size()) return true;
    for (size_t i = 0; i < links_.size(); ++i)
        if (links_[i] != set.findings[i].links) return true;
    return false;
}

// Apply and revert are one swap: the links held here and the set's trade places, so the
// command always holds the other side and nothing is copied.
void LinksEdit::swapWith(findings::FindingsSet& set) {
    const size_t n = std::min(links_.size(), set.findings.size());
    for (size_t i = 0; i < n; ++i) std::swap(links_[i], set.findings[i].links);
}

void LinksEdit::apply(findings::FindingsSet& set) { swapWith(set); }
void LinksEdit::revert(findings::FindingsSet& set) { swapWith(set); }

FindingsReplace::FindingsReplace(std::string label, std::vector<std::pair<size_t, Finding>> replacements)
    : label_(std::move(label)), replacements_(std::move(replacements)) {}

void FindingsReplace::swapWith(findings::FindingsSet& set) {
    for (auto& [index, finding] : replacements_) std::swap(finding, set.findings.at(index));
}

}  // namespace findings::studio
