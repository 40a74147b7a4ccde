// An A4 PDF drawn with cairo, text laid out and wrapped by pango. The PDF's bytes go to a
// sink as cairo writes them (the exporter's Output), so nothing is written to disk here.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>

typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;
typedef struct _PangoLayout PangoLayout;
typedef struct _PangoFontDescription PangoFontDescription;

namespace findings::board {

/// A4 portrait, in PDF points.
inline constexpr double kPageWidth = 595.276;
inline constexpr double kPageHeight = 841.890;

struct Colour {
    double r = 0, g = 0, b = 0;
};
/// A colour from 0xRRGGBB.
constexpr Colour rgb(unsigned hex) {
    return {((hex >> 16) & 0xFF) / 255.0, ((hex >> 8) & 0xFF) / 255.0, (hex & 0xFF) / 255.0};
}

enum class Align { Left, Centre, Right };

/// How a piece of text is drawn. `font` is a pango description of a generic family
/// ("Sans Bold 9"), so any machine with fontconfig finds a face for it.
struct TextStyle {
    std::string font = "Sans 8.5";
    Colour colour = rgb(0x1A1A1A);
    Align align = Align::Left;
};

class PdfCanvas {
public:
    /// Receives the PDF's bytes; returns false when they could not be written.
    using Sink = std::function<bool(const unsigned char* data, unsigned size)>;

    /// Starts a PDF whose document title (metadata) is `title`. Throws std::runtime_error
    /// when cairo cannot create the surface.
    PdfCanvas(Sink sink, const std::string& title);
    ~PdfCanvas();
    PdfCanvas(const PdfCanvas&) = delete;
    PdfCanvas& operator=(const PdfCanvas&) = delete;

    /// The height `text` takes wrapped to `width`.
    double textHeight(const std::string& text, const TextStyle& style, double width);
    /// The width `text` takes on one line.
    double textWidth(const std::string& text, const TextStyle& style);
    /// Draws `text` wrapped to `width` with its top at y; returns its height.
    double drawText(double x, double y, double width, const std::string& text, const TextStyle& style);

    void fillRect(double x, double y, double w, double h, Colour fill);
    void strokeRect(double x, double y, double w, double h, Colour line, double lineWidth = 0.5);
    void line(double x0, double y0, double x1, double y1, Colour colour, double lineWidth = 0.5);

    /// Ends the current page and starts the next.
    void showPage();
    /// Ends the document; throws std::runtime_error naming cairo's error, or the sink's.
    void finish();

private:
    PangoLayout* layout(const std::string& text, const TextStyle& style, double width);

    Sink sink_;
    bool sinkFailed_ = false;
    cairo_surface_t* surface_ = nullptr;
    cairo_t* cr_ = nullptr;
    PangoLayout* layout_ = nullptr;
    std::map<std::string, PangoFontDescription*> fonts_;
    bool finished_ = false;
};

}  // namespace findings::board
