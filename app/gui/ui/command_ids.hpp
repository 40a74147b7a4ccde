// Menu and toolbar command ids that have no stock wx id.
#pragma once

#include <wx/defs.h>

namespace findings::studio {

enum CommandId : int {
    ID_Import = wxID_HIGHEST + 100,
    ID_OpenProject,
    ID_Export,
    ID_UndoEdit,
    ID_RedoEdit,
    ID_ConfirmFinding,
    ID_Find,
    ID_ClearFilter,
    ID_NextFinding,
    ID_PreviousFinding,
    ID_MarkStrength,
    ID_MarkWeakness,
    ID_MarkMixed,
    ID_MarkNeutral,
    ID_ViewImportLog,
    ID_ViewSources,
    ID_ViewProgress,
    ID_Plugins,
    ID_LinkFollowUps,
    ID_ViewFollowUp,
    ID_ReviewProposedLinks,
    ID_CancelImport,
    ID_AutosaveTimer,
    ID_FilterTimer,
    // Added for issue 11 (layout, columns, help); kept together so merges stay easy.
    ID_ViewColumns = wxID_HIGHEST + 300,
    ID_ResetLayout,
    ID_GettingStarted,
    ID_RowCopyText,
    ID_RowOpenSource,
    ID_RowFilterTheme, ///< + theme index: one item per theme of the finding
    // Issue 13: merge in the desktop app.
    ID_MergeEdited = wxID_HIGHEST + 400
};

/// The pages of the main window's lower notebook, in order.
enum LowerPage : int { PageImportLog, PageSources, PageProgress, PageFollowUp };
/// The pages of the detail pane's lower notebook, in order.
enum DetailPage : int { DetailSource, DetailLinks };

}  // namespace findings::studio
