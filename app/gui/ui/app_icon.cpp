#include "ui/app_icon.hpp"

#include <wx/dcmemory.h>
#include <wx/graphics.h>
#include <wx/image.h>

#include <memory>

namespace findings::studio {

namespace {

wxIcon drawIcon(int size) {
    wxImage image(size, size);
    image.InitAlpha();
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) image.SetAlpha(x, y, 0);
    wxBitmap bitmap(image);
    {
        wxMemoryDC dc(bitmap);
        std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
        if (gc) {
            const double s = size;
            // A blue page with three lines of findings, the middle one ticked in green.
            gc->SetPen(*wxTRANSPARENT_PEN);
            gc->SetBrush(wxBrush(wxColour(0x1D, 0x4E, 0x89)));
            gc->DrawRoundedRectangle(s * 0.06, s * 0.06, s * 0.88, s * 0.88, s * 0.14);
            gc->SetBrush(wxBrush(*wxWHITE));
            for (int line = 0; line < 3; ++line)
                gc->DrawRoundedRectangle(s * 0.22, s * (0.24 + 0.2 * line), s * 0.56, s * 0.1, s * 0.04);
            gc->SetPen(wxPen(wxColour(0x3C, 0xB3, 0x71), std::max(2, size / 10)));
            gc->StrokeLine(s * 0.5, s * 0.72, s * 0.62, s * 0.84);
            gc->StrokeLine(s * 0.62, s * 0.84, s * 0.88, s * 0.5);
        }
    }
    wxIcon icon;
    icon.CopyFromBitmap(bitmap);
    return icon;
}

}  // namespace

wxIconBundle studioIcons() {
    wxIconBundle bundle;
    for (int size : {16, 24, 32, 48, 64, 128}) bundle.AddIcon(drawIcon(size));
    return bundle;
}

}  // namespace findings::studio
