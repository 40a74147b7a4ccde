#include "ui/print_board.hpp"

#include "ui/main_frame.hpp"
#include "ui/wx_text.hpp"

#include <findings/core/export_service.hpp>

#include <wx/filename.h>
#include <wx/image.h>
#include <wx/log.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/utils.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <unistd.h>

namespace findings::studio {

namespace {

/// The print settings of this session, shared by the preview and the printer dialog.
wxPrintDialogData& printData() {
    static wxPrintDialogData data;
    return data;
}

std::string freshTempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "findings-board-XXXXXX").string();
    if (!mkdtemp(pattern.data())) return {};
    return pattern;
}

void showError(MainFrame& frame, const wxString& what, const std::string& error) {
    frame.SetStatusText(what + ": " + wxs(error), 0);
    wxMessageBox(wxs(error), what, wxOK | wxICON_ERROR, &frame);
}

}  // namespace

std::string& BoardPages::rendererProgram() {
    static std::string program = "pdftoppm";
    return program;
}

std::shared_ptr<BoardPages> BoardPages::exportSummary(const core::PluginRegistry& registry,
                                                      const findings::FindingsSet& set,
                                                      const core::ThemeLabels* themes, std::string& error) {
    if (!registry.findExporter(kBoardExporterId).plugin) {
        error = "The board summary plugin (uk.findings.board) is not loaded, so there is nothing to print. "
                "Tools \u203A Plugins lists the plugins that loaded and why others did not.";
        return nullptr;
    }
    const std::string dir = freshTempDir();
    if (dir.empty()) {
        error = "Could not make a temporary folder for the board summary in " +
                std::filesystem::temp_directory_path().string();
        return nullptr;
    }
    std::shared_ptr<BoardPages> pages(new BoardPages(dir, dir + "/board-summary.pdf"));
    core::DiagnosticList diagnostics;
    core::ExportSettings settings;
    settings.exporterId = kBoardExporterId;
    settings.diagnostics = &diagnostics;
    settings.themes = themes;
    const std::string failed = core::exportFindings(registry, set, pages->pdf_, settings);
    if (!failed.empty()) {
        error = "The board summary could not be made: " + failed;
        for (const auto& d : diagnostics.all())
            if (d.severity == core::Severity::Error) error += "\n" + d.message;
        return nullptr;
    }
    return pages;
}

BoardPages::~BoardPages() {
    std::error_code ignored;  // a temporary folder left behind is not worth an error
    std::filesystem::remove_all(dir_, ignored);
}

const std::vector<wxImage>& BoardPages::pages(int dpi, std::string& error) {
    if (renderedDpi_ == dpi) return images_;
    images_.clear();
    renderedDpi_ = 0;
    const std::string prefix = dir_ + "/page-" + std::to_string(dpi);
    const std::string dpiText = std::to_string(dpi);
    const char* argv[] = {rendererProgram().c_str(), "-png", "-r", dpiText.c_str(), pdf_.c_str(), prefix.c_str(),
                          nullptr};
    long status = -1;
    {
        wxLogNull quiet;  // wx would pop up its own "execvp failed"; the error below says more
        status = wxExecute(argv, wxEXEC_SYNC | wxEXEC_BLOCK);
    }
    if (status != 0) {
        error = status == -1 ? rendererProgram() + " could not be started; printing the board summary needs "
                                                     "poppler's pdftoppm (Debian package poppler-utils)"
                             : rendererProgram() + " could not render " + pdf_ + " (exit status " +
                                   std::to_string(status) + ")";
        return images_;
    }
    if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG)) wxImage::AddHandler(new wxPNGHandler);
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir_)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("page-" + dpiText + "-", 0) == 0 && entry.path().extension() == ".png")
            files.push_back(entry.path().string());
    }
    // pdftoppm pads page numbers to the same width, so names sort in page order.
    std::sort(files.begin(), files.end());
    for (const std::string& file : files) {
        wxImage image;
        if (!image.LoadFile(wxs(file), wxBITMAP_TYPE_PNG)) {
            error = "could not read the rendered page " + file;
            images_.clear();
            return images_;
        }
        images_.push_back(std::move(image));
    }
    if (images_.empty()) error = rendererProgram() + " rendered no pages from " + pdf_;
    else renderedDpi_ = dpi;
    return images_;
}

