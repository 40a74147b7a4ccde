// The import preview for a spreadsheet: the first rows of the table the importer would read,
// the header row it found and the column it would read each field from, all from the
// importer itself (the preview extension, core/table_preview.hpp), as choices the user can
// change; and "Save as Profile" (a core import profile, reusable from the CLI with
// --profile). Changing the header row asks the importer again, so its own column names
// choose the new mapping. For an importer without a preview the dialog shows what a trial
// import reads with the current choices. OK returns the importer options (header_row,
// map.<field>, and sheet when a workbook has several tables).
#pragma once

#include <findings/core/plugin_registry.hpp>
#include <findings/core/table_preview.hpp>

#include <wx/dialog.h>

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

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
    /// The importer's preview with these options (its preview extension). May be empty.
    std::function<core::TablePreview(const Properties&)> preview;
    /// For an importer that gives no preview: runs it with these options and returns the
    /// findings it read (a trial import). May be empty.
    std::function<std::vector<Finding>(const Properties&)> trialImport;
};

class SpreadsheetPreviewDialog final : public wxDialog {
public:
    SpreadsheetPreviewDialog(wxWindow* parent, SpreadsheetPreviewRequest request);

    /// The options the user's choices amount to.
    Properties options() const;
    /// True when the grid shows the importer's own preview of the file's rows.
    bool showsRawRows() const { return preview_.ok; }

    /// Makes `row` (1-based; 0 to let the importer find it) the header row and asks the
    /// importer which columns it would read from it.
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
    /// Takes the importer's header row and mapping from a preview.
    void adopt(const core::TablePreview& preview);
    /// The fields a column can fill: the importer's (preview) or the trial grid's.
    std::vector<std::pair<std::string, std::string>> fields() const;
    void fillGrid();
    void fillChoices();
    void choiceChanged(const std::string& field);
    std::vector<std::string> candidateHeaders() const;
    std::string columnFor(const std::string& field) const;

    SpreadsheetPreviewRequest request_;
    core::TablePreview preview_;
    std::string chosenSheet_;           ///< passed as the sheet option: the workbook has several
    std::vector<Finding> trialFindings_;
    size_t headerRowNumber_ = 0;        ///< 1-based; 0 while none is known
    bool headerRowChosen_ = false;      ///< the user set the header row
    std::map<std::string, std::string> columns_; ///< field -> header text ("" unmapped)
    std::set<std::string> unmapped_;    ///< fields the user set to no column
    wxGrid* grid_;
    wxSpinCtrl* headerRow_;
    wxStaticText* note_;
    wxWindow* importButton_ = nullptr;
    std::map<std::string, wxChoice*> choices_;
    bool filling_ = false;
};

}  // namespace findings::studio
