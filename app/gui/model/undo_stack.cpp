#include "model/undo_stack.hpp"

#include <stdexcept>

namespace findings::studio {

DocumentChange UndoStack::push(std::unique_ptr<EditCommand> command, findings::FindingsSet& set) {
    command->apply(set);
    const DocumentChange change = command->change();
    // The saved state was among the commands that can no longer be redone.
    if (savedDepth_ > static_cast<long>(done_.size())) savedDepth_ = -1;
    undone_.clear();
    done_.push_back(std::move(command));
    return change;
}

std::string UndoStack::undoLabel() const { return done_.empty() ? "" : done_.back()->label(); }
std::string UndoStack::redoLabel() const { return undone_.empty() ? "" : undone_.back()->label(); }

DocumentChange UndoStack::undo(findings::FindingsSet& set) {
    if (done_.empty()) throw std::logic_error("nothing to undo");
    std::unique_ptr<EditCommand> command = std::move(done_.back());
    done_.pop_back();
    command->revert(set);
    const DocumentChange change = command->change();
    undone_.push_back(std::move(command));
    return change;
}

DocumentChange UndoStack::redo(findings::FindingsSet& set) {
    if (undone_.empty()) throw std::logic_error("nothing to redo");
    std::unique_ptr<EditCommand> command = std::move(undone_.back());
    undone_.pop_back();
    command->apply(set);
    const DocumentChange change = command->change();
    done_.push_back(std::move(command));
    return change;
}

void UndoStack::clear() {
    done_.clear();
    undone_.clear();
    savedDepth_ = 0;
}

}  // namespace findings::studio
