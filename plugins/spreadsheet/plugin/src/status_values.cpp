#include "status_values.hpp"

#include <algorithm>
#include <cmath>

namespace spreadsheet {

std::optional<std::string> statusFromFill(uint32_t rgb) {
    const double r = ((rgb >> 16) & 0xFF) / 255.0;
    const double g = ((rgb >> 8) & 0xFF) / 255.0;
    const double b = (rgb & 0xFF) / 255.0;
    const double maxC = std::max({r, g, b});
    const double minC = std::min({r, g, b});
    const double value = maxC;
    const double saturation = maxC == 0 ? 0 : (maxC - minC) / maxC;
    // Grey: no colour to speak of, neither near white (an unfilled look) nor near black.
    if (saturation < 0.12) {
        if (value > 0.35 && value < 0.93) return std::string("not_started");
        return std::nullopt;
    }
    // Pale tints (Excel's "Good"/"Bad"/"Neutral" styles: C6EFCE, FFC7CE, FFEB9C) have a
    // saturation near 0.2 and still read as their colour.
    if (saturation < 0.15 || value < 0.25) return std::nullopt;
    double hue = 0;
    const double delta = maxC - minC;
    if (maxC == r)
        hue = 60 * std::fmod((g - b) / delta, 6.0);
    else if (maxC == g)
        hue = 60 * ((b - r) / delta + 2);
    else
        hue = 60 * ((r - g) / delta + 4);
    if (hue < 0) hue += 360;
    if (hue >= 340 || hue < 18) return std::string("red");
    if (hue < 65) return std::string("amber");   // orange, amber and yellow
    if (hue < 170) return std::string("green");
    if (hue >= 185 && hue < 255) return std::string("complete");  // blue
    return std::nullopt;  // cyan, purple, pink: not a RAG colour
}

}  // namespace spreadsheet
