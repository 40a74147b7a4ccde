// What the parser extracts from a letter, report, article or press release. Absent
// values are empty strings, empty vectors or -1, mirroring the findings format's "null".
#pragma once

#include <map>
#include <string>
#include <vector>

namespace findings::docparse {

/// The genre of a document; names match the findings format's source kinds.
enum class DocumentKind {
    MonitoringLetter,
    FocusedVisitLetter,
    InspectionReport,
    NewsArticle,
    PressRelease,
    Other,
};

/// The findings-format name of a kind ("monitoring_letter", ...).
const char* kindName(DocumentKind kind);

/// Why a paragraph was kept: which part of the document it came from.
enum class ParagraphRole {
    Headline,            ///< headline findings / summary of key findings
    Finding,             ///< a letter's findings section
    ImprovementPoint,    ///< one item under "What needs to improve" / "Areas for improvement"
    JudgementParagraph,  ///< a numbered paragraph of a report's judgement section
    ArticleParagraph,    ///< an article or press-release paragraph reporting a finding
    Quotation,           ///< a quoted passage of an article or press release
};

/// Stable lower-case name of a role ("headline", "improvement_point", ...).
const char* roleName(ParagraphRole role);

/// One kept paragraph, reflowed, with where it came from.
struct Paragraph {
    std::string section;     ///< heading as written ("Headline findings", a judgement heading)
    std::string subsection;  ///< sub-heading as written within the section, if any
    int ordinal = 0;         ///< 1-based position within `section`
    int number = -1;         ///< the number printed before the paragraph (reports), or -1
    ParagraphRole role = ParagraphRole::Finding;
    std::string text;         ///< reflowed into one paragraph
    std::string summary;      ///< first sentence of `text`
    std::string attribution;  ///< who said it (quotations), else empty
    int line_start = 0;       ///< 1-based first line in the reader's lines
    int line_end = 0;         ///< 1-based last line, inclusive
    int page = 0;             ///< page of the first line (PDF), 0 when unknown
    long char_start = -1;     ///< byte offset of the first character in the decoded text
    long char_end = -1;       ///< byte offset one past the last character
};

/// The visit or inspection a document reports on.
struct VisitInfo {
    int ordinal = -1;    ///< 1 for the first monitoring visit; -1 when not stated
    std::string start;   ///< ISO date (YYYY-MM-DD or YYYY-MM) or empty
    std::string end;     ///< ISO date or empty
};

/// A previous overall judgement the document refers back to.
struct PreviousJudgementInfo {
    std::string grade;  ///< outstanding, good, requires improvement, inadequate, or empty
    std::string date;   ///< ISO date, usually YYYY-MM, or empty
    int year = 0;       ///< the year when the text gives no month ("judged inadequate in 2022"), else 0
};

/// A graded judgement from a report's judgement table.
struct JudgementInfo {
    std::string area;   ///< as written
    std::string grade;  ///< outstanding, good, requires improvement, inadequate
};

/// A person named or quoted in a document.
struct PersonInfo {
    std::string name;
    std::string role;  ///< as written ("Cabinet member", "Director of Children's Services")
};

/// Everything the parser extracts from one document.
struct ParsedDocument {
    DocumentKind kind = DocumentKind::Other;
    std::string title;            ///< the document's own title ("Monitoring visit to X children's services")
    std::string local_authority;  ///< normalised short name ("Herefordshire")
    std::string author;           ///< "Ofsted" for letters and reports
    std::string date;             ///< letter or publication date (ISO), empty when not printed
    std::string recipient;
    VisitInfo visit;
    std::vector<std::string> inspectors;  ///< names only; for reports the lead first
    std::string framework;                ///< "ILACS", "SIF" or empty
    PreviousJudgementInfo previous_judgement;
    std::vector<JudgementInfo> judgements;
    std::vector<std::string> areas_covered;  ///< as written, one per bullet
    std::vector<PersonInfo> people;      ///< quoted or named people (articles, press releases)
    std::vector<Paragraph> paragraphs;  ///< the findings, in document order
    std::map<std::string, std::string> properties;  ///< extras, e.g. "verdict"
    std::vector<std::string> warnings;  ///< what was read with doubt ("local authority ... kept as written")
};

}  // namespace findings::docparse
