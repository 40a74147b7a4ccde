// The document parser: lines to rows, rows to blocks, then the genre's own parser.
#include "findings/docparse/parser.hpp"

#include "context.hpp"
#include "findings/docparse/authorities.hpp"
#include "findings/docparse/error.hpp"
#include "findings/docparse/scanners.hpp"
#include "unflatten.hpp"

namespace findings::docparse {

const char* kindName(DocumentKind kind) {
    switch (kind) {
        case DocumentKind::MonitoringLetter: return "monitoring_letter";
        case DocumentKind::FocusedVisitLetter: return "focused_visit_letter";
        case DocumentKind::InspectionReport: return "inspection_report";
        case DocumentKind::NewsArticle: return "news_article";
        case DocumentKind::PressRelease: return "press_release";
        case DocumentKind::Other: return "other";
    }
    return "other";
}

const char* roleName(ParagraphRole role) {
    switch (role) {
        case ParagraphRole::Headline: return "headline";
        case ParagraphRole::Finding: return "finding";
        case ParagraphRole::ImprovementPoint: return "improvement_point";
        case ParagraphRole::JudgementParagraph: return "judgement_paragraph";
        case ParagraphRole::ArticleParagraph: return "article_paragraph";
        case ParagraphRole::Quotation: return "quotation";
    }
    return "finding";
}

DocumentKind detectDocumentKind(const Lines& lines) {
    detail::Context ctx;
    ctx.rows = detail::makeRows(detail::unflattenLongLines(lines));
    detail::dropArtefacts(ctx.rows);
    ctx.blocks = detail::makeBlocks(ctx.rows, detail::linesAreParagraphs(ctx.rows));
    detail::rejoinBrokenParagraphs(ctx.rows, ctx.blocks);
    return detail::detectKind(ctx);
}

ParsedDocument parseDocument(const Lines& lines, const ParseOptions& options) {
    detail::Context ctx;
    ctx.authorities = options.authorities ? options.authorities : &AuthorityDirectory::builtIn();
    ctx.rows = detail::makeRows(detail::unflattenLongLines(lines));
    bool any = false;
    for (const detail::Row& r : ctx.rows) any |= !r.blank;
    if (!any) throw DocparseError(ErrorCode::EmptyInput, "empty document: no text");
    detail::dropArtefacts(ctx.rows);
    ctx.blocks = detail::makeBlocks(ctx.rows, detail::linesAreParagraphs(ctx.rows));
    detail::rejoinBrokenParagraphs(ctx.rows, ctx.blocks);
    ctx.doc.kind = detail::detectKind(ctx);
    switch (ctx.doc.kind) {
        case DocumentKind::MonitoringLetter:
        case DocumentKind::FocusedVisitLetter:
            // Only letters: a report's numbered paragraphs and tables break differently.
            detail::splitRunTogetherParagraphs(ctx.rows, ctx.blocks);
            detail::parseLetter(ctx);
            break;
        case DocumentKind::InspectionReport:
            // A report's unnumbered prose (its headline summary) runs together the same
            // way when the text lost its blank lines; numbered paragraphs and list items
            // already start blocks of their own.
            detail::splitRunTogetherParagraphs(ctx.rows, ctx.blocks, /*unnumberedOnly=*/true);
            detail::parseReport(ctx);
            break;
        case DocumentKind::NewsArticle:
        case DocumentKind::PressRelease: detail::parseArticle(ctx); break;
        case DocumentKind::Other: break;
    }
    // Summaries once the paragraphs are whole: a paragraph may grow while it is parsed.
    for (Paragraph& p : ctx.doc.paragraphs)
        if (p.summary.empty()) p.summary = firstSentence(p.text);
    return std::move(ctx.doc);
}

}  // namespace findings::docparse
