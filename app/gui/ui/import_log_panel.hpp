// The import log: one line per file with its outcome (imported by which importer, how many
// findings; or refused or failed, and why), followed by the warnings the importer reported.
#pragma once

#include "model/import_batch.hpp"
#include "model/import_plan.hpp"

#include <wx/panel.h>

class wxListCtrl;

namespace findings::studio {

class ImportLogPanel final : public wxPanel {
public:
    explicit ImportLogPanel(wxWindow* parent);

    /// Paths refused before importing (missing, not a file, no importer).
    void addRejected(const std::vector<RejectedPath>& rejected);
    /// Each file's outcome and diagnostics.
    void addOutcomes(const std::vector<FileOutcome>& outcomes);
    /// A line of its own (e.g. "Import cancelled").
    void addNote(const wxString& status, const wxString& file, const wxString& message);
    void clear();

    wxListCtrl* list() const { return list_; }
    /// Rows so far; and the text of one cell (tests read the log this way).
    long count() const;
    wxString cell(long row, int column) const;

    enum Col { ColStatus, ColFile, ColImporter, ColFindings, ColMessage };

private:
    long addRow(const wxString& status, const wxString& file, const wxString& importer,
                const wxString& findings, const wxString& message, const wxColour& colour);
    wxListCtrl* list_;
};

}  // namespace findings::studio
