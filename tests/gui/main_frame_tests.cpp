// The main window end to end: files given at start are imported off the UI thread and
// each outcome is logged; drops are checked before they are accepted; the filter bar and
// the status bar; selecting a finding fills the detail pane and the source view; cancel.
#include "gui_test_support.hpp"

#include "model/finding_filter.hpp"
#include "ui/filter_bar.hpp"
#include "ui/finding_editor.hpp"
#include "ui/findings_table.hpp"
#include "ui/import_log_panel.hpp"
#include "ui/import_progress_bar.hpp"
#include "ui/source_view.hpp"
#include "ui/wx_text.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/dnd.h>
#include <wx/srchctrl.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

using namespace findings;
using namespace findings::studio;
using guitest::FrameFixture;

namespace {
/// Row texts of the import log's Outcome column.
std::vector<std::string> outcomes(ImportLogPanel* log) {
    std::vector<std::string> out;
    for (long r = 0; r < log->count(); ++r) out.push_back(utf8(log->cell(r, ImportLogPanel::ColStatus)));
    return out;
}
}  // namespace

TEST_CASE("files on the command line are imported and each outcome is logged", "[frame][import]") {
    testsupport::TempDir inputs;
    testsupport::writeFile(inputs.file("a.good"), "GOOD\nstrength: Leaders know their services.\nweakness: Plans drift.\n");
    testsupport::writeFile(inputs.file("unknown.xyz"), "no importer wants this");
    testsupport::writeFile(inputs.file("t.throw"), "THROW\n");
    FrameFixture fx({inputs.file("a.good"), inputs.file("missing.good"), inputs.file("unknown.xyz"),
                     inputs.file("t.throw")});
    REQUIRE(fx.waitForImports());
    MainFrame& frame = fx.frame();
    CHECK(frame.document().set().findings.size() == 2);
    CHECK(frame.document().modified());
    CHECK(frame.GetTitle() == wxString::FromUTF8("Untitled* \u2014 Findings Studio"));
    CHECK(frame.countText() == "2 of 2 findings");
    CHECK(frame.GetStatusBar()->GetStatusText(1) == "2 of 2 findings");
    // Refusals first (checked before importing), then each imported file, then the
    // importer's warning for the good file; the throwing importer's failure is there too.
    const auto rows = outcomes(frame.importLog());
    REQUIRE(rows.size() >= 4);
    CHECK(rows[0] == "Refused");
    CHECK(rows[1] == "Refused");
    CHECK(std::count(rows.begin(), rows.end(), "Imported") == 1);
    CHECK(std::count(rows.begin(), rows.end(), "Failed") == 1);
    CHECK(std::count(rows.begin(), rows.end(), "  warning") == 1);
    CHECK_THAT(utf8(frame.importLog()->cell(0, ImportLogPanel::ColMessage)), Catch::Contains("no such file"));
    // The first finding is selected and shown.
    REQUIRE(frame.currentFinding());
    CHECK(utf8(frame.editor()->actionText()->GetValue()).empty());
}

TEST_CASE("a drop is checked first: refused when nothing can be imported", "[frame][import]") {
    FrameFixture fx;
    wxDropTarget* target = fx.frame().GetDropTarget();
    REQUIRE(target);
    auto* files = dynamic_cast<wxFileDropTarget*>(target);
    REQUIRE(files);
    testsupport::writeFile(fx.dir().file("notes.xyz"), "nothing");
    wxArrayString refused;
    refused.Add(wxString::FromUTF8(fx.dir().file("notes.xyz")));
    refused.Add(wxString::FromUTF8(fx.dir().file("gone.good")));
    CHECK_FALSE(files->OnDropFiles(10, 10, refused));
    CHECK(fx.frame().importLog()->count() == 2);
    CHECK_FALSE(fx.frame().importRunning());

    // A folder with one good file (and one nobody reads) is accepted.
    std::filesystem::create_directories(fx.dir().file("drop"));
    testsupport::writeFile(fx.dir().file("drop/x.good"), "GOOD\nweakness: one\nstrength: two\nmixed: three\n");
    testsupport::writeFile(fx.dir().file("drop/readme.xyz"), "nothing");
    wxArrayString folder;
    folder.Add(wxString::FromUTF8(fx.dir().file("drop")));
    CHECK(files->OnDropFiles(10, 10, folder));
    REQUIRE(fx.waitForImports());
    CHECK(fx.frame().document().set().findings.size() == 3);
}

TEST_CASE("typing in the search box filters the table and updates the count", "[frame][filter]") {
    FrameFixture fx;
    REQUIRE(fx.frame().importPaths({fx.smallProject()}));
    REQUIRE(fx.waitForImports());
    MainFrame& frame = fx.frame();
    REQUIRE(frame.view().rowCount() == 8);
    // Ctrl+F goes to the search box; the typing is debounced, then applied.
    wxUIActionSimulator sim;
    // No window manager under Xvfb: keys go to the window under the pointer.
    sim.MouseMove(frame.table()->GetScreenRect().GetPosition() + wxPoint(40, 60));
    frame.table()->SetFocus();
    guitest::pump(100);
    sim.Char('f', wxMOD_CONTROL);
    REQUIRE(guitest::waitUntil([&] { return frame.filterBar()->searchBox()->HasFocus(); }, 3000));
    sim.Text("supervision");
    REQUIRE(guitest::waitUntil([&] { return frame.view().rowCount() == 2; }, 3000));
    CHECK(frame.countText() == "2 of 8 findings");
    CHECK(frame.GetStatusBar()->GetStatusText(1) == "2 of 8 findings");
    // Escape clears the search.
    sim.Char(WXK_ESCAPE);
    REQUIRE(guitest::waitUntil([&] { return frame.view().rowCount() == 8; }, 3000));
}

