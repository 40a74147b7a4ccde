#include "ui/sources_panel.hpp"

#include "model/source_labels.hpp"
#include "ui/wx_text.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/scrolwin.h>
#include <wx/settings.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <cctype>
#include <sstream>
#include <unordered_map>

namespace findings::studio {

bool isIsoDateOrEmpty(const std::string& t) {
    if (t.empty()) return true;
    auto digits = [&](size_t from, size_t n) {
        for (size_t i = from; i < from + n; ++i)
            if (i >= t.size() || !std::isdigit(static_cast<unsigned char>(t[i]))) return false;
        return true;
    };
    if (!(t.size() == 7 || t.size() == 10) || !digits(0, 4) || t[4] != '-' || !digits(5, 2))
        return false;
    const int month = std::stoi(t.substr(5, 2));
    if (month < 1 || month > 12) return false;
    if (t.size() == 7) return true;
    if (t[7] != '-' || !digits(8, 2)) return false;
    const int day = std::stoi(t.substr(8, 2));
    return day >= 1 && day <= 31;
}

namespace {

enum ListColumn { ColTitle, ColKind, ColRole, ColAuthority, ColDate, ColVisit, ColJudgement, ColInspectors, ColFindings };

/// "Inspection", "Commentary (not counted)", …: the role as the list shows it.
wxString roleLabel(std::string_view role) {
    if (role == "commentary") return "Commentary (not counted)";
    return wxs(enumLabel(role));
}

std::string joined(const std::vector<std::string>& items, const char* separator) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : separator) + s;
    return out;
}

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string item; std::getline(in, item, separator);) {
        const size_t b = item.find_first_not_of(" \t\r");
        const size_t e = item.find_last_not_of(" \t\r");
        if (b != std::string::npos) out.push_back(item.substr(b, e - b + 1));
    }
    return out;
}

}  // namespace

