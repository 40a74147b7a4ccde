// The line model every format reader produces and the parser consumes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace findings::docparse {

/// One line of a document as a format reader delivered it.
struct Line {
    std::string text;        ///< UTF-8, without the line terminator; spacing kept as read
    int page = 0;            ///< 1-based page (PDF), 0 when the format has no pages
    int number = 0;          ///< 1-based line number in the reader's decoded text
    std::size_t offset = 0;  ///< byte offset of the line's first byte in the decoded text
};

/// Lines of a document, in reading order.
using Lines = std::vector<Line>;

/// Splits decoded UTF-8 text into lines on LF, CRLF or CR, numbering them from 1 and
/// recording each line's byte offset; every line gets page `page`. A form feed starts a
/// new page when `page` is non-zero.
Lines splitLines(std::string_view text, int page = 0);

}  // namespace findings::docparse
