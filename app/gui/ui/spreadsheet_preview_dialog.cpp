#include "ui/spreadsheet_preview_dialog.hpp"

#include "model/csv_preview.hpp"
#include "model/xlsx_preview.hpp"
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
#include <set>

namespace findings::studio {

namespace {
bool isCsv(const std::string& path) {
    const size_t dot = path.find_last_of('.');
    if (dot == std::string::npos) return false;
    std::string ext = path.substr(dot + 1);
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == "csv" || ext == "tsv" || ext == "txt";
}
bool isWorkbook(const std::string& path) {
    const size_t dot = path.find_last_of('.');
    if (dot == std::string::npos) return false;
    std::string ext = path.substr(dot + 1);
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == "xlsx" || ext == "xlsm";
}
constexpr size_t kPreviewRows = 60;
}  // namespace

SpreadsheetPreviewDialog::SpreadsheetPreviewDialog(wxWindow* parent, SpreadsheetPreviewRequest request)
    : wxDialog(parent, wxID_ANY, "Import Spreadsheet", wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      request_(std::move(request)) {
    SetName("spreadsheet-preview");
    const int gap = FromDIP(6);
    wxString problem;
    bool trialDone = false;
    if (isCsv(request_.path)) {
        try {
            rows_ = readCsvPreview(request_.path, kPreviewRows).rows;
        } catch (const std::exception& e) {
            problem = wxs(e.what());
        }
    } else if (isWorkbook(request_.path)) {
        // The sheet the importer reads (its findings say where they came from) is the one
        // previewed; if the workbook has others, the choices made here name it.
        std::string sheet;
        if (request_.trialImport) {
            trialFindings_ = request_.trialImport({});
            trialDone = true;
            for (const Finding& f : trialFindings_)
                if (!f.location.sheet.empty()) {
                    sheet = f.location.sheet;
                    break;
                }
        }
        try {
            const XlsxPreview preview = readXlsxPreview(request_.path, sheet, kPreviewRows);
            rows_ = preview.rows;
            shownSheet_ = preview.sheet;
            if (preview.visibleWorksheets > 1) chosenSheet_ = preview.sheet;
        } catch (const std::exception& e) {
            problem = wxs(e.what());
        }
    }
    mapping_ = guessMapping(rows_, guessHeaderRow(rows_));
    if (rows_.empty() && request_.trialImport && !trialDone) {
        // Nothing to guess from: let the importer detect the header and map by itself first.
        trialFindings_ = request_.trialImport({});
    }

    auto* intro = new wxStaticText(this, wxID_ANY,
                                   wxString::Format(L"%s%s \u2014 check which row holds the column "
                                                    "headings and which column holds each field.",
                                                    wxs(request_.path.substr(request_.path.find_last_of('/') + 1)),
                                                    shownSheet_.empty() ? wxString()
                                                                        : L", sheet \u201c" + wxs(shownSheet_) + L"\u201d"));
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
    if (rows_.empty()) {
        // The importer finds the header itself unless told otherwise: 0 means "find it".
        headerRow_->SetRange(0, 10000);
        headerRow_->SetValue(0);
        headerRow_->SetToolTip("0: let the importer find the header row");
    } else {
        headerRow_->SetRange(1, 10000);
        headerRow_->SetValue(static_cast<int>(mapping_.headerRow + 1));
    }
    note_ = new wxStaticText(this, wxID_ANY, problem);

    auto* mappingBox = new wxStaticBoxSizer(wxVERTICAL, this, "Columns");
    auto* mappingGrid = new wxFlexGridSizer(4, gap, 2 * gap);
    mappingGrid->AddGrowableCol(1);
    mappingGrid->AddGrowableCol(3);
    for (const auto& f : mappableFields()) {
        auto* c = new wxChoice(mappingBox->GetStaticBox(), wxID_ANY);
        c->SetName(wxString("map-") + f.field);
        c->SetHelpText(wxString::Format("The column that holds the %s.", wxString(f.label).Lower()));
        const std::string field = f.field;
        c->Bind(wxEVT_CHOICE, [this, field](wxCommandEvent&) { choiceChanged(field); });
        choices_[field] = c;
        mappingGrid->Add(new wxStaticText(mappingBox->GetStaticBox(), wxID_ANY, wxString(f.label) + ":"), 0,
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
        if (rows_.empty() && headerRow_->GetValue() == 0) {
            headerRowChosen_ = false;
            if (request_.trialImport) trialFindings_ = request_.trialImport(options());
            fillChoices();
            fillGrid();
            return;
        }
        setHeaderRow(static_cast<size_t>(std::max(1, headerRow_->GetValue()) - 1));
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

std::vector<std::string> SpreadsheetPreviewDialog::candidateHeaders() const {
    std::vector<std::string> out;
    if (!rows_.empty()) {
        if (mapping_.headerRow < rows_.size())
            for (const auto& cell : rows_[mapping_.headerRow])
                if (!cell.empty()) out.push_back(cell);
        return out;
    }
    // Without the raw rows, the importer's unmapped columns (kept as properties) and the
    // current mapping are what is known about the headings.
    std::set<std::string> seen;
    for (const auto& [field, header] : mapping_.columns)
        if (!header.empty() && seen.insert(header).second) out.push_back(header);
    for (const auto& f : trialFindings_)
        for (const auto& [key, value] : f.properties)
            if (seen.insert(key).second) out.push_back(key);
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
        const std::string mapped = mapping_.columnFor(field);
        const int at = mapped.empty() ? 0 : choice->FindString(wxs(mapped), true);
        choice->SetSelection(at == wxNOT_FOUND ? 0 : at);
    }
    filling_ = false;
}

void SpreadsheetPreviewDialog::fillGrid() {
    grid_->Freeze();
    if (grid_->GetNumberRows()) grid_->DeleteRows(0, grid_->GetNumberRows());
    if (grid_->GetNumberCols()) grid_->DeleteCols(0, grid_->GetNumberCols());
    if (!rows_.empty()) {
        size_t width = 0;
        for (const auto& r : rows_) width = std::max(width, r.size());
        grid_->AppendRows(static_cast<int>(rows_.size()));
        grid_->AppendCols(static_cast<int>(width));
        const wxFont bold = grid_->GetDefaultCellFont().Bold();
        for (size_t r = 0; r < rows_.size(); ++r) {
            grid_->SetRowLabelValue(static_cast<int>(r), wxString::Format("%zu", r + 1));
            for (size_t c = 0; c < rows_[r].size(); ++c) {
                wxString text = wxs(rows_[r][c]);
                text.Replace("\n", L" \u21b5 ");
                grid_->SetCellValue(static_cast<int>(r), static_cast<int>(c), text);
                if (r == mapping_.headerRow) {
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
        const size_t shown = std::min<size_t>(trialFindings_.size(), kPreviewRows);
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
        note_->SetLabel(request_.trialImport
                            ? wxString::Format("%zu findings read with these choices.", trialFindings_.size())
                            : wxString("No preview is available for this format."));
    }
    for (int c = 0; c < grid_->GetNumberCols(); ++c) grid_->SetColSize(c, 18 * grid_->GetCharWidth());
    grid_->Thaw();
}

void SpreadsheetPreviewDialog::setHeaderRow(size_t row) {
    if (!rows_.empty()) {
        mapping_ = guessMapping(rows_, std::min(row, rows_.size() - 1));
    } else {
        mapping_.headerRow = row;
        headerRowChosen_ = true;
        if (request_.trialImport) trialFindings_ = request_.trialImport(options());
    }
    if (headerRow_->GetValue() != static_cast<int>(mapping_.headerRow + 1))
        headerRow_->SetValue(static_cast<int>(mapping_.headerRow + 1));
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
    mapping_.setColumn(field, header);
    if (rows_.empty() && request_.trialImport) {
        trialFindings_ = request_.trialImport(options());
        fillGrid();
    }
}

wxChoice* SpreadsheetPreviewDialog::choiceFor(const std::string& field) const {
    auto it = choices_.find(field);
    return it == choices_.end() ? nullptr : it->second;
}

Properties SpreadsheetPreviewDialog::options() const {
    auto declares = request_.declares ? request_.declares
                                      : std::function<bool(const std::string&)>([](const std::string&) { return true; });
    Properties options = mappingOptions(mapping_, declares);
    if (!chosenSheet_.empty() && declares("sheet")) options.emplace_back("sheet", chosenSheet_);
    // Without the raw rows the header row is the importer's to find, unless the user set it.
    if (rows_.empty() && !headerRowChosen_)
        options.erase(std::remove_if(options.begin(), options.end(),
                                     [](const auto& o) { return o.first == "header_row"; }),
                      options.end());
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