BoardPrintout::BoardPrintout(std::shared_ptr<BoardPages> pages, int dpi)
    : wxPrintout("Board summary"), pages_(std::move(pages)), dpi_(dpi) {}

const std::vector<wxImage>& BoardPrintout::images() {
    std::string error;
    const std::vector<wxImage>& images = pages_->pages(dpi_, error);
    if (images.empty()) wxLogError("%s", wxs(error));
    return images;
}

bool BoardPrintout::OnBeginDocument(int startPage, int endPage) {
    return !images().empty() && wxPrintout::OnBeginDocument(startPage, endPage);
}

void BoardPrintout::GetPageInfo(int* minPage, int* maxPage, int* pageFrom, int* pageTo) {
    const int count = static_cast<int>(images().size());
    *minPage = count > 0 ? 1 : 0;
    *maxPage = count;
    *pageFrom = *minPage;
    *pageTo = count;
}

bool BoardPrintout::HasPage(int page) { return page >= 1 && page <= static_cast<int>(images().size()); }

bool BoardPrintout::OnPrintPage(int page) {
    const std::vector<wxImage>& all = images();
    if (page < 1 || page > static_cast<int>(all.size())) return false;
    const wxImage& image = all[static_cast<size_t>(page - 1)];
    // The PDF page is A4 with its own margins: scale the whole page to the paper.
    FitThisSizeToPaper(wxSize(image.GetWidth(), image.GetHeight()));
    wxDC* dc = GetDC();
    if (!dc) return false;
    dc->DrawBitmap(wxBitmap(image), 0, 0);
    return true;
}

wxPrintPreview* createBoardPreview(MainFrame& frame, std::string& error) {
    PluginHost& host = frame.pluginHost();
    const auto registry = host.registry();
    std::shared_ptr<BoardPages> pages =
        BoardPages::exportSummary(*registry, frame.document().set(), &host.themes(), error);
    if (!pages) return nullptr;
    if (pages->pages(kPreviewDpi, error).empty()) return nullptr;
    auto* preview = new wxPrintPreview(new BoardPrintout(pages, kPreviewDpi), new BoardPrintout(pages, kPrintDpi),
                                       &printData());
    if (!preview->IsOk()) {
        delete preview;
        error = "No printer settings are available for a preview on this system.";
        return nullptr;
    }
    return preview;
}

void appendPrintItems(wxMenu* file) {
    file->Append(wxID_PREVIEW, L"Print Pre&view\u2026",
                 "Preview the board summary: judgements, follow-up, themes and actions on A4");
    file->Append(wxID_PRINT, L"&Print\u2026\tCtrl+P", "Print the board summary");
}

void bindPrintCommands(MainFrame& frame) {
    frame.Bind(wxEVT_MENU, [&frame](wxCommandEvent&) {
        std::string error;
        wxBusyCursor busy;
        wxPrintPreview* preview = createBoardPreview(frame, error);
        if (!preview) {
            showError(frame, "Print preview", error);
            return;
        }
        auto* window = new wxPreviewFrame(preview, &frame, "Board summary \u2014 print preview",
                                          wxDefaultPosition, wxSize(900, 1000));
        window->Initialize();
        window->Show();
    }, wxID_PREVIEW);
    frame.Bind(wxEVT_MENU, [&frame](wxCommandEvent&) {
        std::string error;
        std::shared_ptr<BoardPages> pages;
        {
            wxBusyCursor busy;
            const auto registry = frame.pluginHost().registry();
            pages = BoardPages::exportSummary(*registry, frame.document().set(), &frame.pluginHost().themes(), error);
        }
        if (!pages) {
            showError(frame, "Print", error);
            return;
        }
        wxPrinter printer(&printData());
        BoardPrintout printout(pages, kPrintDpi);
        if (!printer.Print(&frame, &printout, true) && wxPrinter::GetLastError() == wxPRINTER_ERROR)
            showError(frame, "Print", "The board summary could not be printed; the printer reported an error.");
        else
            printData() = printer.GetPrintDialogData();
    }, wxID_PRINT);
    for (int id : {wxID_PREVIEW, wxID_PRINT})
        frame.Bind(wxEVT_UPDATE_UI,
                   [&frame](wxUpdateUIEvent& e) { e.Enable(!frame.document().set().findings.empty()); }, id);
}

}  // namespace findings::studio
