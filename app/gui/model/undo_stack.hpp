// The undo/redo history of a document, and where in it the document was last saved, so
// "modified" means "differs from the file" even after undoing back to the saved state.
#pragma once

#include "model/edit_command.hpp"

#include <memory>
#include <string>
#include <vector>

namespace findings::studio {

class UndoStack {
public:
    /// Applies `command` to `set` and records it; forgets anything that could be redone.
    DocumentChange push(std::unique_ptr<EditCommand> command, findings::FindingsSet& set);
    bool canUndo() const { return !done_.empty(); }
    bool canRedo() const { return !undone_.empty(); }
    /// Labels of the next undo / redo, or "" when there is none.
    std::string undoLabel() const;
    std::string redoLabel() const;
    /// Reverts the last command; returns what changed. Requires canUndo().
    DocumentChange undo(findings::FindingsSet& set);
    /// Re-applies the last undone command. Requires canRedo().
    DocumentChange redo(findings::FindingsSet& set);

    /// Forgets all history (a new document was opened) and calls that state saved.
    void clear();
    /// Records the current position as the saved state.
    void markSaved() { savedDepth_ = static_cast<long>(done_.size()); }
    /// True when the current position is not the saved one.
    bool awayFromSaved() const { return savedDepth_ != static_cast<long>(done_.size()); }

private:
    std::vector<std::unique_ptr<EditCommand>> done_;
    std::vector<std::unique_ptr<EditCommand>> undone_;
    long savedDepth_ = 0; ///< done_.size() when saved; -1 when that state can no longer return
};

}  // namespace findings::studio
