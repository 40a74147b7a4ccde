// Screenshots of the Follow-up tab and of the link review at 1366×768, the commonest council
// laptop, with the Wyvern chain imported and linked: saved beside the other screenshots for
// people to look at (truncated headings, unreadable colours). Each picture is taken in a
// process of its own, as screenshot_tests.cpp explains.
#include "gui_test_support.hpp"

#include "model/followup_links.hpp"
#include "ui/command_ids.hpp"
#include "ui/findings_table.hpp"
#include "ui/followup_view.hpp"
#include "ui/link_review_panel.hpp"

#include <catch2/catch.hpp>

#include <wx/grid.h>
#include <wx/image.h>
#include <wx/notebook.h>

#include <filesystem>

using namespace findings::studio;
using guitest::FrameFixture;

namespace {

const std::string kDir = FINDINGS_SCREENSHOT_DIR;

/// The window at 1366×768 with the Wyvern chain imported and linked.
void prepareWyvern(FrameFixture& fx) {
    if (testsupport::fileExists(std::string(FINDINGS_PLUGIN_DIR) + "/data/themes.json"))
        std::filesystem::remove(guitest::IsolatedHome::dataDir() + "/themes.json");
    MainFrame& frame = fx.frame();
    frame.SetSize(wxSize(1366, 768));
    frame.Move(0, 0);
    std::vector<std::string> paths;
    for (const char* name : {"wyvern-inspection-report-2022-10.txt", "wyvern-monitoring-letter-2024-05.txt",
                             "wyvern-monitoring-letter-2025-02.txt", "wyvern-news-article-2024-06.txt",
                             "wyvern-press-release-2025-03.txt", "wyvern-improvement-tracker.xlsx"})
        paths.push_back(testsupport::samplesDir() + "/" + name);
    REQUIRE(frame.importPaths(paths));
    REQUIRE(fx.waitForImports(60000));
    frame.linkFollowUps();
    guitest::pump(300);
}

}  // namespace

TEST_CASE("screenshot of the Follow-up tab (one process)", "[.shot-followup]") {
    FrameFixture fx;
    prepareWyvern(fx);
    MainFrame& frame = fx.frame();
    frame.lowerNotebook()->SetSelection(PageFollowUp);
    guitest::pump(300);
    REQUIRE(frame.followUpView()->block() != nullptr);
    REQUIRE(guitest::saveScreenshot(&frame, kDir + "/followup-tab-1366x768.png"));
}

TEST_CASE("screenshot of the link review (one process)", "[.shot-links]") {
    FrameFixture fx;
    prepareWyvern(fx);
    MainFrame& frame = fx.frame();
    frame.setProposedLinksOnly(true);
    guitest::pump(300);
    REQUIRE(frame.currentFinding());
    REQUIRE(guitest::saveScreenshot(&frame, kDir + "/link-review-1366x768.png"));
}

TEST_CASE("screenshots of the Follow-up tab and the link review at 1366x768", "[screenshot]") {
    const std::string self = findings::core::currentExecutablePath();
    REQUIRE_FALSE(self.empty());
    for (const auto& [tag, file] : {std::pair<const char*, const char*>{"[.shot-followup]", "followup-tab-1366x768.png"},
                                    {"[.shot-links]", "link-review-1366x768.png"}}) {
        const std::string png = kDir + "/" + file;
        std::filesystem::remove(png);
        const testsupport::RunResult run =
            testsupport::runCommand(testsupport::shellQuote(self) + " " + testsupport::shellQuote(tag));
        INFO(run.out << run.err);
        REQUIRE(run.status == 0);
        const wxImage image(wxString::FromUTF8(png));
        REQUIRE(image.IsOk());
        CHECK(image.GetWidth() == 1366);
    }
}
