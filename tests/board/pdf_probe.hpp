// Reading a PDF back with poppler's command-line tools, an implementation independent of the
// cairo that wrote it: page count and size (pdfinfo), the text in content order (pdftotext
// -raw) and how much of each page is ink (pdftoppm to greyscale).
#pragma once

#include <string>
#include <vector>

namespace boardtest {

struct PdfInfo {
    int pages = 0;
    std::string title;
    std::string pageSize;  ///< as pdfinfo prints it: "595.276 x 841.89 pts (A4)"
};

/// pdfinfo's facts; REQUIREs that it ran.
PdfInfo pdfInfo(const std::string& pdf);

/// The text in the order it was drawn, all whitespace removed, so text wrapped in a table
/// cell compares with the words it came from.
std::string squeezedText(const std::string& pdf);

/// Page `page`'s text (1-based), whitespace removed.
std::string squeezedPageText(const std::string& pdf, int page);

/// `text` with all whitespace removed.
std::string squeezed(const std::string& text);

/// For each page, the share of its pixels darker than mid-grey, rendered at 30 dpi.
std::vector<double> inkShares(const std::string& pdf, const std::string& workDir);

}  // namespace boardtest
