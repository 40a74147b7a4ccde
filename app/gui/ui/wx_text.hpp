// UTF-8 at the boundary: the core and plugins speak UTF-8 std::string, wx speaks wxString.
#pragma once

#include <wx/string.h>

#include <string>

namespace findings::studio {

inline wxString wxs(const std::string& s) { return wxString::FromUTF8(s.data(), s.size()); }
inline std::string utf8(const wxString& s) { return s.utf8_string(); }

}  // namespace findings::studio
