// The progress view: the theme-by-visit matrix drawn as a grid. Each cell shows strengths
// and weaknesses ("3 / 5") tinted by the share of weaknesses; clicking a cell (or pressing
// Enter on it) filters the findings table to that theme at that visit.
#pragma once

#include "model/progress_matrix.hpp"

#include <wx/panel.h>

#include <functional>
#include <string>

class wxGrid;
class wxGridEvent;
class wxStaticText;

namespace findings::studio {

class ProgressView final : public wxPanel {
public:
    explicit ProgressView(wxWindow* parent);

    /// Called with (theme id or kNoTheme, visit key) when a cell is chosen; "" for "all" when
    /// a total row or column was chosen.
    std::function<void(const std::string& theme, const std::string& visitKey)> onCellChosen;

    /// Recomputes and redraws the matrix.
    void update(const findings::FindingsSet& set, const core::ThemeLabels& themes);
    const ProgressMatrix& matrix() const { return matrix_; }
    wxGrid* grid() const { return grid_; }
    /// Chooses a cell as a click would.
    void chooseCell(int row, int column);

private:
    void onCellClick(wxGridEvent& event);

    wxGrid* grid_;
    wxStaticText* legend_;
    ProgressMatrix matrix_;
};

}  // namespace findings::studio
