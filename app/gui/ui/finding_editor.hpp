// The detail pane's editor for the selected finding: its full text, themes (the taxonomy as
// a check list), strength/weakness, review state with a one-key Confirm, and the action's
// text, owner, due date and status. Edits are reported, not applied: the main window turns
// each into an undoable document command.
#pragma once

#include <findings/core/theme_labels.hpp>
#include <findings/sdk/records.hpp>

#include <wx/panel.h>
#include <wx/scrolwin.h>

#include <functional>
#include <string>
#include <vector>

class wxButton;
class wxCheckListBox;
class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace findings::studio {

/// Height of the finding's text box, in lines: at least this many, and as many as the
/// finding needs up to the most, or fewer when the action's fields would not fit below it
/// (then the box scrolls).
inline constexpr int kFindingTextLines = 4;
inline constexpr int kMaxFindingTextLines = 8;
/// In a short pane the box gives up lines down to this many before the pane scrolls.
inline constexpr int kFewestFindingTextLines = 2;

// Scrollable, so a short pane (small screen, large font) scrolls instead of squashing fields.
class FindingEditor final : public wxScrolled<wxPanel> {
public:
    explicit FindingEditor(wxWindow* parent);

    std::function<void(std::vector<std::string>)> onThemes;
    std::function<void(std::string)> onPolarity;
    std::function<void(std::string)> onReview;
    std::function<void(Action)> onAction;
    std::function<void()> onConfirm;

    /// Shows a finding (null: nothing selected). `position` is e.g. "12 of 340".
    void show(const Finding* finding, const Source* source, const core::ThemeLabels& themes,
              const wxString& position);
    /// Reports action fields still being typed (before the selection moves away).
    void commitPending();

    wxTextCtrl* findingText() const { return text_; }
    wxCheckListBox* themeList() const { return themes_; }
    wxChoice* polarityChoice() const { return polarity_; }
    wxChoice* reviewChoice() const { return review_; }
    wxTextCtrl* actionText() const { return actionText_; }
    wxTextCtrl* actionOwner() const { return owner_; }
    wxTextCtrl* actionDue() const { return due_; }
    wxChoice* actionStatus() const { return status_; }

private:
    Action actionInControls() const;
    void themesToggled();
    void enableAll(bool on);
    void fitTextHeight();

    wxStaticText* heading_;
    wxStaticText* meta_;
    wxTextCtrl* text_;
    wxCheckListBox* themes_;
    wxChoice* polarity_;
    wxChoice* review_;
    wxButton* confirm_;
    wxTextCtrl* actionText_;
    wxTextCtrl* owner_;
    wxTextCtrl* due_;
    wxChoice* status_;
    std::vector<std::string> themeIds_;   ///< parallel to the check list's items
    Action shownAction_;                  ///< the action as last shown (to detect edits)
    std::vector<std::string> shownThemes_; ///< the themes as last shown, in the finding's order
    bool filling_ = false;
    int fittedWidth_ = -1; ///< the text box's width when its height was last fitted
    int fittedHeight_ = -1; ///< the editor's height then
};

}  // namespace findings::studio
