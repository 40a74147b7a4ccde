// classify_bench: how well and how fast the classifier labels the seed letters.
//
//   classify_bench [--details] [--seconds N] [--corpus DIR] [--fixture FILE] [--labels FILE]
//                  [--report-texts DIR] [--taxonomy FILE]
//
// For each labelled set (the seed letters; the labelled paragraphs of every era, dev and
// held-out parts apart), prints per-theme and micro/macro precision/recall/F1 of themes,
// themes per paragraph, polarity accuracy, confusion matrix and mixed recall; then the
// overall direction of the seed documents and throughput in paragraphs/second.
// --details lists every paragraph of the seed letters and of the dev part, never of the
// held-out part (it is measured, not looked at, while tuning).
#include "findings/classify/classifier.hpp"
#include "label_metrics.hpp"
#include "labelled_set.hpp"
#include "seed_letter_fixture.hpp"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

namespace fc = findings::classify;
namespace ft = findings::classify::testing;

namespace {

struct Options {
    std::string corpus = CLASSIFY_CORPUS_DIR;
    std::string fixture = CLASSIFY_FIXTURE;
    std::string labels = CLASSIFY_LABELS;
    std::string reportTexts = CLASSIFY_REPORT_TEXT_DIR;
    std::string taxonomy = CLASSIFY_THEMES_JSON;
    double seconds = 1.0;
    bool details = false;
    bool evidence = false;  ///< with --details: the evidence behind each listed paragraph
    std::string explain;  ///< a text to explain instead of benchmarking
};

Options parseArgs(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool hasValue = i + 1 < argc;
        if (a == "--details") o.details = true;
        else if (a == "--evidence") o.details = o.evidence = true;
        else if (a == "--explain" && hasValue) o.explain = argv[++i];
        else if (a == "--seconds" && hasValue) o.seconds = std::atof(argv[++i]);
        else if (a == "--corpus" && hasValue) o.corpus = argv[++i];
        else if (a == "--fixture" && hasValue) o.fixture = argv[++i];
        else if (a == "--labels" && hasValue) o.labels = argv[++i];
        else if (a == "--report-texts" && hasValue) o.reportTexts = argv[++i];
        else if (a == "--taxonomy" && hasValue) o.taxonomy = argv[++i];
        else {
            std::fprintf(stderr, "usage: classify_bench [--details] [--evidence] [--explain TEXT] [--seconds N] [--corpus DIR] "
                                 "[--fixture FILE] [--labels FILE] [--report-texts DIR] [--taxonomy FILE]\n");
            std::exit(2);
        }
    }
    return o;
}

std::string joined(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : ",") + x;
    return s.empty() ? "-" : s;
}

void printThemes(const ft::ThemeMetrics& m) {
    std::printf("\nThemes against the fixture\n");
    std::printf("%-24s %5s %4s %4s %4s %6s %6s %6s\n", "theme", "gold", "TP", "FP", "FN", "P", "R", "F1");
    for (const auto& [id, c] : m.perTheme)
        std::printf("%-24s %5d %4d %4d %4d %6.2f %6.2f %6.2f\n", id.c_str(), c.truePositives + c.falseNegatives,
                    c.truePositives, c.falsePositives, c.falseNegatives, c.precision(), c.recall(), c.f1());
    std::printf("%-24s %5d %4d %4d %4d %6.2f %6.2f %6.2f\n", "micro", m.micro.truePositives + m.micro.falseNegatives,
                m.micro.truePositives, m.micro.falsePositives, m.micro.falseNegatives, m.micro.precision(),
                m.micro.recall(), m.micro.f1());
    std::printf("%-24s %5s %4s %4s %4s %6.2f %6.2f %6.2f\n", "macro (gold themes)", "", "", "", "",
                m.macroPrecision, m.macroRecall, m.macroF1);
    std::printf("top theme in gold: %.2f\n", m.topThemeAccuracy);
}

void printPolarity(const ft::PolarityMetrics& m, std::size_t n) {
    int mixedGold = 0;
    for (int count : m.confusion[2]) mixedGold += count;
    std::printf("\nPolarity against the fixture: accuracy %.3f (%zu paragraphs), mixed recall %.2f (%d/%d)\n",
                m.accuracy, n, mixedGold ? double(m.confusion[2][2]) / mixedGold : 0.0, m.confusion[2][2], mixedGold);
    std::printf("%-16s", "gold \\ predicted");
    for (const char* p : ft::kPolarities) std::printf(" %9s", p);
    std::printf("\n");
    for (std::size_t g = 0; g < ft::kPolarities.size(); ++g) {
        std::printf("%-16s", ft::kPolarities[g]);
        for (std::size_t p = 0; p < ft::kPolarities.size(); ++p) std::printf(" %9d", m.confusion[g][p]);
        std::printf("\n");
    }
}

void printDirections(const std::string& corpus, const std::vector<ft::LabelledParagraph>& labels) {
    std::printf("\nOverall direction\n");
    for (const auto& p : labels)
        if (p.section == "Headline findings")
            std::printf("  %-58s headline   -> %s\n", p.letter.c_str(), fc::overallDirection(p.text).c_str());
    for (const char* doc : {"council-press-release-first-monitoring-visit-2023-06.txt",
                            "news-second-monitoring-visit-2023.txt", "news-inspection-little-progress.txt"}) {
        const std::string text = ft::readFile(corpus + "/seeds/" + doc);
        std::printf("  %-58s whole text -> %s\n", doc, fc::overallDirection(text).c_str());
        std::printf("  %-58s first para -> %s\n", doc, fc::overallDirection(text.substr(0, text.find("\n\n"))).c_str());
    }
}

