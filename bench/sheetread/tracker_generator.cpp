#include "tracker_generator.hpp"

#include <xlsxwriter.h>

#include <cstdio>
#include <stdexcept>
#include <string>

namespace sheetread_bench {

namespace {

const char* const kHeaders[11] = {"Ref", "Area for improvement", "Theme", "Lead officer", "Target date", "RAG",
                                  "Status", "Progress update", "Evidence", "% complete", "Last updated"};
const char* const kThemes[] = {"Leadership", "Assessment", "Care planning", "Workforce", "Participation",
                               "Quality assurance", "Partnerships", "Placements"};
const char* const kOfficers[] = {"Jane Smith", "Ali Khan", "Sam O'Neil", "Priya Patel", "Tom Jones",
                                 "Chloé Martin", "Grace Obi", "Rhys Evans"};
const char* const kRag[] = {"Red", "Amber", "Green"};
const char* const kStatus[] = {"Not started", "On track", "Off track", "Completed"};

/// Deterministic per-row values, shared by both writers.
struct RowValues {
    std::string ref, area, progress, evidence;
    const char *theme, *officer, *rag, *status;
    int ragIndex;
    double percent;
    int dueDay, updatedDay;  ///< days after 2024-01-01
};

RowValues rowValues(uint32_t i) {
    RowValues v;
    v.ref = std::to_string(i / 100 + 1) + "." + std::to_string(i % 100 + 1);
    v.area = "Improve the timeliness of assessments in area " + std::to_string(i % 97) + " – “step " +
             std::to_string(i) + "”";
    v.progress = "Update " + std::to_string(i) + ": audit of " + std::to_string(i % 40 + 5) +
                 " cases completed; £" + std::to_string(i % 900 + 100) + "k committed & reviewed by the board";
    v.evidence = "Audit report " + std::to_string(i % 500) + ".pdf";
    v.theme = kThemes[i % 8];
    v.officer = kOfficers[(i / 3) % 8];
    v.ragIndex = int(i % 3);
    v.rag = kRag[v.ragIndex];
    v.status = kStatus[i % 4];
    v.percent = double(i % 101) / 100.0;
    v.dueDay = int(i % 700);
    v.updatedDay = int(i % 300);
    return v;
}

lxw_datetime dayToDatetime(int day) {
    // 2024-01-01 plus `day` days, without a calendar library: walk months.
    static const int kMonthDays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int year = 2024, month = 0;
    while (true) {
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        const int len = month == 1 ? (leap ? 29 : 28) : kMonthDays[month];
        if (day < len) break;
        day -= len;
        if (++month == 12) {
            month = 0;
            ++year;
        }
    }
    return lxw_datetime{year, month + 1, day + 1, 0, 0, 0};
}

}  // namespace

void writeTrackerXlsx(const std::string& path, uint32_t rows, const std::string& tmpDir) {
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = const_cast<char*>(tmpDir.c_str());
    lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
    if (!wb) throw std::runtime_error("cannot create " + path);
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Tracker");
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format* rag[3];
    const lxw_color_t ragColours[3] = {0xFF0000, 0xFFC000, 0x00B050};
    for (int k = 0; k < 3; ++k) {
        rag[k] = workbook_add_format(wb);
        format_set_bg_color(rag[k], ragColours[k]);
    }
    worksheet_write_string(ws, 0, 0, "Children's Services Improvement Plan tracker", bold);
    for (lxw_col_t c = 0; c < 11; ++c) worksheet_write_string(ws, 1, c, kHeaders[c], bold);
    for (uint32_t i = 0; i < rows; ++i) {
        const RowValues v = rowValues(i);
        const lxw_row_t r = i + 2;
        worksheet_write_string(ws, r, 0, v.ref.c_str(), nullptr);
        worksheet_write_string(ws, r, 1, v.area.c_str(), nullptr);
        worksheet_write_string(ws, r, 2, v.theme, nullptr);
        worksheet_write_string(ws, r, 3, v.officer, nullptr);
        lxw_datetime due = dayToDatetime(v.dueDay), updated = dayToDatetime(v.updatedDay);
        worksheet_write_datetime(ws, r, 4, &due, date);
        worksheet_write_string(ws, r, 5, v.rag, rag[v.ragIndex]);
        worksheet_write_string(ws, r, 6, v.status, nullptr);
        worksheet_write_string(ws, r, 7, v.progress.c_str(), nullptr);
        worksheet_write_string(ws, r, 8, v.evidence.c_str(), nullptr);
        worksheet_write_number(ws, r, 9, v.percent, nullptr);
        worksheet_write_datetime(ws, r, 10, &updated, date);
    }
    if (workbook_close(wb) != LXW_NO_ERROR) throw std::runtime_error("cannot write " + path);
}

void writeTrackerCsv(const std::string& path, uint32_t rows) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) throw std::runtime_error("cannot create " + path);
    auto quoted = [](const std::string& s) {
        std::string out = "\"";
        for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
        return out + "\"";
    };
    std::fputs("Children's Services Improvement Plan tracker\r\n", f);
    for (int c = 0; c < 11; ++c) std::fprintf(f, "%s%s", c ? "," : "", kHeaders[c]);
    std::fputs("\r\n", f);
    for (uint32_t i = 0; i < rows; ++i) {
        const RowValues v = rowValues(i);
        const lxw_datetime due = dayToDatetime(v.dueDay), updated = dayToDatetime(v.updatedDay);
        std::fprintf(f, "%s,%s,%s,%s,%02d/%02d/%04d,%s,%s,%s,%s,%.2f,%02d/%02d/%04d\r\n", v.ref.c_str(),
                     quoted(v.area).c_str(), v.theme, quoted(v.officer).c_str(), due.day, due.month, due.year, v.rag,
                     v.status, quoted(v.progress).c_str(), v.evidence.c_str(), v.percent, updated.day,
                     updated.month, updated.year);
    }
    if (std::fclose(f) != 0) throw std::runtime_error("cannot write " + path);
}

}  // namespace sheetread_bench
