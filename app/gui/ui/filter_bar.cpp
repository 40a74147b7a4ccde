#include "ui/filter_bar.hpp"

#include "model/source_labels.hpp"
#include "ui/wx_text.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

#include <algorithm>
#include <map>
#include <set>

namespace findings::studio {

FilterBar::FilterBar(wxWindow* parent) : wxPanel(parent, wxID_ANY), typingTimer_(this) {
    SetName("filter-bar");
    search_ = new wxSearchCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                               wxTE_PROCESS_ENTER);
    search_->SetDescriptiveText("Search findings (Ctrl+F)");
    search_->ShowCancelButton(true);
    search_->SetName("filter-text");
    search_->SetHelpText("Show only findings containing all these words.");
    auto makeChoice = [this](const char* name, const char* help) {
        auto* c = new wxChoice(this, wxID_ANY);
        c->SetName(name);
        c->SetHelpText(help);
        c->SetToolTip(help);
        return c;
    };
    theme_ = makeChoice("filter-theme", "Show only findings with this theme.");
    polarity_ = makeChoice("filter-polarity", "Show only strengths, weaknesses, mixed or neutral findings.");
    source_ = makeChoice("filter-source", "Show only findings from this source.");
    visit_ = makeChoice("filter-visit", "Show only findings about this visit.");
    review_ = makeChoice("filter-review", "Show only findings in this review state.");
    coverage_ = makeChoice("filter-coverage", "Action coverage: weaknesses with no action planned, "
                                              "overdue actions, Red actions.");
    lowConfidence_ = new wxCheckBox(this, wxID_ANY, "&Low confidence only");
    lowConfidence_->SetName("filter-low-confidence");
    lowConfidence_->SetToolTip("Show only findings the importer was unsure about.");
    clear_ = new wxButton(this, wxID_ANY, "Clea&r");
    clear_->SetName("filter-clear");
    clear_->SetToolTip("Show all findings (Ctrl+Shift+F)");

    std::vector<std::pair<std::string, std::string>> polarities;
    for (auto p : findings::polarities()) polarities.emplace_back(std::string(p), enumLabel(p));
    fill(polarity_, "Any strength/weakness", polarities, polarityValues_, "");
    std::vector<std::pair<std::string, std::string>> reviews;
    for (auto r : reviewStates()) reviews.emplace_back(std::string(r), enumLabel(r));
    fill(review_, "Any review state", reviews, reviewValues_, "");
    fill(coverage_, "Any action",
         {{kNoActionPlanned, "No action planned"}, {kOverdue, "Overdue"}, {kRed, "Red"}}, coverageValues_, "");
    fill(theme_, "Any theme", {}, themeValues_, "");
    fill(source_, "Any source", {}, sourceValues_, "");
    fill(visit_, "Any visit", {}, visitValues_, "");

    auto* row = new wxBoxSizer(wxHORIZONTAL);
    const int gap = FromDIP(4);
    // Minimums in characters, so long theme or source names never push the bar wider than
    // the window; GTK ellipsizes what does not fit, and the extra width is shared.
    const int chars = GetCharWidth();
    search_->SetMinSize(wxSize(18 * chars, -1));
    row->Add(search_, 3, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
    for (wxWindow* w : std::initializer_list<wxWindow*>{theme_, polarity_, source_, visit_, review_, coverage_}) {
        w->SetMinSize(wxSize(13 * chars, -1));
        row->Add(w, 2, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
    }
    // Its items are fixed and short: always whole ("Any strength/weakness", not "Any stre…").
    polarity_->SetMinSize(wxSize(polarity_->GetBestSize().x, -1));
    row->Add(lowConfidence_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
    row->Add(clear_, 0, wxALIGN_CENTER_VERTICAL);
    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(row, 0, wxEXPAND | wxALL, gap);
    SetSizer(outer);

    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        if (!filling_) typingTimer_.StartOnce(250);
    });
    search_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
        typingTimer_.Stop();
        changed();
    });
    search_->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) {
        search_->ChangeValue(wxEmptyString);
        changed();
    });
    search_->Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& e) {
        // Escape in the search box clears it: the quickest way back to every finding.
        if (e.GetKeyCode() == WXK_ESCAPE && !search_->IsEmpty()) {
            search_->ChangeValue(wxEmptyString);
            changed();
            return;
        }
        e.Skip();
    });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { changed(); });
    for (wxChoice* c : {theme_, polarity_, source_, visit_, review_, coverage_})
        c->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
            // Choosing from a list is a new question: no longer the matrix cell's.
            evidenceOnly_ = false;
            onlyFindings_.clear();
            changed();
        });
    lowConfidence_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { changed(); });
    clear_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { clear(); });
}

void FilterBar::fill(wxChoice* choice, const wxString& anyLabel,
                     const std::vector<std::pair<std::string, std::string>>& items,
                     std::vector<std::string>& values, const std::string& keep) {
    wxArrayString labels;
    labels.Add(anyLabel);
    values.assign(1, std::string());
    for (const auto& [value, label] : items) {
        values.push_back(value);
        labels.Add(wxs(label));
    }
    choice->Set(labels);
    select(choice, values, keep);
}

