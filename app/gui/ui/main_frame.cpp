#include "ui/main_frame.hpp"

#include "model/project_file.hpp"
#include "ui/app_icon.hpp"
#include "ui/command_ids.hpp"
#include "ui/file_drop_target.hpp"
#include "ui/filter_bar.hpp"
#include "ui/finding_editor.hpp"
#include "ui/findings_table.hpp"
#include "ui/import_log_panel.hpp"
#include "ui/import_progress_bar.hpp"
#include "ui/progress_view.hpp"
#include "ui/source_view.hpp"
#include "ui/sources_panel.hpp"
#include "ui/studio_settings.hpp"
#include "ui/wx_text.hpp"

#include <algorithm>

#include <wx/config.h>
#include <wx/display.h>
#include <wx/infobar.h>
#include <wx/notebook.h>
#include <wx/persist/splitter.h>
#include <wx/persist/toplevel.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>

namespace findings::studio {

MainFrame::MainFrame(PluginHost& host, MainFrameOptions options)
    : wxFrame(nullptr, wxID_ANY, "Findings Studio"),
      host_(host), options_(std::move(options)), prompts_(std::make_unique<DialogPrompts>()),
      autosave_(AutosaveStore::defaultFolder()), autosaveTimer_(this, ID_AutosaveTimer),
      history_(9, wxID_FILE1) {
    SetName("main-frame");
    SetIcons(studioIcons());
    // Size from DPI, not pixels, and never larger than the screen (a 1280×800 laptop);
    // the persisted geometry (restored below) wins.
    const wxRect screen = wxDisplay(wxDisplay::GetFromPoint(wxGetMousePosition())).GetClientArea();
    wxSize startSize = FromDIP(wxSize(1400, 900));
    startSize.DecTo(screen.GetSize());
    SetSize(startSize);
    view_ = std::make_unique<FindingsView>(document_, host_.themes());
    FilterState initial;
    initial.lowConfidenceBelow = StudioSettings::lowConfidencePercent() / 100.0;
    view_->setFilter(initial);

    buildMenus();
    buildToolBar();
    buildLayout();
    CreateStatusBar(3);
    const int widths[] = {-3, -1, -1};
    GetStatusBar()->SetStatusWidths(3, widths);
    bindCommands();
    installDropTargets();

    document_.subscribe([this](const DocumentChange& change) { onDocumentChanged(change); });
    filterBar_->setLowConfidenceBelow(initial.lowConfidenceBelow);
    filterBar_->setChoices(document_.set(), host_.themes());
    sources_->setSources(document_.set());
    showCurrent();
    updateTitle();
    updateStatus();

    SetMinSize(FromDIP(wxSize(800, 500)));
    wxPersistentRegisterAndRestore(this, "MainFrame");
    splitPanes();
    restartAutosaveTimer();
    CallAfter([this] {
        placeSashes();
        startup();
    });
}

MainFrame::~MainFrame() {
    // A worker still running must not post into a destroyed window: stop and wait for it.
    cancelImport();
    importWorker_.join();
    autosaveWorker_.join();
}

void MainFrame::buildLayout() {
    root_ = new wxPanel(this, wxID_ANY);
    wxPanel* root = root_;
    root->SetName("main-panel");
    filterBar_ = new FilterBar(root);
    // Warnings the user must not miss (a file refused as already imported) show here as
    // well as in the import log, which may be out of sight.
    messageBar_ = new wxInfoBar(root);
    messageBar_->SetName("message-bar");

    mainSplit_ = new wxSplitterWindow(root, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                      wxSP_LIVE_UPDATE | wxSP_3DSASH);
    mainSplit_->SetName("main-split");
    contentSplit_ = new wxSplitterWindow(mainSplit_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                         wxSP_LIVE_UPDATE | wxSP_3DSASH);
    contentSplit_->SetName("content-split");
    table_ = new FindingsTable(contentSplit_, document_, *view_, host_.themes());
    detailSplit_ = new wxSplitterWindow(contentSplit_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                        wxSP_LIVE_UPDATE | wxSP_3DSASH);
    detailSplit_->SetName("detail-split");
    editor_ = new FindingEditor(detailSplit_);
    detailBook_ = new wxNotebook(detailSplit_, wxID_ANY);
    detailBook_->SetName("detail-notebook");
    sourceView_ = new SourceView(detailBook_, [this] { return host_.registry(); });
    lowerBook_ = new wxNotebook(mainSplit_, wxID_ANY);
    lowerBook_->SetName("lower-notebook");
    log_ = new ImportLogPanel(lowerBook_);
    sources_ = new SourcesPanel(lowerBook_);
    progress_ = new ProgressView(lowerBook_);
    lowerBook_->AddPage(log_, "Import Log");
    lowerBook_->AddPage(sources_, "Sources");
    lowerBook_->AddPage(progress_, "Progress");
    buildFollowUp();

    // Small enough that a 1366×768 screen can give the finding's editor all it needs.
    const int minPane = FromDIP(100);
    for (wxSplitterWindow* s : {mainSplit_, contentSplit_, detailSplit_}) s->SetMinimumPaneSize(minPane);

    importBar_ = new ImportProgressBar(root);
    importBar_->Hide();
    importBar_->onCancel = [this] { cancelImport(); };

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(filterBar_, 0, wxEXPAND);
    sizer->Add(messageBar_, 0, wxEXPAND);
    sizer->Add(mainSplit_, 1, wxEXPAND);
    sizer->Add(importBar_, 0, wxEXPAND);
    root->SetSizer(sizer);


    // Panels report; the frame turns reports into document commands.
    filterBar_->onChange = [this](const FilterState& f) { applyFilter(f); };
    table_->onSelect = [this](std::optional<size_t> finding) { onSelect(finding); };
    table_->onSorted = [this] { updateStatus(); };
    table_->onRowMenu = [this](size_t finding) { showRowMenu(finding); };
    editor_->onThemes = [this](std::vector<std::string> themes) {
        if (current_) document_.setThemes(*current_, std::move(themes));
    };
    editor_->onPolarity = [this](std::string polarity) {
        if (current_) document_.setPolarity(*current_, std::move(polarity));
    };
    editor_->onReview = [this](std::string review) {
        if (current_) document_.setReview(*current_, std::move(review));
    };
    editor_->onAction = [this](Action action) {
        if (current_) document_.setAction(*current_, std::move(action));
    };
    editor_->onConfirm = [this] { confirmCurrent(); };
    sources_->onApply = [this](size_t index, Source source) {
        document_.setSource(index, std::move(source));
    };
    progress_->onCellChosen = [this](const std::string& theme, const std::string& visit) {
        FilterState f;
        f.theme = theme;
        f.visitKey = visit;
        // The table shows what the cell counted: Ofsted's evidence, not the commentary or
        // the plan of the same visit. The totals corner shows everything again.
        f.evidenceOnly = !theme.empty() || !visit.empty();
        f.lowConfidenceBelow = filterBar_->state().lowConfidenceBelow;
        filterBar_->apply(f);  // reports back through onChange
        table_->SetFocus();
    };
    lowerBook_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& e) {
        refreshProgressIfShown();
        e.Skip();
    });
}

