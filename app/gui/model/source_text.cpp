#include "model/source_text.hpp"

#include <findings/core/document_text.hpp>

#include <sys/stat.h>

namespace findings::studio {

SourceText loadSourceText(const core::PluginRegistry& registry, const std::string& path,
                          const std::string& importerId, const std::atomic<bool>* cancel) {
    SourceText out;
    out.path = path;
    struct stat st {};
    if (path.empty() || ::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
        out.missing = true;
        out.problem = "The original file is not available: " + (path.empty() ? "no path recorded" : path);
        return out;
    }
    core::DiagnosticList diagnostics;
    core::DocumentText text = core::documentText(registry, path, importerId, diagnostics, cancel);
    out.cancelled = text.cancelled || (cancel && cancel->load());
    if (!text.ok) {
        out.problem = text.problem + (text.problem.empty() || text.problem.back() == '.' ? "" : ".") +
                      " Showing the finding.";
        return out;
    }
    out.utf8 = std::move(text.text);
    out.readable = true;
    return out;
}

}  // namespace findings::studio