std::string FilterBar::selected(const wxChoice* choice, const std::vector<std::string>& values) {
    const int n = choice->GetSelection();
    return n > 0 && static_cast<size_t>(n) < values.size() ? values[static_cast<size_t>(n)] : "";
}

void FilterBar::select(wxChoice* choice, const std::vector<std::string>& values,
                       const std::string& value) {
    for (size_t i = 0; i < values.size(); ++i)
        if (values[i] == value) {
            choice->SetSelection(static_cast<int>(i));
            return;
        }
    choice->SetSelection(0);
}

void FilterBar::setChoices(const findings::FindingsSet& set, const core::ThemeLabels& themes) {
    filling_ = true;
    const FilterState current = state();
    // Themes: the taxonomy's, plus any id found in the findings that it does not know.
    std::set<std::string> used;
    bool unthemed = false;
    for (const auto& f : set.findings) {
        unthemed = unthemed || f.themes.empty();
        used.insert(f.themes.begin(), f.themes.end());
    }
    std::vector<std::pair<std::string, std::string>> themeItems;
    for (const auto& [id, label] : themes.all()) {
        themeItems.emplace_back(id, shortThemeLabel(label));
        used.erase(id);
    }
    for (const auto& id : used) themeItems.emplace_back(id, id);
    if (unthemed) themeItems.emplace_back(kNoTheme, "(no theme)");
    fill(theme_, "Any theme", themeItems, themeValues_, current.theme);

    std::vector<std::pair<std::string, std::string>> sourceItems;
    std::vector<std::pair<std::string, std::string>> visitItems;
    std::vector<std::string> visitDates;  // parallel to visitItems
    std::set<std::string> seenVisits;
    const std::vector<std::string> names = distinctSourceNames(set.sources);
    for (size_t i = 0; i < set.sources.size(); ++i) {
        const Source& s = set.sources[i];
        sourceItems.emplace_back(s.id, names[i]);
        if (seenVisits.insert(visitKey(s)).second) {
            visitItems.emplace_back(visitKey(s), visitLabel(s));
            visitDates.push_back(sourceSortDate(s));
        }
    }
    // Visits in date order, the undated last (as the Progress columns): not import order.
    std::vector<size_t> order(visitItems.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (visitDates[a].empty() != visitDates[b].empty()) return visitDates[b].empty();
        if (visitDates[a] != visitDates[b]) return visitDates[a] < visitDates[b];
        return visitItems[a].second < visitItems[b].second;
    });
    std::vector<std::pair<std::string, std::string>> sortedVisits;
    for (size_t i : order) sortedVisits.push_back(visitItems[i]);
    visitItems = std::move(sortedVisits);
    fill(source_, "Any source", sourceItems, sourceValues_, current.sourceId);
    fill(visit_, "Any visit", visitItems, visitValues_, current.visitKey);
    filling_ = false;
    Layout();
}

FilterState FilterBar::state() const {
    FilterState f;
    f.text = utf8(search_->GetValue());
    f.theme = selected(theme_, themeValues_);
    f.polarity = selected(polarity_, polarityValues_);
    f.sourceId = selected(source_, sourceValues_);
    f.visitKey = selected(visit_, visitValues_);
    f.review = selected(review_, reviewValues_);
    f.coverage = selected(coverage_, coverageValues_);
    f.lowConfidenceOnly = lowConfidence_->GetValue();
    f.lowConfidenceBelow = lowConfidenceBelow_;
    f.evidenceOnly = evidenceOnly_;
    f.onlyFindings = onlyFindings_;
    f.proposedLinksOnly = proposedLinksOnly_;
    return f;
}

void FilterBar::apply(const FilterState& f) {
    filling_ = true;
    search_->ChangeValue(wxs(f.text));
    select(theme_, themeValues_, f.theme);
    select(polarity_, polarityValues_, f.polarity);
    select(source_, sourceValues_, f.sourceId);
    select(visit_, visitValues_, f.visitKey);
    select(review_, reviewValues_, f.review);
    select(coverage_, coverageValues_, f.coverage);
    lowConfidence_->SetValue(f.lowConfidenceOnly);
    evidenceOnly_ = f.evidenceOnly;
    onlyFindings_ = f.onlyFindings;
    proposedLinksOnly_ = f.proposedLinksOnly;
    filling_ = false;
    changed();
}

void FilterBar::clear() { apply(FilterState{}); }

void FilterBar::focusSearch() {
    search_->SetFocus();
    search_->SelectAll();
}

void FilterBar::setLowConfidenceBelow(double threshold) {
    lowConfidenceBelow_ = threshold;
    if (lowConfidence_->GetValue()) changed();
}

void FilterBar::changed() {
    typingTimer_.Stop();
    if (filling_) return;
    if (onChange) onChange(state());
}

}  // namespace findings::studio
