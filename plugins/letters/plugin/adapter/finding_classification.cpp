#include "finding_classification.hpp"

#include <algorithm>
#include <cmath>

namespace letters_plugin {

using findings::docparse::DocumentKind;
using findings::docparse::Paragraph;
using findings::docparse::ParagraphRole;
using findings::docparse::ParsedDocument;

namespace {

/// Rounded to two decimals: the figure is a judgement, not a measurement, and rounding
/// keeps the output identical across compilers and runs.
double rounded(double x) { return std::round(std::clamp(x, 0.0, 1.0) * 100.0) / 100.0; }

bool isLetter(DocumentKind kind) {
    return kind == DocumentKind::MonitoringLetter || kind == DocumentKind::FocusedVisitLetter;
}

bool isArticle(DocumentKind kind) {
    return kind == DocumentKind::NewsArticle || kind == DocumentKind::PressRelease;
}

std::string joinedText(const ParsedDocument& doc, ParagraphRole role) {
    std::string text;
    for (const Paragraph& p : doc.paragraphs)
        if (p.role == role) text += p.text + "\n";
    return text;
}

}  // namespace

double extractionCertainty(const Paragraph& paragraph, DocumentKind kind, double readerCertainty) {
    double certainty = 0.5;
    switch (paragraph.role) {
        // Under a heading the letter or report itself prints: placement is near certain.
        case ParagraphRole::Headline:
        case ParagraphRole::Finding: certainty = 0.95; break;
        case ParagraphRole::ImprovementPoint:
        case ParagraphRole::JudgementParagraph: certainty = 0.9; break;
        // Chosen by the wording of a paragraph in free prose.
        case ParagraphRole::ArticleParagraph: certainty = 0.75; break;
        case ParagraphRole::Quotation: certainty = paragraph.attribution.empty() ? 0.6 : 0.85; break;
    }
    if (kind == DocumentKind::Other) certainty = std::min(certainty, 0.5);
    return certainty * readerCertainty;
}

void classifyFinding(findings::Finding& finding, const Paragraph& paragraph,
                     const findings::classify::Classification& c, double extraction) {
    finding.themes = c.themes;
    double classification = c.confidence;
    if (paragraph.role == ParagraphRole::ImprovementPoint) {
        // Ofsted's point is not the council's action: `action` stays for what a plan or a
        // person says will be done, so a point with no planned action shows as such.
        finding.polarity = "weakness";
        classification = 1.0;  // the polarity is given by the heading, not inferred
    } else {
        finding.polarity = c.polarity;
    }
    // Themes are part of the classification too: none found lowers the figure.
    if (finding.themes.empty()) classification *= 0.5;
    // Extraction bounds the result; classification scales it between half and all of it.
    finding.confidence = rounded(extraction * (0.5 + 0.5 * classification));
}

std::string overallDirectionOf(const ParsedDocument& doc) {
    std::string text;
    if (isLetter(doc.kind)) {
        text = joinedText(doc, ParagraphRole::Headline);
        if (text.empty()) text = joinedText(doc, ParagraphRole::Finding);
        // Older letters state a verdict ("The local authority is making steady progress")
        // before their sections: the inspectors' own summary of the direction, read first.
        auto verdict = doc.properties.find("verdict");
        if (verdict != doc.properties.end()) text = verdict->second + "\n\n" + text;
    } else if (isArticle(doc.kind)) {
        text = joinedText(doc, ParagraphRole::ArticleParagraph);
        if (text.empty()) text = joinedText(doc, ParagraphRole::Quotation);
    }
    if (text.empty()) return {};
    return findings::classify::overallDirection(text);
}

}  // namespace letters_plugin
