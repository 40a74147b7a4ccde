#include "progress_sheet.hpp"

#include "cell_writer.hpp"
#include "row_layout.hpp"
#include "styles.hpp"
#include "xlsx_error.hpp"

#include <algorithm>

namespace findings::excel {
namespace {

constexpr const char* kName = ProgressSheet::kName;
constexpr double kThemeWidth = 46;
constexpr double kVisitWidth = 12;
/// Rows of the sheet above the matrix: title, explanation, legend, a gap, authorities.
constexpr lxw_row_t kTitleRow = 0;
constexpr lxw_row_t kNoteRow = 1;
constexpr lxw_row_t kLegendRow = 2;
constexpr lxw_row_t kAuthorityRow = 4;
constexpr lxw_row_t kHeaderRow = 5;
/// Up to this many themes the sheet prints on one page.
constexpr std::size_t kOnePageThemes = 30;

class Writer {
public:
    Writer(SheetContext& context, lxw_worksheet* sheet, const ProgressMatrix& m)
        : context_(context),
          st_(context.styles),
          sheet_(sheet),
          m_(m),
          totalCol_(static_cast<lxw_col_t>(1 + m.columns.size())),
          trendCol_(static_cast<lxw_col_t>(totalCol_ + 1)) {}

    void write() {
        layoutColumns();
        writeIntro();
        if (m_.columns.empty()) {
            writeText(sheet_, kName, kAuthorityRow, 0,
                      "No strengths or weaknesses were found, so there is nothing to show.",
                      st_.subtitle);
            applyPrintSetup(sheet_, context_, kName, 0, -1);
            return;
        }
        writeAuthorities(kAuthorityRow);
        writeHeader(kHeaderRow, "Theme", m_.hasTrends);
        lxw_row_t r = kHeaderRow + 1;
        for (const auto& row : m_.rows)
            writeCountRow(r++, row.label, row.cells, row.total, row.trend, false);
        std::vector<ProgressCell> columnTotals;
        for (const auto& c : m_.columns) columnTotals.push_back(c.total);
        writeCountRow(r, "All themes", columnTotals, m_.total, Trend::None, true);
        defineRangeName(context_, ProgressSheet::kMatrixName, kName, kHeaderRow, 0,
                        static_cast<int>(r), totalCol_);

        // The same matrix as numbers, with a native colour scale.
        r += 2;
        writeText(sheet_, kName, r++, 0, "Share of weaknesses", st_.title);
        const lxw_row_t shareHeader = r;
        writeHeader(r++, "Theme", false);
        const lxw_row_t firstShare = r;
        for (const auto& row : m_.rows) writeShareRow(r++, row.label, row.cells, row.total, false);
        writeShareRow(r, "All themes", columnTotals, m_.total, true);
        addColourScale(firstShare, r);
        defineRangeName(context_, ProgressSheet::kShareName, kName, shareHeader, 0,
                        static_cast<int>(r), totalCol_);

        worksheet_freeze_panes(sheet_, kHeaderRow + 1, 1);
        applyPrintSetup(sheet_, context_, kName, kHeaderRow, kHeaderRow);
        // A board paper: one page when the themes fit legibly on it.
        if (m_.rows.size() <= kOnePageThemes) worksheet_fit_to_pages(sheet_, 1, 1);
    }

private:
    void layoutColumns() {
        checkLxw(worksheet_set_column(sheet_, 0, 0, kThemeWidth, nullptr),
                 "setting the column widths of the Progress sheet");
        checkLxw(worksheet_set_column(sheet_, 1, trendCol_, kVisitWidth, nullptr),
                 "setting the column widths of the Progress sheet");
    }

    void writeIntro() {
        setRowHeight(sheet_, kName, kTitleRow, 24);
        writeText(sheet_, kName, kTitleRow, 0, "Progress by theme and visit", st_.title);
        std::string note =
            "Each cell: strengths / weaknesses among the findings on that theme at that visit, "
            "then mixed and neutral findings in brackets; each finding counts once, as in the "
            "desktop app. The fill shows the share of weaknesses (a mixed finding counts half).";
        if (m_.omittedColumns > 0)
            note += " Showing the " + std::to_string(m_.columns.size()) + " most recent sources; " +
                    std::to_string(m_.omittedColumns) + " older ones are left out.";
        writeText(sheet_, kName, kNoteRow, 0, note, st_.subtitle);
        writeText(sheet_, kName, kLegendRow, 0, "Share of weaknesses:", st_.legend);
        const double stops[] = {0.0, 0.25, 0.5, 0.75, 1.0};
        for (lxw_col_t i = 0; i < 5; ++i)
            writeText(sheet_, kName, kLegendRow, i + 1,
                      std::to_string(static_cast<int>(stops[i] * 100)) + "%",
                      st_.matrixCell(stops[i], false));
    }

