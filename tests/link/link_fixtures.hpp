// Small fictional chains for the linker's tests: a full report with its points, later
// letters that reword them as Ofsted does, a tracker and a press release.
#pragma once

#include <findings/format/findings_set.hpp>
#include <findings/core/link/concepts.hpp>

#include <string>

namespace link_fixtures {

/// A concept layer of a few general concepts, as concepts.json would hold them.
inline const char* kConceptsJson = R"({
  "format": "findings-concepts", "version": 1,
  "concepts": [
    {"id": "care_leavers", "label": "care leavers",
     "forms": ["care leavers", "care-experienced young people", "care experienced", "leaving care"],
     "themes": ["care_leavers"]},
    {"id": "pathway_plans", "label": "pathway plans", "forms": ["pathway plan", "pathway planning"],
     "themes": ["care_leavers"]},
    {"id": "personal_advisers", "label": "personal advisers",
     "forms": ["personal adviser", "young persons adviser", "YPA"], "themes": ["care_leavers"]},
    {"id": "front_door", "label": "front door",
     "forms": ["front door", "MASH", "multi-agency safeguarding hub", "MARAT", "first response"],
     "themes": ["front_door"]},
    {"id": "consent", "label": "parental consent", "forms": ["consent"], "themes": ["front_door"]},
    {"id": "workforce_stability", "label": "stability of the workforce",
     "forms": ["stability of the workforce", "workforce stability", "changes of social worker",
               "staff turnover", "agency social workers"], "themes": ["workforce"]},
    {"id": "children_in_need", "label": "children in need", "forms": ["children in need"]},
    {"id": "child_protection", "label": "child protection",
     "forms": ["children in need of protection", "child protection"]},
    {"id": "home_education", "label": "elective home education",
     "forms": ["elective home education", "home educated"], "themes": ["health_education"]},
    {"id": "management_oversight", "label": "management oversight",
     "forms": ["management oversight", "managers' oversight"], "themes": ["supervision_oversight"]}
  ],
  "generic": ["oversight", "plans", "practice", "quality"]
})";

inline findings::Source source(std::string id, std::string kind, std::string date,
                               std::string authority = "Wyvern") {
    findings::Source s;
    s.id = std::move(id);
    s.kind = std::move(kind);
    s.title = s.id;
    s.local_authority = std::move(authority);
    s.visit.end = std::move(date);
    return s;
}

inline findings::Finding finding(std::string id, std::string source, std::string text,
                                 std::string kind = "", std::string polarity = "") {
    findings::Finding f;
    f.id = std::move(id);
    f.source = std::move(source);
    f.text = std::move(text);
    f.kind = std::move(kind);
    f.polarity = std::move(polarity);
    f.review = "unreviewed";  // as a document holds it, so records compare after a round trip
    return f;
}

/// A report judged inadequate in 2022 with three points, and a 2024 letter whose findings
/// each take up one of them in other words.
inline findings::FindingsSet wyvernChain() {
    findings::FindingsSet set;
    set.sources.push_back(source("report", "inspection_report", "2022-10-07"));
    set.sources.push_back(source("letter", "monitoring_letter", "2024-05-15"));
    set.findings.push_back(finding("report-p1", "report",
        "The timeliness and quality of pathway plans for care leavers, and how soon they are "
        "allocated a personal adviser.", "improvement_point", "weakness"));
    set.findings.push_back(finding("report-p2", "report",
        "The response to contacts at the front door, including how parental consent is sought "
        "and recorded.", "improvement_point", "weakness"));
    set.findings.push_back(finding("report-p3", "report",
        "The stability of the workforce, so that children build relationships with their "
        "social workers.", "improvement_point", "weakness"));
    set.findings.push_back(finding("report-f1", "report",
        "Senior leaders have been slow to act on what they know about weak practice.", "", "weakness"));
    set.findings.push_back(finding("letter-f1", "letter",
        "Care-experienced young people now meet their personal adviser within weeks of their "
        "eighteenth birthday, and most pathway plans have improved and are up to date.", "", "strength"));
    set.findings.push_back(finding("letter-f2", "letter",
        "Too many children still experience changes of social worker. Agency social workers "
        "remain a large part of the workforce.", "", "weakness"));
    set.findings.push_back(finding("letter-f3", "letter",
        "Contacts to the MASH are now screened promptly, although consent is still not always "
        "recorded before checks are made with other agencies.", "", "mixed"));
    return set;
}

}  // namespace link_fixtures
