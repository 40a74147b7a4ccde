// 100,000 findings in the real table: it opens, sorts by every column in the right order
// and jumps to any row, and the main window starts. How long each takes is measured by
// bench/studio (studio_bench, `make bench`), not asserted here.
#include "gui_test_support.hpp"

#include "model/project_file.hpp"
#include "model_fixtures.hpp"
#include "ui/findings_table.hpp"

#include <catch2/catch.hpp>

#include <wx/weakref.h>

#include <vector>

using namespace findings::studio;
using guitest::FrameFixture;

TEST_CASE("100,000 findings open, sort by every column and jump to any row", "[large]") {
    FrameFixture fx;
    const std::string path = fx.dir().file("large.findings.json");
    writeProject(fixtures::largeSet(100000), path);
    REQUIRE(fx.frame().openProject(path));
    guitest::pump(1);
    REQUIRE(fx.frame().view().rowCount() == 100000);
    const auto& findings = fx.frame().document().set().findings;
    FindingsTable* table = fx.frame().table();
    for (Column c : allColumns()) {
        INFO(columnTitle(c));
        table->sortBy(c, true);
        guitest::pump(1);  // the control repaints the visible rows
        const FindingsView& view = fx.frame().view();
        REQUIRE(view.sorted());
        CHECK(view.sortColumn() == c);
        CHECK(view.sortAscending());
        // Every finding is still shown exactly once.
        REQUIRE(view.rowCount() == 100000);
        std::vector<bool> seen(100000, false);
        for (auto r : view.rows()) {
            REQUIRE_FALSE(seen[r]);
            seen[r] = true;
        }
        if (c == Column::Section)
            for (size_t i = 1; i < view.rowCount(); ++i)
                REQUIRE(findings[view.findingAt(i - 1)].section <= findings[view.findingAt(i)].section);
    }
    for (size_t row : {size_t{50000}, size_t{99999}, size_t{0}, size_t{75000}}) {
        table->selectRow(row);
        guitest::pump(1);
        REQUIRE(table->selectedRow() == row);
    }
}

TEST_CASE("start-up: plugins loaded and the main window shown and idle", "[startup]") {
    PluginHostOptions options;
    options.defaultDirs = false;
    options.extraDirs = {FINDINGS_PLUGIN_DIR, FINDINGS_TEST_PLUGIN_DIR};
    PluginHost host(options);
    CHECK_FALSE(host.registry()->plugins().empty());
    MainFrameOptions frameOptions;
    frameOptions.offerRecovery = false;
    frameOptions.interactive = false;
    auto* frame = new MainFrame(host, frameOptions);
    frame->Show();
    guitest::pump(1);  // the first pass of the event loop: shown, laid out, idle
    CHECK(frame->IsShown());
    frame->Close(true);
    wxWeakRef<wxFrame> gone(frame);
    REQUIRE(guitest::waitUntil([&] { return !gone; }, 5000));
}
