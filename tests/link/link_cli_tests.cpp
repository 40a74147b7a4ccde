// `findings link` and `import --link` as a user runs them: clear messages for nothing to
// link and for a concept file with a mistake, duplicates refused, and a person's decisions
// kept through re-linking, the workbook and a merge.
#include "test_support.hpp"

#include <findings/format/findings_json.hpp>
#include <findings/core/findings_file.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace testsupport;
using findings::FindingsSet;

namespace {

std::string sample(const std::string& name) { return shellQuote(samplesDir() + "/" + name); }

const std::string kReport = "wyvern-inspection-report-2022-10.txt";
const std::string kLetter1 = "wyvern-monitoring-letter-2024-05.txt";
const std::string kLetter2 = "wyvern-monitoring-letter-2025-02.txt";

/// Runs the CLI with a private XDG data folder, so a developer's own concepts.json or
/// themes.json never changes what the test sees.
RunResult cli(const TempDir& dir, const std::string& args) {
    return runCommand("XDG_DATA_HOME=" + shellQuote(dir.file("xdg")) + " " + shellQuote(FINDINGS_CLI) + " " + args);
}

size_t countLinks(const FindingsSet& set, const std::string& relation) {
    size_t n = 0;
    for (const auto& f : set.findings)
        n += std::count_if(f.links.begin(), f.links.end(), [&](const auto& l) { return l.relation == relation; });
    return n;
}

}  // namespace

TEST_CASE("import --link links the letters to the report's points") {
    TempDir dir;
    const RunResult r = cli(dir, "import " + sample(kReport) + " " + sample(kLetter1) + " " + sample(kLetter2) +
                                     " --link -o " + shellQuote(dir.file("w.findings.json")));
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.err.find("follow-up") != std::string::npos);
    const FindingsSet set = findings::readFindingsFile(dir.file("w.findings.json"));
    CHECK(countLinks(set, "follows_up") > 5);
    const RunResult valid = cli(dir, "validate " + shellQuote(dir.file("w.findings.json")));
    CHECK(valid.status == 0);
}

TEST_CASE("link on an empty set, or on a council with no full report, says so and exits 0") {
    TempDir dir;
    writeFile(dir.file("empty.findings.json"), R"({"format":"findings","version":"1.1","sources":[],"findings":[]})");
    RunResult r = cli(dir, "link " + shellQuote(dir.file("empty.findings.json")) + " -o " +
                               shellQuote(dir.file("out.findings.json")));
    CHECK(r.status == 0);
    CHECK(r.err.find("no findings") != std::string::npos);

    REQUIRE(cli(dir, "import " + sample(kLetter1) + " -o " + shellQuote(dir.file("l.findings.json"))).status == 0);
    r = cli(dir, "link " + shellQuote(dir.file("l.findings.json")) + " -o " + shellQuote(dir.file("out.findings.json")));
    CHECK(r.status == 0);
    CHECK(r.err.find("no full inspection report with improvement points") != std::string::npos);
}

TEST_CASE("a concept file with a mistake is named with its line, and nothing is written") {
    TempDir dir;
    REQUIRE(cli(dir, "import " + sample(kReport) + " " + sample(kLetter1) + " -o " +
                         shellQuote(dir.file("w.findings.json"))).status == 0);
    runCommand("mkdir -p " + shellQuote(dir.file("xdg/findings-studio")));
    writeFile(dir.file("xdg/findings-studio/concepts.json"),
              "{\"format\": \"findings-concepts\", \"version\": 1,\n\"concepts\": [\n"
              "  {\"id\": \"chat\", \"forms\": [\"children's help and advice team\"]},\n"
              "  {\"id\": \"edt\", \"label\": \"emergency duty team\"}\n]}\n");
    const RunResult r = cli(dir, "link " + shellQuote(dir.file("w.findings.json")) + " -o " +
                                     shellQuote(dir.file("out.findings.json")));
    CHECK(r.status == 1);
    CHECK(r.err.find("concepts.json:4: concept 2 (edt) has no \"forms\"") != std::string::npos);
    CHECK_FALSE(fileExists(dir.file("out.findings.json")));
}

