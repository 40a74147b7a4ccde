// The findings table's data: a wxDataViewVirtualListModel that reads each visible cell
// straight from the document through the view's row index. No row is ever copied, so the
// table costs the same for 100 findings as for 100,000 (only the visible rows are asked for).
#pragma once

#include "model/findings_document.hpp"
#include "model/findings_view.hpp"

#include <wx/dataview.h>

#include <string>

namespace findings::studio {

class FindingsTableModel final : public wxDataViewVirtualListModel {
public:
    FindingsTableModel(const FindingsDocument& document, const FindingsView& view,
                       const core::ThemeLabels& themes);

    unsigned int GetColumnCount() const override { return kColumnCount; }
    wxString GetColumnType(unsigned int) const override { return "string"; }
    void GetValueByRow(wxVariant& value, unsigned int row, unsigned int column) const override;
    bool GetAttrByRow(unsigned int row, unsigned int column, wxDataViewItemAttr& attr) const override;
    bool SetValueByRow(const wxVariant&, unsigned int, unsigned int) override { return false; }

    /// The view's rows changed wholesale (filter, sort, import): tell the control.
    void rowsReset() { Reset(static_cast<unsigned int>(view_.rowCount())); }

private:
    const FindingsDocument& document_;
    const FindingsView& view_;
    const core::ThemeLabels& themes_;
    std::string today_; ///< for the Due column's overdue colour (a session rarely spans midnight)
};

}  // namespace findings::studio
