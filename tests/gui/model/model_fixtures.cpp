#include "model_fixtures.hpp"

#include <test_support.hpp>

namespace fixtures {

using findings::Finding;
using findings::Source;

findings::FindingsSet smallSet() {
    findings::FindingsSet set;
    Source letter;
    letter.id = "letter";
    letter.title = "Monitoring visit letter";
    letter.kind = "monitoring_letter";
    letter.local_authority = "Wyvern";
    letter.date = "2024-06-06";
    letter.visit = {3, "2024-05-14", "2024-05-15"};
    Source article;
    article.id = "article";
    article.title = "News: little progress";
    article.kind = "news_article";
    article.local_authority = "Wyvern";
    article.date = "2024-06-12";
    article.visit.start = "2024-05-14";  // the same visit, without an ordinal
    Source tracker;
    tracker.id = "tracker";
    tracker.title = "Improvement tracker";
    tracker.kind = "spreadsheet";
    tracker.local_authority = "Wyvern";
    tracker.date = "2025-03-03";
    set.sources = {letter, article, tracker};

    auto add = [&](std::string id, std::string source, std::string polarity,
                   std::vector<std::string> themes, std::string text, double confidence,
                   std::string review, std::string status = "") {
        Finding f;
        f.id = std::move(id);
        f.source = std::move(source);
        f.polarity = std::move(polarity);
        f.themes = std::move(themes);
        f.text = std::move(text);
        f.summary = f.text.substr(0, f.text.find('.') + 1);
        f.section = "Findings";
        f.confidence = confidence;
        f.review = std::move(review);
        f.action.status = std::move(status);
        set.findings.push_back(std::move(f));
    };
    add("f1", "letter", "strength", {"workforce"}, "Social workers have manageable caseloads.", 0.9, "unreviewed");
    add("f2", "letter", "weakness", {"workforce", "supervision_oversight"},
        "Supervision is not reflective. Managers rarely challenge drift.", 0.8, "unreviewed");
    add("f3", "letter", "weakness", {"quality_assurance"}, "Audits overgrade practice.", 0.4, "confirmed");
    add("f4", "article", "mixed", {"workforce"}, "Turnover is falling but agency reliance remains.", 0.5, "unreviewed");
    add("f5", "article", "strength", {}, "The council welcomed the letter.", -1, "edited");
    add("f6", "tracker", "weakness", {"quality_assurance"}, "Learning from audits is not shared.", 0.95, "unreviewed", "red");
    add("f7", "tracker", "weakness", {"workforce"}, "Caseloads too high in assessment teams.", 0.95, "unreviewed", "green");
    add("f8", "tracker", "neutral", {"supervision_oversight"}, "Supervision policy refreshed.", 0.95, "confirmed", "complete");
    return set;
}

findings::FindingsSet largeSet(size_t count) {
    findings::FindingsSet set;
    for (int s = 0; s < 20; ++s) {
        Source src;
        src.id = "s" + std::to_string(s);
        src.title = "Source " + std::string(1, static_cast<char>('A' + (s * 7) % 20));
        src.local_authority = s % 2 ? "Wyvern" : "Herefordshire";
        src.visit.ordinal = s % 6 + 1;
        src.visit.start = "2024-0" + std::to_string(s % 9 + 1) + "-1" + std::to_string(s % 10);
        set.sources.push_back(std::move(src));
    }
    const char* themes[] = {"workforce", "supervision_oversight", "quality_assurance", "leadership"};
    const char* pols[] = {"strength", "weakness", "mixed", "neutral"};
    const char* reviews[] = {"unreviewed", "confirmed", "edited"};
    const char* statuses[] = {"", "red", "amber", "green", "complete", "not_started"};
    const char* words[] = {"caseloads", "supervision", "audit", "leaders", "children", "plans",
                           "assessment", "drift", "visits", "managers", "carers", "health"};
    std::uint32_t seed = 12345;
    auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    set.findings.reserve(count);
    for (size_t i = 0; i < count; ++i) {
        Finding f;
        f.id = "f" + std::to_string(i);
        f.source = "s" + std::to_string(next() % 20);
        f.section = "Section " + std::to_string(next() % 9);
        f.polarity = pols[next() % 4];
        f.themes = {themes[next() % 4]};
        if (next() % 3 == 0) f.themes.push_back(themes[next() % 4]);
        std::string text;
        for (int w = 0; w < 24; ++w) text += std::string(words[next() % 12]) + (w % 8 == 7 ? ". " : " ");
        f.text = text;
        f.summary = text.substr(0, text.find('.') + 1);
        f.confidence = (next() % 101) / 100.0;
        f.review = reviews[next() % 3];
        f.action.status = statuses[next() % 6];
        set.findings.push_back(std::move(f));
    }
    return set;
}

std::string themesJson() {
    // With phrases, so importer plugins that read the user's taxonomy accept it too.
    return R"({"version": 1, "themes": [
      {"id": "workforce", "label": "Workforce: recruitment, retention and caseloads", "phrases": ["caseload*", "recruit*"]},
      {"id": "supervision_oversight", "label": "Supervision and management oversight", "phrases": ["supervision"]},
      {"id": "quality_assurance", "label": "Quality assurance and audit", "phrases": ["audit*"]},
      {"id": "leadership", "label": "Leadership and governance", "phrases": ["leader*"]}]})";
}

findings::core::ThemeLabels writeThemes(const std::string& dir) {
    const std::string path = dir + "/themes.json";
    testsupport::writeFile(path, themesJson());
    return findings::core::ThemeLabels::load(path);
}

}  // namespace fixtures
