// classify_bench: how well and how fast the classifier labels the seed letters.
//
//   classify_bench [--details] [--seconds N] [--corpus DIR] [--fixture FILE] [--taxonomy FILE]
//
// Prints per-theme and micro/macro precision/recall/F1 of themes against the hand-labelled
// fixture, polarity accuracy and confusion matrix, the overall direction of the seed
// documents, and throughput in paragraphs/second.
#include "findings/classify/classifier.hpp"
#include "label_metrics.hpp"
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
    std::string taxonomy = CLASSIFY_THEMES_JSON;
    double seconds = 1.0;
    bool details = false;
};

Options parseArgs(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool hasValue = i + 1 < argc;
        if (a == "--details") o.details = true;
        else if (a == "--seconds" && hasValue) o.seconds = std::atof(argv[++i]);
        else if (a == "--corpus" && hasValue) o.corpus = argv[++i];
        else if (a == "--fixture" && hasValue) o.fixture = argv[++i];
        else if (a == "--taxonomy" && hasValue) o.taxonomy = argv[++i];
        else {
            std::fprintf(stderr, "usage: classify_bench [--details] [--seconds N] [--corpus DIR] "
                                 "[--fixture FILE] [--taxonomy FILE]\n");
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
    std::printf("\nPolarity against the fixture: accuracy %.3f (%zu paragraphs)\n", m.accuracy, n);
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

}  // namespace

int main(int argc, char** argv) {
    const Options options = parseArgs(argc, argv);
    try {
        const fc::Classifier classifier(fc::Taxonomy::load(options.taxonomy));
        const auto labels = ft::loadSeedLabels(options.fixture, options.corpus + "/seeds");

        std::vector<std::vector<std::string>> goldThemes, predictedThemes;
        std::vector<std::string> goldPolarity, predictedPolarity;
        for (const auto& p : labels) {
            const fc::Classification c = classifier.classify(p.text);
            goldThemes.push_back(p.themes);
            predictedThemes.push_back(c.themes);
            goldPolarity.push_back(p.polarity);
            predictedPolarity.push_back(c.polarity);
            if (options.details)
                std::printf("%s %c%-2d %-8s/%-8s %.2f | gold %-60s | got %s\n", p.letter.c_str() + (p.letter.size() > 32 ? 32 : 0),
                            p.section[0], p.paragraph, p.polarity.c_str(), c.polarity.c_str(), c.confidence,
                            joined(p.themes).c_str(), joined(c.themes).c_str());
        }
        std::printf("classify_bench: %zu labelled paragraphs from %s\n", labels.size(), options.fixture.c_str());
        printThemes(ft::scoreThemes(goldThemes, predictedThemes));
        printPolarity(ft::scorePolarity(goldPolarity, predictedPolarity), labels.size());
        printDirections(options.corpus, labels);
        printThroughput(classifier, labels, options.seconds);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "classify_bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
