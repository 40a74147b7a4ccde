// Text and tables flowing down A4 pages: a cursor that starts a new page when the next
// block does not fit, tables whose header row is repeated on every page they continue on,
// and a footer with the title and "Page n of N". It refuses to start a page past its
// limit (PageLimitReached), so the layout can drop detail and try again.
#pragma once

#include "pdf_canvas.hpp"

#include <exception>
#include <string>
#include <vector>

namespace findings::board {

/// Thrown when the content needs more pages than the flow allows.
struct PageLimitReached : std::exception {
    const char* what() const noexcept override { return "the summary does not fit its pages"; }
};

/// One cell of a table.
struct Cell {
    std::string text;
    Colour fill = rgb(0xFFFFFF);
    TextStyle style;
};

/// A table: column widths as shares of the text width, a header row, and rows.
struct Table {
    std::vector<double> widths;  ///< shares, summing to 1
    std::vector<Cell> header;
    std::vector<std::vector<Cell>> rows;
};

class PageFlow {
public:
    /// Margins in points.
    static constexpr double kMargin = 42;
    static constexpr double kTop = 40;
    static constexpr double kFooter = 34;

    /// `footer` is printed at the foot of every page; `totalPages` is N in "Page n of N"
    /// (0: unknown, "Page n" only); at most `maxPages` pages are started.
    PageFlow(PdfCanvas& canvas, std::string footer, int maxPages, int totalPages);

    double left() const { return kMargin; }
    double width() const { return kPageWidth - 2 * kMargin; }
    double y() const { return y_; }
    int pages() const { return page_; }

    /// Starts a new page when `height` does not fit below the cursor.
    void need(double height);
    /// Ends this page and starts the next; throws PageLimitReached past the limit.
    void newPage();
    /// Moves the cursor down.
    void skip(double height) { y_ += height; }

    /// A paragraph across the text width (or `width` from `x` when given).
    void paragraph(const std::string& text, const TextStyle& style, double after = 4);
    /// A heading kept on the same page as the `keep` points that follow it.
    void heading(const std::string& text, const TextStyle& style, double keep = 60, double after = 3);
    /// A table; a row never splits, and the header is repeated at the top of each new page.
    void table(const Table& t, double after = 6);
    /// Coloured swatches with labels on one line (a table's key).
    void key(const std::vector<std::pair<Colour, std::string>>& entries, const TextStyle& style,
             double after = 6);

    /// Draws the last page's footer; call once at the end.
    void finish();

    PdfCanvas& canvas() { return canvas_; }

private:
    double rowHeight(const Table& t, const std::vector<Cell>& row);
    void drawRow(const Table& t, const std::vector<Cell>& row, double height);
    void footer();

    PdfCanvas& canvas_;
    std::string footer_;
    int maxPages_;
    int totalPages_;
    int page_ = 1;
    double y_ = kTop;
};

}  // namespace findings::board
