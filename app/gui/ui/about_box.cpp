#include "ui/about_box.hpp"

#include "ui/app_icon.hpp"
#include "ui/wx_text.hpp"

#include <findings/plugin.h>

#include <Poco/Environment.h>

#include <wx/aboutdlg.h>
#include <wx/version.h>

namespace findings::studio {

namespace {
wxString pocoVersion() {
    const unsigned v = Poco::Environment::libraryVersion();  // 0xAABBCCDD: major.minor.patch
    return wxString::Format("%u.%u.%u", (v >> 24) & 0xFF, (v >> 16) & 0xFF, (v >> 8) & 0xFF);
}
/// "\n\nPlugins:\nuk.findings.excel 1.2.0 (ABI 1.3)\n…", or "" without plugins.
wxString pluginLines(const core::PluginRegistry* registry) {
    if (!registry || registry->plugins().empty()) return wxString();
    wxString out = "\n\nPlugins:";
    for (const auto& p : registry->plugins())
        out += wxString::Format("\n%s %s (ABI %s)", wxs(p->id()), wxs(p->version()), wxs(p->sdkVersionText()));
    return out;
}

}  // namespace

wxAboutDialogInfo aboutInfo(const core::PluginRegistry* registry) {
    wxAboutDialogInfo info;
    info.SetIcon(studioIcons().GetIcon(64));
    info.SetName("Findings Studio");
    info.SetVersion(FINDINGS_VERSION);
    info.SetDescription(wxString::Format(
        "Turns inspection letters and council trackers into one set of findings,\n"
        "for review, progress tracking and Excel reports.\n\n"
        L"Plugin SDK ABI %d.%d \u00b7 %s \u00b7 Poco %s",
        FND_SDK_VERSION_MAJOR, FND_SDK_VERSION_MINOR, wxVERSION_STRING, pocoVersion()) +
        pluginLines(registry));
    info.SetLicence("MIT licence. The PDF letter importer plugin, where installed, links "
                    "poppler and is GPL-licensed.");
    return info;
}

void showAboutBox(wxWindow* parent, const core::PluginRegistry* registry) {
    wxAboutBox(aboutInfo(registry), parent);
}

}  // namespace findings::studio
