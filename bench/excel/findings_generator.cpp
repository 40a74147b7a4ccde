#include "findings_generator.hpp"

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace excel_bench {
namespace {

using findings::Finding;
using findings::Source;

const char* const kThemes[] = {"workforce",         "supervision_oversight",
                               "quality_assurance", "leadership_governance",
                               "performance_data",  "assessment",
                               "child_protection",  "children_in_need",
                               "early_help",        "front_door",
                               "children_in_care",  "permanence",
                               "care_leavers",      "voice_of_child",
                               "partnership",       "accommodation",
                               "neglect_da",        "mental_health",
                               "extra_familial",    "disabled_children"};
constexpr int kThemeCount = sizeof kThemes / sizeof kThemes[0];

const char* const kAuthorities[] = {"Wyvern",      "Northmoor", "Eastfold",     "Harrowby",
                                    "Kelsey Vale", "Westmarch", "Brackenridge", "Southwold"};

const char* const kStrengthSentences[] = {
    "Social workers know their children well and visit them regularly.",
    "Management oversight is now timely and gives clear direction.",
    "Strategy discussions are held promptly and involve the right partners.",
    "Care leavers are well supported by personal advisers who stay in touch.",
    "Leaders have invested £2.4m in recruitment, and caseloads are manageable.",
    "Children’s “wishes and feelings” are recorded and inform their plans.",
    "Audits are moderated and lead to improvements in practice.",
    "The front door responds swiftly – thresholds are well understood."};
const char* const kWeaknessSentences[] = {
    "Too many children experience changes of social worker.",
    "Plans are not always specific enough to measure progress.",
    "Supervision is not yet consistently reflective or challenging.",
    "Some children wait too long for their assessments to be completed.",
    "Pathway plans do not consistently address care leavers’ housing needs.",
    "Performance data is not yet used well enough to drive improvement.",
    "Drift and delay persist for a minority of children in need.",
    "Return home interviews are not always offered or completed."};
const char* const kStatuses[] = {"red", "amber", "green", "complete", "not_started", ""};
const char* const kOwners[] = {"Head of Service, Safeguarding", "Principal Social Worker",
                               "Service Manager, Children in Care",
                               "Director of Children’s Services", "Head of Quality Assurance"};

std::string date(int year, int month, int day) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

Source visitSource(const std::string& authority, int ordinal, int year, int month) {
    Source s;
    s.id = "src-" + authority.substr(0, 3) + "-" + std::to_string(ordinal) + "-" +
           std::to_string(year);
    for (auto& c : s.id)
        c = c == ' ' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    s.path = "/data/" + authority + "/monitoring-letter-" + date(year, month, 28) + ".txt";
    s.sha256 = std::string(64, 'a');
    s.kind = "monitoring_letter";
    s.title = "Monitoring visit to " + authority + " children’s services";
    s.local_authority = authority;
    s.author = "Ofsted";
    s.recipient = "Director of Children’s Services";
    s.date = date(year, month, 28);
    s.visit = {ordinal, date(year, month, 10), date(year, month, 11)};
    s.inspectors = {"Jane Smith", "Raj Patel"};
    s.framework = "ILACS";
    s.previous_judgement = {"inadequate", "2022-11"};
    s.areas_covered = {"The front door", "Children in care", "Care leavers"};
    s.importer = {"uk.findings.letters.text", "1.0.0"};
    s.properties = {{"overall_direction", ordinal > 2 ? "improving" : "mixed"}};
    return s;
}

/// A finding of `source`, paragraph `n`, weaker the higher `weakness` (0..1).
Finding makeFinding(const Source& source, int n, double weakness, std::mt19937& rng,
                    int themeSpread) {
    std::uniform_real_distribution<double> unit(0, 1);
    std::uniform_int_distribution<int> sentence(0, 7);
    Finding f;
    char ordinal[16];
    std::snprintf(ordinal, sizeof ordinal, "%04d", n);
    f.id = source.id + "-" + ordinal;
    f.source = source.id;
    f.section = n == 1 ? "Headline findings" : "Findings and evaluation of progress";
    f.paragraph = n;
    const double p = unit(rng);
    f.polarity = p < weakness * 0.8          ? "weakness"
                 : p < weakness * 0.8 + 0.15 ? "mixed"
                 : p < 0.97                  ? "strength"
                                             : "neutral";
    const int sentences = 3 + static_cast<int>(unit(rng) * 5);
    for (int i = 0; i < sentences; ++i) {
        const bool weak = (f.polarity == "weakness") || (f.polarity == "mixed" && i % 2 == 1);
        const char* s =
            weak ? kWeaknessSentences[sentence(rng)] : kStrengthSentences[sentence(rng)];
        if (i == 0) f.summary = s;
        f.text += (i ? " " : "") + std::string(s);
    }
    std::uniform_int_distribution<int> theme(0, std::min(themeSpread, kThemeCount) - 1);
    const int themes = 1 + static_cast<int>(unit(rng) * 2.2);
    while (static_cast<int>(f.themes.size()) < themes) {
        const std::string t = kThemes[theme(rng)];
        if (std::find(f.themes.begin(), f.themes.end(), t) == f.themes.end()) f.themes.push_back(t);
    }
    f.location.line_start = 20 + 4 * n;
    f.location.line_end = 23 + 4 * n;
    f.location.char_start = 900 + 520 * n;
    f.location.char_end = 900 + 520 * n + static_cast<long>(f.text.size());
    f.confidence = 0.6 + unit(rng) * 0.4;
    f.review = unit(rng) < 0.2 ? "confirmed" : "unreviewed";
    if (f.polarity != "strength" && unit(rng) < 0.6) {
        f.action.text = "Agree and monitor an improvement action for: " + f.summary;
        f.action.owner = kOwners[n % 5];
        f.action.due = date(2025, 1 + n % 12, 28);
        f.action.status = kStatuses[n % 6];
    }
    if (n % 10 == 0) f.properties = {{"tracker_ref", "IP-" + std::to_string(n)}};
    return f;
}

}  // namespace

findings::FindingsSet generateFindings(std::size_t count, unsigned seed) {
    std::mt19937 rng(seed);
    findings::FindingsSet set;
    // About 15 findings per letter, as in real monitoring letters; up to 8 authorities.
    const std::size_t letters = std::max<std::size_t>(4, count / 15);
    set.sources.reserve(letters);
    for (std::size_t i = 0; i < letters; ++i) {
        const std::string authority = kAuthorities[i % 8];
        const int ordinal = static_cast<int>(i / 8) + 1;
        set.sources.push_back(
            visitSource(authority, ordinal, 2018 + (ordinal / 4) % 8, 1 + (ordinal * 3) % 12));
    }
    set.findings.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const Source& s = set.sources[i % letters];
        set.findings.push_back(
            makeFinding(s, static_cast<int>(i / letters) + 1, 0.5, rng, kThemeCount));
    }
    return set;
}

findings::FindingsSet demoDocument() {
    std::mt19937 rng(7);
    findings::FindingsSet set;
    const int months[] = {3, 7, 11, 3, 7};
    for (int v = 1; v <= 5; ++v)
        set.sources.push_back(visitSource("Wyvern", v, v <= 3 ? 2023 : 2024, months[v - 1]));
    for (int v = 0; v < 5; ++v)
        for (int n = 1; n <= 24; ++n)
            set.findings.push_back(makeFinding(set.sources[v], n, 0.85 - 0.17 * v, rng, 12));
    return set;
}

}  // namespace excel_bench
