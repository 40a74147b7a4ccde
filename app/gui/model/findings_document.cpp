#include "model/findings_document.hpp"

#include <findings/core/import_service.hpp>

#include <stdexcept>
#include <unordered_map>

namespace findings::studio {

std::string FindingsDocument::title() const {
    std::string name = "Untitled";
    if (!path_.empty()) {
        const size_t slash = path_.find_last_of('/');
        name = slash == std::string::npos ? path_ : path_.substr(slash + 1);
    }
    return modified() ? name + "*" : name;
}

std::int64_t FindingsDocument::sourceIndexOf(size_t findingIndex) const {
    return findingIndex < sourceOfFinding_.size() ? sourceOfFinding_[findingIndex] : -1;
}

const Source* FindingsDocument::sourceOf(size_t findingIndex) const {
    const std::int64_t s = sourceIndexOf(findingIndex);
    return s < 0 ? nullptr : &set_.sources[static_cast<size_t>(s)];
}

void FindingsDocument::rebuildSourceIndex() {
    std::unordered_map<std::string, std::int64_t> byId;
    byId.reserve(set_.sources.size());
    for (size_t i = 0; i < set_.sources.size(); ++i)
        byId.emplace(set_.sources[i].id, static_cast<std::int64_t>(i));
    sourceOfFinding_.resize(set_.findings.size());
    for (size_t i = 0; i < set_.findings.size(); ++i) {
        auto it = byId.find(set_.findings[i].source);
        sourceOfFinding_[i] = it == byId.end() ? -1 : it->second;
    }
}

void FindingsDocument::announce(const DocumentChange& change) {
    ++revision_;
    // A source id can change in a source edit, so the finding-to-source map is rebuilt for
    // every change that touches sources; finding edits never move a finding to a new source.
    if (change.kind != DocumentChange::Kind::FindingChanged &&
        change.kind != DocumentChange::Kind::StateChanged)
        rebuildSourceIndex();
    for (const auto& listener : listeners_) listener(change);
}

void FindingsDocument::reset(findings::FindingsSet set, std::string path, bool modified) {
    set_ = std::move(set);
    path_ = std::move(path);
    history_.clear();
    recovered_ = modified;
    announce({DocumentChange::Kind::Reset, 0});
}

std::vector<std::string> FindingsDocument::appendImport(findings::FindingsSet imported, std::string label) {
    // core::appendImport renames colliding source ids; run it against a copy of the ids only
    // by appending into an empty set that knows the current sources.
    findings::FindingsSet scratch;
    scratch.sources.reserve(set_.sources.size());
    for (const auto& s : set_.sources) {
        // What appendImport needs: the id to keep ids unique, the digest to refuse a file
        // already held, and the names to say which one it is.
        Source idOnly;
        idOnly.id = s.id;
        idOnly.sha256 = s.sha256;
        idOnly.title = s.title;
        idOnly.path = s.path;
        scratch.sources.push_back(std::move(idOnly));
    }
    const size_t known = scratch.sources.size();
    std::vector<std::string> refused = core::appendImport(scratch, std::move(imported));
    findings::FindingsSet renamed;
    renamed.sources.assign(std::make_move_iterator(scratch.sources.begin() + static_cast<std::ptrdiff_t>(known)),
                           std::make_move_iterator(scratch.sources.end()));
    renamed.findings = std::move(scratch.findings);
    if (!renamed.sources.empty() || !renamed.findings.empty())
        announce(history_.push(std::make_unique<AppendImport>(std::move(label), std::move(renamed)), set_));
    return refused;
}

core::LinkReport FindingsDocument::linkFollowUps(const core::LinkSettings& settings) {
    findings::FindingsSet linked = set_;
    core::LinkReport report = core::linkFindings(linked, settings);
    std::vector<std::vector<Link>> after;
    after.reserve(linked.findings.size());
    for (auto& f : linked.findings) after.push_back(std::move(f.links));
    auto command = std::make_unique<LinksEdit>("Link Follow-ups", std::move(after));
    if (!command->changes(set_)) return report;
    announce(history_.push(std::move(command), set_));
    return report;
}

size_t FindingsDocument::applyMerged(const findings::FindingsSet& merged, std::string label) {
    // A merge never adds, removes or reorders findings; anything else is not this set's merge.
    if (merged.findings.size() != set_.findings.size())
        throw std::invalid_argument("the merged document does not hold this project's findings");
    std::vector<std::pair<size_t, Finding>> changed;
    for (size_t i = 0; i < merged.findings.size(); ++i) {
        if (merged.findings[i].id != set_.findings[i].id)
            throw std::invalid_argument("the merged document does not hold this project's findings");
        if (merged.findings[i] != set_.findings[i]) changed.emplace_back(i, merged.findings[i]);
    }
    const size_t count = changed.size();
    if (count) announce(history_.push(std::make_unique<FindingsReplace>(std::move(label), std::move(changed)), set_));
    return count;
}

void FindingsDocument::markSaved(std::string path) {
    path_ = std::move(path);
    history_.markSaved();
    recovered_ = false;
    announce({DocumentChange::Kind::StateChanged, 0});
}

bool FindingsDocument::editFinding(size_t index, Finding after, std::string label) {
    const Finding& before = set_.findings.at(index);
    if (after == before) return false;
    announce(history_.push(std::make_unique<FindingEdit>(std::move(label), index, before,
                                                          std::move(after)),
                           set_));
    return true;
}

bool FindingsDocument::setThemes(size_t index, std::vector<std::string> themes) {
    Finding after = set_.findings.at(index);
    if (after.themes == themes) return false;
    after.themes = std::move(themes);
    after.review = "edited";
    return editFinding(index, std::move(after), "Edit Themes");
}

bool FindingsDocument::setPolarity(size_t index, std::string polarity) {
    Finding after = set_.findings.at(index);
    if (after.polarity == polarity) return false;
    after.polarity = std::move(polarity);
    after.review = "edited";
    return editFinding(index, std::move(after), "Change Strength/Weakness");
}

bool FindingsDocument::setAction(size_t index, Action action) {
    Finding after = set_.findings.at(index);
    after.action = std::move(action);
    return editFinding(index, std::move(after), "Edit Action");
}

bool FindingsDocument::setReview(size_t index, std::string review) {
    Finding after = set_.findings.at(index);
    after.review = std::move(review);
    return editFinding(index, std::move(after),
                       after.review == "confirmed" ? "Confirm Finding" : "Change Review State");
}

bool FindingsDocument::setLinks(size_t index, std::vector<Link> links, std::string label) {
    Finding after = set_.findings.at(index);
    after.links = std::move(links);
    return editFinding(index, std::move(after), std::move(label));
}

bool FindingsDocument::setSource(size_t index, Source source) {
    const Source& before = set_.sources.at(index);
    if (before == source) return false;
    announce(history_.push(std::make_unique<SourceEdit>(index, before, std::move(source)), set_));
    return true;
}

bool FindingsDocument::undo() {
    if (!history_.canUndo()) return false;
    announce(history_.undo(set_));
    return true;
}

bool FindingsDocument::redo() {
    if (!history_.canRedo()) return false;
    announce(history_.redo(set_));
    return true;
}

}  // namespace findings::studio
