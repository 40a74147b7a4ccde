// The follow-up linker on small fictional chains: anchors, rewording, stance, plans,
// commentary, duplicates, and a person's decisions surviving a re-link.
#include "link_fixtures.hpp"

#include <findings/core/import_service.hpp>
#include <findings/core/linker.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace findings;
using namespace findings::core;
using link_fixtures::finding;
using link_fixtures::source;

namespace {

struct Fixture {
    link::TermAnalyzer analyzer;
    link::ConceptLayer concepts = link::ConceptLayer::parse(link_fixtures::kConceptsJson, "concepts.json", analyzer);
    LinkSettings settings() const {
        LinkSettings s;
        s.concepts = &concepts;
        return s;
    }
};

const Finding& byId(const FindingsSet& set, const std::string& id) {
    auto it = std::find_if(set.findings.begin(), set.findings.end(), [&](const Finding& f) { return f.id == id; });
    REQUIRE(it != set.findings.end());
    return *it;
}

/// The finding's link to `target` with `relation`, or nullptr.
const Link* linkTo(const Finding& f, const std::string& target, const std::string& relation = "follows_up") {
    for (const Link& l : f.links)
        if (l.target == target && l.relation == relation) return &l;
    return nullptr;
}

/// The target of the finding's strongest link of `relation`, or "".
std::string primary(const Finding& f, const std::string& relation = "follows_up") {
    const Link* best = nullptr;
    for (const Link& l : f.links)
        if (l.relation == relation && (!best || l.confidence > best->confidence)) best = &l;
    return best ? best->target : "";
}

}  // namespace

TEST_CASE_METHOD(Fixture, "each later finding follows up the point it rewords, with stance and evidence") {
    FindingsSet set = link_fixtures::wyvernChain();
    const LinkReport report = linkFindings(set, settings());
    CHECK(report.anchors == 3);
    CHECK(primary(byId(set, "letter-f1")) == "report-p1");
    CHECK(primary(byId(set, "letter-f2")) == "report-p3");
    CHECK(primary(byId(set, "letter-f3")) == "report-p2");

    const Link* careLeavers = linkTo(byId(set, "letter-f1"), "report-p1");
    REQUIRE(careLeavers);
    CHECK(careLeavers->stance == "improved");
    CHECK(careLeavers->origin == "auto");
    CHECK(careLeavers->review == "proposed");
    CHECK(careLeavers->confidence > 0);
    CHECK(careLeavers->confidence <= 1);
    CHECK(careLeavers->evidence.find("personal advisers") != std::string::npos);
    CHECK(linkTo(byId(set, "letter-f2"), "report-p3")->stance == "not_improved");
    CHECK(linkTo(byId(set, "letter-f3"), "report-p2")->stance == "mixed");
    // The report's own findings follow up nothing of their own report.
    CHECK(byId(set, "report-f1").links.empty());
}

TEST_CASE_METHOD(Fixture, "without the concept layer, reworded points are harder to find") {
    FindingsSet with = link_fixtures::wyvernChain();
    FindingsSet without = with;
    linkFindings(with, settings());
    linkFindings(without, LinkSettings{});
    // "changes of social worker" shares no content word with "stability of the workforce"
    // but through the concept; with the layer the link is surer.
    const Link* a = linkTo(byId(with, "letter-f2"), "report-p3");
    const Link* b = linkTo(byId(without, "letter-f2"), "report-p3");
    REQUIRE(a);
    CHECK((!b || b->confidence < a->confidence));
}

TEST_CASE_METHOD(Fixture, "a person's decisions survive re-linking, and a rejected link is not proposed again") {
    FindingsSet set = link_fixtures::wyvernChain();
    linkFindings(set, settings());
    Finding& f1 = const_cast<Finding&>(byId(set, "letter-f1"));
    Finding& f2 = const_cast<Finding&>(byId(set, "letter-f2"));
    // Accept one, reject one, add one by hand with a stance of the person's choosing.
    for (Link& l : f1.links)
        if (l.target == "report-p1") l.review = "accepted", l.stance = "mixed";
    for (Link& l : f2.links)
        if (l.target == "report-p3") l.review = "rejected";
    f2.links.push_back({"report-p2", "follows_up", "unclear", 1.0, "person", "accepted", "added by hand"});

    const LinkReport again = linkFindings(set, settings());
    CHECK(again.keptDecisions == 3);
    const Link* accepted = linkTo(byId(set, "letter-f1"), "report-p1");
    REQUIRE(accepted);
    CHECK(accepted->review == "accepted");
    CHECK(accepted->stance == "mixed");
    const Finding& g2 = byId(set, "letter-f2");
    CHECK(std::count_if(g2.links.begin(), g2.links.end(), [](const Link& l) {
              return l.target == "report-p3" && l.relation == "follows_up";
          }) == 1);
    CHECK(linkTo(g2, "report-p3")->review == "rejected");
    const Link* byHand = linkTo(g2, "report-p2");
    REQUIRE(byHand);
    CHECK(byHand->origin == "person");
    CHECK(byHand->evidence == "added by hand");
}

TEST_CASE_METHOD(Fixture, "the next full report restating a point says it has not improved") {
    FindingsSet set = link_fixtures::wyvernChain();
    set.sources.push_back(source("report2", "inspection_report", "2025-11-20"));
    set.findings.push_back(finding("report2-p1", "report2",
        "The consistency of pathway plans for care leavers and the allocation of personal advisers.",
        "improvement_point", "weakness"));
    set.findings.push_back(finding("report2-f1", "report2",
        "Workforce stability has improved: agency social workers are now few and most children "
        "keep the same social worker.", "", "strength"));
    linkFindings(set, settings());
    const Link* restated = linkTo(byId(set, "report2-p1"), "report-p1");
    REQUIRE(restated);
    CHECK(restated->stance == "not_improved");
    const Link* improved = linkTo(byId(set, "report2-f1"), "report-p3");
    REQUIRE(improved);
    CHECK(improved->stance == "improved");
}