SourcesPanel::SourcesPanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    SetName("sources-panel");
    const int gap = FromDIP(4);
    auto* split = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                       wxSP_LIVE_UPDATE | wxSP_3DSASH);
    split->SetName("sources-split");
    list_ = new wxListCtrl(split, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->SetName("sources-list");
    list_->SetHelpText("Every imported source; select one to correct its details.");
    const int cw = list_->GetCharWidth();
    list_->AppendColumn("Source", wxLIST_FORMAT_LEFT, 36 * cw);
    list_->AppendColumn("Kind", wxLIST_FORMAT_LEFT, 16 * cw);
    list_->AppendColumn("Role", wxLIST_FORMAT_LEFT, 14 * cw);
    list_->AppendColumn("Authority", wxLIST_FORMAT_LEFT, 14 * cw);
    list_->AppendColumn("Date", wxLIST_FORMAT_LEFT, 11 * cw);
    list_->AppendColumn("Visit", wxLIST_FORMAT_LEFT, 18 * cw);
    list_->AppendColumn("Judgement", wxLIST_FORMAT_LEFT, 14 * cw);
    list_->AppendColumn("Inspectors", wxLIST_FORMAT_LEFT, 24 * cw);
    list_->AppendColumn("Findings", wxLIST_FORMAT_RIGHT, 8 * cw);

    // The form scrolls rather than squash its fields when the lower pane is short.
    auto* form = new wxScrolled<wxPanel>(split, wxID_ANY);
    form->SetScrollRate(0, FromDIP(10));
    form_ = form;
    wxArrayString kinds;
    for (auto k : sourceKinds()) kinds.Add(wxs(enumLabel(k)));
    kind_ = new wxChoice(form, wxID_ANY, wxDefaultPosition, wxDefaultSize, kinds);
    kind_->SetName("source-kind");
    kind_->SetMinSize(wxSize(12 * form->GetCharWidth(), -1));
    // What the source is evidence of: Ofsted's inspection (counted in Progress), commentary
    // (news, press releases: shown apart, not counted), the council's plan, or a workbook.
    wxArrayString roles;
    for (auto r : sourceRoles()) roles.Add(wxs(enumLabel(r)));
    role_ = new wxChoice(form, wxID_ANY, wxDefaultPosition, wxDefaultSize, roles);
    role_->SetName("source-role");
    role_->SetToolTip("Inspection evidence is counted in Progress; commentary (news, press "
                      "releases) is shown apart and not counted; a plan holds the council's actions.");
    role_->SetMinSize(wxSize(12 * form->GetCharWidth(), -1));
    // Fields may shrink to a few characters: their natural width (GTK's default entry
    // width) times three to a row is wider than the pane beside the list, which pushed the
    // right-hand column out of sight. They grow with the pane instead.
    const wxSize narrow(8 * form->GetCharWidth(), -1);
    auto field = [form, narrow](const char* name, const char* help, long style = 0) {
        auto* t = new wxTextCtrl(form, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, style);
        t->SetName(name);
        t->SetHelpText(help);
        t->SetToolTip(help);
        t->SetMinSize(narrow);
        return t;
    };
    title_ = field("source-title", "The source's title.");
    authority_ = field("source-authority", "The local authority, e.g. Wyvern.");
    date_ = field("source-date", "The document's date, YYYY-MM-DD or YYYY-MM.");
    ordinal_ = field("source-visit-ordinal", "Which monitoring visit: 1 for the first.");
    visitStart_ = field("source-visit-start", "First day of the visit, YYYY-MM-DD.");
    visitEnd_ = field("source-visit-end", "Last day of the visit, YYYY-MM-DD.");
    inspectors_ = field("source-inspectors", "Inspectors' names, separated by commas.");
    framework_ = field("source-framework", "Inspection framework, e.g. ILACS.");
    areas_ = field("source-areas", "Areas covered, one per line.", wxTE_MULTILINE);
    areas_->SetMinSize(wxSize(narrow.x, 2 * areas_->GetCharHeight()));  // grows with the pane
    problem_ = new wxStaticText(form, wxID_ANY, wxEmptyString);
    problem_->SetForegroundColour(wxColour(0xB0, 0x00, 0x20));
    // The file's path, shortened in the middle to the room there is (the whole path is the
    // tooltip): its full length must not set the form's width.
    details_ = new wxStaticText(form, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                                wxST_ELLIPSIZE_MIDDLE | wxST_NO_AUTORESIZE);
    details_->SetMinSize(wxSize(10 * form->GetCharWidth(), -1));
    apply_ = new wxButton(form, wxID_APPLY, "&Apply Changes");
    apply_->SetName("source-apply");
    revert_ = new wxButton(form, wxID_REVERT_TO_SAVED, "Re&vert");

    // Three fields to a row: the lower pane is wide and short.
    auto* grid = new wxFlexGridSizer(6, gap, 2 * gap);
    grid->AddGrowableCol(1, 3);
    grid->AddGrowableCol(3, 2);
    grid->AddGrowableCol(5, 2);
    auto add = [&](const char* label, wxWindow* w) {
        grid->Add(new wxStaticText(form, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        grid->Add(w, 1, wxEXPAND);
    };
    add("&Title:", title_);
    add("&Kind:", kind_);
    add("&Role:", role_);
    add("A&uthority:", authority_);
    add("Dat&e:", date_);
    add("Visit &number:", ordinal_);
    add("Fra&mework:", framework_);
    add("Visit &from:", visitStart_);
    add("Visit t&o:", visitEnd_);
    add("&Inspectors:", inspectors_);
    judgements_ = new wxStaticText(form, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                                   wxST_ELLIPSIZE_END | wxST_NO_AUTORESIZE);
    judgements_->SetName("source-judgements");
    judgements_->SetMinSize(wxSize(10 * form->GetCharWidth(), -1));
    add("Judgements:", judgements_);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, 0, wxEXPAND | wxALL, gap);
    auto* areasRow = new wxBoxSizer(wxHORIZONTAL);
    areasRow->Add(new wxStaticText(form, wxID_ANY, "Areas co&vered:"), 0, wxALIGN_TOP | wxRIGHT, gap);
    areasRow->Add(areas_, 1, wxEXPAND);
    sizer->Add(areasRow, 1, wxEXPAND | wxLEFT | wxRIGHT, gap);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(details_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
    buttons->Add(problem_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
    buttons->Add(revert_, 0, wxRIGHT, gap);
    buttons->Add(apply_, 0);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, gap);
    form->SetSizer(sizer);

    split->SetMinimumPaneSize(FromDIP(120));
    split->SetSashGravity(0.45);
    split->SplitVertically(list_, form);
    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(split, 1, wxEXPAND);
    SetSizer(outer);

    list_->Bind(wxEVT_LIST_ITEM_SELECTED, &SourcesPanel::onSelected, this);
    apply_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { applyForm(); });
    revert_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { showForm(); });
    showForm();
}

