#include "sample_document.hpp"

#include <cstdio>

namespace exceltest {
namespace {

using findings::Finding;
using findings::Source;

const char* const kThemes[] = {"workforce",  "supervision_oversight", "care_leavers",
                               "front_door", "children_in_care",      "assessment"};
const char* const kSourceIds[] = {"src-wyv-mv1", "src-wyv-mv2", "src-wyv-mv3", "src-wyv-news"};
const char* const kStatuses[] = {"red", "amber", "green", "complete", "not_started"};
/// Polarity of finding j of source s: Wyvern improves from visit to visit.
const char* const kPolarity[4][6] = {
    {"weakness", "weakness", "mixed", "weakness", "strength", "weakness"},
    {"weakness", "strength", "mixed", "weakness", "strength", "strength"},
    {"strength", "strength", "weakness", "strength", "strength", "mixed"},
    {"strength", "neutral", "strength", "weakness", "neutral", "strength"}};

Source visit(int n, const char* date, const char* start, const char* end) {
    Source s;
    s.id = kSourceIds[n - 1];
    s.path = std::string("/data/wyvern/monitoring-letter-") + date + ".txt";
    s.sha256 = std::string(63, 'a') + static_cast<char>('0' + n);
    s.kind = "monitoring_letter";
    s.title = "Monitoring visit to Wyvern children’s services";
    s.local_authority = "Wyvern";
    s.author = "Ofsted";
    s.recipient = "Alex Morgan, Director of Children’s Services";
    s.date = date;
    s.visit = {n, start, end};
    s.inspectors = {"Jane Smith", "Raj Patel"};
    s.framework = "ILACS";
    s.previous_judgement = {"inadequate", "2022-11"};
    s.areas_covered = {"The front door – contacts and referrals", "Care leavers’ pathway plans"};
    s.people = {{"Alex Morgan", "Director of Children’s Services"}};
    s.importer = {"uk.findings.letters.text", "1.0.0"};
    s.properties = {{"overall_direction", n == 3 ? "improving" : "mixed"},
                    {"letter_reference", "MV" + std::to_string(n)}};
    return s;
}

Source article() {
    Source s;
    s.id = kSourceIds[3];
    s.path = "/data/wyvern/gazette-2024-06.txt";
    s.sha256 = std::string(64, 'f');
    s.kind = "news_article";
    s.title = "Council ‘turning a corner’ on children’s services";
    s.local_authority = "Wyvern";
    s.author = "Wyvern Gazette";
    s.date = "2024-06-03";
    s.people = {{"Sam Lee", "Cabinet member for children"}};
    s.importer = {"uk.findings.letters.text", "1.0.0"};
    return s;
}

std::string longText() {
    std::string out;
    while (out.size() < 40000)
        out +=
            "Managers’ oversight of “drift and delay” is not yet consistent – £0.4m has been "
            "set aside for more team managers. ";
    return out + "The end.";
}

}  // namespace

std::string findingId(int k) {
    char ordinal[8];
    std::snprintf(ordinal, sizeof ordinal, "%04d", k % 6 + 1);
    return std::string(kSourceIds[k / 6]) + "-" + ordinal;
}

findings::FindingsSet sampleDocument() {
    findings::FindingsSet set;
    set.sources = {visit(1, "2023-07-04", "2023-06-13", "2023-06-14"),
                   visit(2, "2023-12-05", "2023-11-21", "2023-11-22"),
                   visit(3, "2024-05-30", "2024-05-14", "2024-05-15"), article()};
    for (int k = 0; k < 24; ++k) {
        const int s = k / 6, j = k % 6;
        Finding f;
        f.id = findingId(k);
        f.source = kSourceIds[s];
        f.section = j == 0 ? "Headline findings" : "Findings and evaluation of progress";
        f.paragraph = j + 1;
        f.text = "Finding " + std::to_string(k + 1) + ": leaders’ “grip” on " +
                 std::string(kThemes[j]) + " has changed – £" + std::to_string(k + 1) +
                 "00k invested. Social workers say caseloads are “manageable”, although too "
                 "many children still experience changes of social worker.";
        if (k == kLongFinding) f.text = longText();
        f.summary = "Finding " + std::to_string(k + 1) + ": leaders’ “grip” has changed.";
        f.themes = {kThemes[j]};
        if (k % 3 == 0) f.themes.push_back(kThemes[(j + 1) % 6]);
        f.polarity = kPolarity[s][j];
        if (s == 3 && j == 0) f.attribution = "Sam Lee, Cabinet member for children";
        f.location.line_start = 20 + 3 * j;
        f.location.line_end = 22 + 3 * j;
        f.location.char_start = 1000 + 400 * j;
        f.location.char_end = 1350 + 400 * j;
        if (k == 9) f.location.page = 2;
        if (k == 7)
            f.location = {findings::kNone,
                          findings::kNone,
                          findings::kNone,
                          findings::kNone,
                          findings::kNone,
                          "Tracker",
                          12,
                          3};
        f.confidence = 0.5 + (k % 5) / 10.0;
        f.review = k % 7 == 0 ? "confirmed" : k == 1 ? "" : "unreviewed";
        if (k % 4 == 0) {
            f.action.text = "Recruit permanent team managers – report to the board";
            f.action.owner = "Head of Service, Safeguarding";
            f.action.due = k == 4 ? "2025-06" : k == 8 ? "" : "2025-03-31";
            f.action.status = kStatuses[(k / 4) % 5];
        }
        if (k == 3)
            f.properties = {{"tracker_ref", "IP-07"},
                            {"rag_history", "Red → Amber"},
                            {"a_last_key", "kept in order"}};
        set.findings.push_back(std::move(f));
    }
    return set;
}

}  // namespace exceltest
