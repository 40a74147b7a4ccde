#include "ui/ui_thread.hpp"

#include <wx/app.h>

namespace findings::studio {

void postToUi(std::function<void()> fn) {
    // wxTheApp->CallAfter queues an event, which is thread-safe.
    if (wxTheApp) wxTheApp->CallAfter(std::move(fn));
}

}  // namespace findings::studio
