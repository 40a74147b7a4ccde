#include "ui/plugins_dialog.hpp"

#include "ui/control_sizing.hpp"
#include "ui/wx_text.hpp"

#include <algorithm>

#include <wx/button.h>
#include <wx/dir.h>
#include <wx/display.h>
#include <wx/settings.h>
#include <wx/filename.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>

namespace findings::studio {

namespace {
enum { ColId, ColVersion, ColAbi, ColKind, ColName, ColPath };
std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "." : ", .") + s;
    return out;
}
}  // namespace

PluginsDialog::PluginsDialog(wxWindow* parent, PluginHost& host, std::function<bool()> rescan)
    : wxDialog(parent, wxID_ANY, "Plugins", wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      host_(host), rescan_(std::move(rescan)) {
    SetName("plugins-dialog");
    const int gap = FromDIP(6);
    plugins_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    plugins_->SetName("plugins-list");
    const int cw = plugins_->GetCharWidth();
    plugins_->AppendColumn("Id", wxLIST_FORMAT_LEFT, 26 * cw);
    plugins_->AppendColumn("Version", wxLIST_FORMAT_LEFT, 8 * cw);
    plugins_->AppendColumn("ABI", wxLIST_FORMAT_LEFT, 5 * cw);
    plugins_->AppendColumn("Kind", wxLIST_FORMAT_LEFT, 36 * cw);
    plugins_->AppendColumn("Name", wxLIST_FORMAT_LEFT, 24 * cw);
    plugins_->AppendColumn("File", wxLIST_FORMAT_LEFT, 50 * cw);
    plugins_->SetMinSize(wxSize(-1, 10 * plugins_->GetCharHeight()));
    failures_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    failures_->SetName("plugin-failures-list");
    failures_->AppendColumn("File", wxLIST_FORMAT_LEFT, 40 * cw);
    failures_->AppendColumn("Why it was not loaded", wxLIST_FORMAT_LEFT, 80 * cw);
    failures_->SetHelpText("Files that failed to load (in red), and copies of a plugin that were "
                           "skipped because a copy in an earlier folder is used instead.");
    failures_->SetMinSize(wxSize(-1, 6 * failures_->GetCharHeight()));
    folders_ = new wxStaticText(this, wxID_ANY, wxEmptyString);

    auto* openFolder = new wxButton(this, wxID_ANY, "Open &Plugin Folder");
    openFolder->SetName("plugins-open-folder");
    openFolder->SetToolTip(wxs(PluginHost::userPluginFolder()));
    auto* rescanButton = new wxButton(this, wxID_REFRESH, "&Rescan");
    rescanButton->SetName("plugins-rescan");
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(openFolder, 0, wxRIGHT, gap);
    buttons->Add(rescanButton, 0);
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_CLOSE, "&Close"), 0);
    SetEscapeId(wxID_CLOSE);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(new wxStaticText(this, wxID_ANY, "Loaded plugins:"), 0, wxLEFT | wxRIGHT | wxTOP, gap);
    sizer->Add(plugins_, 2, wxEXPAND | wxALL, gap);
    sizer->Add(new wxStaticText(this, wxID_ANY, "Files not loaded:"), 0, wxLEFT | wxRIGHT, gap);
    sizer->Add(failures_, 1, wxEXPAND | wxALL, gap);
    sizer->Add(folders_, 0, wxEXPAND | wxLEFT | wxRIGHT, gap);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, gap);
    SetSizerAndFit(sizer);

    openFolder->Bind(wxEVT_BUTTON, [](wxCommandEvent&) {
        const wxString folder = wxs(PluginHost::userPluginFolder());
        wxFileName::Mkdir(folder, wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
        wxLaunchDefaultApplication(folder);
    });
    rescanButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (rescan_ && rescan_()) refresh();
    });
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); }, wxID_CLOSE);
    refresh();
    // As wide as the columns' content (the File column holds whole paths), within the screen.
    const int columns = std::max(fitListColumns(plugins_), fitListColumns(failures_));
    const int screen = wxDisplay(wxDisplay::GetFromWindow(parent ? parent : this)).GetClientArea().width;
    const int scrollbar = wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, this);
    plugins_->SetMinSize(wxSize(std::min(columns + scrollbar + 2 * gap, screen * 9 / 10 - 4 * gap),
                                plugins_->GetMinSize().y));
    GetSizer()->SetSizeHints(this);
    Fit();
    CentreOnParent();
}

void PluginsDialog::refresh() {
    const auto registry = host_.registry();
    plugins_->DeleteAllItems();
    for (const auto& p : registry->plugins()) {
        std::string kind;
        for (const auto& r : registry->importers())
            if (r.plugin == p.get()) kind += (kind.empty() ? "" : "; ") + std::string("imports ") + joined(r.extensions());
        for (const auto& r : registry->exporters())
            if (r.plugin == p.get()) kind += (kind.empty() ? "" : "; ") + std::string("exports ") + joined(r.extensions());
        const long row = plugins_->InsertItem(plugins_->GetItemCount(), wxs(p->id()));
        plugins_->SetItem(row, ColVersion, wxs(p->version()));
        plugins_->SetItem(row, ColAbi, wxs(p->sdkVersionText()));
        plugins_->SetItem(row, ColKind, wxs(kind));
        plugins_->SetItem(row, ColName, wxs(p->name()));
        plugins_->SetItem(row, ColPath, wxs(p->path));
    }
    failures_->DeleteAllItems();
    for (const auto& f : registry->failures()) {
        const long row = failures_->InsertItem(failures_->GetItemCount(), wxs(f.path));
        failures_->SetItem(row, 1, wxs(f.reason));
        failures_->SetItemTextColour(row, wxColour(0xB0, 0x00, 0x20));
    }
    // A second copy of a plugin is not an error, but which copy runs must be plain: a stale
    // copy in the user's folder would otherwise hide an update without a word.
    for (const auto& s : registry->shadowed()) {
        const long row = failures_->InsertItem(failures_->GetItemCount(), wxs(s.path));
        failures_->SetItem(row, 1, wxs("another copy of " + s.id + " is used instead: " + s.by +
                                       " comes first in the search order"));
        failures_->SetItemTextColour(row, wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    }
    wxString folders = "Searched: ";
    for (size_t i = 0; i < host_.folders().size(); ++i)
        folders += (i ? ", " : "") + wxs(host_.folders()[i]);
    folders_->SetLabel(folders);
    fitListColumns(plugins_);
    fitListColumns(failures_);
    folders_->Wrap(std::max(plugins_->GetSize().x, plugins_->GetMinSize().x));
    Layout();
}

}  // namespace findings::studio
