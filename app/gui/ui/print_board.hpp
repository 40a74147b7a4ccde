// File › Print and File › Print Preview: the board summary (the uk.findings.board exporter)
// on paper. The findings go through the host's export service to a temporary PDF, exactly
// as `findings convert set.findings.json -o board.pdf` would write it, and its pages are
// rendered to images by poppler's `pdftoppm`, run as a separate process as the source view
// runs `pdftotext`: poppler is GPL, and findings-studio links no GPL code. The printout
// draws those images, so the preview, the paper and the CLI's PDF are the same pages.
#pragma once

#include <wx/print.h>

#include <memory>
#include <string>
#include <vector>

class wxMenu;
class wxWindow;

namespace findings {
struct FindingsSet;
}  // namespace findings

namespace findings::core {
class PluginRegistry;
class ThemeLabels;
}  // namespace findings::core

namespace findings::studio {

class MainFrame;

/// The exporter the summary comes from.
inline constexpr const char* kBoardExporterId = "uk.findings.board.export";

/// The board summary as a temporary PDF and its pages as images; removes its files when the
/// last printout using it is gone.
class BoardPages {
public:
    /// Exports `set` with the board exporter to a PDF in a fresh temporary folder. Null with
    /// `error` set (a sentence naming the cause) when the exporter is missing or fails.
    static std::shared_ptr<BoardPages> exportSummary(const core::PluginRegistry& registry,
                                                     const findings::FindingsSet& set,
                                                     const core::ThemeLabels* themes, std::string& error);
    ~BoardPages();

    /// The PDF's pages at `dpi`, rendered once per resolution; empty with `error` set when
    /// pdftoppm is missing or fails.
    const std::vector<wxImage>& pages(int dpi, std::string& error);
    const std::string& pdfPath() const { return pdf_; }

    /// The program that renders pages; tests point it at a missing one.
    static std::string& rendererProgram();

private:
    BoardPages(std::string dir, std::string pdf) : dir_(std::move(dir)), pdf_(std::move(pdf)) {}
    std::string dir_, pdf_;
    int renderedDpi_ = 0;
    std::vector<wxImage> images_;
};

/// A printout of the board summary's pages, each scaled to fit the paper.
class BoardPrintout final : public wxPrintout {
public:
    /// `dpi`: the resolution pages are rendered at (lower for the preview, higher for paper).
    BoardPrintout(std::shared_ptr<BoardPages> pages, int dpi);

    bool OnBeginDocument(int startPage, int endPage) override;
    void GetPageInfo(int* minPage, int* maxPage, int* pageFrom, int* pageTo) override;
    bool HasPage(int page) override;
    bool OnPrintPage(int page) override;

private:
    const std::vector<wxImage>& images();
    std::shared_ptr<BoardPages> pages_;
    int dpi_;
};

/// Resolutions: the preview's and the printer's.
inline constexpr int kPreviewDpi = 110;
inline constexpr int kPrintDpi = 300;

/// A print preview of the frame's findings, its pages rendered already; null with `error`
/// set when the summary cannot be made. The caller shows it in a wxPreviewFrame.
wxPrintPreview* createBoardPreview(MainFrame& frame, std::string& error);

/// Adds Print Preview… and Print… to the File menu.
void appendPrintItems(wxMenu* file);
/// Binds them (and their enabled state) on the frame.
void bindPrintCommands(MainFrame& frame);

}  // namespace findings::studio