void MainFrame::splitPanes() {
    // Give the splitters a real size before splitting: split while tiny, they would hand
    // their panes negative sizes on the first show.
    root_->SetSize(GetClientSize());
    root_->Layout();
    mainSplit_->SetSashGravity(0.72);
    mainSplit_->SplitHorizontally(contentSplit_, lowerBook_);
    contentSplit_->SetSashGravity(0.58);
    contentSplit_->SplitVertically(table_, detailSplit_);
    detailSplit_->SetSashGravity(0.68);
    detailSplit_->SplitHorizontally(editor_, detailBook_);
}

void MainFrame::resetLayout() {
    root_->Layout();
    // Heights from what the panes hold, not fixed shares: on a 1366×768 laptop a share
    // left the editor's action fields below a splitter, and an empty import log took a
    // third of the window.
    const int sash = mainSplit_->GetSashSize();
    const int total = mainSplit_->GetClientSize().y;
    const int strip = FromDIP(110);  // the tabs and a couple of lines
    const bool nothingYet = log_->count() == 0 && document_.set().sources.empty();
    const int lower = nothingYet ? strip : std::clamp(total * 26 / 100, strip, FromDIP(260));
    stripForEmptyLog_ = nothingYet;
    mainSplit_->SetSashPosition(std::max(strip, total - lower - sash));
    contentSplit_->SetSashPosition(contentSplit_->GetClientSize().x * 58 / 100);
    // The editor gets the height its fields need (its text box gives up lines first), the
    // source view the rest, but never less than a few lines.
    const int content = std::max(0, total - lower - sash);
    const int sourceLeast = FromDIP(110);
    // Its text box counted at its usual lines, not at what a short pane squeezed it to.
    wxTextCtrl* text = editor_->findingText();
    const int usualText = kFindingTextLines * text->GetCharHeight() + FromDIP(10);
    const int editorNeeds = editor_->GetSizer()
                                ? editor_->GetSizer()->CalcMin().y - text->GetMinSize().y + usualText
                                : content * 68 / 100;
    // Room to spare is shared: a long finding's text box may grow into it, and the source
    // view gets more lines.
    const int spare = std::max(0, content - sash - sourceLeast - editorNeeds);
    const int editor = std::max(FromDIP(100), std::min(editorNeeds + spare * 45 / 100, content - sash - sourceLeast));
    detailSplit_->SetSashPosition(editor);
}

void MainFrame::placeSashes() {
    // Only once the window is shown at its real size: a splitter clamps a sash position it
    // is given while still tiny. The user's own layout (persisted) then wins when there is
    // one.
    resetLayout();
    wxPersistentRegisterAndRestore(mainSplit_, "MainSplit");
    wxPersistentRegisterAndRestore(contentSplit_, "ContentSplit");
    wxPersistentRegisterAndRestore(detailSplit_, "DetailSplit");
}

