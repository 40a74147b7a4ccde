// The labelled paragraph set: its reader, and the classifier's accuracy on it. The
// corpus part (paragraphs located in the inspection reports) is registered only when the
// report texts were made at build time (corpus and pdftotext present).
#include "findings/classify/classifier.hpp"
#include "label_metrics.hpp"
#include "labelled_set.hpp"

#include <catch2/catch.hpp>

#include <set>

namespace ft = findings::classify::testing;

TEST_CASE("numbered report paragraphs skip page furniture and stop before headings", "[classify][labels]") {
    // Two page headers, a page number, a heading after a paragraph, a paragraph broken by a
    // page break mid-sentence, and the 2014 layout with the number on its own line.
    const std::string report =
        "Inspection of Anyshire local authority children's services\n"
        "1. Children are seen regularly and their\n"
        "plans are clear.\n\n"
        "The experiences and progress of children in care: good\n"
        "2. Foster carers are well supported and\n"
        "Inspection of Anyshire local authority children's services\n\n"
        "7\n\n"
        "receive regular training.\n"
        "Inspection of Anyshire local authority children's services\n"
        "14.\n\n"
        "Care leavers have up-to-date pathway\n"
        "plans.\n";
    const auto paragraphs = ft::numberedParagraphs(report);
    REQUIRE(paragraphs.size() == 3);
    CHECK(paragraphs[0] == std::make_pair(1, std::string("Children are seen regularly and their plans are clear.")));
    CHECK(paragraphs[1] == std::make_pair(2, std::string("Foster carers are well supported and receive regular training.")));
    CHECK(paragraphs[2] == std::make_pair(14, std::string("Care leavers have up-to-date pathway plans.")));
}

TEST_CASE("the written part of the labelled set covers every era with both splits", "[classify][labels]") {
    const auto set = ft::loadLabelledSet(CLASSIFY_LABELS, "");
    std::set<std::string> eras, splits;
    for (const auto& p : set) {
        CHECK_FALSE(p.fromCorpus);
        CHECK_FALSE(p.text.empty());
        eras.insert(p.era);
        splits.insert(p.split);
    }
    CHECK(set.size() >= 50);
    CHECK(eras == std::set<std::string>{"focused", "ilacs", "monitoring", "sif"});
    CHECK(splits == std::set<std::string>{"dev", "heldout"});
}

#if defined(CLASSIFY_REPORT_TEXT_DIR_SET)
TEST_CASE("the corpus part of the labelled set is found in the four inspection reports", "[classify][labels][corpus]") {
    const auto set = ft::loadLabelledSet(CLASSIFY_LABELS, CLASSIFY_REPORT_TEXT_DIR);
    std::size_t corpus = 0;
    for (const auto& p : set) corpus += p.fromCorpus;
    CHECK(corpus >= 50);
    CHECK(set.size() >= 100);
}
#endif
