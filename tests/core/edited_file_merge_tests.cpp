// Merging an edited file (core::mergeEditedFile, behind `findings merge` and the desktop app's
// File › Merge Edited Workbook) when the edits read but the record of what was exported does
// not: nothing is merged, and the message says which read failed and why.
#include "test_support.hpp"

#include <findings/core/edited_file_merge.hpp>
#include <findings/core/plugin_registry.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace findings;

TEST_CASE("an edited file whose original records cannot be read is not merged, and says why",
          "[merge][edited]") {
    core::PluginRegistry registry;
    registry.loadFolder(FINDINGS_DAMAGED_ORIGINAL_PLUGIN_DIR);
    REQUIRE(registry.findImporter("test.damaged-original.import").plugin);

    findings::FindingsSet base;
    Source source;
    source.id = "orig-source";
    source.kind = "other";
    base.sources.push_back(source);
    Finding finding;
    finding.id = "f1";
    finding.source = "orig-source";
    finding.text = "Plans lack pace.";
    finding.polarity = "weakness";
    finding.review = "unreviewed";
    finding.action.owner = "Base Owner";
    base.findings.push_back(finding);

    testsupport::TempDir dir;
    const std::string edited = dir.file("edited.orig");
    testsupport::writeFile(edited, "ORIG\nf1 Plans lack pace.\n");
    core::DiagnosticList diagnostics;
    core::ImportSettings settings;
    settings.diagnostics = &diagnostics;
    const core::EditedFileMerge merge = core::mergeEditedFile(registry, base, edited, settings);
    INFO(merge.error);
    CHECK_FALSE(merge.ok);
    CHECK(merge.error.find("not its record of what was exported (roundtrip.original)") != std::string::npos);
    CHECK(merge.error.find("the record of what was exported is damaged") != std::string::npos);
    // No guess from the edited records alone: nothing merged, nothing changed.
    CHECK(merge.result.changes.empty());
    CHECK(merge.result.merged.findings.empty());
    CHECK_FALSE(merge.hadOriginal);
}
