#include "charts_sheet.hpp"

#include "cell_writer.hpp"
#include "styles.hpp"
#include "xlsx_error.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace findings::excel {
namespace {

constexpr const char* kName = ChartsSheet::kName;
/// The charts fill columns A..L; their data starts at column N.
constexpr lxw_col_t kDataCol = 13;
constexpr lxw_row_t kFirstChartRow = 3;
/// Default row height in pixels, to place the second chart under the first.
constexpr int kRowPixels = 20;
constexpr int kChartWidth = 760;

lxw_chart_font font(double size, bool bold) {
    lxw_chart_font f{};
    f.size = size;
    f.bold = bold ? LXW_TRUE : LXW_FALSE;
    return f;
}

void colourSeries(lxw_chart_series* series, lxw_color_t colour) {
    lxw_chart_fill fill{};
    fill.color = colour;
    chart_series_set_fill(series, &fill);
    lxw_chart_line line{};
    line.color = colour;
    chart_series_set_line(series, &line);
}

lxw_chart* addChart(lxw_workbook* workbook, uint8_t type) {
    lxw_chart* chart = workbook_add_chart(workbook, type);
    if (!chart) throw Error(FND_ERR_INTERNAL, "libxlsxwriter could not make a chart");
    return chart;
}

}  // namespace

