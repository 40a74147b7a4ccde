#include "ui/text_scroll.hpp"

#include <wx/app.h>
#include <wx/textctrl.h>
#include <wx/timer.h>
#include <wx/weakref.h>

#include <algorithm>
#include <memory>

#ifdef __WXGTK__
#include <dlfcn.h>
#endif

namespace findings::studio {

namespace {

/// The position about `screens` of the control's height below `start`, estimating how
/// lines wrap from the average character width (the portable fallback).
long positionBelow(wxTextCtrl* text, long start, double screens) {
    long column = 0, line = 0;
    if (!text->PositionToXY(start, &column, &line)) return start;
    const wxSize client = text->GetClientSize();
    const long perLine = std::max(20, client.x / std::max(1, text->GetCharWidth()));
    long rows = std::max(2L, static_cast<long>(screens * client.y / std::max(1, text->GetCharHeight())));
    const long lines = text->GetNumberOfLines();
    for (long l = line; l < lines; ++l) {
        const long from = l == line ? column : 0;
        const long length = text->GetLineLength(l) - from;
        const long wrapped = std::max(1L, (length + perLine - 1) / perLine);
        if (wrapped >= rows) return text->XYToPosition(from + (rows - 1) * perLine, l);
        rows -= wrapped;
    }
    return text->GetLastPosition();
}

#ifdef __WXGTK__
/// How often, and how many times, the scroll is checked and made again while GTK lays a
/// newly loaded text out.
constexpr int kSettleMs = 100;
constexpr int kSettleTries = 8;

/// True when `position` shows in the upper part of the view, about where it was asked for.
bool isNear(wxTextCtrl* text, long position, double fromTop) {
    const wxPoint at = text->PositionToCoords(position);
    const int height = text->GetClientSize().y;
    return at != wxDefaultPosition && at.y >= 0 && at.y <= height * (fromTop + 0.15);
}

// wxTextCtrl::ShowPosition scrolls as little as it can, so where the position lands
// depends on where the view was: moving up through a report left the finding's start above
// the view. GTK's own scroll_to_mark aligns a mark at a chosen height, after layout; wx
// does not expose it and GTK's headers are not a build dependency, so the three functions
// are looked up in the GTK the process already runs on (pointers only cross).
using GetBuffer = void* (*)(void* view);
using GetInsert = void* (*)(void* buffer);
using ScrollToMark = void (*)(void* view, void* mark, double margin, int useAlign, double x, double y);

bool gtkScrollToCaret(wxTextCtrl* text, double fromTop) {
    static const auto getBuffer = reinterpret_cast<GetBuffer>(dlsym(RTLD_DEFAULT, "gtk_text_view_get_buffer"));
    static const auto getInsert = reinterpret_cast<GetInsert>(dlsym(RTLD_DEFAULT, "gtk_text_buffer_get_insert"));
    static const auto scrollToMark =
        reinterpret_cast<ScrollToMark>(dlsym(RTLD_DEFAULT, "gtk_text_view_scroll_to_mark"));
    if (!getBuffer || !getInsert || !scrollToMark || !text->IsMultiLine()) return false;
    void* view = text->GetConnectWidget();  // the GtkTextView of a multi-line control
    void* buffer = view ? getBuffer(view) : nullptr;
    void* mark = buffer ? getInsert(buffer) : nullptr;
    if (!mark) return false;
    scrollToMark(view, mark, 0.0, 1, 0.0, fromTop);
    return true;
}
#endif

}  // namespace

void scrollNearTop(wxTextCtrl* text, long position, double fromTop) {
    text->SetInsertionPoint(position);
#ifdef __WXGTK__
    if (gtkScrollToCaret(text, fromTop)) {
        // A text just loaded has estimated line heights until GTK has laid it out in the
        // background, and a pending scroll is dropped when another widget (the theme list
        // beside) scrolls first: both can leave the start out of place. So look again a
        // little later, and scroll again until it is where it should be (a few times at
        // most, so a reader who scrolls away right after is not fought for long).
        wxWeakRef<wxTextCtrl> weak(text);
        auto* again = new wxTimer;
        auto attempts = std::make_shared<int>(0);
        again->Bind(wxEVT_TIMER, [weak, position, fromTop, again, attempts](wxTimerEvent&) {
            const bool done = !weak || weak->GetInsertionPoint() != position || isNear(weak, position, fromTop) ||
                              ++*attempts > kSettleTries;
            if (!done) {
                gtkScrollToCaret(weak, fromTop);
                return;
            }
            again->Stop();
            // Not deleted inside its own event: after it, from the event loop.
            wxTheApp->CallAfter([again] { delete again; });
        });
        again->Start(kSettleMs);
        return;
    }
#endif
    // Elsewhere: one request after layout, for the position about a screen below the start
    // less `fromTop`, so the start ends up near `fromTop` of the view when scrolling down.
    wxWeakRef<wxTextCtrl> weak(text);
    text->CallAfter([weak, position, fromTop] {
        if (weak) weak->ShowPosition(positionBelow(weak, position, 1.0 - fromTop));
    });
}

}  // namespace findings::studio
