#include "record_mapping.hpp"

namespace letters_plugin {

using findings::docparse::Paragraph;
using findings::docparse::ParsedDocument;

findings::Source toSource(const ParsedDocument& doc, const SourceOrigin& origin,
                          const std::string& overallDirection) {
    findings::Source s;
    s.id = origin.id;
    s.sha256 = origin.sha256;
    s.kind = findings::docparse::kindName(doc.kind);
    s.role = std::string(findings::defaultRole(s.kind));
    s.title = doc.title;
    s.local_authority = doc.local_authority;
    s.author = doc.author;
    s.recipient = doc.recipient;
    s.date = doc.date;
    if (doc.visit.ordinal > 0) s.visit.ordinal = doc.visit.ordinal;
    s.visit.start = doc.visit.start;
    s.visit.end = doc.visit.end;
    s.inspectors = doc.inspectors;
    s.framework = doc.framework;
    s.previous_judgement.grade = doc.previous_judgement.grade;
    s.previous_judgement.date = doc.previous_judgement.date;
    for (const auto& j : doc.judgements) s.judgements.push_back({j.area, j.grade});
    s.areas_covered = doc.areas_covered;
    for (const auto& p : doc.people) s.people.push_back({p.name, p.role});
    s.importer = origin.importer;
    if (!overallDirection.empty()) findings::setProperty(s.properties, "overall_direction", overallDirection);
    for (const auto& [key, value] : doc.properties) findings::setProperty(s.properties, key, value);
    findings::setProperty(s.properties, "format", origin.format);
    return s;
}

long long paragraphNumber(const Paragraph& paragraph) {
    return paragraph.number >= 0 ? paragraph.number : paragraph.ordinal;
}

findings::Finding toFinding(const Paragraph& paragraph, const std::string& sourceId, const std::string& id) {
    findings::Finding f;
    f.id = id;
    f.source = sourceId;
    f.section = paragraph.section;
    f.paragraph = paragraphNumber(paragraph);
    if (paragraph.role == findings::docparse::ParagraphRole::ImprovementPoint) f.kind = "improvement_point";
    f.text = paragraph.text;
    f.summary = paragraph.summary;
    f.attribution = paragraph.attribution;
    if (paragraph.line_start > 0) f.location.line_start = paragraph.line_start;
    if (paragraph.line_end > 0) f.location.line_end = paragraph.line_end;
    if (paragraph.char_start >= 0) f.location.char_start = paragraph.char_start;
    if (paragraph.char_end >= 0) f.location.char_end = paragraph.char_end;
    if (paragraph.page > 0) f.location.page = paragraph.page;
    findings::setProperty(f.properties, "role", findings::docparse::roleName(paragraph.role));
    if (!paragraph.subsection.empty()) findings::setProperty(f.properties, "subsection", paragraph.subsection);
    return f;
}

}  // namespace letters_plugin