void ChartsSheet::write(SheetContext& context, lxw_worksheet* sheet, const ProgressMatrix& m) {
    Styles& st = context.styles;
    setRowHeight(sheet, kName, 0, 24);
    writeText(sheet, kName, 0, 0, "Strengths and weaknesses at a glance", st.title);
    writeText(sheet, kName, 1, 0,
              "Strengths and weaknesses by theme, and the share of weaknesses at each visit. "
              "Mixed findings are a series of their own and count half toward the share.",
              st.subtitle);
    if (m.rows.empty() || m.columns.empty()) {
        writeText(sheet, kName, kFirstChartRow, 0,
                  "No strengths or weaknesses were found, so there is nothing to chart.",
                  st.subtitle);
        applyPrintSetup(sheet, context, kName, 0, -1);
        return;
    }
    checkLxw(worksheet_set_column(sheet, kDataCol, kDataCol, 60, nullptr),
             "setting the column widths of the Charts sheet");
    checkLxw(worksheet_set_column(sheet, kDataCol + 1, kDataCol + 3, 20, nullptr),
             "setting the column widths of the Charts sheet");

    // Chart data, written top to bottom (constant-memory mode needs rows in order).
    lxw_row_t r = kFirstChartRow;
    const lxw_row_t themeHeader = r;
    writeText(sheet, kName, r, kDataCol, "Theme", st.header);
    writeText(sheet, kName, r, kDataCol + 1, "Strengths", st.header);
    writeText(sheet, kName, r, kDataCol + 2, "Weaknesses", st.header);
    writeText(sheet, kName, r, kDataCol + 3, "Mixed", st.header);
    for (const auto& row : m.rows) {
        ++r;
        writeText(sheet, kName, r, kDataCol, row.label, st.plain);
        writeNumber(sheet, kName, r, kDataCol + 1, static_cast<double>(row.total.strengths),
                    st.number);
        writeNumber(sheet, kName, r, kDataCol + 2, static_cast<double>(row.total.weaknesses),
                    st.number);
        writeNumber(sheet, kName, r, kDataCol + 3, static_cast<double>(row.total.mixed),
                    st.number);
    }
    const lxw_row_t lastTheme = r;
    r += 2;
    const lxw_row_t visitHeader = r;
    writeText(sheet, kName, r, kDataCol, "Visit", st.header);
    writeText(sheet, kName, r, kDataCol + 1, "Share of weaknesses", st.header);
    for (const auto& c : m.columns) {
        ++r;
        std::string name = c.heading;
        if (!c.when.empty()) name += " (" + c.when + ")";
        if (m.multipleAuthorities && !c.authority.empty()) name = c.authority + ": " + name;
        writeText(sheet, kName, r, kDataCol, name, st.plain);
        writeNumber(sheet, kName, r, kDataCol + 1, c.total.weaknessShare(), st.percent);
    }
    const lxw_row_t lastVisit = r;

    lxw_chart_font titleFont = font(12, true), axisFont = font(9, false);

    // Stacked bars, first theme at the top.
    lxw_chart* bars = addChart(context.workbook, LXW_CHART_BAR_STACKED);
    chart_title_set_name(bars, "Strengths, weaknesses and mixed findings by theme");
    chart_title_set_name_font(bars, &titleFont);
    const char* names[] = {"Strengths", "Weaknesses", "Mixed"};
    const lxw_color_t colours[] = {palette::kStrength, palette::kWeakness, palette::kMixed};
    for (int i = 0; i < 3; ++i) {
        lxw_chart_series* s = chart_add_series(bars, nullptr, nullptr);
        chart_series_set_categories(s, kName, themeHeader + 1, kDataCol, lastTheme, kDataCol);
        chart_series_set_values(s, kName, themeHeader + 1, kDataCol + 1 + i, lastTheme,
                                kDataCol + 1 + i);
        chart_series_set_name(s, names[i]);
        colourSeries(s, colours[i]);
    }
    // In a bar chart libxlsxwriter's x axis is the value axis and the y axis holds the
    // categories; reversing the categories puts the first (largest) theme at the top.
    chart_axis_set_reverse(bars->y_axis);
    chart_axis_set_crossing_max(bars->y_axis);  // keeps the value axis at the bottom
    chart_axis_set_num_font(bars->x_axis, &axisFont);
    chart_axis_set_num_font(bars->y_axis, &axisFont);
    chart_axis_set_name(bars->x_axis, "Findings");
    chart_set_series_gap(bars, 60);
    chart_legend_set_position(bars, LXW_CHART_LEGEND_BOTTOM);
    const int barHeight = std::clamp(90 + 26 * static_cast<int>(m.rows.size()), 320, 1400);
    lxw_chart_options barPlace{};
    barPlace.x_scale =
        static_cast<double>(kChartWidth) / 480.0;  // libxlsxwriter's default 480 x 288
    barPlace.y_scale = barHeight / 288.0;
    checkLxw(worksheet_insert_chart_opt(sheet, kFirstChartRow, 0, bars, &barPlace),
             "inserting the theme chart into the Charts sheet");

    // Share of weaknesses per visit.
    lxw_chart* line = addChart(context.workbook, LXW_CHART_LINE);
    chart_title_set_name(line, "Share of weaknesses at each visit");
    chart_title_set_name_font(line, &titleFont);
    lxw_chart_series* s = chart_add_series(line, nullptr, nullptr);
    chart_series_set_categories(s, kName, visitHeader + 1, kDataCol, lastVisit, kDataCol);
    chart_series_set_values(s, kName, visitHeader + 1, kDataCol + 1, lastVisit, kDataCol + 1);
    chart_series_set_name(s, "Share of weaknesses");
    colourSeries(s, palette::kWeakness);
    chart_series_set_marker_type(s, LXW_CHART_MARKER_CIRCLE);
    chart_series_set_marker_size(s, 7);
    lxw_chart_fill markerFill{};
    markerFill.color = palette::kWeakness;
    chart_series_set_marker_fill(s, &markerFill);
    chart_series_set_labels(s);
    chart_series_set_labels_num_format(s, "0%");
    chart_series_set_labels_position(s, LXW_CHART_LABEL_POSITION_ABOVE);
    chart_axis_set_min(line->y_axis, 0);
    chart_axis_set_max(line->y_axis, 1);
    chart_axis_set_num_format(line->y_axis, "0%");
    chart_axis_set_num_font(line->y_axis, &axisFont);
    chart_axis_set_num_font(line->x_axis, &axisFont);
    chart_legend_set_position(line, LXW_CHART_LEGEND_NONE);
    lxw_chart_options linePlace{};
    linePlace.x_scale = static_cast<double>(kChartWidth) / 480.0;
    linePlace.y_scale = 340.0 / 288.0;
    const lxw_row_t lineRow =
        kFirstChartRow + static_cast<lxw_row_t>(std::ceil(barHeight / double(kRowPixels))) + 2;
    checkLxw(worksheet_insert_chart_opt(sheet, lineRow, 0, line, &linePlace),
             "inserting the visit chart into the Charts sheet");
    applyPrintSetup(sheet, context, kName, 0, -1);
}

}  // namespace findings::excel
