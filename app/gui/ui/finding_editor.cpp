#include "ui/finding_editor.hpp"

#include "model/finding_columns.hpp"
#include "model/source_excerpt.hpp"
#include "model/source_labels.hpp"
#include "ui/wx_text.hpp"

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/wrapsizer.h>

#include <algorithm>

namespace findings::studio {

namespace {

wxArrayString labelsOf(const std::vector<std::string_view>& values, bool withEmpty) {
    wxArrayString out;
    if (withEmpty) out.Add("(none)");
    for (auto v : values) out.Add(wxs(enumLabel(v)));
    return out;
}

void selectValue(wxChoice* choice, const std::vector<std::string_view>& values,
                 const std::string& value, bool withEmpty) {
    for (size_t i = 0; i < values.size(); ++i)
        if (values[i] == value) {
            choice->SetSelection(static_cast<int>(i + (withEmpty ? 1 : 0)));
            return;
        }
    choice->SetSelection(withEmpty ? 0 : wxNOT_FOUND);
}

std::string valueAt(const wxChoice* choice, const std::vector<std::string_view>& values, bool withEmpty) {
    int n = choice->GetSelection() - (withEmpty ? 1 : 0);
    return n >= 0 && static_cast<size_t>(n) < values.size() ? std::string(values[static_cast<size_t>(n)])
                                                             : std::string();
}

}  // namespace

FindingEditor::FindingEditor(wxWindow* parent) : wxScrolled<wxPanel>(parent, wxID_ANY) {
    SetScrollRate(0, FromDIP(10));
    SetName("finding-editor");
    const int gap = FromDIP(4);

    // One line each, cut with an ellipsis (the whole line is the tooltip). Their minimum
    // width is a few characters, not their text: a long report title must not make the
    // pane wider than its splitter, which would push every field past the right edge.
    heading_ = new wxStaticText(this, wxID_ANY, "No finding selected", wxDefaultPosition, wxDefaultSize,
                                wxST_ELLIPSIZE_END | wxST_NO_AUTORESIZE);
    heading_->SetFont(heading_->GetFont().Bold());
    meta_ = new wxStaticText(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                             wxST_ELLIPSIZE_END | wxST_NO_AUTORESIZE);
    for (wxStaticText* line : {heading_, meta_})
        line->SetMinSize(wxSize(10 * line->GetCharWidth(), line->GetCharHeight()));
    text_ = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                           wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP);
    text_->SetName("finding-text");
    text_->SetHelpText("The finding's full text as imported.");
    fitTextHeight();

    themes_ = new wxCheckListBox(this, wxID_ANY);
    themes_->SetName("finding-themes");
    themes_->SetHelpText("Tick every theme this finding is about.");
    // A minimum in characters: long theme labels must not make the pane's minimum wider.
    themes_->SetMinSize(wxSize(14 * themes_->GetCharWidth(), 6 * themes_->GetCharHeight()));

