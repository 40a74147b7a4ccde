// File › Print Preview: the board summary exported through the host's export service and
// shown in wxWidgets' own print preview, page by page; and the error a user sees when the
// page renderer is missing. The preview is saved as a screenshot to look at.
#include "gui_test_support.hpp"

#include "ui/print_board.hpp"
#include "ui/wx_text.hpp"

#include <catch2/catch.hpp>

#include <wx/image.h>
#include <wx/menu.h>
#include <wx/print.h>

using namespace findings::studio;
using guitest::FrameFixture;

namespace {

/// Opens the Wyvern chain, imported and linked by the CLI as `make demo` does.
void openWyvern(FrameFixture& fx) {
    const std::string d = testsupport::samplesDir() + "/";
    std::string args = "import --quiet --link";
    for (const char* name : {"wyvern-inspection-report-2022-10.txt", "wyvern-monitoring-letter-2024-05.txt",
                             "wyvern-monitoring-letter-2025-02.txt", "wyvern-improvement-tracker.xlsx"})
        args += " " + testsupport::shellQuote(d + name);
    const std::string project = fx.dir().file("wyvern.findings.json");
    const auto r = testsupport::runCli(args + " -o " + testsupport::shellQuote(project));
    INFO(r.err);
    REQUIRE(r.status == 0);
    REQUIRE(fx.frame().openProject(project));
    REQUIRE(fx.frame().document().set().findings.size() > 50);
}

/// Restores the page renderer a test replaced.
struct RendererGuard {
    std::string saved = BoardPages::rendererProgram();
    ~RendererGuard() { BoardPages::rendererProgram() = saved; }
};

}  // namespace

TEST_CASE("File menu offers Print Preview and Print, enabled once there are findings", "[frame][print]") {
    FrameFixture fx;
    wxMenuBar* bar = fx.frame().GetMenuBar();
    REQUIRE(bar->FindItem(wxID_PREVIEW) != nullptr);
    REQUIRE(bar->FindItem(wxID_PRINT) != nullptr);
    fx.frame().UpdateWindowUI(wxUPDATE_UI_RECURSE);
    guitest::pump();
    CHECK_FALSE(bar->IsEnabled(wxID_PREVIEW));
    openWyvern(fx);
    fx.frame().UpdateWindowUI(wxUPDATE_UI_RECURSE);
    guitest::pump();
    CHECK(bar->IsEnabled(wxID_PREVIEW));
    CHECK(bar->IsEnabled(wxID_PRINT));
}

TEST_CASE("print preview shows the board summary's pages", "[frame][print][screenshot]") {
    FrameFixture fx;
    openWyvern(fx);
    std::string error;
    wxPrintPreview* preview = createBoardPreview(fx.frame(), error);
    INFO(error);
    REQUIRE(preview != nullptr);

    auto* window = new wxPreviewFrame(preview, &fx.frame(), "Board summary", wxPoint(0, 0), wxSize(900, 1100));
    window->Initialize();
    window->Show();
    guitest::pump(500);
    // The preview asks the printout for its pages once its frame is set up.
    CHECK(preview->GetMinPage() == 1);
    CHECK(preview->GetMaxPage() >= 2);
    CHECK(preview->GetMaxPage() <= 4);
    const std::string shot = std::string(FINDINGS_SCREENSHOT_DIR) + "/print-preview.png";
    REQUIRE(guitest::saveScreenshot(window, shot));

    // The page on the preview canvas carries ink: dark pixels inside the canvas, which is
    // otherwise the grey background and the white sheet.
    wxImage image;
    REQUIRE(image.LoadFile(wxs(shot), wxBITMAP_TYPE_PNG));
    const wxRect canvas = preview->GetCanvas()->GetScreenRect();
    const wxRect frameRect = window->GetScreenRect();
    long dark = 0, white = 0;
    for (int y = canvas.y - frameRect.y; y < canvas.GetBottom() - frameRect.y && y < image.GetHeight(); ++y)
        for (int x = canvas.x - frameRect.x; x < canvas.GetRight() - frameRect.x && x < image.GetWidth(); ++x) {
            const int sum = image.GetRed(x, y) + image.GetGreen(x, y) + image.GetBlue(x, y);
            dark += sum < 3 * 110;
            white += sum == 3 * 255;
        }
    INFO("dark " << dark << ", white " << white << " in the canvas " << canvas.width << "x" << canvas.height);
    CHECK(white > canvas.width * canvas.height / 10);  // the sheet
    CHECK(dark > 2000);                                // its text and rules
    // Closed as the user closes it: the preview frame's close handler ends its modality (and
    // frees what disabled the other windows), which Destroy() alone would skip.
    window->Close(true);
    guitest::pump();
}

TEST_CASE("without the page renderer the preview says what is missing", "[frame][print]") {
    FrameFixture fx;
    openWyvern(fx);
    RendererGuard guard;
    BoardPages::rendererProgram() = fx.dir().file("no-such-pdftoppm");
    std::string error;
    wxPrintPreview* preview = createBoardPreview(fx.frame(), error);
    CHECK(preview == nullptr);
    CHECK(error.find("no-such-pdftoppm") != std::string::npos);
    CHECK(error.find("poppler-utils") != std::string::npos);
}