TEST_CASE("the same file imported twice is refused with a warning naming the earlier source") {
    TempDir dir;
    const RunResult r = cli(dir, "import " + sample(kLetter1) + " " + sample(kLetter1) + " -o " +
                                     shellQuote(dir.file("w.findings.json")));
    CHECK(r.status == 0);
    CHECK(r.err.find("already imported as") != std::string::npos);
    const FindingsSet once = findings::readFindingsFile(dir.file("w.findings.json"));
    REQUIRE(cli(dir, "import " + sample(kLetter1) + " -o " + shellQuote(dir.file("one.findings.json"))).status == 0);
    CHECK(once.findings.size() == findings::readFindingsFile(dir.file("one.findings.json")).findings.size());
    CHECK(once.sources.size() == 1);
}

TEST_CASE("a person's link decisions survive re-linking, the workbook and a merge") {
    TempDir dir;
    const std::string base = dir.file("base.findings.json");
    REQUIRE(cli(dir, "import " + sample(kReport) + " " + sample(kLetter1) + " --link -o " + shellQuote(base)).status == 0);
    FindingsSet set = findings::readFindingsFile(base);
    // Accept the first proposal and reject the second, as a reviewer would.
    std::string accepted, rejected;
    for (auto& f : set.findings)
        for (auto& l : f.links) {
            if (l.relation != "follows_up") continue;
            if (accepted.empty()) l.review = "accepted", l.stance = "mixed", accepted = f.id + ">" + l.target;
            else if (rejected.empty()) l.review = "rejected", rejected = f.id + ">" + l.target;
        }
    REQUIRE_FALSE(rejected.empty());
    findings::core::writeFindingsFile(set, base, {});

    auto decisionOf = [](const FindingsSet& s, const std::string& key) -> std::string {
        for (const auto& f : s.findings)
            for (const auto& l : f.links)
                if (f.id + ">" + l.target == key && l.relation == "follows_up") return l.review + "/" + l.stance;
        return "missing";
    };
    const std::string relinked = dir.file("relinked.findings.json");
    REQUIRE(cli(dir, "link " + shellQuote(base) + " -o " + shellQuote(relinked)).status == 0);
    FindingsSet after = findings::readFindingsFile(relinked);
    CHECK(decisionOf(after, accepted) == "accepted/mixed");
    CHECK(decisionOf(after, rejected).rfind("rejected/", 0) == 0);

    // Through the managers' workbook and back by merge.
    const std::string book = dir.file("board.xlsx");
    REQUIRE(cli(dir, "convert " + shellQuote(relinked) + " -o " + shellQuote(book)).status == 0);
    const std::string merged = dir.file("merged.findings.json");
    const RunResult m = cli(dir, "merge " + shellQuote(relinked) + " " + shellQuote(book) + " -o " + shellQuote(merged));
    INFO(m.err);
    REQUIRE(m.status == 0);
    after = findings::readFindingsFile(merged);
    CHECK(decisionOf(after, accepted) == "accepted/mixed");
    CHECK(decisionOf(after, rejected).rfind("rejected/", 0) == 0);
    // And the workbook read back on its own keeps every link.
    const std::string back = dir.file("back.findings.json");
    REQUIRE(cli(dir, "import " + shellQuote(book) + " -o " + shellQuote(back)).status == 0);
    CHECK(countLinks(findings::readFindingsFile(back), "follows_up") ==
          countLinks(findings::readFindingsFile(relinked), "follows_up"));
}

TEST_CASE("a tracker row that names Ofsted's point in an AFI column responds to that point") {
    TempDir dir;
    writeFile(dir.file("plan.csv"),
              "AFI ref,Action,Lead officer,Target date,RAG\n"
              "AFI 3,Deliver the refreshed guidance to every team,Head of Service,2025-03-31,Amber\n");
    const RunResult r = cli(dir, "import " + sample(kReport) + " " + shellQuote(dir.file("plan.csv")) +
                                     " --link -o " + shellQuote(dir.file("w.findings.json")));
    INFO(r.err);
    REQUIRE(r.status == 0);
    const FindingsSet set = findings::readFindingsFile(dir.file("w.findings.json"));
    std::vector<const findings::Finding*> points;
    const findings::Finding* row = nullptr;
    for (const auto& f : set.findings) {
        if (f.kind == "improvement_point") points.push_back(&f);
        if (f.kind == "plan_item") row = &f;
    }
    REQUIRE(points.size() >= 3);
    REQUIRE(row);
    REQUIRE(row->links.size() == 1);
    CHECK(row->links[0].relation == "responds_to");
    CHECK(row->links[0].target == points[2]->id);
    CHECK(row->links[0].evidence == "the row names point AFI 3");
    CHECK(points[2]->text.find("analysis of risk and need") != std::string::npos);
}