void SourcesPanel::setSources(const findings::FindingsSet& set) {
    set_ = &set;
    std::vector<size_t> counts(set.sources.size(), 0);
    {
        std::unordered_map<std::string, size_t> index;
        for (size_t i = 0; i < set.sources.size(); ++i) index.emplace(set.sources[i].id, i);
        for (const auto& f : set.findings) {
            auto it = index.find(f.source);
            if (it != index.end()) ++counts[it->second];
        }
    }
    list_->Freeze();
    list_->DeleteAllItems();
    for (size_t i = 0; i < set.sources.size(); ++i) {
        const Source& s = set.sources[i];
        const long row = list_->InsertItem(static_cast<long>(i), wxs(sourceDisplayName(s)));
        list_->SetItem(row, ColKind, wxs(enumLabel(s.kind)));
        list_->SetItem(row, ColRole, roleLabel(roleOf(s)));
        list_->SetItem(row, ColJudgement, wxs(overallJudgement(s)));
        // Commentary is second-hand: greyed, so Ofsted's own evidence stands out.
        if (roleOf(s) == "commentary") list_->SetItemTextColour(row, wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        list_->SetItem(row, ColAuthority, wxs(s.local_authority));
        list_->SetItem(row, ColDate, wxs(s.date));
        list_->SetItem(row, ColVisit, wxs(s.visit.empty() ? std::string() : visitLabel(s)));
        list_->SetItem(row, ColInspectors, wxs(joined(s.inspectors, ", ")));
        list_->SetItem(row, ColFindings, wxString::Format("%zu", counts[i]));
    }
    list_->Thaw();
    if (selected_ >= list_->GetItemCount()) selected_ = -1;
    if (selected_ < 0 && list_->GetItemCount() > 0) selected_ = 0;
    if (selected_ >= 0) list_->SetItemState(selected_, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    showForm();
}

void SourcesPanel::selectSource(size_t index) {
    if (static_cast<long>(index) >= list_->GetItemCount()) return;
    selected_ = static_cast<long>(index);
    list_->SetItemState(selected_, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                        wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    list_->EnsureVisible(selected_);
    showForm();
}

void SourcesPanel::onSelected(wxListEvent& event) {
    selected_ = event.GetIndex();
    showForm();
}

void SourcesPanel::showForm() {
    problemText_.clear();
    problem_->SetLabel(wxEmptyString);
    const bool have = set_ && selected_ >= 0 && static_cast<size_t>(selected_) < set_->sources.size();
    for (wxWindow* w : std::initializer_list<wxWindow*>{kind_, role_, title_, authority_, date_, ordinal_,
                                                        visitStart_, visitEnd_, inspectors_, areas_,
                                                        framework_, apply_, revert_})
        w->Enable(have);
    if (!have) {
        for (wxTextCtrl* t : {title_, authority_, date_, ordinal_, visitStart_, visitEnd_,
                              inspectors_, areas_, framework_})
            t->ChangeValue(wxEmptyString);
        details_->SetLabel(wxEmptyString);
        judgements_->SetLabel(wxEmptyString);
        return;
    }
    const Source& s = set_->sources[static_cast<size_t>(selected_)];
    int kind = 0;
    for (size_t i = 0; i < sourceKinds().size(); ++i)
        if (sourceKinds()[i] == s.kind) kind = static_cast<int>(i);
    kind_->SetSelection(kind);
    int role = 0;
    for (size_t i = 0; i < sourceRoles().size(); ++i)
        if (sourceRoles()[i] == roleOf(s)) role = static_cast<int>(i);
    role_->SetSelection(role);
    std::string judged;
    for (const Judgement& j : s.judgements)
        judged += (judged.empty() ? "" : "; ") + j.area + ": " + enumLabel(j.grade);
    judgements_->SetLabel(judged.empty() ? wxString("none (a letter makes no judgements)") : wxs(judged));
    judgements_->SetToolTip(wxs(judged));
    title_->ChangeValue(wxs(s.title));
    authority_->ChangeValue(wxs(s.local_authority));
    date_->ChangeValue(wxs(s.date));
    ordinal_->ChangeValue(s.visit.ordinal == kNone ? wxString() : wxString::Format("%lld", static_cast<long long>(s.visit.ordinal)));
    visitStart_->ChangeValue(wxs(s.visit.start));
    visitEnd_->ChangeValue(wxs(s.visit.end));
    inspectors_->ChangeValue(wxs(joined(s.inspectors, ", ")));
    areas_->ChangeValue(wxs(joined(s.areas_covered, "\n")));
    framework_->ChangeValue(wxs(s.framework));
    details_->SetLabel(wxs(s.path + (s.importer.id.empty() ? "" : "  (" + s.importer.id + ")")));
    details_->SetToolTip(wxs(s.path));
}

bool SourcesPanel::applyForm() {
    if (!set_ || selected_ < 0 || static_cast<size_t>(selected_) >= set_->sources.size()) return false;
    Source s = set_->sources[static_cast<size_t>(selected_)];
    const std::string date = utf8(date_->GetValue().Strip(wxString::both));
    const std::string start = utf8(visitStart_->GetValue().Strip(wxString::both));
    const std::string end = utf8(visitEnd_->GetValue().Strip(wxString::both));
    const std::string ordinal = utf8(ordinal_->GetValue().Strip(wxString::both));
    wxString problem;
    if (!isIsoDateOrEmpty(date) || !isIsoDateOrEmpty(start) || !isIsoDateOrEmpty(end))
        problem = "Dates must be written YYYY-MM-DD (or YYYY-MM).";
    long long visitNumber = kNone;
    if (problem.empty() && !ordinal.empty()) {
        bool digits = ordinal.size() < 4;
        for (char c : ordinal) digits = digits && std::isdigit(static_cast<unsigned char>(c));
        if (!digits || std::stoll(ordinal) < 1) problem = "The visit number must be a whole number from 1.";
        else visitNumber = std::stoll(ordinal);
    }
    if (!problem.empty()) {
        problemText_ = problem;
        problem_->SetLabel(problem);
        Layout();
        return false;
    }
    const int kind = kind_->GetSelection();
    if (kind >= 0) s.kind = std::string(sourceKinds()[static_cast<size_t>(kind)]);
    // Recorded only when the user changed it: an untouched role stays as it was (empty
    // reads as the kind's default), so Apply with no change records no edit.
    const int role = role_->GetSelection();
    if (role >= 0) {
        const std::string_view chosen = sourceRoles()[static_cast<size_t>(role)];
        if (chosen != roleOf(set_->sources[static_cast<size_t>(selected_)])) s.role = std::string(chosen);
    }
    s.title = utf8(title_->GetValue());
    s.local_authority = utf8(authority_->GetValue().Strip(wxString::both));
    s.date = date;
    s.visit.ordinal = visitNumber;
    s.visit.start = start;
    s.visit.end = end;
    s.inspectors = split(utf8(inspectors_->GetValue()), ',');
    s.areas_covered = split(utf8(areas_->GetValue()), '\n');
    s.framework = utf8(framework_->GetValue().Strip(wxString::both));
    if (onApply) onApply(static_cast<size_t>(selected_), std::move(s));
    return true;
}

}  // namespace findings::studio