void printThroughput(const fc::Classifier& classifier, const std::vector<ft::LabelledParagraph>& labels,
                     double seconds) {
    std::size_t bytes = 0;
    for (const auto& p : labels) bytes += p.text.size();
    std::size_t paragraphs = 0, total = 0, themes = 0;
    const auto wallStart = std::chrono::steady_clock::now();
    const std::clock_t cpuStart = std::clock();
    double elapsed = 0.0;
    do {
        for (const auto& p : labels) themes += classifier.classify(p.text).themes.size();
        paragraphs += labels.size();
        total += bytes;
        elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart).count();
    } while (elapsed < seconds);
    const double cpu = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    std::printf("\nThroughput (one thread, %zu classifications, %.2f s CPU)\n", paragraphs, cpu);
    std::printf("  %.0f paragraphs/s, %.1f us/paragraph (mean %zu bytes), %.1f MB/s, %.3f ms CPU per 10 KB\n",
                paragraphs / cpu, 1e6 * cpu / paragraphs, bytes / labels.size(), total / cpu / 1e6,
                1e3 * cpu / (total / 10240.0));
    if (themes == 0) std::printf("  (no themes found)\n");

    const auto buildStart = std::chrono::steady_clock::now();
    const fc::Classifier rebuilt(classifier.taxonomy());
    std::printf("  building the classifier: %.2f ms\n",
                1e3 * std::chrono::duration<double>(std::chrono::steady_clock::now() - buildStart).count());
}

/// The evidence behind one text's classification, for tuning by hand.
void explain(const fc::Classifier& classifier, const std::string& text) {
    const fc::Explanation e = classifier.explain(text);
    std::printf("themes %s, polarity %s, confidence %.2f\n", joined(e.result.themes).c_str(),
                e.result.polarity.c_str(), e.result.confidence);
    for (const auto& t : e.themes) std::printf("  theme %-24s %5.2f %s\n", t.id.c_str(), t.score, joined(t.phrases).c_str());
    for (const auto& c : e.clauses)
        std::printf("  %-10s %-8s S %.2f W %.2f %s | %.70s\n", c.role.c_str(), c.polarity.c_str(), c.strength,
                    c.weakness, joined(c.cues).c_str(), c.text.c_str());
}

/// One labelled paragraph, whichever fixture it came from.
struct Item {
    std::string name;
    std::string text;
    std::vector<std::string> themes;
    std::string polarity;
};

void evaluate(const char* title, const fc::Classifier& classifier, const std::vector<Item>& items, bool details,
              bool evidence) {
    std::printf("\n==== %s: %zu labelled paragraphs\n", title, items.size());
    if (items.empty()) return;
    std::vector<std::vector<std::string>> goldThemes, predictedThemes;
    std::vector<std::string> goldPolarity, predictedPolarity;
    std::size_t goldCount = 0, predictedCount = 0;
    for (const Item& p : items) {
        const fc::Classification c = classifier.classify(p.text);
        goldThemes.push_back(p.themes);
        predictedThemes.push_back(c.themes);
        goldPolarity.push_back(p.polarity);
        predictedPolarity.push_back(c.polarity);
        goldCount += p.themes.size();
        predictedCount += c.themes.size();
        if (details)
            std::printf("%-34s %-8s/%-8s %.2f | gold %-44s | got %s\n", p.name.c_str(), p.polarity.c_str(),
                        c.polarity.c_str(), c.confidence, joined(p.themes).c_str(), joined(c.themes).c_str());
        if (details && evidence) explain(classifier, p.text);
    }
    printThemes(ft::scoreThemes(goldThemes, predictedThemes));
    std::printf("themes per paragraph: predicted %.2f, gold %.2f\n", double(predictedCount) / items.size(),
                double(goldCount) / items.size());
    printPolarity(ft::scorePolarity(goldPolarity, predictedPolarity), items.size());
}

}  // namespace

int main(int argc, char** argv) {
    const Options options = parseArgs(argc, argv);
    try {
        const fc::Classifier classifier(fc::Taxonomy::load(options.taxonomy));
        if (!options.explain.empty()) {
            explain(classifier, options.explain);
            return 0;
        }
        const auto labels = ft::loadSeedLabels(options.fixture, options.corpus + "/seeds");
        std::vector<Item> seeds, dev, heldout;
        for (const auto& p : labels) {
            std::string name = p.letter.substr(0, p.letter.find(".txt")) + " " + p.section[0] + std::to_string(p.paragraph);
            seeds.push_back({name, p.text, p.themes, p.polarity});
        }
        const auto set = ft::loadLabelledSet(options.labels, options.reportTexts);
        for (const auto& p : set) (p.split == "dev" ? dev : heldout).push_back({p.source, p.text, p.themes, p.polarity});
        std::vector<Item> all = dev;
        all.insert(all.end(), heldout.begin(), heldout.end());

        std::printf("classify_bench: seed letters from %s; labelled set from %s (%s)\n", options.fixture.c_str(),
                    options.labels.c_str(),
                    options.reportTexts.empty() ? "written part only: no report texts" : "with the corpus reports");
        evaluate("Seed letters", classifier, seeds, options.details, options.evidence);
        evaluate("Labelled set, dev part", classifier, dev, options.details, options.evidence);
        evaluate("Labelled set, held-out part", classifier, heldout, false, false);
        evaluate("Labelled set, all", classifier, all, false, false);
        printDirections(options.corpus, labels);
        std::vector<ft::LabelledParagraph> timed = labels;
        for (const Item& p : all) timed.push_back({"", "", 0, p.text, p.themes, p.polarity});
        printThroughput(classifier, timed, options.seconds);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "classify_bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
