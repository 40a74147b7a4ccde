#include "page_flow.hpp"

#include <algorithm>

namespace findings::board {

namespace {

constexpr double kPadX = 3;
constexpr double kPadY = 2.5;
const Colour kRule = rgb(0xA6A6A6);

double bottom() { return kPageHeight - PageFlow::kFooter - 8; }

}  // namespace

PageFlow::PageFlow(PdfCanvas& canvas, std::string footer, int maxPages, int totalPages)
    : canvas_(canvas), footer_(std::move(footer)), maxPages_(maxPages), totalPages_(totalPages) {}

void PageFlow::need(double height) {
    if (y_ + height > bottom() && y_ > kTop) newPage();
}

void PageFlow::newPage() {
    if (page_ >= maxPages_) throw PageLimitReached();
    footer();
    canvas_.showPage();
    ++page_;
    y_ = kTop;
}

void PageFlow::paragraph(const std::string& text, const TextStyle& style, double after) {
    const double h = canvas_.textHeight(text, style, width());
    need(h);
    canvas_.drawText(left(), y_, width(), text, style);
    y_ += h + after;
}

void PageFlow::heading(const std::string& text, const TextStyle& style, double keep, double after) {
    const double h = canvas_.textHeight(text, style, width());
    need(h + after + keep);
    canvas_.drawText(left(), y_, width(), text, style);
    y_ += h + after;
}

double PageFlow::rowHeight(const Table& t, const std::vector<Cell>& row) {
    double h = 0;
    for (size_t c = 0; c < row.size() && c < t.widths.size(); ++c) {
        const double w = t.widths[c] * width() - 2 * kPadX;
        h = std::max(h, canvas_.textHeight(row[c].text, row[c].style, w));
    }
    return h + 2 * kPadY;
}

void PageFlow::drawRow(const Table& t, const std::vector<Cell>& row, double height) {
    double x = left();
    for (size_t c = 0; c < row.size() && c < t.widths.size(); ++c) {
        const double w = t.widths[c] * width();
        canvas_.fillRect(x, y_, w, height, row[c].fill);
        canvas_.strokeRect(x, y_, w, height, kRule, 0.4);
        canvas_.drawText(x + kPadX, y_ + kPadY, w - 2 * kPadX, row[c].text, row[c].style);
        x += w;
    }
    y_ += height;
}

void PageFlow::table(const Table& t, double after) {
    const double headerHeight = rowHeight(t, t.header);
    // Never leave a header alone at the foot of a page.
    need(headerHeight + (t.rows.empty() ? 0 : rowHeight(t, t.rows.front())));
    drawRow(t, t.header, headerHeight);
    for (const auto& row : t.rows) {
        const double h = rowHeight(t, row);
        if (y_ + h > bottom()) {
            newPage();
            drawRow(t, t.header, headerHeight);
        }
        drawRow(t, row, h);
    }
    y_ += after;
}

void PageFlow::key(const std::vector<std::pair<Colour, std::string>>& entries,
                   const TextStyle& style, double after) {
    const double h = canvas_.textHeight("Key", style, width());
    need(h);
    double x = left();
    for (const auto& [colour, label] : entries) {
        const double w = canvas_.textWidth(label, style);
        if (x + h + 3 + w > left() + width()) {
            x = left();
            y_ += h + 2;
        }
        canvas_.fillRect(x, y_ + 1, h - 2, h - 2, colour);
        canvas_.strokeRect(x, y_ + 1, h - 2, h - 2, kRule, 0.4);
        canvas_.drawText(x + h + 1, y_, w + 1, label, style);
        x += h + 3 + w + 10;
    }
    y_ += h + after;
}

void PageFlow::footer() {
    TextStyle style{"Sans 7", rgb(0x595959), Align::Left};
    const double y = kPageHeight - kFooter;
    canvas_.line(left(), y - 4, left() + width(), y - 4, kRule, 0.4);
    canvas_.drawText(left(), y, width() * 0.75, footer_, style);
    style.align = Align::Right;
    const std::string page = totalPages_ > 0
                                 ? "Page " + std::to_string(page_) + " of " + std::to_string(totalPages_)
                                 : "Page " + std::to_string(page_);
    canvas_.drawText(left() + width() * 0.75, y, width() * 0.25, page, style);
}

void PageFlow::finish() { footer(); }

}  // namespace findings::board
