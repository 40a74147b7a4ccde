// PDF reader: each page's text in physical layout via poppler-cpp, with page numbers.
#include "findings/docparse/pdf_reader.hpp"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <memory>
#include <vector>
#include <mutex>

#include "findings/docparse/error.hpp"
#include "findings/docparse/sniff.hpp"

namespace findings::docparse {

namespace {

// poppler prints its complaints about damaged files on stderr; the importer reports its
// own diagnostic instead. The complaints of the document being read on this thread are kept,
// since they tell a damaged file from a scanned one.
thread_local std::vector<std::string>* t_popplerComplaints = nullptr;

void silencePoppler() {
    static std::once_flag once;
    std::call_once(once, [] {
        poppler::set_debug_error_function(
            [](const std::string& message, void*) {
                if (t_popplerComplaints && t_popplerComplaints->size() < 100)
                    t_popplerComplaints->push_back(message);
            },
            nullptr);
    });
}

/// Collects poppler's complaints while it lives.
struct ComplaintLog {
    std::vector<std::string> messages;
    ComplaintLog() { t_popplerComplaints = &messages; }
    ~ComplaintLog() { t_popplerComplaints = nullptr; }
    bool mentions(std::string_view words) const {
        for (const auto& m : messages)
            if (m.find(words) != std::string::npos) return true;
        return false;
    }
};

}  // namespace

Lines readPdfLines(std::string_view bytes) {
    if (bytes.empty()) throw DocparseError(ErrorCode::EmptyInput, "empty file");
    requireContent(bytes, ContentKind::Pdf, "a PDF");
    silencePoppler();
    ComplaintLog complaints;
    // poppler keeps a pointer to the data for the document's lifetime.
    poppler::byte_array data(bytes.begin(), bytes.end());
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_data(&data));
    if (!doc) throw DocparseError(ErrorCode::BadPdf, "not a readable PDF (damaged or not a PDF)");
    if (doc->is_locked()) throw DocparseError(ErrorCode::EncryptedPdf, "the PDF is password-protected");
    // Each page's lines, without the blank lines that trail its last text line.
    std::vector<std::vector<std::string>> pages;
    bool anyText = false;
    int unreadablePages = 0;
    for (int i = 0; i < doc->pages(); ++i) {
        std::vector<std::string> pageLines;
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page) ++unreadablePages;
        if (page) {
            poppler::byte_array utf8 = page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
            std::string text(utf8.begin(), utf8.end());
            std::size_t start = 0;
            while (start < text.size()) {
                std::size_t nl = text.find('\n', start);
                std::size_t end = nl == std::string::npos ? text.size() : nl;
                std::string lineText = text.substr(start, end - start);
                for (std::size_t ff; (ff = lineText.find('\f')) != std::string::npos;) lineText.erase(ff, 1);
                if (!lineText.empty() && lineText.back() == '\r') lineText.pop_back();
                pageLines.push_back(std::move(lineText));
                if (nl == std::string::npos) break;
                start = nl + 1;
            }
        }
        while (!pageLines.empty() && pageLines.back().find_first_not_of(" \t") == std::string::npos) pageLines.pop_back();
        anyText |= !pageLines.empty();
        pages.push_back(std::move(pageLines));
    }
    // Physical layout keeps vertical position as line count, so a page whose text stops
    // short of the others ended with a paragraph: mark that with a blank line (writers
    // drop the blank line that would otherwise fall at the top of the next page).
    std::size_t fullPage = 0;
    for (std::size_t i = 0; i + 1 < pages.size(); ++i) fullPage = std::max(fullPage, pages[i].size());
    Lines lines;
    std::size_t offset = 0;
    int number = 0;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (i + 1 < pages.size() && !pages[i].empty() && pages[i].size() < fullPage) pages[i].emplace_back();
        for (std::string& text : pages[i]) {
            Line l;
            l.text = std::move(text);
            l.page = int(i) + 1;
            l.number = ++number;
            l.offset = offset;
            offset += l.text.size() + 1;
            lines.push_back(std::move(l));
        }
    }
    if (!anyText) {
        // No text may mean scanned pages, or a damaged file whose pages cannot be found:
        // only the first needs OCR, so tell them apart.
        if (complaints.mentions("Loop in Pages tree"))
            throw DocparseError(ErrorCode::BadPdf, "damaged PDF (its page tree loops): no page can be read");
        if (doc->pages() == 0) throw DocparseError(ErrorCode::BadPdf, "damaged PDF: it has no pages");
        if (unreadablePages > 0)
            throw DocparseError(ErrorCode::BadPdf,
                                "damaged PDF: " + std::to_string(unreadablePages) + " of its " +
                                    std::to_string(doc->pages()) + " page(s) could not be read");
        throw DocparseError(ErrorCode::NoTextLayer, "no text layer (scanned PDF?)");
    }
    return lines;
}

}  // namespace findings::docparse