    polarity_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                             labelsOf(findings::polarities(), false));
    polarity_->SetName("finding-polarity");
    polarity_->SetHelpText("Whether the finding is a strength, a weakness, mixed or neutral.");
    review_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           labelsOf(reviewStates(), false));
    review_->SetName("finding-review");
    review_->SetHelpText("Review state: confirm a finding once you have checked it.");
    confirm_ = new wxButton(this, wxID_ANY, "&Confirm");
    confirm_->SetName("finding-confirm");
    confirm_->SetToolTip("Mark this finding as checked and correct (Ctrl+Enter).");

    actionText_ = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                                 wxTE_MULTILINE | wxTE_WORDWRAP);
    actionText_->SetName("action-text");
    actionText_->SetHelpText("What is to be done about this finding.");
    actionText_->SetMinSize(wxSize(12 * actionText_->GetCharWidth(), 2 * actionText_->GetCharHeight()));
    owner_ = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                            wxTE_PROCESS_ENTER);
    owner_->SetName("action-owner");
    owner_->SetHelpText("Who leads the action.");
    due_ = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                          wxTE_PROCESS_ENTER);
    due_->SetName("action-due");
    due_->SetHint("YYYY-MM-DD");
    due_->SetHelpText("When the action is due, as YYYY-MM-DD or YYYY-MM.");
    status_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           labelsOf(actionStatuses(), true));
    status_->SetName("action-status");
    status_->SetHelpText("Progress of the action (RAG).");

    auto label = [this](const char* text) { return new wxStaticText(this, wxID_ANY, text); };

    // The detail pane is narrow beside the table: classification flows onto a second line
    // when it must, and the action fields stack, so no control is squeezed below its size.
    auto* classification = new wxWrapSizer(wxHORIZONTAL);
    auto labelled = [&](const char* text, wxWindow* control) {
        auto* pair = new wxBoxSizer(wxHORIZONTAL);
        pair->Add(label(text), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
        pair->Add(control, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 3 * gap);
        classification->Add(pair, 0, wxBOTTOM, gap);
    };
    labelled("&Strength/weakness:", polarity_);
    labelled("Re&view:", review_);
    classification->Add(confirm_, 0, wxBOTTOM, gap);

    auto* actionGrid = new wxFlexGridSizer(2, gap, 2 * gap);
    actionGrid->AddGrowableCol(1);
    actionGrid->Add(label("&Action:"), 0, wxALIGN_TOP | wxTOP, gap / 2);
    actionGrid->Add(actionText_, 1, wxEXPAND);
    actionGrid->Add(label("&Owner:"), 0, wxALIGN_CENTER_VERTICAL);
    actionGrid->Add(owner_, 0, wxEXPAND);
    actionGrid->Add(label("&Due:"), 0, wxALIGN_CENTER_VERTICAL);
    actionGrid->Add(due_, 0, wxEXPAND);
    actionGrid->Add(label("S&tatus:"), 0, wxALIGN_CENTER_VERTICAL);
    actionGrid->Add(status_, 0, wxEXPAND);

    auto* themeBox = new wxStaticBoxSizer(wxVERTICAL, this, "T&hemes");
    themeBox->Add(themes_, 1, wxEXPAND);
    auto* actionBox = new wxStaticBoxSizer(wxVERTICAL, this, "Action");
    actionBox->Add(actionGrid, 1, wxEXPAND);

    auto* columns = new wxBoxSizer(wxHORIZONTAL);
    columns->Add(themeBox, 1, wxEXPAND | wxRIGHT, gap);
    columns->Add(actionBox, 1, wxEXPAND);

    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(heading_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
    outer->Add(meta_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap);
    // The text is as tall as the finding (fitTextHeight); spare height goes to the theme
    // list, and below the minimum the pane scrolls rather than squash either.
    outer->Add(text_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap);
    outer->Add(classification, 0, wxEXPAND | wxLEFT | wxRIGHT, gap);
    outer->Add(columns, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap);
    SetSizer(outer);

    themes_->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent&) { themesToggled(); });
    polarity_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        if (!filling_ && onPolarity) onPolarity(valueAt(polarity_, findings::polarities(), false));
    });
    review_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        if (!filling_ && onReview) onReview(valueAt(review_, reviewStates(), false));
    });
    confirm_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onConfirm) onConfirm();
    });
    status_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { commitPending(); });
    for (wxTextCtrl* t : {actionText_, owner_, due_}) {
        t->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& e) {
            commitPending();
            e.Skip();
        });
    }
    for (wxTextCtrl* t : {owner_, due_})
        t->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { commitPending(); });
    // A narrower or wider pane wraps the text differently: fit it again.
    text_->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        if (text_->GetClientSize().x != fittedWidth_) CallAfter([this] { fitTextHeight(); });
    });
    // A taller or shorter pane (the splitter moved, the window resized) has room for more
    // or fewer lines.
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        if (GetClientSize().y != fittedHeight_) CallAfter([this] { fitTextHeight(); });
    });
    enableAll(false);
}

void FindingEditor::fitTextHeight() {
    // The text is what a reviewer reads first: the box is as tall as the finding needs at
    // the current width (counting wrapped lines by the average character width), between
    // kFindingTextLines and kMaxFindingTextLines lines of the current font, so a long
    // finding is read without scrolling and a short one leaves room for the themes.
    // It never takes the height the classification and the action's fields need, though:
    // a long finding scrolls in its box rather than push Due and Status below the pane's
    // edge (only a pane too short for even the fewest lines scrolls as a whole).
    fittedWidth_ = text_->GetClientSize().x;
    fittedHeight_ = GetClientSize().y;
    const int perLine = std::max(20, fittedWidth_ / std::max(1, text_->GetCharWidth()) - 2);
    int lines = 0;
    const wxString value = text_->GetValue();
    size_t start = 0;
    while (start <= value.length()) {
        size_t nl = value.find('\n', start);
        if (nl == wxString::npos) nl = value.length();
        lines += std::max<int>(1, static_cast<int>((nl - start + perLine - 1) / perLine));
        start = nl + 1;
    }
    // Room for the lines plus the control's own border and padding.
    const int chrome = text_->GetCharHeight() / 2 + FromDIP(8);
    const int restHeight = GetSizer() ? GetSizer()->CalcMin().y - text_->GetMinSize().y : 0;
    const int roomLines = (fittedHeight_ - restHeight - chrome) / std::max(1, text_->GetCharHeight());
    const int most = std::clamp(roomLines, kFewestFindingTextLines, kMaxFindingTextLines);
    lines = std::clamp(lines, std::min(kFindingTextLines, most), most);
    const int height = lines * text_->GetCharHeight() + chrome;
    if (text_->GetMinSize().y == height) return;
    text_->SetMinSize(wxSize(-1, height));
    Layout();
    FitInside();
}

void FindingEditor::enableAll(bool on) {
    for (wxWindow* w : std::initializer_list<wxWindow*>{themes_, polarity_, review_, confirm_,
                                                        actionText_, owner_, due_, status_})
        w->Enable(on);
}

