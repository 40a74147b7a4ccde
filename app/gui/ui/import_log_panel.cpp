#include "ui/import_log_panel.hpp"

#include "model/plain_message.hpp"

#include "ui/wx_text.hpp"

#include <wx/listctrl.h>
#include <wx/sizer.h>

namespace findings::studio {

namespace {
const wxColour kError(0xB0, 0x00, 0x20);
const wxColour kWarning(0xA1, 0x5C, 0x00);
const wxColour kOk(0x1B, 0x6E, 0x20);

wxString fileName(const std::string& path) {
    const size_t slash = path.find_last_of('/');
    return wxs(slash == std::string::npos ? path : path.substr(slash + 1));
}
}  // namespace

ImportLogPanel::ImportLogPanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    SetName("import-log");
    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->SetName("import-log-list");
    list_->SetHelpText("What happened to each imported file.");
    const int cw = list_->GetCharWidth();
    list_->AppendColumn("Outcome", wxLIST_FORMAT_LEFT, 11 * cw);
    list_->AppendColumn("File", wxLIST_FORMAT_LEFT, 34 * cw);
    list_->AppendColumn("Importer", wxLIST_FORMAT_LEFT, 26 * cw);
    list_->AppendColumn("Findings", wxLIST_FORMAT_RIGHT, 9 * cw);
    list_->AppendColumn("Details", wxLIST_FORMAT_LEFT, 80 * cw);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(list_, 1, wxEXPAND);
    SetSizer(sizer);
}

long ImportLogPanel::addRow(const wxString& status, const wxString& file, const wxString& importer,
                            const wxString& findings, const wxString& message,
                            const wxColour& colour) {
    const long row = list_->InsertItem(list_->GetItemCount(), status);
    list_->SetItem(row, ColFile, file);
    list_->SetItem(row, ColImporter, importer);
    list_->SetItem(row, ColFindings, findings);
    list_->SetItem(row, ColMessage, message);
    list_->SetItemTextColour(row, colour);
    list_->EnsureVisible(row);
    return row;
}

void ImportLogPanel::addRejected(const std::vector<RejectedPath>& rejected) {
    for (const auto& r : rejected)
        addRow("Refused", fileName(r.path), wxEmptyString, wxEmptyString, wxs(r.reason), kError);
}

void ImportLogPanel::addOutcomes(const std::vector<FileOutcome>& outcomes) {
    for (const auto& o : outcomes) {
        if (o.ok)
            addRow("Imported", fileName(o.path), wxs(o.importerId), wxString::Format("%zu", o.findings),
                   wxString::Format("%zu source%s", o.sources, o.sources == 1 ? "" : "s"), kOk);
        else
            addRow(o.cancelled ? "Cancelled" : "Failed", fileName(o.path), wxs(o.importerId),
                   wxEmptyString, wxs(plainMessage(o.error)), o.cancelled ? kWarning : kError);
        for (const auto& d : o.diagnostics) {
            if (d.severity == core::Severity::Info) continue;
            const std::string where = d.locationText();
            addRow(d.severity == core::Severity::Error ? "  error" : "  warning", fileName(o.path),
                   wxEmptyString, wxEmptyString,
                   wxs((where.empty() ? "" : where + ": ") + plainMessage(d.message)),
                   d.severity == core::Severity::Error ? kError : kWarning);
        }
    }
}

void ImportLogPanel::addNote(const wxString& status, const wxString& file, const wxString& message) {
    addRow(status, file, wxEmptyString, wxEmptyString, message, kWarning);
}

void ImportLogPanel::clear() { list_->DeleteAllItems(); }

long ImportLogPanel::count() const { return list_->GetItemCount(); }

wxString ImportLogPanel::cell(long row, int column) const { return list_->GetItemText(row, column); }

}  // namespace findings::studio
