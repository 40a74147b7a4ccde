// The main window: menus, toolbar, filter bar, the findings table beside the detail pane
// (finding editor above the source view), and a lower notebook with the import log, the
// sources and the progress matrix. It owns the open document and wires every panel to it;
// it does no importing or exporting itself — that is findings_core and the plugins, run
// on worker threads.
#pragma once

#include "model/autosave_store.hpp"
#include "model/findings_document.hpp"
#include "model/findings_view.hpp"
#include "model/import_batch.hpp"
#include "model/import_plan.hpp"
#include "model/plugin_host.hpp"
#include "ui/ui_thread.hpp"
#include "ui/user_prompts.hpp"

#include <wx/filehistory.h>
#include <wx/frame.h>
#include <wx/timer.h>

#include <atomic>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class wxNotebook;
class wxPanel;
class wxSplitterWindow;
class wxBookCtrlEvent;
class wxCloseEvent;
class wxInfoBar;

namespace findings::studio {

class ExportDialog;
struct SpreadsheetPreviewRequest;
class FilterBar;
class FindingEditor;
class FindingsTable;
class FollowUpView;
class LinkReviewPanel;
class ImportLogPanel;
class ImportProgressBar;
class ProgressView;
class SourceView;
class SourcesPanel;

struct MainFrameOptions {
    std::vector<std::string> startupFiles; ///< imported (or opened) once the window shows
    bool offerRecovery = true;             ///< look for crashed sessions' autosaves at start
    /// Modal questions and previews may be shown. Tests turn this off; the prompts object
    /// still answers save/recover questions.
    bool interactive = true;
};

class MainFrame final : public wxFrame {
public:
    MainFrame(PluginHost& host, MainFrameOptions options);
    ~MainFrame() override;

    // ---- the parts, for tests and for the screenshot tool
    FindingsDocument& document() { return document_; }
    FindingsView& view() { return *view_; }
    FindingsTable* table() const { return table_; }
    FilterBar* filterBar() const { return filterBar_; }
    FindingEditor* editor() const { return editor_; }
    SourceView* sourceView() const { return sourceView_; }
    SourcesPanel* sourcesPanel() const { return sources_; }
    ProgressView* progressView() const { return progress_; }
    FollowUpView* followUpView() const { return followUp_; }
    LinkReviewPanel* linkReview() const { return linkReview_; }
    wxNotebook* detailNotebook() const { return detailBook_; }
    ImportLogPanel* importLog() const { return log_; }
    ImportProgressBar* importProgressBar() const { return importBar_; }
    wxNotebook* lowerNotebook() const { return lowerBook_; }
    /// The message bar above the table (e.g. "already in the project").
    wxInfoBar* messageBar() const { return messageBar_; }
    AutosaveStore& autosave() { return autosave_; }
    PluginHost& pluginHost() { return host_; }
    void setPrompts(std::unique_ptr<UserPrompts> prompts) { prompts_ = std::move(prompts); }
    /// Tools › Link Follow-ups: links the project's findings across visits, undoably.
    void linkFollowUps();
    /// File › Merge Edited Workbook: the edits in `path` (an exported workbook) merged into
    /// the project as one undoable step, each change and conflict logged. False when the
    /// file could not be merged (the log and the message bar say why).
    bool mergeEditedFile(const std::string& path);
    /// Links the current finding to improvement point `point` by hand (Add Link), undoably;
    /// false when nothing is selected or nothing would change.
    bool addLinkToCurrent(size_t point, const std::string& stance);
    /// Shows only findings whose links wait for review (the review queue), or all again.
    void setProposedLinksOnly(bool on);

    // ---- actions (the menu handlers call these)
    /// Checks, previews (spreadsheets, when interactive) and imports paths in the
    /// background; queued behind an import already running. Returns false when none of the
    /// paths can be imported (each refusal is in the import log).
    bool importPaths(const std::vector<std::string>& paths);
    bool importRunning() const { return job_ != nullptr; }
    /// What the spreadsheet preview of a planned file works with (its trial import runs the
    /// file's importer with the options being chosen).
    SpreadsheetPreviewRequest previewRequestFor(const PlannedFile& file) const;
    /// Imports still waiting behind the running one.
    size_t queuedImports() const { return queue_.size(); }
    void cancelImport();