    void writeAuthorities(lxw_row_t r) {
        // Each authority's name is centred across its visits ("centre across selection"
        // rather than merged cells, which constant-memory mode cannot write).
        for (lxw_col_t i = 0; i < m_.columns.size(); ++i) {
            const bool first = i == 0 || m_.columns[i].authority != m_.columns[i - 1].authority;
            writeText(sheet_, kName, r, i + 1, first ? m_.columns[i].authority : std::string(),
                      st_.authority);
        }
    }

    void writeHeader(lxw_row_t r, const char* first, bool withTrend) {
        setRowHeight(sheet_, kName, r, 30);
        writeText(sheet_, kName, r, 0, first, st_.header);
        for (lxw_col_t i = 0; i < m_.columns.size(); ++i) {
            const ProgressColumn& c = m_.columns[i];
            writeText(sheet_, kName, r, i + 1,
                      c.when.empty() ? c.heading : c.heading + "\n" + c.when, st_.matrixHeader);
        }
        writeText(sheet_, kName, r, totalCol_, "All visits", st_.matrixHeader);
        if (withTrend) writeText(sheet_, kName, r, trendCol_, "Trend", st_.matrixHeader);
    }

    void writeCountRow(lxw_row_t r, const std::string& label,
                       const std::vector<ProgressCell>& cells, const ProgressCell& total,
                       Trend trend, bool isTotal) {
        setRowHeight(sheet_, kName, r, rowHeightFor(wrappedLines(label, kThemeWidth)));
        writeText(sheet_, kName, r, 0, label, isTotal ? st_.totalLabel : st_.themeLabel);
        for (lxw_col_t i = 0; i < cells.size(); ++i) writeCount(r, i + 1, cells[i], isTotal);
        writeCount(r, totalCol_, total, true);
        if (m_.hasTrends && !isTotal) {
            lxw_format* f = trend == Trend::Improving   ? st_.improving
                            : trend == Trend::Worsening ? st_.worsening
                                                        : st_.steady;
            writeText(sheet_, kName, r, trendCol_, trendLabel(trend), f);
        }
    }

    void writeCount(lxw_row_t r, lxw_col_t col, const ProgressCell& cell, bool bold) {
        if (cell.empty())
            writeText(sheet_, kName, r, col, "\xE2\x80\x93", st_.emptyCell);  // –
        else
            writeText(sheet_, kName, r, col, cell.text(),
                      cell.judged() == 0 ? st_.emptyCell  // neutral findings only
                                         : st_.matrixCell(cell.weaknessShare(), bold));
    }

    void writeShareRow(lxw_row_t r, const std::string& label,
                       const std::vector<ProgressCell>& cells, const ProgressCell& total,
                       bool isTotal) {
        setRowHeight(sheet_, kName, r, rowHeightFor(wrappedLines(label, kThemeWidth)));
        writeText(sheet_, kName, r, 0, label, isTotal ? st_.totalLabel : st_.themeLabel);
        auto share = [&](lxw_col_t col, const ProgressCell& c, bool bold) {
            lxw_format* f = bold ? st_.percentTotal : st_.percent;
            if (c.judged() == 0)
                writeText(sheet_, kName, r, col, {}, f);
            else
                writeNumber(sheet_, kName, r, col, c.weaknessShare(), f);
        };
        for (lxw_col_t i = 0; i < cells.size(); ++i) share(i + 1, cells[i], isTotal);
        share(totalCol_, total, true);
    }

    void addColourScale(lxw_row_t first, lxw_row_t last) {
        lxw_conditional_format scale{};
        scale.type = LXW_CONDITIONAL_3_COLOR_SCALE;
        scale.min_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
        scale.min_value = 0;
        scale.min_color = palette::kScaleLow;
        scale.mid_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
        scale.mid_value = 0.5;
        scale.mid_color = palette::kScaleMid;
        scale.max_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
        scale.max_value = 1;
        scale.max_color = palette::kScaleHigh;
        checkLxw(worksheet_conditional_format_range(sheet_, first, 1, last, totalCol_, &scale),
                 "adding the colour scale to the Progress sheet");
    }

    SheetContext& context_;
    Styles& st_;
    lxw_worksheet* sheet_;
    const ProgressMatrix& m_;
    const lxw_col_t totalCol_;
    const lxw_col_t trendCol_;
};

}  // namespace

void ProgressSheet::write(SheetContext& context, lxw_worksheet* sheet,
                          const ProgressMatrix& matrix) {
    Writer(context, sheet, matrix).write();
}

}  // namespace findings::excel
