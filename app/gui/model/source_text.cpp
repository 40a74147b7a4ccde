#include "model/source_text.hpp"

#include "model/pdf_text.hpp"
#include "model/text_decoding.hpp"

#include <fstream>
#include <optional>
#include <sstream>
#include <sys/stat.h>

namespace findings::studio {

bool isPdfFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char magic[5] = {};
    return in.read(magic, sizeof magic) && std::string(magic, sizeof magic) == "%PDF-";
}

SourceText loadSourceText(const std::string& path, const std::atomic<bool>* cancel) {
    SourceText out;
    out.path = path;
    struct stat st {};
    if (path.empty() || ::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
        out.problem = "The original file is not available: " + (path.empty() ? "no path recorded" : path);
        return out;
    }
    if (static_cast<size_t>(st.st_size) > kMaxSourceTextBytes) {
        out.problem = "The original file is too large to show.";
        return out;
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in && !in.eof()) {
        out.problem = "The original file cannot be read: " + path;
        return out;
    }
    const std::string raw = bytes.str();
    if (raw.compare(0, 5, "%PDF-") == 0) {
        std::string problem;
        if (std::optional<std::string> text = extractPdfText(path, problem, "pdftotext", cancel)) {
            out.utf8 = std::move(*text);
            out.readable = true;
            out.fromPdf = true;
            return out;
        }
        out.cancelled = cancel && cancel->load();
        out.binary = true;
        out.problem = problem + " Showing the finding.";
        return out;
    }
    if (looksBinary(raw)) {
        out.binary = true;
        out.problem = "The original document is not plain text; showing the finding.";
        return out;
    }
    out.utf8 = decodeToUtf8(raw);
    out.readable = true;
    return out;
}

}  // namespace findings::studio
