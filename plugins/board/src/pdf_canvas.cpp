#include "pdf_canvas.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <stdexcept>

namespace findings::board {

namespace {

constexpr double toPoints(int pangoUnits) { return static_cast<double>(pangoUnits) / PANGO_SCALE; }

}  // namespace

PdfCanvas::PdfCanvas(Sink sink, const std::string& title) : sink_(std::move(sink)) {
    // cairo calls back with each chunk; an exception must not cross its C frames, so the
    // sink's failure is remembered and reported by finish().
    auto write = [](void* closure, const unsigned char* data, unsigned int length) -> cairo_status_t {
        auto* self = static_cast<PdfCanvas*>(closure);
        if (self->sinkFailed_) return CAIRO_STATUS_WRITE_ERROR;
        try {
            if (self->sink_(data, length)) return CAIRO_STATUS_SUCCESS;
        } catch (...) {
        }
        self->sinkFailed_ = true;
        return CAIRO_STATUS_WRITE_ERROR;
    };
    surface_ = cairo_pdf_surface_create_for_stream(write, this, kPageWidth, kPageHeight);
    if (cairo_surface_status(surface_) != CAIRO_STATUS_SUCCESS) {
        const std::string why = cairo_status_to_string(cairo_surface_status(surface_));
        cairo_surface_destroy(surface_);
        throw std::runtime_error("cairo could not start the PDF: " + why);
    }
    cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATOR, "Findings Studio");
    cr_ = cairo_create(surface_);
    layout_ = pango_cairo_create_layout(cr_);
    // Whole words only: breaking inside words hyphenates dates and headings unreadably.
    pango_layout_set_wrap(layout_, PANGO_WRAP_WORD);
}

PdfCanvas::~PdfCanvas() {
    for (auto& [name, font] : fonts_) pango_font_description_free(font);
    if (layout_) g_object_unref(layout_);
    if (cr_) cairo_destroy(cr_);
    if (surface_) cairo_surface_destroy(surface_);
}

PangoLayout* PdfCanvas::layout(const std::string& text, const TextStyle& style, double width) {
    auto font = fonts_.find(style.font);
    if (font == fonts_.end())
        font = fonts_.emplace(style.font, pango_font_description_from_string(style.font.c_str())).first;
    pango_layout_set_font_description(layout_, font->second);
    pango_layout_set_width(layout_, width > 0 ? static_cast<int>(width * PANGO_SCALE) : -1);
    pango_layout_set_alignment(layout_, style.align == Align::Centre  ? PANGO_ALIGN_CENTER
                                        : style.align == Align::Right ? PANGO_ALIGN_RIGHT
                                                                      : PANGO_ALIGN_LEFT);
    pango_layout_set_text(layout_, text.c_str(), static_cast<int>(text.size()));
    return layout_;
}

double PdfCanvas::textHeight(const std::string& text, const TextStyle& style, double width) {
    int w = 0, h = 0;
    pango_layout_get_size(layout(text, style, width), &w, &h);
    return toPoints(h);
}

double PdfCanvas::textWidth(const std::string& text, const TextStyle& style) {
    int w = 0, h = 0;
    pango_layout_get_size(layout(text, style, -1), &w, &h);
    return toPoints(w);
}

double PdfCanvas::drawText(double x, double y, double width, const std::string& text,
                           const TextStyle& style) {
    PangoLayout* l = layout(text, style, width);
    cairo_set_source_rgb(cr_, style.colour.r, style.colour.g, style.colour.b);
    cairo_move_to(cr_, x, y);
    pango_cairo_show_layout(cr_, l);
    int w = 0, h = 0;
    pango_layout_get_size(l, &w, &h);
    return toPoints(h);
}

void PdfCanvas::fillRect(double x, double y, double w, double h, Colour fill) {
    cairo_set_source_rgb(cr_, fill.r, fill.g, fill.b);
    cairo_rectangle(cr_, x, y, w, h);
    cairo_fill(cr_);
}

void PdfCanvas::strokeRect(double x, double y, double w, double h, Colour colour, double lineWidth) {
    cairo_set_source_rgb(cr_, colour.r, colour.g, colour.b);
    cairo_set_line_width(cr_, lineWidth);
    cairo_rectangle(cr_, x, y, w, h);
    cairo_stroke(cr_);
}

void PdfCanvas::line(double x0, double y0, double x1, double y1, Colour colour, double lineWidth) {
    cairo_set_source_rgb(cr_, colour.r, colour.g, colour.b);
    cairo_set_line_width(cr_, lineWidth);
    cairo_move_to(cr_, x0, y0);
    cairo_line_to(cr_, x1, y1);
    cairo_stroke(cr_);
}

void PdfCanvas::showPage() { cairo_show_page(cr_); }

void PdfCanvas::finish() {
    if (finished_) return;
    finished_ = true;
    g_object_unref(layout_);
    layout_ = nullptr;
    cairo_destroy(cr_);
    cr_ = nullptr;
    cairo_surface_finish(surface_);
    const cairo_status_t status = cairo_surface_status(surface_);
    if (sinkFailed_) throw std::runtime_error("the PDF could not be written to its output");
    if (status != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("cairo could not finish the PDF: ") +
                                 cairo_status_to_string(status));
}

}  // namespace findings::board
