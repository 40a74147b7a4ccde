// The open project: the findings set, the file it belongs to, whether it differs from that
// file, and its undo history. Every change goes through here and is announced to listeners,
// so the table, the detail pane and the progress view never disagree. Toolkit-neutral: the
// GUI subscribes, the unit tests drive it directly.
#pragma once

#include "model/edit_command.hpp"
#include "model/undo_stack.hpp"

#include <findings/format/findings_set.hpp>
#include <findings/core/linker.hpp>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace findings::studio {

class FindingsDocument {
public:
    using Listener = std::function<void(const DocumentChange&)>;

    const findings::FindingsSet& set() const { return set_; }
    /// The project file, or "" for a project never saved.
    const std::string& path() const { return path_; }
    bool modified() const { return recovered_ || history_.awayFromSaved(); }
    /// "name.findings.json" or "Untitled", with "*" appended when modified.
    std::string title() const;
    /// Increases with every change; autosave compares it with the revision it last wrote.
    std::uint64_t revision() const { return revision_; }

    /// Index into set().sources of the finding's source, or -1.
    std::int64_t sourceIndexOf(size_t findingIndex) const;
    /// The finding's source, or nullptr.
    const Source* sourceOf(size_t findingIndex) const;

    /// Replaces everything (open a project, recover an autosave). Clears the history.
    /// `modified` marks a recovered document as differing from its file.
    void reset(findings::FindingsSet set, std::string path, bool modified = false);
    /// Appends imported records as one undoable step; source ids that collide with ones
    /// already present are renamed, and a file already in the set (same SHA-256) is refused
    /// (core::appendImport). Returns a sentence for each refused file, to show the user.
    std::vector<std::string> appendImport(findings::FindingsSet imported, std::string label);
    /// Links follow-ups across visits (core::linkFindings) as one undoable step, keeping the
    /// links people decided; returns what the linker did.
    core::LinkReport linkFollowUps(const core::LinkSettings& settings);
    /// Takes the findings of `merged` (core::mergeEdits of this set: the same findings in the
    /// same order, some fields changed) that differ from the set's as one undoable step named
    /// `label`. Returns how many findings changed; nothing is recorded when none did.
    size_t applyMerged(const findings::FindingsSet& merged, std::string label);
    /// The document was written to `path`.
    void markSaved(std::string path);

    // Edits. Each returns false (and records nothing) when it would change nothing.
    // Changing themes or polarity marks the finding "edited": people set review states,
    // and an officer's correction is what "edited" records. Action fields are tracking
    // data, not the importer's reading, so they leave the review state alone.
    bool setThemes(size_t findingIndex, std::vector<std::string> themes);
    bool setPolarity(size_t findingIndex, std::string polarity);
    bool setAction(size_t findingIndex, Action action);
    bool setReview(size_t findingIndex, std::string review);
    /// setReview(index, "confirmed").
    bool confirm(size_t findingIndex) { return setReview(findingIndex, "confirmed"); }
    bool setSource(size_t sourceIndex, Source source);
    /// Replaces one finding's links (a person's decision in the link review: accept,
    /// reject, add, change a stance) as one undoable step named `label`. Like action
    /// fields, links leave the finding's review state alone.
    bool setLinks(size_t findingIndex, std::vector<Link> links, std::string label);

    bool canUndo() const { return history_.canUndo(); }
    bool canRedo() const { return history_.canRedo(); }
    std::string undoLabel() const { return history_.undoLabel(); }
    std::string redoLabel() const { return history_.redoLabel(); }
    bool undo();
    bool redo();

    /// Calls `listener` after every change, in subscription order.
    void subscribe(Listener listener) { listeners_.push_back(std::move(listener)); }

private:
    bool editFinding(size_t index, Finding after, std::string label);
    void announce(const DocumentChange& change);
    void rebuildSourceIndex();

    findings::FindingsSet set_;
    std::string path_;
    UndoStack history_;
    bool recovered_ = false; ///< reset(modified = true): differs from the file until saved
    std::uint64_t revision_ = 0;
    std::vector<std::int64_t> sourceOfFinding_;
    std::vector<Listener> listeners_;
};

}  // namespace findings::studio