TEST_CASE_METHOD(Fixture, "plan items respond to points; commentary restates a letter; neither is a visit") {
    FindingsSet set = link_fixtures::wyvernChain();
    Source tracker = source("tracker", "spreadsheet", "", "");
    tracker.role = "plan";
    set.sources.push_back(tracker);
    Finding row = finding("tracker-r1", "tracker",
        "Pathway plans for care leavers are not up to date", "plan_item", "weakness");
    row.action.text = "Audit every pathway plan and allocate a personal adviser at 16";
    set.findings.push_back(row);
    Source press = source("press", "press_release", "2024-06-20");
    set.sources.push_back(press);
    set.findings.push_back(finding("press-1", "press",
        "Ofsted said contacts to the MASH are now screened promptly, although consent is still "
        "not always recorded before checks are made with other agencies."));
    linkFindings(set, settings());
    CHECK(primary(byId(set, "tracker-r1"), "responds_to") == "report-p1");
    CHECK(byId(set, "tracker-r1").links.front().relation == "responds_to");
    CHECK(primary(byId(set, "press-1"), "same_as") == "letter-f3");
    // Commentary follows up nothing itself: it restates.
    CHECK(primary(byId(set, "press-1")).empty());
}

TEST_CASE_METHOD(Fixture, "a generic word alone does not link home education to management oversight") {
    FindingsSet set;
    set.sources.push_back(source("report", "inspection_report", "2022-10-07"));
    set.sources.push_back(source("letter", "monitoring_letter", "2024-05-15"));
    set.findings.push_back(finding("p1", "report",
        "The effectiveness of management oversight of children's plans.", "improvement_point"));
    set.findings.push_back(finding("p2", "report",
        "The oversight of children who are electively home educated.", "improvement_point"));
    set.findings.push_back(finding("f1", "letter",
        "Managers' oversight of plans has strengthened, and supervision is now regular and reflective.",
        "", "strength"));
    linkFindings(set, settings());
    CHECK(primary(byId(set, "f1")) == "p1");
    CHECK_FALSE(linkTo(byId(set, "f1"), "p2"));
}

TEST_CASE_METHOD(Fixture, "the same letter in another form is linked same_as and not followed up twice") {
    FindingsSet set = link_fixtures::wyvernChain();
    set.sources.push_back(source("letter-pdf", "monitoring_letter", "2024-05-15"));
    for (const char* id : {"letter-f1", "letter-f2", "letter-f3"}) {
        Finding copy = byId(set, id);
        copy.id = std::string(id) + "-pdf";
        copy.source = "letter-pdf";
        set.findings.push_back(copy);
    }
    const LinkReport report = linkFindings(set, settings());
    const Finding& copy = byId(set, "letter-f1-pdf");
    REQUIRE(copy.links.size() == 1);
    CHECK(copy.links.front().relation == "same_as");
    CHECK(copy.links.front().target == "letter-f1");
    CHECK(std::any_of(report.notes.begin(), report.notes.end(),
                      [](const std::string& n) { return n.find("same document") != std::string::npos; }));
}

TEST_CASE_METHOD(Fixture, "nothing to link is said plainly, not an error") {
    FindingsSet empty;
    LinkReport r = linkFindings(empty, settings());
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes.front().find("no findings") != std::string::npos);

    FindingsSet lettersOnly = link_fixtures::wyvernChain();
    lettersOnly.findings.erase(lettersOnly.findings.begin(), lettersOnly.findings.begin() + 4);
    lettersOnly.sources.erase(lettersOnly.sources.begin());
    r = linkFindings(lettersOnly, settings());
    CHECK(r.followUps == 0);
    CHECK(std::any_of(r.notes.begin(), r.notes.end(), [](const std::string& n) {
        return n.find("no full inspection report") != std::string::npos;
    }));
}

TEST_CASE("the same file imported twice is refused, naming the source already held") {
    FindingsSet set;
    FindingsSet first;
    Source s = source("src-aaa", "monitoring_letter", "2024-05-15");
    s.sha256 = std::string(64, 'a');
    s.title = "Monitoring visit to Wyvern";
    first.sources.push_back(s);
    first.findings.push_back(finding("src-aaa-0001", "src-aaa", "Text."));
    CHECK(appendImport(set, first).empty());
    const auto refused = appendImport(set, first);
    REQUIRE(refused.size() == 1);
    CHECK(refused.front().find("Monitoring visit to Wyvern") != std::string::npos);
    CHECK(set.sources.size() == 1);
    CHECK(set.findings.size() == 1);
}

TEST_CASE_METHOD(Fixture, "a plan row that names the point it answers is linked to it directly") {
    FindingsSet set = link_fixtures::wyvernChain();
    Source tracker = source("tracker", "spreadsheet", "", "");
    tracker.role = "plan";
    set.sources.push_back(tracker);
    // Its words say nothing of consent or the front door; its reference column does.
    Finding row = finding("tracker-r1", "tracker", "Deliver the refreshed guidance to all teams", "plan_item");
    findings::setProperty(row.properties, "inspection_ref", "AFI 2");
    set.findings.push_back(row);
    linkFindings(set, settings());
    const Link* named = linkTo(byId(set, "tracker-r1"), "report-p2", "responds_to");
    REQUIRE(named);
    CHECK(named->confidence == Approx(0.95));
    CHECK(named->evidence == "the row names point AFI 2");
}
