#include "ui/spreadsheet_preview_dialog.hpp"

#include "ui/wx_text.hpp"

#include <findings/core/profiles.hpp>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/grid.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>

#include <algorithm>

namespace findings::studio {

namespace {

constexpr size_t kShownRows = 60;

/// The fields the trial grid shows, for an importer that gives no preview of its own.
const std::vector<std::pair<std::string, std::string>> kTrialFields{
    {"text", "Finding text"}, {"action", "Action"}, {"owner", "Owner"}, {"due", "Due date"}, {"status", "Status"}};

}  // namespace

SpreadsheetPreviewDialog::SpreadsheetPreviewDialog(wxWindow* parent, SpreadsheetPreviewRequest request)
    : wxDialog(parent, wxID_ANY, "Import Spreadsheet", wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      request_(std::move(request)) {
    SetName("spreadsheet-preview");
    const int gap = FromDIP(6);
    if (request_.preview) {
        preview_ = request_.preview({});
        if (preview_.ok) {
            adopt(preview_);
            if (preview_.sheetCount > 1) chosenSheet_ = preview_.sheet;
        }
    }
    // Without the importer's preview, what it reads with its own choices is shown instead.
    if (!preview_.ok && request_.trialImport) trialFindings_ = request_.trialImport({});

    const std::string name = request_.path.substr(request_.path.find_last_of('/') + 1);
    auto* intro = new wxStaticText(
        this, wxID_ANY,
        wxString::Format(L"%s%s \u2014 check which row holds the column headings and which column holds each field.",
                         wxs(name), preview_.sheet.empty() ? wxString() : L", sheet \u201c" + wxs(preview_.sheet) + L"\u201d"));
    grid_ = new wxGrid(this, wxID_ANY);
    grid_->SetName("spreadsheet-grid");
    grid_->SetHelpText("The first rows of the spreadsheet; the header row is highlighted.");
    grid_->CreateGrid(0, 0);
    grid_->EnableEditing(false);
    // In characters and lines of the grid's font, so other fonts and DPI keep the same view.
    grid_->SetMinSize(wxSize(90 * grid_->GetCharWidth(), 12 * grid_->GetCharHeight()));
    headerRow_ = new wxSpinCtrl(this, wxID_ANY);
    headerRow_->SetName("spreadsheet-header-row");
    headerRow_->SetHelpText("The row (counting from 1) that holds the column headings.");
    // 0 lets the importer find the header row itself.
    headerRow_->SetRange(0, 1048576);
    headerRow_->SetValue(static_cast<int>(headerRowNumber_));
    headerRow_->SetToolTip("0: let the importer find the header row");
    note_ = new wxStaticText(this, wxID_ANY, preview_.ok ? wxString() : wxs(preview_.problem));

    auto* mappingBox = new wxStaticBoxSizer(wxVERTICAL, this, "Columns");
    auto* mappingGrid = new wxFlexGridSizer(4, gap, 2 * gap);
    mappingGrid->AddGrowableCol(1);
    mappingGrid->AddGrowableCol(3);
    for (const auto& [field, label] : fields()) {
        auto* c = new wxChoice(mappingBox->GetStaticBox(), wxID_ANY);
        c->SetName(wxs("map-" + field));
        c->SetHelpText(wxString::Format("The column that holds the %s.", wxs(label).Lower()));
        const std::string key = field;
        c->Bind(wxEVT_CHOICE, [this, key](wxCommandEvent&) { choiceChanged(key); });
        choices_[field] = c;
        mappingGrid->Add(new wxStaticText(mappingBox->GetStaticBox(), wxID_ANY, wxs(label) + ":"), 0,
                         wxALIGN_CENTER_VERTICAL);
        mappingGrid->Add(c, 1, wxEXPAND);
    }
    mappingBox->Add(mappingGrid, 1, wxEXPAND | wxALL, gap);

    auto* headerLine = new wxBoxSizer(wxHORIZONTAL);
    headerLine->Add(new wxStaticText(this, wxID_ANY, "&Header row:"), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
    headerLine->Add(headerRow_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 2 * gap);
    headerLine->Add(note_, 1, wxALIGN_CENTER_VERTICAL);

    auto* saveProfile = new wxButton(this, wxID_ANY, L"Save as &Profile\u2026");
    saveProfile->SetName("spreadsheet-save-profile");
    saveProfile->SetToolTip("Save these choices under a name, to import this council's tracker the same way next time.");
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(saveProfile, 0);
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_CANCEL, "Skip This File"), 0, wxRIGHT, gap);
    auto* ok = new wxButton(this, wxID_OK, "&Import");
    ok->SetDefault();
    buttons->Add(ok, 0);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(intro, 0, wxEXPAND | wxALL, gap);
    sizer->Add(grid_, 1, wxEXPAND | wxLEFT | wxRIGHT, gap);
    sizer->Add(headerLine, 0, wxEXPAND | wxALL, gap);
    sizer->Add(mappingBox, 0, wxEXPAND | wxLEFT | wxRIGHT, gap);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, gap);
    SetSizerAndFit(sizer);