void MainFrame::installDropTargets() {
    auto drop = [this](const std::vector<std::string>& paths) { return importPaths(paths); };
    // GTK delivers a drop to the widget under the pointer, so every large area gets a target.
    for (wxWindow* w : std::initializer_list<wxWindow*>{this, filterBar_, table_, editor_, sourceView_,
                                                        log_, sources_, progress_, importBar_})
        w->SetDropTarget(new FileDropTarget(drop));
}

void MainFrame::onDocumentChanged(const DocumentChange& change) {
    using Kind = DocumentChange::Kind;
    switch (change.kind) {
    case Kind::Reset:
    case Kind::Appended:
    case Kind::SourceChanged: {
        if (change.kind == Kind::Reset) current_.reset();
        // The first sources arrived: the lower notebook now has something to show.
        if (stripForEmptyLog_ && !document_.set().sources.empty()) resetLayout();
        if (current_ && *current_ >= document_.set().findings.size()) current_.reset();
        view_->rebuild();
        filterBar_->setChoices(document_.set(), host_.themes());
        sources_->setSources(document_.set());
        table_->rowsReset(current_);
        if (change.kind == Kind::SourceChanged) sources_->selectSource(change.index);
        showCurrent();
        progressDirty_ = true;
        break;
    }
    case Kind::FindingChanged: {
        size_t row = 0;
        switch (view_->findingChanged(change.index, row)) {
        case FindingsView::RowUpdate::Changed:
            table_->rowChanged(row);
            break;
        case FindingsView::RowUpdate::Removed: {
            // Removing the row clears the control's selection (and so current_): decide first.
            const bool wasCurrent = current_ == change.index;
            table_->rowRemoved(row);
            // The finding left the filtered view (e.g. confirmed while showing unreviewed):
            // the next one takes its place, which is what a reviewer wants next.
            if (wasCurrent) table_->selectRow(row);
            break;
        }
        case FindingsView::RowUpdate::NeedsRebuild:
            view_->rebuild();
            table_->rowsReset(current_);
            break;
        case FindingsView::RowUpdate::Unchanged:
            break;
        }
        if (current_ == change.index) showCurrent();
        progressDirty_ = true;
        break;
    }
    case Kind::StateChanged:
        break;
    }
    if (!document_.modified()) {
        autosaveWorker_.join();  // a copy being written now would outlive the removal
        autosave_.remove();
    }
    refreshProgressIfShown();
    updateTitle();
    updateStatus();
}

void MainFrame::applyFilter(const FilterState& filter) {
    view_->setFilter(filter);
    table_->rowsReset(current_);
    // The editor's header says "12 of 40": after a re-filter it must count the new rows.
    showCurrent();
    updateStatus();
}

void MainFrame::onSelect(std::optional<size_t> finding) {
    if (finding == current_) return;
    current_ = finding;
    showCurrent();
    updateStatus();
}

void MainFrame::showCurrent() {
    const Finding* f = current_ ? &document_.set().findings[*current_] : nullptr;
    const Source* s = current_ ? document_.sourceOf(*current_) : nullptr;
    wxString position;
    if (current_) {
        const std::optional<size_t> row = view_->rowOf(*current_);
        position = row ? wxString::Format("%zu of %zu", *row + 1, view_->rowCount())
                       : wxString("(filtered out)");
    }
    editor_->show(f, s, host_.themes(), position);
    sourceView_->show(f, s);
    showLinksOf(f);
}

bool MainFrame::selectFinding(size_t findingIndex) {
    if (findingIndex >= document_.set().findings.size()) return false;
    return table_->selectFinding(findingIndex);
}

void MainFrame::confirmCurrent() {
    if (!current_) return;
    editor_->commitPending();
    const size_t finding = *current_;
    const std::optional<size_t> row = view_->rowOf(finding);
    document_.confirm(finding);
    // Still shown (no review filter): move on to the next finding ourselves.
    if (row && view_->rowOf(finding) == row && *row + 1 < view_->rowCount()) table_->selectRow(*row + 1);
}

wxString MainFrame::countText() const {
    return wxString::Format("%zu of %zu findings", view_->rowCount(), view_->totalCount());
}

void MainFrame::updateStatus() {
    SetStatusText(countText(), 1);
    SetStatusText(wxString::Format("%zu source%s", document_.set().sources.size(),
                                   document_.set().sources.size() == 1 ? "" : "s"),
                  2);
}

void MainFrame::updateTitle() {
    SetTitle(wxs(document_.title()) + L" \u2014 Findings Studio");
}

void MainFrame::refreshProgressIfShown() {
    if (!progressDirty_ || lowerBook_->GetSelection() != PageProgress) return;
    progress_->update(document_.set(), host_.themes());
    progressDirty_ = false;
}

void MainFrame::showLowerPage(int page) {
    lowerBook_->SetSelection(static_cast<size_t>(page));
    refreshProgressIfShown();
    lowerBook_->GetPage(static_cast<size_t>(page))->SetFocus();
}

}  // namespace findings::studio
