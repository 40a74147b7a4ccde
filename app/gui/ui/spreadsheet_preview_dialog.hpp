// The import preview for a spreadsheet: the first rows of the file, the detected header row
// and the column mapping as choices the user can change, and "Save as Profile" (a core
// import profile, reusable from the CLI with --profile). A CSV, and the sheet of a workbook
// the importer reads, are read directly for the preview; for other formats the dialog shows
// what the importer itself reads with the current choices. OK returns the importer options
// (header_row, map.<field>, and sheet when a workbook has several).
#pragma once

#include "model/column_mapping.hpp"

#include <findings/core/plugin_registry.hpp>

#include <wx/dialog.h>

#include <functional>
#include <map>
#include <memory>
#include <string>

class wxChoice;
class wxGrid;
class wxSpinCtrl;
class wxStaticText;

namespace findings::studio {

struct SpreadsheetPreviewRequest {
    std::string path;
    std::string importerId;
    /// Whether the importer declares an option (only declared options are passed on).
    std::function<bool(const std::string&)> declares;
    /// For formats the dialog cannot read itself: runs the importer with these options and
    /// returns the findings it read (a trial import). May be empty.
    std::function<std::vector<Finding>(const Properties&)> trialImport;
};

class SpreadsheetPreviewDialog final : public wxDialog {
public:
    SpreadsheetPreviewDialog(wxWindow* parent, SpreadsheetPreviewRequest request);

    /// The options the user's choices amount to.
    Properties options() const;
    const ColumnMapping& mapping() const { return mapping_; }
    /// True when the preview came from reading the file's rows directly (CSV, xlsx).
    bool showsRawRows() const { return !rows_.empty(); }

    /// Changes the header row (0-based), re-guessing the mapping from it.
    void setHeaderRow(size_t row);
    /// Maps a field to a column header ("" unmaps it); false when no such choice exists.
    bool setColumn(const std::string& field, const std::string& header);
    /// Saves the choices as a named import profile; returns the file written.
    std::string saveAsProfile(const std::string& name, const std::string& path = {});

    wxGrid* grid() const { return grid_; }
    wxSpinCtrl* headerRowControl() const { return headerRow_; }
    wxWindow* importButton() const { return importButton_; }
    wxChoice* choiceFor(const std::string& field) const;

private:
    void fillGrid();
    void fillChoices();
    void choiceChanged(const std::string& field);
    std::vector<std::string> candidateHeaders() const;

    SpreadsheetPreviewRequest request_;
    std::vector<CsvRow> rows_;          ///< rows read directly (empty for other formats)
    std::string shownSheet_;            ///< the workbook sheet previewed ("" for CSV)
    std::string chosenSheet_;           ///< passed as the sheet option: the workbook has several
    std::vector<Finding> trialFindings_;
    ColumnMapping mapping_;
    wxGrid* grid_;
    wxSpinCtrl* headerRow_;
    wxStaticText* note_;
    wxWindow* importButton_ = nullptr;
    std::map<std::string, wxChoice*> choices_;
    bool filling_ = false;
    bool headerRowChosen_ = false; ///< the user set the header row (formats read by the importer)
};

}  // namespace findings::studio
