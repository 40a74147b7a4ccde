#include "every_field_records.hpp"

#include <string>

namespace testrecords {

using findings::Finding;
using findings::Source;

Source everyFieldSource() {
    Source s;
    s.id = "src-1";
    s.path = "/letters/wyvern.docx";
    s.sha256 = std::string(64, 'a');
    s.kind = "monitoring_letter";
    s.title = "Monitoring visit";
    s.local_authority = "Wyvern";
    s.author = "Ofsted";
    s.recipient = "Ms Reed";
    s.date = "2024-05-01";
    s.visit = {3, "2024-04-10", "2024-04-11"};
    s.inspectors = {"Jo Bright", "Sam Lee"};
    s.framework = "ILACS";
    s.previous_judgement = {"inadequate", "2022-10"};
    s.judgements = {{"Overall", "good"}, {"Leadership", "requires improvement"}};
    s.areas_covered = {"care leavers", "front door"};
    s.people = {{"Ann Cole", "Director"}};
    s.importer = {"uk.findings.letters.docx", "1.0.0"};
    s.properties = {{"format", "docx"}, {"empty", ""}};
    s.role = "inspection";
    return s;
}

Finding everyFieldFinding() {
    Finding f;
    f.id = "src-1-p4";
    f.source = "src-1";
    f.section = "Headline findings";
    f.paragraph = 4;
    f.text = std::string("Leaders have \xe2\x80\x9cmade\xe2\x80\x9d progress\n\0and more", 40);
    f.summary = "progress";
    f.themes = {"leadership", "care_leavers"};
    f.polarity = "strength";
    f.attribution = "the letter";
    f.location = {10, 12, 300, 420, 2, "Tracker", 7, 3};
    f.confidence = 0.75;
    f.review = "edited";
    f.action = {"Recruit", "DCS", "2025-03", "amber"};
    f.properties = {{"role", "headline"}};
    f.kind = "improvement_point";
    f.links = {{"old-1", "follows_up", "improved", 0.5, "auto", "proposed", "care leavers"},
               {"old-2", "same_as", "", -1, "person", "accepted", ""}};
    return f;
}

}  // namespace testrecords
