#include "csv_writer.hpp"

namespace findings::csvout {

void appendField(std::string& row, std::string_view field, char delimiter) {
    bool quote = !field.empty() && (field.front() == ' ' || field.back() == ' ');
    for (char c : field)
        if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    if (!quote) {
        row.append(field);
        return;
    }
    row.push_back('"');
    for (char c : field) {
        if (c == '"') row.push_back('"');
        row.push_back(c);
    }
    row.push_back('"');
}

bool looksLikeFormula(std::string_view field) {
    if (field.empty()) return false;
    const char c = field.front();
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

std::string neutraliseFormula(std::string_view field) {
    std::string out;
    if (looksLikeFormula(field)) out.push_back('\'');
    out.append(field);
    return out;
}

std::string makeRow(const std::vector<std::string>& fields, char delimiter,
                    bool neutraliseFormulas) {
    std::string row;
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i) row.push_back(delimiter);
        if (neutraliseFormulas && looksLikeFormula(fields[i]))
            appendField(row, neutraliseFormula(fields[i]), delimiter);
        else
            appendField(row, fields[i], delimiter);
    }
    row += "\r\n";
    return row;
}

}  // namespace findings::csvout
