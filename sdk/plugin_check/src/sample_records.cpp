#include <findings/plugin_check/plugin_check.hpp>

namespace findings::plugin_check {

void sampleRecords(std::vector<Source>& sources, std::vector<Finding>& findings) {
    Source s;
    s.id = "src-sample";
    s.path = "wyvern-monitoring-letter-2024-05.txt";
    s.sha256 = std::string(64, '0');
    s.kind = "monitoring_letter";
    s.role = "inspection";
    s.title = "Monitoring visit to Wyvern Marsh children's services";
    s.local_authority = "Wyvern Marsh";
    s.author = "Ofsted";
    s.recipient = "Director of Children's Services";
    s.date = "2024-05-21";
    s.visit = {3, "2024-04-30", "2024-05-01"};
    s.inspectors = {"A. Inspector"};
    s.framework = "ILACS";
    s.previous_judgement = {"inadequate", "2022-10"};
    s.areas_covered = {"care leavers"};
    s.people = {{"Jo Bloggs", "Director of Children's Services"}};
    s.importer = {"org.example.sample", "1.0.0"};
    s.properties = {{"note", "made by the test harness"}};
    sources.push_back(s);

    Finding strength;
    strength.id = "src-sample-0001";
    strength.source = s.id;
    strength.section = "Headline findings";
    strength.paragraph = 1;
    strength.text = "Leaders know their services well & act on what they learn — “quickly”.";
    strength.summary = "Leaders know their services well.";
    strength.themes = {"leadership"};
    strength.polarity = "strength";
    strength.location.line_start = 12;
    strength.location.line_end = 13;
    strength.confidence = 0.9;
    strength.review = "unreviewed";
    strength.kind = "finding";
    findings.push_back(strength);

    Finding weakness = strength;
    weakness.id = "src-sample-0002";
    weakness.paragraph = 2;
    weakness.text = "Too many care leavers <18> do not have an up-to-date pathway plan.";
    weakness.summary = weakness.text;
    weakness.themes = {"care_leavers", "planning"};
    weakness.polarity = "weakness";
    weakness.kind = "improvement_point";
    weakness.action = {"Review every pathway plan", "Head of service", "2024-09-30", "amber"};
    weakness.properties = {{"Priority", "High"}};
    findings.push_back(weakness);

    Finding neutral = strength;
    neutral.id = "src-sample-0003";
    neutral.paragraph = 3;
    neutral.text = "The council has appointed a new director.";
    neutral.summary = neutral.text;
    neutral.themes.clear();
    neutral.polarity = "neutral";
    neutral.confidence = -1;
    neutral.links = {{weakness.id, "follows_up", "improved", 0.7, "auto", "proposed", "pathway plans"}};
    findings.push_back(neutral);
}

}  // namespace findings::plugin_check
