// Files and folders dropped anywhere on the main window. The drop is checked before it is
// accepted (see planImport): it is refused when nothing in it can be imported, and what is
// refused is reported in the import log.
#pragma once

#include <wx/dnd.h>

#include <functional>
#include <string>
#include <vector>

namespace findings::studio {

class FileDropTarget final : public wxFileDropTarget {
public:
    /// `onDrop` checks and imports the paths; returns true when it accepted any of them.
    explicit FileDropTarget(std::function<bool(const std::vector<std::string>&)> onDrop);
    bool OnDropFiles(wxCoord x, wxCoord y, const wxArrayString& files) override;

private:
    std::function<bool(const std::vector<std::string>&)> onDrop_;
};

}  // namespace findings::studio
