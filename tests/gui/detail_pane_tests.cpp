// The detail pane (and the filter bar above it) as a reviewer sees it: the finding's text box is as tall as the finding
// (up to a limit), a long source title never widens the pane past its splitter, and the
// source view puts the finding's first line near the top of its view, whichever way the
// reviewer moves through a long document — also in a PDF report, whose text comes from its
// importer (the document_text extension) in a worker process.
#include "gui_test_support.hpp"

#include "ui/filter_bar.hpp"
#include "ui/finding_editor.hpp"
#include "ui/findings_table.hpp"
#include "ui/source_view.hpp"
#include "ui/wx_text.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

using namespace findings;
using namespace findings::studio;
using guitest::FrameFixture;

namespace {

/// Where the highlighted finding starts, as a fraction of the source view's height (< 0:
/// above the view, > 1: below it).
double highlightStartInView(MainFrame& frame) {
    wxTextCtrl* text = frame.sourceView()->textControl();
    const wxPoint at = text->PositionToCoords(static_cast<long>(frame.sourceView()->excerpt().highlightStart));
    return static_cast<double>(at.y) / text->GetClientSize().y;
}

/// True once the finding's start shows in the top third of the source view (GTK scrolls
/// after layout, so this waits up to two seconds for it).
bool startSettlesNearTop(MainFrame& frame) {
    return guitest::waitUntil([&] {
        const double y = highlightStartInView(frame);
        return y >= 0.0 && y < 1.0 / 3;
    }, 2000);
}

/// Selects a finding and waits for the source view to settle (a PDF's text arrives from a
/// worker; GTK scrolls after layout).
void selectAndSettle(MainFrame& frame, size_t finding) {
    REQUIRE(frame.selectFinding(finding));
    REQUIRE(guitest::waitUntil([&] { return !frame.sourceView()->loading(); }, 15000));
    guitest::pump(300);
}

/// True when `control` shows whole inside the editor's visible area.
bool wholeInView(FindingEditor* editor, wxWindow* control) {
    const wxRect r = control->GetRect();  // in the editor's client coordinates, after scrolling
    return r.GetTop() >= 0 && r.GetBottom() < editor->GetClientSize().y;
}

/// The corpus PDF `name`. The cases that use it are tagged [corpus] and registered only
/// when the build found the corpus; the PDF importer is built with poppler-cpp, a build
/// dependency.
std::string corpusPdf(FrameFixture& fx, const std::string& name) {
    const std::string pdf = testsupport::corpusDir() + "/ilacs/" + name;
    INFO("the corpus PDF " << pdf);
    REQUIRE(!testsupport::corpusDir().empty());
    REQUIRE(testsupport::fileExists(pdf));
    bool pdfImporter = false;
    for (const auto& importer : fx.host().registry()->importers())
        for (const auto& ext : importer.extensions()) pdfImporter = pdfImporter || ext == "pdf";
    REQUIRE(pdfImporter);
    return pdf;
}

/// The text between two offsets, with runs of white space as one space.
std::string squeezed(const wxString& text) {
    std::string out;
    for (char c : utf8(text)) {
        const bool space = c == ' ' || c == '\n' || c == '\t';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    return out;
}

}  // namespace

TEST_CASE("the source view shows the finding's first line near the top, moving down or up", "[frame][detail]") {
    FrameFixture fx;
    // A long letter: 200 filler lines with a finding every 40 lines.
    std::vector<std::string> lines;
    for (int i = 0; i < 200; ++i)
        lines.push_back(i % 40 == 20 ? "weakness: Finding number " + std::to_string(i / 40) + " is here."
                                     : "neutral: filler line " + std::to_string(i));
    REQUIRE(fx.frame().importPaths({fx.goodFile("long.good", lines)}));
    REQUIRE(fx.waitForImports());
    MainFrame& frame = fx.frame();
    // Down through the document, then back up: each time the start is in the top third.
    for (size_t finding : {20u, 140u, 180u, 60u, 20u}) {
        INFO("finding " << finding);
        selectAndSettle(frame, finding);
        const bool settled = startSettlesNearTop(frame);
        INFO("start at " << highlightStartInView(frame) << " of the view's height");
        CHECK(settled);
    }
}

TEST_CASE("a long finding gets a taller text box, and a long title does not widen the pane", "[frame][detail]") {
    FrameFixture fx;
    std::string longText = "weakness:";
    for (int i = 0; i < 60; ++i) longText += " Plans to improve services have not had impact.";
    REQUIRE(fx.frame().importPaths({fx.goodFile("long.good", {"strength: Short.", longText})}));
    REQUIRE(fx.waitForImports());
    MainFrame& frame = fx.frame();
    // A source title far wider than the pane.
    Source source = frame.document().set().sources[0];
    source.title = "Inspection of a local authority's children's services " + std::string(40, 'x') +
                   " and its partners across the county, with every area of practice";
    frame.document().setSource(0, source);
    guitest::pump(100);

    wxTextCtrl* text = frame.editor()->findingText();
    FindingEditor* editor = frame.editor();
    selectAndSettle(frame, 0);
    const int shortHeight = text->GetSize().y;
    CHECK(shortHeight >= kFindingTextLines * text->GetCharHeight());
    selectAndSettle(frame, 1);
    const int longHeight = text->GetSize().y;
    // The long finding wraps onto far more lines than the most: it gets what room there is.
    CHECK(longHeight > shortHeight);
    CHECK(longHeight <= (kMaxFindingTextLines + 2) * text->GetCharHeight());
    // ...but never the room of the action's fields: Due and Status stay in view.
    CHECK(wholeInView(editor, editor->actionDue()));
    CHECK(wholeInView(editor, editor->actionStatus()));
    // The editor's content is no wider than the pane: every field stays in view.
    CHECK(editor->GetVirtualSize().x <= editor->GetClientSize().x);
    CHECK(text->GetRect().GetRight() <= editor->GetClientSize().x);
    // Back to the short one: the box shrinks again, leaving room for the themes.
    selectAndSettle(frame, 0);
    CHECK(text->GetSize().y == shortHeight);
}

TEST_CASE("a PDF report's finding is found in its text and highlighted", "[frame][detail][pdf][corpus]") {
    FrameFixture fx;
    const std::string pdf = corpusPdf(fx, "herefordshire_2022-09-21.pdf");
    REQUIRE(fx.frame().importPaths({pdf}));
    REQUIRE(fx.waitForImports(30000));
    MainFrame& frame = fx.frame();
    const auto& findings = frame.document().set().findings;
    REQUIRE(findings.size() > 20);
    // Late in the report, then early, then late again.
    for (size_t finding : {findings.size() - 5, size_t(2), findings.size() - 12}) {
        INFO("finding " << finding << ": " << findings[finding].text.substr(0, 60));
        selectAndSettle(frame, finding);
        const SourceExcerpt& excerpt = frame.sourceView()->excerpt();
        REQUIRE(excerpt.kind == SourceExcerpt::Kind::Text);
        REQUIRE(excerpt.highlightEnd > excerpt.highlightStart);
        wxTextCtrl* text = frame.sourceView()->textControl();
        const std::string marked = squeezed(text->GetRange(static_cast<long>(excerpt.highlightStart),
                                                           static_cast<long>(excerpt.highlightEnd)));
        const std::string wanted = squeezed(wxs(findings[finding].text));
        // The finding's whole lines are marked: its words, after at most the paragraph's
        // number ("37. ") that the importer keeps apart.
        const size_t at = marked.find(wanted.substr(0, 40));
        CHECK(at != std::string::npos);
        CHECK(at <= 5);
        const bool settled = startSettlesNearTop(frame);
        INFO("start at " << highlightStartInView(frame) << " of the view's height");
        CHECK(settled);
    }
    CHECK(frame.sourceView()->excerpt().heading.rfind("herefordshire_2022-09-21.pdf", 0) == 0);
}

TEST_CASE("a PDF's text is read off the UI thread, and one for a finding no longer selected is not shown",
          "[frame][detail][pdf][corpus]") {
    FrameFixture fx;
    const std::vector<std::string> reports = {corpusPdf(fx, "herefordshire_2022-09-21.pdf"),
                                              corpusPdf(fx, "herefordshire_2018-07-23.pdf"),
                                              corpusPdf(fx, "herefordshire_2014-06-30.pdf")};
    const std::string letter = fx.goodFile("letter.good", {"weakness: Plans lack pace.", "strength: Staff are proud."});
    std::vector<std::string> inputs = reports;
    inputs.push_back(letter);
    REQUIRE(fx.frame().importPaths(inputs));
    REQUIRE(fx.waitForImports(30000));
    MainFrame& frame = fx.frame();
    SourceView* view = frame.sourceView();
    // The frame selects the first row once the import ends, which may start extracting one
    // report's text; let that settle, so the reports still to extract are known rather than
    // raced (on a slow build the text may already be cached by now).
    REQUIRE(guitest::waitUntil([&] { return !view->loading(); }, 15000));
    std::vector<std::string> uncached;
    for (const std::string& report : reports)
        if (!view->cache().contains(report)) uncached.push_back(report);
    REQUIRE(uncached.size() >= 2);
    const size_t cachedBefore = view->cache().size();

    const auto& set = frame.document().set();
    auto firstFindingOf = [&](const std::string& path) {
        for (size_t i = 0; i < set.findings.size(); ++i)
            if (const Source* s = frame.document().sourceOf(i); s && s->path == path) return i;
        FAIL("no finding from " << path);
        return size_t(0);
    };
    const size_t inFirst = firstFindingOf(uncached[0]), inSecond = firstFindingOf(uncached[1]);
    const size_t inLetter = firstFindingOf(fx.dir().file("letter.good"));

    // Selecting returns before the importer has read the PDF (its result can only arrive through the
    // event loop, which selecting does not run): the view says the text is on its way, with
    // the page (not the importer's own line numbers) in its heading.
    REQUIRE(frame.selectFinding(inFirst));
    CHECK(view->loading());
    CHECK(view->excerpt().kind == SourceExcerpt::Kind::Loading);
    CHECK(utf8(view->textControl()->GetValue()).rfind(kLoadingText, 0) == 0);
    const Finding& finding = set.findings[inFirst];
    REQUIRE(finding.location.page > 0);
    const std::string firstName = uncached[0].substr(uncached[0].rfind('/') + 1);
    CHECK(view->excerpt().heading == firstName + " \u2014 page " + std::to_string(finding.location.page));
    CHECK(view->excerpt().heading.find("line") == std::string::npos);
    // Then it fills in.
    REQUIRE(guitest::waitUntil([&] { return !view->loading(); }, 15000));
    CHECK(view->excerpt().kind == SourceExcerpt::Kind::Text);
    CHECK(view->excerpt().highlightEnd > view->excerpt().highlightStart);
    CHECK(view->cache().size() == cachedBefore + 1);

    // The reviewer selects a finding in the other report and moves on to a letter before
    // its text arrives: the report's reading is cancelled, the letter's text is shown, and
    // nothing arriving later replaces it.
    REQUIRE(frame.selectFinding(inSecond));
    CHECK(view->loading());
    REQUIRE(frame.selectFinding(inLetter));
    REQUIRE(guitest::waitUntil([&] { return !view->loading(); }, 15000));
    const SourceExcerpt letterExcerpt = view->excerpt();
    CHECK(letterExcerpt.path == fx.dir().file("letter.good"));
    CHECK(letterExcerpt.kind == SourceExcerpt::Kind::Text);
    guitest::pump(500);
    CHECK(view->excerpt().path == letterExcerpt.path);
    CHECK(view->excerpt().text == letterExcerpt.text);
    CHECK(utf8(view->textControl()->GetValue()) == letterExcerpt.text);
    // Back in the other report: its text is read and shown.
    REQUIRE(frame.selectFinding(inSecond));
    REQUIRE(guitest::waitUntil([&] { return !view->loading(); }, 15000));
    CHECK(view->excerpt().kind == SourceExcerpt::Kind::Text);
    CHECK(view->cache().contains(uncached[1]));
    // Once read, both come from the cache at once.
    REQUIRE(frame.selectFinding(inLetter));
    CHECK_FALSE(view->loading());
    REQUIRE(frame.selectFinding(inSecond));
    CHECK_FALSE(view->loading());
    CHECK(view->excerpt().kind == SourceExcerpt::Kind::Text);
}

TEST_CASE("at 1280×800 a long finding leaves the action's fields in view", "[frame][detail]") {
    FrameFixture fx;
    MainFrame& frame = fx.frame();
    frame.SetSize(wxSize(1280, 800));
    guitest::pump(200);
    std::string longText = "weakness:";
    for (int i = 0; i < 60; ++i) longText += " Plans to improve services have not had impact.";
    REQUIRE(frame.importPaths({fx.goodFile("long.good", {longText})}));
    REQUIRE(fx.waitForImports());
    selectAndSettle(frame, 0);
    FindingEditor* editor = frame.editor();
    INFO("editor " << editor->GetClientSize().y << " high; status at " << editor->actionStatus()->GetRect().GetBottom());
    CHECK(wholeInView(editor, editor->actionDue()));
    CHECK(wholeInView(editor, editor->actionStatus()));
    CHECK(wholeInView(editor, editor->findingText()));
}

TEST_CASE("the finding's themes are scrolled into view in the theme list", "[frame][detail]") {
    // The shipped taxonomy (when built) is longer than the box; the tests' own is not.
    const std::string shipped = std::string(FINDINGS_PLUGIN_DIR) + "/data/themes.json";
    INFO("the shipped taxonomy " << shipped);
    REQUIRE(testsupport::fileExists(shipped));
    std::filesystem::remove(guitest::IsolatedHome::dataDir() + "/themes.json");
    FrameFixture fx;
    REQUIRE(fx.frame().importPaths({fx.smallProject()}));
    REQUIRE(fx.waitForImports());
    MainFrame& frame = fx.frame();
    const auto taxonomy = fx.host().themes().all();
    REQUIRE(taxonomy.size() > 12);
    // The first finding is about the taxonomy's last theme only.
    frame.document().setThemes(0, {taxonomy.back().first});
    selectAndSettle(frame, 1);
    wxCheckListBox* list = frame.editor()->themeList();
    REQUIRE(list->GetCountPerPage() < static_cast<int>(list->GetCount()));
    CHECK(list->GetTopItem() == 0);  // finding 1 is about workforce, the first theme
    selectAndSettle(frame, 0);
    const int last = static_cast<int>(list->GetCount()) - 1;
    REQUIRE(list->IsChecked(static_cast<unsigned>(last)));
    const int top = list->GetTopItem();
    INFO("top " << top << ", per page " << list->GetCountPerPage() << ", last " << last);
    CHECK(top > 0);
    // GetTopItem may be a row cut off at the top edge; the rows after it are whole.
    CHECK(last <= top + list->GetCountPerPage());
}

TEST_CASE("the strength/weakness filter shows its choices whole at the default size", "[frame][filter]") {
    FrameFixture fx;
    wxChoice* polarity = fx.frame().filterBar()->polarityChoice();
    guitest::pump(50);
    // As wide as it asks to be for its longest item, "Any strength/weakness", with its
    // arrow and padding, at whatever font.
    CHECK(polarity->GetSize().x >= polarity->GetBestSize().x);
    CHECK(polarity->GetSize().x > polarity->GetTextExtent("Any strength/weakness").x);
}