TEST_CASE("the filter bar's choices filter by theme, polarity, review and low confidence", "[frame][filter]") {
    FrameFixture fx;
    REQUIRE(fx.frame().importPaths({fx.smallProject()}));
    REQUIRE(fx.waitForImports());
    MainFrame& frame = fx.frame();
    FilterState f;
    f.theme = "workforce";
    f.polarity = "weakness";
    frame.filterBar()->apply(f);
    CHECK(frame.view().rowCount() == 2);  // f2 and f7
    CHECK(frame.filterBar()->state().theme == "workforce");
    f = {};
    f.lowConfidenceOnly = true;
    frame.filterBar()->apply(f);
    CHECK(frame.view().rowCount() == 2);  // f3 (0.4) and f4 (0.5)
    frame.filterBar()->clear();
    CHECK(frame.countText() == "8 of 8 findings");
}

TEST_CASE("selecting a finding shows its text and its lines highlighted in the source", "[frame][detail]") {
    FrameFixture fx;
    const std::string file = fx.goodFile("letter.good", {"strength: First point.", "weakness: Second point \u00a3 \u2014 here.",
                                                          "mixed: Third point."});
    REQUIRE(fx.frame().importPaths({file}));
    REQUIRE(fx.waitForImports());
    MainFrame& frame = fx.frame();
    REQUIRE(frame.selectFinding(1));
    CHECK(frame.currentFinding() == 1u);
    CHECK(frame.editor()->polarityChoice()->GetStringSelection() == "Weakness");
    // The importer gives the text in a worker: the view fills in when it arrives.
    REQUIRE(guitest::waitUntil([&] { return !frame.sourceView()->loading(); }, 15000));
    // Line 3 of the file is the second finding; the highlight covers exactly that line.
    const SourceExcerpt& excerpt = frame.sourceView()->excerpt();
    REQUIRE(excerpt.kind == SourceExcerpt::Kind::Text);
    wxTextCtrl* text = frame.sourceView()->textControl();
    CHECK(text->GetRange(static_cast<long>(excerpt.highlightStart), static_cast<long>(excerpt.highlightEnd)) ==
          wxString::FromUTF8("weakness: Second point \u00a3 \u2014 here."));
    wxTextAttr style;
    REQUIRE(text->GetStyle(static_cast<long>(excerpt.highlightStart) + 1, style));
    CHECK(style.GetBackgroundColour() == wxColour(0xFF, 0xE8, 0x80));
}

TEST_CASE("cancel stops a running import and keeps the window usable", "[frame][import]") {
    FrameFixture fx;
    std::vector<std::string> paths;
    std::vector<std::string> lines(300, "weakness: a finding line that is long enough to take a moment");
    for (int i = 0; i < 120; ++i) {
        // Each file different: identical files would be refused as already imported (same
        // SHA-256) whenever two finish before the cancel, and the count below would be off.
        lines.back() = "weakness: the last line of file " + std::to_string(i);
        paths.push_back(fx.goodFile("f" + std::to_string(i) + ".good", lines));
    }
    REQUIRE(fx.frame().importPaths(paths));
    REQUIRE(fx.frame().importRunning());
    fx.frame().cancelImport();
    REQUIRE(fx.waitForImports());
    const auto rows = outcomes(fx.frame().importLog());
    const auto cancelled = std::count(rows.begin(), rows.end(), "Cancelled");
    CHECK(cancelled > 0);
    CHECK(fx.frame().document().set().sources.size() + static_cast<size_t>(cancelled) == 120);
    CHECK_FALSE(fx.frame().importProgressBar()->IsShown());
}

TEST_CASE("the Source column and the source filter tell letters with one title apart", "[frame][table]") {
    FrameFixture fx;
    REQUIRE(fx.frame().importPaths({fx.smallProject()}));
    REQUIRE(fx.waitForImports());
    MainFrame& frame = fx.frame();
    // Two monitoring letters, both titled as every such letter is.
    for (size_t i : {size_t(0), size_t(1)}) {
        Source s = frame.document().set().sources[i];
        s.kind = "monitoring_letter";
        s.title = "Monitoring visit to Wyvern children's services";
        frame.document().setSource(i, s);
    }
    guitest::pump(50);
    auto sourceCell = [&](size_t sourceIndex) {
        const std::string id = frame.document().set().sources[sourceIndex].id;
        const auto& findings = frame.document().set().findings;
        for (size_t i = 0; i < findings.size(); ++i)
            if (findings[i].source == id) {
                const std::optional<size_t> row = frame.view().rowOf(i);
                REQUIRE(row);
                wxVariant value;
                auto* model = static_cast<wxDataViewVirtualListModel*>(frame.table()->GetModel());
                model->GetValueByRow(value, static_cast<unsigned>(*row), static_cast<unsigned>(Column::Source));
                return utf8(value.GetString());
            }
        FAIL("no finding of source " << sourceIndex);
        return std::string();
    };
    const std::string first = sourceCell(0), second = sourceCell(1);
    CHECK(first == "Monitoring letter \u00b7 " + frame.document().set().sources[0].date);
    CHECK(second == "Monitoring letter \u00b7 " + frame.document().set().sources[1].date);
    CHECK(first != second);
    // The filter's choices are the same distinct names.
    wxChoice* sources = dynamic_cast<wxChoice*>(frame.filterBar()->FindWindow("filter-source"));
    REQUIRE(sources);
    CHECK(sources->FindString(wxs(first)) != wxNOT_FOUND);
    CHECK(sources->FindString(wxs(second)) != wxNOT_FOUND);
}
