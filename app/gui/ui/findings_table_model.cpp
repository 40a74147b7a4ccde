#include "ui/findings_table_model.hpp"

#include "model/finding_filter.hpp"
#include "ui/wx_text.hpp"

#include <findings/sdk/followup.hpp>

namespace findings::studio {

FindingsTableModel::FindingsTableModel(const FindingsDocument& document, const FindingsView& view,
                                       const core::ThemeLabels& themes)
    : wxDataViewVirtualListModel(static_cast<unsigned int>(view.rowCount())),
      document_(document), view_(view), themes_(themes), today_(todayIso()) {}

void FindingsTableModel::GetValueByRow(wxVariant& value, unsigned int row,
                                       unsigned int column) const {
    if (row >= view_.rowCount() || column >= kColumnCount) {
        value = wxString();
        return;
    }
    const size_t index = view_.findingAt(row);
    if (allColumns()[column] == Column::Source) {
        // The set's distinct names: two letters never read the same.
        const std::int64_t s = document_.sourceIndexOf(index);
        if (s >= 0 && static_cast<size_t>(s) < view_.sourceNames().size()) {
            value = wxs(view_.sourceNames()[static_cast<size_t>(s)]);
            return;
        }
    }
    value = wxs(cellText(document_.set().findings[index], document_.sourceOf(index),
                         allColumns()[column], themes_));
}

bool FindingsTableModel::GetAttrByRow(unsigned int row, unsigned int column,
                                      wxDataViewItemAttr& attr) const {
    if (row >= view_.rowCount()) return false;
    const Finding& f = document_.set().findings[view_.findingAt(row)];
    switch (allColumns()[column]) {
    case Column::Polarity:
        // Colours chosen to stay readable as text (dark on light) and to match the Excel
        // export's strength/weakness fills.
        if (f.polarity == "strength") {
            attr.SetColour(wxColour(0x1B, 0x5E, 0x20));
            attr.SetBackgroundColour(wxColour(0xDF, 0xF2, 0xDF));
        } else if (f.polarity == "weakness") {
            attr.SetColour(wxColour(0x9B, 0x1C, 0x1C));
            attr.SetBackgroundColour(wxColour(0xFB, 0xE0, 0xE0));
        } else if (f.polarity == "mixed") {
            attr.SetColour(wxColour(0x7A, 0x4A, 0x00));
            attr.SetBackgroundColour(wxColour(0xFF, 0xEF, 0xCC));
        } else {
            return false;
        }
        attr.SetBold(true);
        return true;
    case Column::ActionStatus:
        if (f.action.status == "red") attr.SetColour(wxColour(0xB0, 0x00, 0x20));
        else if (f.action.status == "amber") attr.SetColour(wxColour(0xA1, 0x5C, 0x00));
        else if (f.action.status == "green" || f.action.status == "complete")
            attr.SetColour(wxColour(0x1B, 0x6E, 0x20));
        else return false;
        attr.SetBold(true);
        return true;
    case Column::Due:
        // Late work stands out (the SDK's rule, as in the workbook and the board summary).
        if (!followup::isOverdue(f.action, today_)) return false;
        attr.SetColour(wxColour(0xB0, 0x00, 0x20));
        attr.SetBold(true);
        return true;
    case Column::Review:
        if (f.review == "confirmed") attr.SetColour(wxColour(0x1B, 0x6E, 0x20));
        else if (f.review == "edited") attr.SetColour(wxColour(0x1A, 0x4F, 0x9C));
        else return false;
        return true;
    case Column::Confidence:
        if (f.confidence < 0 || f.confidence >= 0.6) return false;
        attr.SetItalic(true);
        attr.SetColour(wxColour(0xA1, 0x5C, 0x00));
        return true;
    default:
        return false;
    }
}

}  // namespace findings::studio
