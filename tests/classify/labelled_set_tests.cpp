// The labelled paragraph set: its reader, and the classifier's accuracy on it. The
// corpus part (paragraphs located in the inspection reports) is registered only when the
// report texts were made at build time (corpus and pdftotext present).
#include "findings/classify/classifier.hpp"
#include "label_metrics.hpp"
#include "labelled_set.hpp"

#include <catch2/catch.hpp>

#include <set>

namespace ft = findings::classify::testing;
using findings::classify::Classifier;
using findings::classify::Taxonomy;

namespace {

const Classifier& classifier() {
    static const Classifier c(Taxonomy::load(CLASSIFY_THEMES_JSON));
    return c;
}

struct Scores {
    ft::ThemeMetrics themes;
    ft::PolarityMetrics polarity;
    double mixedRecall = 0.0;
    double themesPerParagraph = 0.0;
};

Scores score(const std::vector<ft::LabelledText>& set) {
    std::vector<std::vector<std::string>> goldThemes, predictedThemes;
    std::vector<std::string> goldPolarity, predictedPolarity;
    std::size_t predicted = 0;
    for (const auto& p : set) {
        const auto c = classifier().classify(p.text);
        goldThemes.push_back(p.themes);
        predictedThemes.push_back(c.themes);
        goldPolarity.push_back(p.polarity);
        predictedPolarity.push_back(c.polarity);
        predicted += c.themes.size();
    }
    Scores s{ft::scoreThemes(goldThemes, predictedThemes), ft::scorePolarity(goldPolarity, predictedPolarity)};
    int mixed = 0;
    for (int n : s.polarity.confusion[2]) mixed += n;
    s.mixedRecall = mixed ? double(s.polarity.confusion[2][2]) / mixed : 0.0;
    s.themesPerParagraph = set.empty() ? 0.0 : double(predicted) / set.size();
    return s;
}

}  // namespace

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

// Thresholds a little below the figures measured when they were set (issue 14), so that a
// regression fails and noise does not. Written part, all 52: theme micro P 0.95 R 0.92,
// 1.10 themes a paragraph (gold 1.13), polarity 0.96, mixed recall 0.89, never strength
// for weakness or the reverse.
TEST_CASE("the classifier reaches the measured accuracy on the written labelled paragraphs", "[classify][labels]") {
    const Scores s = score(ft::loadLabelledSet(CLASSIFY_LABELS, ""));
    INFO("theme P " << s.themes.micro.precision() << " R " << s.themes.micro.recall() << " polarity "
                    << s.polarity.accuracy << " mixed recall " << s.mixedRecall);
    CHECK(s.themes.micro.f1() >= 0.88);
    CHECK(s.themes.micro.precision() >= 0.88);
    CHECK(s.themesPerParagraph <= 1.3);
    CHECK(s.polarity.accuracy >= 0.90);
    CHECK(s.mixedRecall >= 0.75);
    CHECK(s.polarity.confusion[0][1] == 0);
    CHECK(s.polarity.confusion[1][0] == 0);
}

#if defined(CLASSIFY_REPORT_TEXT_DIR_SET)
TEST_CASE("the corpus part of the labelled set is found in the four inspection reports", "[classify][labels][corpus]") {
    const auto set = ft::loadLabelledSet(CLASSIFY_LABELS, CLASSIFY_REPORT_TEXT_DIR);
    std::size_t corpus = 0;
    for (const auto& p : set) corpus += p.fromCorpus;
    CHECK(corpus >= 50);
    CHECK(set.size() >= 100);
}

// Whole set, 108 paragraphs: theme micro P 0.88 R 0.89 F1 0.88, polarity 0.91, mixed
// recall 0.79 (held-out part alone: F1 0.88, P 0.87, polarity 0.91, mixed 6/7).
TEST_CASE("the classifier reaches the measured accuracy on the whole labelled set", "[classify][labels][corpus]") {
    const Scores s = score(ft::loadLabelledSet(CLASSIFY_LABELS, CLASSIFY_REPORT_TEXT_DIR));
    INFO("theme P " << s.themes.micro.precision() << " R " << s.themes.micro.recall() << " polarity "
                    << s.polarity.accuracy << " mixed recall " << s.mixedRecall);
    CHECK(s.themes.micro.f1() >= 0.85);
    CHECK(s.themes.micro.precision() >= 0.82);
    CHECK(s.themes.topThemeAccuracy >= 0.95);
    CHECK(s.polarity.accuracy >= 0.87);
    CHECK(s.mixedRecall >= 0.72);
}
#endif
