// The edits a person makes to a findings set, as reversible commands: each knows how to
// apply and revert itself, so the undo stack never has to understand what changed.
#pragma once

#include <findings/format/findings_set.hpp>

#include <cstddef>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace findings::studio {

/// What a change touched, so views refresh only what they must.
struct DocumentChange {
    enum class Kind {
        Reset,          ///< the whole set was replaced (open, new)
        Appended,       ///< records were added at the end or removed from it (import, its undo)
        FindingChanged, ///< one finding, `index`
        SourceChanged,  ///< one source, `index`
        StateChanged    ///< only the path or the modified flag
    };
    Kind kind = Kind::Reset;
    size_t index = 0;
};

class EditCommand {
public:
    virtual ~EditCommand() = default;
    /// For the Edit menu: "Undo <label>".
    virtual std::string label() const = 0;
    virtual void apply(findings::FindingsSet& set) = 0;
    virtual void revert(findings::FindingsSet& set) = 0;
    virtual DocumentChange change() const = 0;
};

/// Replaces one finding by an edited copy; reverting puts the original back.
class FindingEdit final : public EditCommand {
public:
    FindingEdit(std::string label, size_t index, Finding before, Finding after);
    std::string label() const override { return label_; }
    void apply(findings::FindingsSet& set) override;
    void revert(findings::FindingsSet& set) override;
    DocumentChange change() const override;

private:
    std::string label_;
    size_t index_;
    Finding before_, after_;
};

/// Replaces one source's metadata (where the importer guessed wrong).
class SourceEdit final : public EditCommand {
public:
    SourceEdit(size_t index, Source before, Source after);
    std::string label() const override { return "Edit Source"; }
    void apply(findings::FindingsSet& set) override;
    void revert(findings::FindingsSet& set) override;
    DocumentChange change() const override;

private:
    size_t index_;
    Source before_, after_;
};

/// Replaces every finding's links at once (a linking run); reverting puts the old ones back.
class LinksEdit final : public EditCommand {
public:
    /// `links` holds the new links of every finding, in the set's order.
    LinksEdit(std::string label, std::vector<std::vector<Link>> links);
    std::string label() const override { return label_; }
    void apply(findings::FindingsSet& set) override;
    void revert(findings::FindingsSet& set) override;
    DocumentChange change() const override { return {DocumentChange::Kind::Reset, 0}; }
    /// True when applying would change any finding's links.
    bool changes(const findings::FindingsSet& set) const;

private:
    void swapWith(findings::FindingsSet& set);
    std::string label_;
    std::vector<std::vector<Link>> links_; ///< the links not in the set right now
};

/// Replaces several findings at once (a merged workbook's edits); each side is held as the
/// findings it replaces, so apply and revert are one swap and nothing else is copied.
class FindingsReplace final : public EditCommand {
public:
    /// `replacements`: the index of each finding to replace, and its new value.
    FindingsReplace(std::string label, std::vector<std::pair<size_t, Finding>> replacements);
    std::string label() const override { return label_; }
    void apply(findings::FindingsSet& set) override { swapWith(set); }
    void revert(findings::FindingsSet& set) override { swapWith(set); }
    DocumentChange change() const override { return {DocumentChange::Kind::Reset, 0}; }

private:
    void swapWith(findings::FindingsSet& set);
    std::string label_;
    std::vector<std::pair<size_t, Finding>> replacements_;
};

/// Appends imported records. Undo moves them out of the set into this command and redo moves
/// them back, so an import is never held twice in memory.
class AppendImport final : public EditCommand {
public:
    /// `imported` must already have been through core::appendImport against the set (ids
    /// unique), which the document does.
    AppendImport(std::string label, findings::FindingsSet imported);
    std::string label() const override { return label_; }
    void apply(findings::FindingsSet& set) override;
    void revert(findings::FindingsSet& set) override;
    DocumentChange change() const override { return {DocumentChange::Kind::Appended, 0}; }

private:
    std::string label_;
    findings::FindingsSet stash_;  ///< the records while they are not in the set
    size_t sourceCount_ = 0;
    size_t findingCount_ = 0;
};

}  // namespace findings::studio