    headerRow_->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent&) {
        setHeaderRow(static_cast<size_t>(std::max(0, headerRow_->GetValue())));
    });
    saveProfile->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxTextEntryDialog ask(this, "Name for this import profile:", "Save Import Profile");
        if (ask.ShowModal() != wxID_OK || ask.GetValue().Strip(wxString::both).empty()) return;
        try {
            const std::string path = saveAsProfile(utf8(ask.GetValue().Strip(wxString::both)));
            note_->SetLabel("Saved profile " + wxs(path));
        } catch (const std::exception& e) {
            wxMessageBox(wxs(e.what()), "Cannot Save Profile", wxOK | wxICON_ERROR, this);
        }
    });
    fillChoices();
    fillGrid();
    // Enter imports, as in any dialog: the grid would otherwise have the focus and take
    // Enter to move its cursor down a row.
    Bind(wxEVT_INIT_DIALOG, [ok](wxInitDialogEvent& e) {
        ok->SetFocus();
        e.Skip();
    });
    importButton_ = ok;
    CentreOnParent();
}

void SpreadsheetPreviewDialog::adopt(const core::TablePreview& preview) {
    headerRowNumber_ = preview.headerRow > 0 ? static_cast<size_t>(preview.headerRow) : 0;
    columns_.clear();
    unmapped_.clear();
    for (const core::TablePreview::Field& f : preview.fields) columns_[f.field] = f.columnHeader;
}

std::vector<std::pair<std::string, std::string>> SpreadsheetPreviewDialog::fields() const {
    if (!preview_.ok) return kTrialFields;
    std::vector<std::pair<std::string, std::string>> out;
    for (const core::TablePreview::Field& f : preview_.fields) out.emplace_back(f.field, f.label);
    return out;
}

std::string SpreadsheetPreviewDialog::columnFor(const std::string& field) const {
    const auto it = columns_.find(field);
    return it == columns_.end() ? std::string() : it->second;
}

std::vector<std::string> SpreadsheetPreviewDialog::candidateHeaders() const {
    std::vector<std::string> out;
    auto add = [&out](const std::string& h) {
        if (!h.empty() && std::find(out.begin(), out.end(), h) == out.end()) out.push_back(h);
    };
    // The importer's chosen headings first (a heading over two rows reads "Dates / Due"),
    // then every cell of the header row.
    for (const auto& [field, header] : columns_) add(header);
    if (preview_.ok) {
        for (const core::TablePreview::Row& row : preview_.rows)
            if (row.number == static_cast<std::int64_t>(headerRowNumber_))
                for (const std::string& cell : row.cells) add(cell);
        return out;
    }
    // Without the rows, the importer's unmapped columns (kept as properties) are the headings.
    for (const auto& f : trialFindings_)
        for (const auto& [key, value] : f.properties) add(key);
    return out;
}

void SpreadsheetPreviewDialog::fillChoices() {
    filling_ = true;
    const std::vector<std::string> headers = candidateHeaders();
    for (auto& [field, choice] : choices_) {
        wxArrayString items;
        items.Add("(not in this file)");
        for (const auto& h : headers) items.Add(wxs(h));
        choice->Set(items);
        const std::string mapped = columnFor(field);
        const int at = mapped.empty() ? 0 : choice->FindString(wxs(mapped), true);
        choice->SetSelection(at == wxNOT_FOUND ? 0 : at);
    }
    filling_ = false;
}

