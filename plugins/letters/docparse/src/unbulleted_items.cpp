// Unbulleted improvement items: one item per sentence that starts a row.
#include "unbulleted_items.hpp"

#include "findings/docparse/scanners.hpp"
#include "text_util.hpp"

namespace findings::docparse::detail {

namespace {

bool endsItem(const std::string& row) { return endsWithClosingPunctuation(row) && row.back() != ':'; }

}  // namespace

std::vector<Block> itemsOfUnbulletedList(const Context& ctx, const Block& b) {
    if (b.rows.size() < 2) return {b};
    std::vector<Block> items;
    for (std::size_t r : b.rows) {
        const std::string& t = ctx.rows[r].text;
        const bool previousEnded = !items.empty() && endsItem(ctx.rows[items.back().rows.back()].text);
        // A row after a finished sentence opens the next item, and must open it in upper
        // case; any other row is the item above wrapping onto it.
        if (items.empty() || (previousEnded && !startsLower(t))) {
            if (!startsUpper(t)) return {b};
            items.emplace_back();
        }
        items.back().rows.push_back(r);
    }
    if (items.size() < 2 || !endsItem(ctx.rows[items.back().rows.back()].text)) return {b};
    // One row per item is a list whatever the rows hold. Once items wrap, each must be one
    // sentence: a sentence ending inside a row means prose, not a list.
    const bool wrapped = items.size() < b.rows.size();
    for (Block& item : items) {
        reflowBlock(ctx.rows, item);
        if (wrapped && firstSentence(item.text).size() != trim(item.text).size()) return {b};
    }
    return items;
}

}  // namespace findings::docparse::detail
