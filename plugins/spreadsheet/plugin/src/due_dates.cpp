#include "due_dates.hpp"

#include <findings/civil_date.hpp>
#include <findings/sheetread/excel_dates.hpp>

#include <cctype>
#include <cstdio>
#include <vector>

namespace spreadsheet {

namespace {

using findings::sheetread::CellType;

/// Serials of 1982-01-01 and 2119-12-31: a number in a due column outside these is a count,
/// a percentage or a reference, not a date.
constexpr double kFirstPlausibleSerial = 29952;
constexpr double kLastPlausibleSerial = 80355;

std::string iso(int year, int month, int day) { return findings::civil::toIso({year, month, day}); }

/// A real day (or month, day 0) from 1900 on, by the project's one calendar.
bool validDate(int year, int month, int day) {
    return year >= 1900 && findings::civil::isValid({year, month, day}, true);
}

/// Two-digit years are this century's: councils plan years ahead, not back to 1925.
int fullYear(int year, size_t digits) { return digits == 2 ? 2000 + year : year; }

/// The month a word names ("Mar", "March", "Sept"), 1-12, or 0.
int monthNamed(std::string word) {
    for (char& c : word) c = char(std::tolower(static_cast<unsigned char>(c)));
    if (word.size() > 3 && word.back() == '.') word.pop_back();
    static const char* const kNames[12] = {"january", "february", "march",     "april",
                                           "may",     "june",     "july",      "august",
                                           "september", "october", "november", "december"};
    for (int m = 0; m < 12; ++m) {
        const std::string name = kNames[m];
        if (word == name || (word.size() >= 3 && name.compare(0, word.size(), word) == 0)) return m + 1;
    }
    if (word == "sept") return 9;
    return 0;
}

/// Splits into tokens of digits and of letters; other characters separate.
struct Token {
    std::string text;
    bool digits;
};
std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> out;
    for (size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (std::isdigit(c)) {
            size_t j = i;
            while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
            out.push_back({std::string(text.substr(i, j - i)), true});
            i = j;
        } else if (std::isalpha(c)) {
            size_t j = i;
            while (j < text.size() && std::isalpha(static_cast<unsigned char>(text[j]))) ++j;
            out.push_back({std::string(text.substr(i, j - i)), false});
            i = j;
        } else {
            ++i;
        }
    }
    return out;
}

bool isOrdinalSuffix(const std::string& word) {
    return word == "st" || word == "nd" || word == "rd" || word == "th";
}

/// Text that is only separators between tokens: "/", "-", ".", " ", ",".
bool onlyDateSeparators(std::string_view text) {
    for (char c : text)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '-' || c == '.' ||
              c == ' ' || c == ',' || c == '\t'))
            return false;
    return true;
}

std::string_view trim(std::string_view s) {
    const size_t a = s.find_first_not_of(" \t\r\n");
    if (a == std::string_view::npos) return {};
    const size_t b = s.find_last_not_of(" \t\r\n");
    return s.substr(a, b - a + 1);
}

}  // namespace

std::optional<std::string> isoFromSerial(double serial) {
    if (serial < kFirstPlausibleSerial || serial > kLastPlausibleSerial) return std::nullopt;
    auto text = findings::sheetread::serialToIso(serial, findings::sheetread::DateSystem::Excel1900);
    if (!text || text->size() < 10) return std::nullopt;
    return text->substr(0, 10);
}

std::optional<std::string> dueDateFromText(std::string_view raw) {
    const std::string_view text = trim(raw);
    if (text.empty() || text.size() > 40 || !onlyDateSeparators(text)) return std::nullopt;
    std::vector<Token> t = tokenize(text);
    // Drop ordinal suffixes ("31st") so the patterns below see day, month, year.
    std::vector<Token> tokens;
    for (size_t i = 0; i < t.size(); ++i) {
        if (!t[i].digits && isOrdinalSuffix(t[i].text) && i > 0 && t[i - 1].digits) continue;
        tokens.push_back(t[i]);
    }
    for (const Token& tok : tokens)
        if (tok.digits && tok.text.size() > (tokens.size() == 1 ? 6u : 4u)) return std::nullopt;
    auto num = [](const Token& tok) { return std::stoi(tok.text); };
    if (tokens.size() == 1 && tokens[0].digits && tokens[0].text.size() <= 6) {
        // A whole number typed as text in a due column: an Excel serial pasted as a value.
        return isoFromSerial(double(num(tokens[0])));
    }
    if (tokens.size() == 3 && tokens[0].digits && tokens[1].digits && tokens[2].digits) {
        const Token &a = tokens[0], &b = tokens[1], &c = tokens[2];
        if (a.text.size() == 4) {  // 2025-03-31, 2025/03/31
            const int y = num(a), m = num(b), d = num(c);
            if (validDate(y, m, d) && d > 0) return iso(y, m, d);
            return std::nullopt;
        }
        if (a.text.size() <= 2 && b.text.size() <= 2 && (c.text.size() == 4 || c.text.size() == 2)) {
            // UK day-first: 31/03/2025, 31.3.25
            const int y = fullYear(num(c), c.text.size()), m = num(b), d = num(a);
            if (validDate(y, m, d) && d > 0) return iso(y, m, d);
        }
        return std::nullopt;
    }
    if (tokens.size() == 2 && tokens[0].digits && tokens[1].digits && tokens[0].text.size() == 4 &&
        tokens[1].text.size() <= 2) {  // 2025-03
        const int y = num(tokens[0]), m = num(tokens[1]);
        if (validDate(y, m, 0)) return iso(y, m, 0);
        return std::nullopt;
    }
    if (tokens.size() == 3 && tokens[0].digits && !tokens[1].digits && tokens[2].digits) {
        // 31 March 2025, 31-Mar-25
        const int m = monthNamed(tokens[1].text);
        const int y = fullYear(num(tokens[2]), tokens[2].text.size());
        const int d = num(tokens[0]);
        if (m && (tokens[2].text.size() == 4 || tokens[2].text.size() == 2) && validDate(y, m, d) && d > 0)
            return iso(y, m, d);
        return std::nullopt;
    }
    if (tokens.size() == 3 && !tokens[0].digits && tokens[1].digits && tokens[2].digits) {
        // March 31, 2025 (US order, written out so it is unambiguous)
        const int m = monthNamed(tokens[0].text);
        const int y = num(tokens[2]), d = num(tokens[1]);
        if (m && tokens[2].text.size() == 4 && validDate(y, m, d) && d > 0) return iso(y, m, d);
        return std::nullopt;
    }
    if (tokens.size() == 2 && !tokens[0].digits && tokens[1].digits) {
        // March 2025, Mar-25
        const int m = monthNamed(tokens[0].text);
        const size_t digits = tokens[1].text.size();
        if (m && (digits == 4 || digits == 2)) {
            const int y = fullYear(num(tokens[1]), digits);
            if (validDate(y, m, 0)) return iso(y, m, 0);
        }
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<std::string> dueDateFromCell(const findings::sheetread::Cell& cell) {
    switch (cell.type) {
    case CellType::Date: {
        // "2025-03-31" or "2025-03-31T14:30:00"; a pure time ("14:30:00") is no due date.
        if (cell.text.size() >= 10 && cell.text[4] == '-') return std::string(cell.text.substr(0, 10));
        return std::nullopt;
    }
    case CellType::Number: return isoFromSerial(cell.number);
    case CellType::String: return dueDateFromText(cell.text);
    default: return std::nullopt;
    }
}

}  // namespace spreadsheet
