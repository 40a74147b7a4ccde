// The real news articles and the council press release (corpus seeds): every gold field,
// quotations attributed to the people quoted, and the overall direction.
#include <catch2/catch.hpp>

#include "finding_invariants.hpp"
#include "gold_source_check.hpp"
#include "import_run.hpp"

using namespace letters_plugin_test;

namespace {

std::vector<std::string> articlePaths() {
    return {corpusFile("seeds/council-press-release-first-monitoring-visit-2023-06.txt"),
            corpusFile("seeds/news-inspection-little-progress.txt"),
            corpusFile("seeds/news-second-monitoring-visit-2023.txt")};
}

}  // namespace

TEST_CASE("seed articles and press release import with every gold field", "[corpus][article]") {
    const Imported imported = importOk(articlePaths());
    REQUIRE(imported.set.sources.size() == 3);
    for (const std::string& path : articlePaths()) {
        INFO(path);
        const findings::Source& source = sourceFor(imported.set, path);
        checkGold(loadGold(path), imported.set, source);
        checkFindingInvariants(imported.set, source, false);
        checkLocationsPointAtText(imported.set, source, testsupport::readFile(path));
        // Articles report judgements in their own words: most, not all, paragraphs name a
        // theme of the taxonomy (a lead-in such as "the findings were published today" has none).
        CHECK(themedShare(imported.set, source) >= 0.6);
        CHECK(!withRole(imported.set, source.id, "article_paragraph").empty());
    }
}

TEST_CASE("the press release's quotations belong to the people quoted", "[corpus][article]") {
    const std::string path = articlePaths()[0];
    const Imported imported = importOk({path});
    const findings::Source& source = sourceFor(imported.set, path);
    CHECK(source.kind == "press_release");
    CHECK(source.author == "Herefordshire Council");
    const auto quotes = withRole(imported.set, source.id, "quotation");
    REQUIRE(!quotes.empty());
    for (const findings::Finding* q : quotes) {
        INFO(q->text.substr(0, 80));
        CHECK((q->attribution == "Darryl Freeman" || q->attribution == "Ivan Powell"));
        CHECK(q->section == "Press release");
    }
}
