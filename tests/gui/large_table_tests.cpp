// 100,000 findings in the real table: how long opening, sorting by each column (index sort
// plus the control's reset) and scrolling take, printed for the record and bounded loosely.
#include "gui_test_support.hpp"

#include "model/project_file.hpp"
#include "model_fixtures.hpp"
#include "ui/findings_table.hpp"

#include <catch2/catch.hpp>

#include <wx/weakref.h>

#include <chrono>
#include <cstdio>

using namespace findings::studio;
using guitest::FrameFixture;
using Clock = std::chrono::steady_clock;

namespace {
double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}
}  // namespace

TEST_CASE("100,000 findings open, sort by every column and scroll without a visible pause", "[large][timing]") {
    FrameFixture fx;
    const std::string path = fx.dir().file("large.findings.json");
    writeProject(fixtures::largeSet(100000), path);
    auto start = Clock::now();
    REQUIRE(fx.frame().openProject(path));
    guitest::pump(1);
    const double openMs = msSince(start);
    std::printf("open 100k-finding project (read + table)  %7.0f ms\n", openMs);
    REQUIRE(fx.frame().view().rowCount() == 100000);
    FindingsTable* table = fx.frame().table();
    double worst = 0;
    for (Column c : allColumns()) {
        start = Clock::now();
        table->sortBy(c, true);
        guitest::pump(1);  // the control repaints the visible rows
        const double ms = msSince(start);
        worst = std::max(worst, ms);
        std::printf("GUI sort 100k by %-18s %7.1f ms\n", columnTitle(c), ms);
    }
    start = Clock::now();
    for (size_t row : {size_t{50000}, size_t{99999}, size_t{0}, size_t{75000}}) {
        table->selectRow(row);
        guitest::pump(1);
        REQUIRE(table->selectedRow() == row);
    }
    const double scrollMs = msSince(start) / 4;
    std::printf("jump and show a row of 100k           %7.1f ms\n", scrollMs);
    CHECK(worst < 1000);
    CHECK(scrollMs < 500);
}

TEST_CASE("start-up: plugins loaded and the main window shown and idle", "[timing]") {
    auto start = Clock::now();
    PluginHostOptions options;
    options.defaultDirs = false;
    options.extraDirs = {FINDINGS_PLUGIN_DIR, FINDINGS_TEST_PLUGIN_DIR};
    PluginHost host(options);
    const double pluginsMs = msSince(start);
    start = Clock::now();
    MainFrameOptions frameOptions;
    frameOptions.offerRecovery = false;
    frameOptions.interactive = false;
    auto* frame = new MainFrame(host, frameOptions);
    frame->Show();
    guitest::pump(1);  // the first pass of the event loop: shown, laid out, idle
    const double windowMs = msSince(start);
    std::printf("start-up: %zu plugins loaded %6.1f ms, main window shown %6.1f ms\n",
                host.registry()->plugins().size(), pluginsMs, windowMs);
    CHECK(windowMs < 3000);
    frame->Close(true);
    wxWeakRef<wxFrame> gone(frame);
    REQUIRE(guitest::waitUntil([&] { return !gone; }, 5000));
}
