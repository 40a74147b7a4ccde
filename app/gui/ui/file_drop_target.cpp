#include "ui/file_drop_target.hpp"

#include "ui/wx_text.hpp"

namespace findings::studio {

FileDropTarget::FileDropTarget(std::function<bool(const std::vector<std::string>&)> onDrop)
    : onDrop_(std::move(onDrop)) {}

bool FileDropTarget::OnDropFiles(wxCoord, wxCoord, const wxArrayString& files) {
    std::vector<std::string> paths;
    for (const auto& f : files) paths.push_back(utf8(f));
    return onDrop_ && onDrop_(paths);
}

}  // namespace findings::studio
