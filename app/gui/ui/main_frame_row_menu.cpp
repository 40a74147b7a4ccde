// The findings table's right-click menu (copy the finding's text, open its source file,
// filter by one of its themes) and Help › Getting Started.
#include "ui/main_frame.hpp"

#include "ui/command_ids.hpp"
#include "ui/filter_bar.hpp"
#include "ui/findings_table.hpp"
#include "ui/getting_started.hpp"
#include "model/source_labels.hpp"
#include "ui/wx_text.hpp"

#include <wx/clipbrd.h>
#include <wx/filename.h>
#include <wx/menu.h>
#include <wx/utils.h>

namespace findings::studio {

void MainFrame::showRowMenu(size_t finding) {
    if (finding >= document_.set().findings.size()) return;
    const Finding& f = document_.set().findings[finding];
    const Source* source = document_.sourceOf(finding);
    wxMenu menu;
    menu.Append(ID_RowCopyText, "&Copy Text", "Copy the finding's full text");
    menu.Append(ID_RowOpenSource, "&Open Source", "Open the letter or report in its usual application");
    menu.Enable(ID_RowOpenSource, source && wxFileName::FileExists(wxs(source->path)));
    if (!f.themes.empty()) {
        menu.AppendSeparator();
        for (size_t i = 0; i < f.themes.size(); ++i)
            menu.Append(ID_RowFilterTheme + static_cast<int>(i),
                        L"Filter by \u201c" + wxs(shortThemeLabel(host_.themes().label(f.themes[i]))) + L"\u201d");
    }
    const int chosen = table_->GetPopupMenuSelectionFromUser(menu);
    if (chosen == ID_RowCopyText) {
        if (wxTheClipboard->Open()) {
            wxTheClipboard->SetData(new wxTextDataObject(wxs(f.text)));
            wxTheClipboard->Close();
            SetStatusText("Copied the finding's text.", 0);
        }
    } else if (chosen == ID_RowOpenSource && source) {
        wxLaunchDefaultApplication(wxs(source->path));
    } else if (chosen >= ID_RowFilterTheme && static_cast<size_t>(chosen - ID_RowFilterTheme) < f.themes.size()) {
        FilterState filter = filterBar_->state();
        filter.theme = f.themes[static_cast<size_t>(chosen - ID_RowFilterTheme)];
        filterBar_->apply(filter);  // reports back through onChange
    }
}

void MainFrame::showGettingStarted() {
    GettingStartedDialog dialog(this);
    dialog.ShowModal();
}

}  // namespace findings::studio
