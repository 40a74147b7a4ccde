// The items of a list that lost its bullets, as text copied out of a PDF gives it (internal).
#pragma once

#include <vector>

#include "context.hpp"

namespace findings::docparse::detail {

/// Splits a plain block under an improvement heading into its items. An item starts in
/// upper case on a row of its own and ends with a full stop at a row's end; the rows it
/// wraps onto follow a row that ends mid-sentence (or start in lower case). Items that
/// wrap must each be one sentence. A block that does not read as two or more such items,
/// such as prose with a sentence ending inside a row, is returned whole, as one item.
std::vector<Block> itemsOfUnbulletedList(const Context& ctx, const Block& b);

}  // namespace findings::docparse::detail
