#include "board_options.hpp"

#include <cctype>
#include <ctime>

namespace findings::board {

std::vector<OptionSpec> boardOptionSpecs() {
    return {OptionSpec::string("title", "", "Title printed at the top of every page (default: "
                                            "\"Improvement board summary\")."),
            OptionSpec::string("today", "",
                               "The date actions are judged overdue against, YYYY-MM-DD "
                               "(default: today)."),
            OptionSpec::boolean("include_proposed", false,
                                "Also show follow-up links the linker is unsure of, marked "
                                "\"(proposed)\".")};
}

bool isIsoDate(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    const int year = std::stoi(text.substr(0, 4));
    const int month = std::stoi(text.substr(5, 2));
    const int day = std::stoi(text.substr(8, 2));
    if (month < 1 || month > 12 || day < 1) return false;
    static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day > kDays[month - 1]) return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return !(month == 2 && day == 29 && !leap);
}

std::string todayFromClock() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &local);
    return text;
}

BoardOptions parseBoardOptions(const Options& options) {
    BoardOptions o;
    o.title = options.get("title");
    if (o.title.empty()) o.title = kDefaultTitle;
    o.today = options.get("today");
    if (o.today.empty())
        o.today = todayFromClock();
    else if (!isIsoDate(o.today))
        throw Error(FND_ERR_BAD_OPTION,
                    "option today wants a date written YYYY-MM-DD, not '" + o.today + "'");
    o.includeProposed = options.getBool("include_proposed", false);
    return o;
}

}  // namespace findings::board
