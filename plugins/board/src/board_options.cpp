#include "board_options.hpp"

#include <findings/civil_date.hpp>
#include <findings/sdk/followup.hpp>

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

BoardOptions parseBoardOptions(const Options& options) {
    BoardOptions o;
    o.title = options.get("title");
    if (o.title.empty()) o.title = kDefaultTitle;
    o.today = options.get("today");
    if (o.today.empty())
        o.today = followup::todayIso();
    else if (!civil::parseIso(o.today))
        throw Error(FND_ERR_BAD_OPTION,
                    "option today wants a date written YYYY-MM-DD, not '" + o.today + "'");
    o.includeProposed = options.getBool("include_proposed", false);
    return o;
}

}  // namespace findings::board