    /// Opens a project (asking about unsaved changes first). False when not opened.
    bool openProject(const std::string& path);
    /// Saves to the project's file (asking for one if it has none).
    bool saveProject();
    /// Saves to `path` (".findings.json" is appended if missing).
    bool saveProjectAs(const std::string& path);
    /// Asks about unsaved changes; false when the user cancels (or a save fails).
    bool confirmDiscardChanges();
    /// File › Close Project (and File › New): asks about unsaved changes, then leaves an
    /// empty, untitled project and an empty import log. False when the user cancels.
    bool closeProject();
    /// The name a save suggests: the project's own, else one made from its contents.
    wxString suggestedSavePath() const;

    /// The Import dialog's filters: "Letters and reports", "Trackers", "Findings projects".
    wxString importWildcard() const;

    /// Places the splitters for the window's size now: the finding's editor gets the height
    /// its fields need, the lower notebook only a strip while the import log is empty.
    void resetLayout();

    /// Selects a finding in the table (and the detail pane); false when it is filtered out.
    bool selectFinding(size_t findingIndex);
    std::optional<size_t> currentFinding() const { return current_; }
    /// Confirms the current finding and moves to the next (Ctrl+Enter).
    void confirmCurrent();
    /// Applies a filter (as the filter bar does).
    void applyFilter(const FilterState& filter);
    /// "N of M findings", as in the status bar.
    wxString countText() const;

    /// A modeless Export dialog for the current document (the caller shows it).
    ExportDialog* createExportDialog();
    /// Writes the autosave file now if there is unsaved work.
    void autosaveNow();
    /// Reloads the plugins; false (and a message) while an import runs.
    bool rescanPlugins();

private:
    struct ImportJob;

    void buildMenus();
    void buildToolBar();
    void buildLayout();
    void splitPanes();
    void placeSashes();
    void installDropTargets();
    void bindCommands();

    void onDocumentChanged(const DocumentChange& change);
    void onSelect(std::optional<size_t> finding);
    void showCurrent();
    void updateTitle();
    void updateStatus();
    void refreshProgressIfShown();
    void showLowerPage(int page);
    void showRowMenu(size_t finding);
    void showGettingStarted();
    // The Follow-up tab and the link review (main_frame_followup.cpp).
    void buildFollowUp();
    void refreshFollowUpIfShown();
    void showLinksOf(const Finding* finding);
    void onAddLinkCommand();

    void startup();
    void offerRecovery();
    void startNextImport();
    void importProgress(size_t done, size_t total, const std::string& path);
    void importFinished();
    std::vector<FileImportRequest> previewSpreadsheets(const ImportPlan& plan);

    void onClose(wxCloseEvent& event);
    void onImportCommand();
    void onOpenCommand();
    void onExportCommand();
    void onMergeCommand();
    void onAutosaveTimer();
    void restartAutosaveTimer();
    void rememberRecent(const std::string& path);

    PluginHost& host_;
    MainFrameOptions options_;
    FindingsDocument document_;
    std::unique_ptr<FindingsView> view_;
    std::unique_ptr<UserPrompts> prompts_;
    AutosaveStore autosave_;
    std::uint64_t autosavedRevision_ = 0;
    WorkerThread autosaveWorker_;
    std::shared_ptr<std::atomic<bool>> autosaveFailed_ = std::make_shared<std::atomic<bool>>(false);
    wxTimer autosaveTimer_;
    wxFileHistory history_;

    wxPanel* root_ = nullptr; ///< the frame's one panel, holding everything below the toolbar
    FilterBar* filterBar_ = nullptr;
    wxInfoBar* messageBar_ = nullptr;
    FindingsTable* table_ = nullptr;
    FindingEditor* editor_ = nullptr;
    SourceView* sourceView_ = nullptr;
    wxNotebook* lowerBook_ = nullptr;
    ImportLogPanel* log_ = nullptr;
    SourcesPanel* sources_ = nullptr;
    ProgressView* progress_ = nullptr;
    FollowUpView* followUp_ = nullptr;
    wxNotebook* detailBook_ = nullptr; ///< the source text and the link review, below the editor
    LinkReviewPanel* linkReview_ = nullptr;
    ImportProgressBar* importBar_ = nullptr;
    wxSplitterWindow* mainSplit_ = nullptr;
    wxSplitterWindow* contentSplit_ = nullptr;
    wxSplitterWindow* detailSplit_ = nullptr;

    std::optional<size_t> current_;
    bool progressDirty_ = true;
    bool stripForEmptyLog_ = false; ///< resetLayout gave the empty import log only a strip
    bool followUpDirty_ = true;
    std::shared_ptr<ImportJob> job_;
    WorkerThread importWorker_;
    std::deque<std::vector<FileImportRequest>> queue_;
};

}  // namespace findings::studio