void SpreadsheetPreviewDialog::fillGrid() {
    grid_->Freeze();
    if (grid_->GetNumberRows()) grid_->DeleteRows(0, grid_->GetNumberRows());
    if (grid_->GetNumberCols()) grid_->DeleteCols(0, grid_->GetNumberCols());
    if (preview_.ok) {
        size_t width = 0;
        for (const auto& r : preview_.rows) width = std::max(width, r.cells.size());
        grid_->AppendRows(static_cast<int>(preview_.rows.size()));
        grid_->AppendCols(static_cast<int>(width));
        const wxFont bold = grid_->GetDefaultCellFont().Bold();
        for (size_t r = 0; r < preview_.rows.size(); ++r) {
            const core::TablePreview::Row& row = preview_.rows[r];
            grid_->SetRowLabelValue(static_cast<int>(r), wxString::Format("%lld", static_cast<long long>(row.number)));
            const bool header = row.number == static_cast<std::int64_t>(headerRowNumber_);
            for (size_t c = 0; c < row.cells.size(); ++c) {
                wxString text = wxs(row.cells[c]);
                text.Replace("\n", L" \u21b5 ");
                grid_->SetCellValue(static_cast<int>(r), static_cast<int>(c), text);
                if (header) {
                    grid_->SetCellFont(static_cast<int>(r), static_cast<int>(c), bold);
                    grid_->SetCellBackgroundColour(static_cast<int>(r), static_cast<int>(c),
                                                   wxColour(0xDD, 0xE8, 0xF8));
                }
            }
        }
    } else {
        // What the importer read: the mapped fields, then every unmapped column.
        std::vector<std::string> keys;
        for (const auto& f : trialFindings_)
            for (const auto& [k, v] : f.properties)
                if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(k);
        const std::vector<std::string> fixed{"Finding", "Action", "Owner", "Due", "Status"};
        const size_t shown = std::min<size_t>(trialFindings_.size(), kShownRows);
        grid_->AppendRows(static_cast<int>(shown));
        grid_->AppendCols(static_cast<int>(fixed.size() + keys.size()));
        for (size_t c = 0; c < fixed.size(); ++c) grid_->SetColLabelValue(static_cast<int>(c), wxs(fixed[c]));
        for (size_t c = 0; c < keys.size(); ++c)
            grid_->SetColLabelValue(static_cast<int>(fixed.size() + c), wxs(keys[c]));
        for (size_t r = 0; r < shown; ++r) {
            const Finding& f = trialFindings_[r];
            const std::string values[] = {f.text, f.action.text, f.action.owner, f.action.due, f.action.status};
            for (size_t c = 0; c < fixed.size(); ++c)
                grid_->SetCellValue(static_cast<int>(r), static_cast<int>(c), wxs(values[c]));
            for (size_t c = 0; c < keys.size(); ++c)
                if (const std::string* v = findProperty(f.properties, keys[c]))
                    grid_->SetCellValue(static_cast<int>(r), static_cast<int>(fixed.size() + c), wxs(*v));
            if (f.location.row != kNone)
                grid_->SetRowLabelValue(static_cast<int>(r), wxString::Format("%lld", static_cast<long long>(f.location.row)));
        }
        if (!request_.trialImport)
            note_->SetLabel(preview_.problem.empty() ? wxString("No preview is available for this format.")
                                                     : wxs(preview_.problem));
        else
            note_->SetLabel(wxString::Format("%zu findings read with these choices.", trialFindings_.size()));
    }
    for (int c = 0; c < grid_->GetNumberCols(); ++c) grid_->SetColSize(c, 18 * grid_->GetCharWidth());
    grid_->Thaw();
}

void SpreadsheetPreviewDialog::setHeaderRow(size_t row) {
    headerRowChosen_ = row > 0;
    if (preview_.ok && request_.preview) {
        // The importer maps the new header row's headings by its own column names.
        Properties options;
        if (row > 0) options.emplace_back("header_row", std::to_string(row));
        if (!chosenSheet_.empty()) options.emplace_back("sheet", chosenSheet_);
        const core::TablePreview again = request_.preview(options);
        if (again.ok) {
            adopt(again);
            if (row > 0) headerRowNumber_ = row;  // shown even when the importer cannot use it
        }
        note_->SetLabel(again.ok && again.headerRow > 0 ? wxString() : wxs(again.problem));
    } else {
        headerRowNumber_ = row;
        if (request_.trialImport) trialFindings_ = request_.trialImport(options());
    }
    if (headerRow_->GetValue() != static_cast<int>(headerRowNumber_))
        headerRow_->SetValue(static_cast<int>(headerRowNumber_));
    fillChoices();
    fillGrid();
}

bool SpreadsheetPreviewDialog::setColumn(const std::string& field, const std::string& header) {
    wxChoice* choice = choiceFor(field);
    if (!choice) return false;
    const int at = header.empty() ? 0 : choice->FindString(wxs(header), true);
    if (at == wxNOT_FOUND) return false;
    choice->SetSelection(at);
    choiceChanged(field);
    return true;
}

void SpreadsheetPreviewDialog::choiceChanged(const std::string& field) {
    if (filling_) return;
    wxChoice* choice = choices_.at(field);
    const std::string header = choice->GetSelection() <= 0 ? std::string() : utf8(choice->GetStringSelection());
    columns_[field] = header;
    if (header.empty()) unmapped_.insert(field);
    else unmapped_.erase(field);
    if (!preview_.ok && request_.trialImport) {
        trialFindings_ = request_.trialImport(options());
        fillGrid();
    }
}

wxChoice* SpreadsheetPreviewDialog::choiceFor(const std::string& field) const {
    auto it = choices_.find(field);
    return it == choices_.end() ? nullptr : it->second;
}

Properties SpreadsheetPreviewDialog::options() const {
    const auto declares = [this](const std::string& key) { return !request_.declares || request_.declares(key); };
    Properties options;
    // The header row the preview showed (the importer's, or the user's), so the import reads
    // what was shown; without a preview, only one the user set.
    if (headerRowNumber_ > 0 && (preview_.ok || headerRowChosen_) && declares("header_row"))
        options.emplace_back("header_row", std::to_string(headerRowNumber_));
    for (const auto& [field, header] : columns_) {
        const std::string key = "map." + field;
        // A field the user set to no column is unmapped explicitly, so the importer does not
        // find it again by its own names.
        if ((!header.empty() || unmapped_.count(field)) && declares(key)) options.emplace_back(key, header);
    }
    if (!chosenSheet_.empty() && declares("sheet")) options.emplace_back("sheet", chosenSheet_);
    return options;
}

std::string SpreadsheetPreviewDialog::saveAsProfile(const std::string& name, const std::string& path) {
    core::ImportProfile profile;
    profile.name = name;
    profile.importer = request_.importerId;
    profile.options = options();
    return core::saveProfile(profile, path);
}

}  // namespace findings::studio