void FindingEditor::show(const Finding* f, const Source* source, const core::ThemeLabels& themes,
                         const wxString& position) {
    filling_ = true;
    enableAll(f != nullptr);
    if (!f) {
        heading_->SetLabel("No finding selected");
        heading_->UnsetToolTip();
        meta_->SetLabel(wxEmptyString);
        meta_->UnsetToolTip();
        text_->ChangeValue(wxEmptyString);
        fitTextHeight();
        themes_->Clear();
        themeIds_.clear();
        polarity_->SetSelection(wxNOT_FOUND);
        review_->SetSelection(wxNOT_FOUND);
        actionText_->ChangeValue(wxEmptyString);
        owner_->ChangeValue(wxEmptyString);
        due_->ChangeValue(wxEmptyString);
        status_->SetSelection(0);
        shownAction_ = {};
        shownThemes_.clear();
        filling_ = false;
        return;
    }
    const std::string sourceName = source ? sourceDisplayName(*source) : f->source;
    heading_->SetLabel(wxString::Format(L"Finding %s \u2014 %s", position, wxs(sourceName)));
    heading_->SetToolTip(heading_->GetLabel());
    std::string meta = f->section.empty() ? std::string("No section") : f->section;
    const std::string where = sourceLocationText(f->location);
    if (!where.empty()) meta += " \u00b7 " + where;
    if (f->confidence >= 0) meta += " \u00b7 confidence " + confidenceText(f->confidence);
    if (!f->attribution.empty()) meta += " \u00b7 said by " + f->attribution;
    meta_->SetLabel(wxs(meta));
    meta_->SetToolTip(wxs(meta));
    text_->ChangeValue(wxs(f->text));
    fitTextHeight();

    // The taxonomy's themes, plus any the finding has that the taxonomy does not know.
    themeIds_.clear();
    wxArrayString labels;
    for (const auto& [id, label] : themes.all()) {
        themeIds_.push_back(id);
        labels.Add(wxs(shortThemeLabel(label)));
    }
    for (const auto& id : f->themes)
        if (std::find(themeIds_.begin(), themeIds_.end(), id) == themeIds_.end()) {
            themeIds_.push_back(id);
            labels.Add(wxs(id));
        }
    if (themes_->GetStrings() != labels) themes_->Set(labels);
    int firstTicked = wxNOT_FOUND;
    for (size_t i = 0; i < themeIds_.size(); ++i) {
        const bool ticked = std::find(f->themes.begin(), f->themes.end(), themeIds_[i]) != f->themes.end();
        themes_->Check(static_cast<unsigned>(i), ticked);
        if (ticked && firstTicked == wxNOT_FOUND) firstTicked = static_cast<int>(i);
    }
    // The taxonomy is longer than the box: bring the finding's own themes into view, or a
    // reviewer sees a column of empty boxes for a finding that has themes.
    // The first one goes near the top (one theme above it for context), where the ones
    // after it can show too; EnsureVisible would leave it half cut off at the bottom edge.
    // Later, not now: scrolling a GTK list while the source view's scroll is pending
    // cancels that scroll.
    if (!themeIds_.empty()) {
        const int first = firstTicked == wxNOT_FOUND ? 0 : std::max(0, firstTicked - 1);
        CallAfter([this, first] {
            if (first < static_cast<int>(themes_->GetCount())) themes_->SetFirstItem(first);
        });
    }
    selectValue(polarity_, findings::polarities(), f->polarity, false);
    selectValue(review_, reviewStates(), f->review.empty() ? "unreviewed" : f->review, false);
    actionText_->ChangeValue(wxs(f->action.text));
    owner_->ChangeValue(wxs(f->action.owner));
    due_->ChangeValue(wxs(f->action.due));
    selectValue(status_, actionStatuses(), f->action.status, true);
    shownAction_ = f->action;
    shownThemes_ = f->themes;
    filling_ = false;
}

Action FindingEditor::actionInControls() const {
    Action a;
    a.text = utf8(actionText_->GetValue());
    a.owner = utf8(owner_->GetValue());
    a.due = utf8(due_->GetValue());
    a.status = valueAt(status_, actionStatuses(), true);
    return a;
}

void FindingEditor::commitPending() {
    if (filling_ || !actionText_->IsEnabled()) return;
    const Action now = actionInControls();
    if (now == shownAction_) return;
    shownAction_ = now;
    if (onAction) onAction(now);
}

void FindingEditor::themesToggled() {
    if (filling_ || !onThemes) return;
    // Keep the finding's existing order for themes it already had ("strongest evidence
    // first"), and add new ones after them.
    std::vector<std::string> ticked;
    for (size_t i = 0; i < themeIds_.size(); ++i)
        if (themes_->IsChecked(static_cast<unsigned>(i))) ticked.push_back(themeIds_[i]);
    std::vector<std::string> ordered;
    for (const auto& id : shownThemes_)
        if (std::find(ticked.begin(), ticked.end(), id) != ticked.end()) ordered.push_back(id);
    for (const auto& id : ticked)
        if (std::find(ordered.begin(), ordered.end(), id) == ordered.end()) ordered.push_back(id);
    shownThemes_ = ordered;
    onThemes(ordered);
}

}  // namespace findings::studio
