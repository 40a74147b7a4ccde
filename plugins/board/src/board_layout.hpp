// Lays the board summary's content out on 2 to 4 A4 pages. Long lists are capped with
// "and N more"; when the content still needs more than four pages the caps tighten (fewer
// rows, shorter point texts, fewer visit columns, then fewer councils) until it fits.
#pragma once

#include "board_content.hpp"
#include "pdf_canvas.hpp"

#include <cstddef>

namespace findings::board {

/// The most pages a summary may take.
inline constexpr int kMaxPages = 4;

/// How much of each list is printed.
struct Caps {
    std::size_t points = 15;        ///< rows of the follow-up table
    std::size_t columns = 5;        ///< later visits shown (the latest ones)
    std::size_t pointText = 200;    ///< bytes of a point's words
    std::size_t actions = 20;       ///< open actions listed
    std::size_t themes = 6;         ///< themes listed per direction
    std::size_t councils = static_cast<std::size_t>(-1);
};

/// What a render produced.
struct RenderResult {
    int pages = 0;
    Caps caps;  ///< the caps it settled on
};

/// Draws `content` as a PDF into `sink`, within kMaxPages pages. Throws std::runtime_error
/// when cairo or the sink fails.
RenderResult renderBoard(const BoardContent& content, const PdfCanvas::Sink& sink);

}  // namespace findings::board
