// The exporter's work: read the records through the SDK's View, build the content, draw it.
#pragma once

#include "board_options.hpp"

#include <findings/sdk.hpp>

namespace findings::board {

/// Writes the board summary of `call.view` to `call.output`; throws Error on failure.
void exportBoard(ExportCall& call, const BoardOptions& options);

}  // namespace findings::board
