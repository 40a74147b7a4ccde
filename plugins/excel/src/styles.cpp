#include "styles.hpp"

#include <findings/sdk/followup_colours.hpp>

#include <algorithm>
#include <cmath>

namespace findings::excel {
namespace {

constexpr double kBodySize = 10;

lxw_color_t blend(lxw_color_t a, lxw_color_t b, double t) {
    auto channel = [&](int shift) {
        const double x = ((a >> shift) & 0xFF) * (1 - t) + ((b >> shift) & 0xFF) * t;
        return static_cast<lxw_color_t>(std::lround(x)) << shift;
    };
    return channel(16) | channel(8) | channel(0);
}

void bordered(lxw_format* f) {
    format_set_border(f, LXW_BORDER_THIN);
    format_set_border_color(f, palette::kGrid);
}

void body(lxw_format* f) {
    format_set_font_size(f, kBodySize);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    bordered(f);
}

void filled(lxw_format* f, lxw_color_t fill, lxw_color_t font) {
    format_set_bg_color(f, fill);
    format_set_font_color(f, font);
}

}  // namespace

lxw_color_t scaleColour(double share) {
    share = std::clamp(share, 0.0, 1.0);
    return share <= 0.5 ? blend(palette::kScaleLow, palette::kScaleMid, share * 2)
                        : blend(palette::kScaleMid, palette::kScaleHigh, (share - 0.5) * 2);
}

lxw_format* Styles::make() { return workbook_add_format(workbook_); }

Styles::Styles(lxw_workbook* workbook) : workbook_(workbook) {
    title = make();
    format_set_bold(title);
    format_set_font_size(title, 16);
    format_set_font_color(title, palette::kNavy);

    subtitle = make();
    format_set_italic(subtitle);
    format_set_font_size(subtitle, kBodySize);
    format_set_font_color(subtitle, palette::kNote);

    note = make();
    format_set_italic(note);
    format_set_font_size(note, kBodySize);
    format_set_font_color(note, palette::kNote);
    format_set_text_wrap(note);
    format_set_align(note, LXW_ALIGN_VERTICAL_TOP);

    legend = make();
    format_set_font_size(legend, 9);
    format_set_font_color(legend, palette::kNote);
    format_set_align(legend, LXW_ALIGN_VERTICAL_CENTER);

    header = make();
    format_set_bold(header);
    format_set_font_size(header, kBodySize);
    filled(header, palette::kNavy, palette::kWhite);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_border_color(header, palette::kWhite);

    technicalHeader = make();
    format_set_bold(technicalHeader);
    format_set_font_size(technicalHeader, kBodySize);
    filled(technicalHeader, 0x7F7F7F, palette::kWhite);
    format_set_text_wrap(technicalHeader);
    format_set_align(technicalHeader, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(technicalHeader, LXW_BORDER_THIN);
    format_set_border_color(technicalHeader, palette::kWhite);

    text = make();
    body(text);
    format_set_text_wrap(text);

    plain = make();
    body(plain);

    textCentred = make();
    body(textCentred);
    format_set_text_wrap(textCentred);
    format_set_align(textCentred, LXW_ALIGN_CENTER);

    number = make();
    body(number);
    format_set_align(number, LXW_ALIGN_CENTER);

    date = make();
    body(date);
    format_set_num_format(date, "d mmm yyyy");
    format_set_align(date, LXW_ALIGN_CENTER);

    month = make();
    body(month);
    format_set_num_format(month, "mmm yyyy");
    format_set_align(month, LXW_ALIGN_CENTER);

    const struct {
        lxw_format** target;
        lxw_color_t fill, font;
    } polarities[] = {{&strength, 0xD9EAD3, 0x274E13},
                      {&weakness, 0xF4CCCC, 0x660000},
                      {&mixed, 0xFCE5CD, 0x783F04},
                      {&neutral, 0xEFEFEF, 0x434343}};
    for (const auto& p : polarities) {
        *p.target = make();
        body(*p.target);
        format_set_bold(*p.target);
        format_set_align(*p.target, LXW_ALIGN_CENTER);
        format_set_text_wrap(*p.target);  // "Area for improvement" on the Actions sheet
        filled(*p.target, p.fill, p.font);
    }

    unlockedText = make();
    body(unlockedText);
    format_set_text_wrap(unlockedText);
    format_set_unlocked(unlockedText);
    unlockedCentred = make();
    body(unlockedCentred);
    format_set_align(unlockedCentred, LXW_ALIGN_CENTER);
    format_set_unlocked(unlockedCentred);
    unlockedDate = make();
    body(unlockedDate);
    format_set_num_format(unlockedDate, "d mmm yyyy");
    format_set_align(unlockedDate, LXW_ALIGN_CENTER);
    format_set_unlocked(unlockedDate);
    unlockedMonth = make();
    body(unlockedMonth);
    format_set_num_format(unlockedMonth, "mmm yyyy");
    format_set_align(unlockedMonth, LXW_ALIGN_CENTER);
    format_set_unlocked(unlockedMonth);

    // Red, Amber, Green, Complete, Not started: the order of statusChoices().
    const lxw_color_t statusColours[kStatusCount][2] = {{0xE06666, 0xFFFFFF},
                                                        {0xFFD966, 0x3D2B00},
                                                        {0x93C47D, 0x0B3D0B},
                                                        {0x9FC5E8, 0x073763},
                                                        {0xD9D9D9, 0x434343}};
    for (int i = 0; i < kStatusCount; ++i) {
        statusFill[i] = make();
        filled(statusFill[i], statusColours[i][0], statusColours[i][1]);
        format_set_bold(statusFill[i]);
    }

    themeLabel = make();
    body(themeLabel);
    format_set_text_wrap(themeLabel);
    format_set_align(themeLabel, LXW_ALIGN_VERTICAL_CENTER);

    matrixHeader = make();
    format_set_bold(matrixHeader);
    format_set_font_size(matrixHeader, kBodySize);
    filled(matrixHeader, palette::kNavy, palette::kWhite);
    format_set_text_wrap(matrixHeader);
    format_set_align(matrixHeader, LXW_ALIGN_CENTER);
    format_set_align(matrixHeader, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(matrixHeader, LXW_BORDER_THIN);
    format_set_border_color(matrixHeader, palette::kWhite);

    authority = make();
    format_set_bold(authority);
    format_set_font_size(authority, kBodySize);
    format_set_font_color(authority, palette::kNavy);
    format_set_align(authority, LXW_ALIGN_CENTER_ACROSS);
    format_set_bottom(authority, LXW_BORDER_MEDIUM);
    format_set_bottom_color(authority, palette::kNavy);

    totalLabel = make();
    body(totalLabel);
    format_set_bold(totalLabel);
    format_set_bg_color(totalLabel, palette::kBand);
    format_set_align(totalLabel, LXW_ALIGN_VERTICAL_CENTER);

    emptyCell = make();
    body(emptyCell);
    format_set_align(emptyCell, LXW_ALIGN_CENTER);
    format_set_align(emptyCell, LXW_ALIGN_VERTICAL_CENTER);
    format_set_font_color(emptyCell, palette::kNote);

    percent = make();
    body(percent);
    format_set_num_format(percent, "0%");
    format_set_align(percent, LXW_ALIGN_CENTER);
    format_set_align(percent, LXW_ALIGN_VERTICAL_CENTER);

    percentTotal = make();
    body(percentTotal);
    format_set_num_format(percentTotal, "0%");
    format_set_bold(percentTotal);
    format_set_align(percentTotal, LXW_ALIGN_CENTER);
    format_set_align(percentTotal, LXW_ALIGN_VERTICAL_CENTER);

    const struct {
        lxw_format** target;
        lxw_color_t font;
    } trends[] = {{&improving, 0x274E13}, {&worsening, 0x990000}, {&steady, palette::kNote}};
    for (const auto& t : trends) {
        *t.target = make();
        body(*t.target);
        format_set_bold(*t.target);
        format_set_font_color(*t.target, t.font);
        format_set_align(*t.target, LXW_ALIGN_CENTER);
        format_set_align(*t.target, LXW_ALIGN_VERTICAL_CENTER);
    }

    blockTitle = make();
    format_set_bold(blockTitle);
    format_set_font_size(blockTitle, 12);
    format_set_font_color(blockTitle, palette::kNavy);
    format_set_align(blockTitle, LXW_ALIGN_VERTICAL_BOTTOM);

    uncovered = make();
    body(uncovered);
    format_set_bold(uncovered);
    format_set_text_wrap(uncovered);
    format_set_align(uncovered, LXW_ALIGN_CENTER);
    format_set_font_color(uncovered, 0x990000);

    // In followup::CellStance order: no evidence, improved, mixed, not improved, unclear.
    // The fills are the ones every view gives a stance (followup_colours.hpp); the fonts a
    // darker shade of each, for contrast.
    const lxw_color_t stanceFonts[5] = {palette::kNote, 0x274E13, 0x5C4300, 0x660000, 0x595959};
    for (std::size_t proposed = 0; proposed < 2; ++proposed)
        for (std::size_t i = 0; i < 5; ++i) {
            lxw_format* f = stances_[i + 5 * proposed] = make();
            body(f);
            format_set_text_wrap(f);
            format_set_align(f, LXW_ALIGN_CENTER);
            format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
            format_set_font_color(f, stanceFonts[i]);
            if (i != 0) format_set_bold(f);
            if (proposed == 0) {
                format_set_bg_color(f, followup::stanceFill(static_cast<followup::CellStance>(i)));
            } else {
                // A light diagonal over the stance's colour: still that colour, visibly unsure.
                format_set_pattern(f, LXW_PATTERN_LIGHT_UP);
                format_set_bg_color(f, followup::stanceFill(static_cast<followup::CellStance>(i)));
                format_set_fg_color(f, 0xA6A6A6);
                format_set_italic(f);
            }
        }
}

lxw_format* Styles::stance(followup::CellStance s, bool proposed) const {
    return stances_[static_cast<std::size_t>(s) + (proposed ? 5 : 0)];
}

lxw_format* Styles::polarity(std::string_view p) const {
    if (p == "strength") return strength;
    if (p == "weakness") return weakness;
    if (p == "mixed") return mixed;
    if (p == "neutral") return neutral;
    return textCentred;
}

lxw_format* Styles::matrixCell(double share, bool total) {
    const int step = static_cast<int>(std::lround(std::clamp(share, 0.0, 1.0) * (kScaleSteps - 1)));
    auto& slot = total ? totalCells_[step] : cells_[step];
    if (!slot) {
        slot = make();
        body(slot);
        format_set_align(slot, LXW_ALIGN_CENTER);
        format_set_align(slot, LXW_ALIGN_VERTICAL_CENTER);
        format_set_bg_color(slot, scaleColour(static_cast<double>(step) / (kScaleSteps - 1)));
        if (total) format_set_bold(slot);
    }
    return slot;
}

}  // namespace findings::excel
