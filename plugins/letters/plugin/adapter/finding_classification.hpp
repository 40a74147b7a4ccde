// Themes, polarity and confidence of the findings, and the overall direction of a
// document, from the shared classifier.
#pragma once

#include <findings/classify/classifier.hpp>
#include <findings/docparse/document.hpp>
#include <findings/sdk.hpp>

#include <string>

namespace letters_plugin {

/// How sure the parser's placement of a paragraph is, 0..1: a paragraph under a letter's
/// own heading is surer than one an article's wording suggested. `readerCertainty`
/// discounts readers that reconstruct layout (PDF).
double extractionCertainty(const findings::docparse::Paragraph& paragraph,
                           findings::docparse::DocumentKind kind, double readerCertainty);

/// Sets the finding's themes, polarity and confidence from the classifier's result for the
/// paragraph's text (`classified`). An improvement point is a weakness
/// by where it stands, whatever its wording, and its text is the action to take.
void classifyFinding(findings::Finding& finding, const findings::docparse::Paragraph& paragraph,
                     const findings::classify::Classification& classified, double extraction);

/// "improving", "mixed" or "not improving" for letters (from the headline findings, or the
/// findings when a letter has no headline section), articles and press releases (from the
/// paragraphs reporting the judgement); empty for other kinds or when there is no text.
std::string overallDirectionOf(const findings::docparse::ParsedDocument& doc);

}  // namespace letters_plugin
