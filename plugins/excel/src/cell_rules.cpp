#include "cell_rules.hpp"

#include "xlsx_error.hpp"

#include <findings/excel/roundtrip/cell_values.hpp>

namespace findings::excel {

void addListValidation(lxw_worksheet* sheet, const char* sheetName, lxw_row_t firstRow,
                       lxw_row_t lastRow, lxw_col_t col, const std::vector<std::string>& choices,
                       const char* title, const char* prompt) {
    std::vector<char*> list;
    for (const auto& c : choices) list.push_back(const_cast<char*>(c.c_str()));
    list.push_back(nullptr);
    lxw_data_validation v{};
    v.validate = LXW_VALIDATION_TYPE_LIST;
    v.value_list = list.data();
    v.ignore_blank = LXW_VALIDATION_ON;
    v.show_input = LXW_VALIDATION_ON;
    v.show_error = LXW_VALIDATION_ON;
    v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    v.input_title = const_cast<char*>(title);
    v.input_message = const_cast<char*>(prompt);
    v.error_title = const_cast<char*>(title);
    v.error_message = const_cast<char*>(prompt);
    checkLxw(worksheet_data_validation_range(sheet, firstRow, col, lastRow, col, &v),
             std::string("adding the ") + title + " drop-down to the " + sheetName + " sheet");
}

void addDateValidation(lxw_worksheet* sheet, const char* sheetName, lxw_row_t firstRow,
                       lxw_row_t lastRow, lxw_col_t col) {
    lxw_data_validation v{};
    v.validate = LXW_VALIDATION_TYPE_DATE;
    v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    v.minimum_datetime = lxw_datetime{2000, 1, 1, 0, 0, 0};
    v.maximum_datetime = lxw_datetime{2100, 12, 31, 0, 0, 0};
    v.ignore_blank = LXW_VALIDATION_ON;
    v.show_input = LXW_VALIDATION_ON;
    v.show_error = LXW_VALIDATION_ON;
    v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    v.input_title = const_cast<char*>("Due date");
    v.input_message = const_cast<char*>("Enter a date, e.g. 31/03/2025.");
    v.error_title = const_cast<char*>("Due date");
    v.error_message = const_cast<char*>("Enter a date between 2000 and 2100, e.g. 31/03/2025.");
    checkLxw(worksheet_data_validation_range(sheet, firstRow, col, lastRow, col, &v),
             std::string("adding the due-date check to the ") + sheetName + " sheet");
}

void addStatusRules(lxw_worksheet* sheet, const char* sheetName, const Styles& styles,
                    lxw_row_t firstRow, lxw_row_t lastRow, lxw_col_t col) {
    addListValidation(sheet, sheetName, firstRow, lastRow, col, statusChoices(), "Status",
                      "Choose Red, Amber, Green, Complete or Not started.");
    const auto& choices = statusChoices();
    for (std::size_t i = 0; i < choices.size() && i < styles.statusFill.size(); ++i) {
        const std::string quoted = "\"" + choices[i] + "\"";
        lxw_conditional_format rule{};
        rule.type = LXW_CONDITIONAL_TYPE_CELL;
        rule.criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO;
        rule.value_string = const_cast<char*>(quoted.c_str());
        rule.format = styles.statusFill[i];
        checkLxw(worksheet_conditional_format_range(sheet, firstRow, col, lastRow, col, &rule),
                 std::string("adding the ") + choices[i] + " fill to the " + sheetName +
                     " sheet's Status column");
    }
}

}  // namespace findings::excel
