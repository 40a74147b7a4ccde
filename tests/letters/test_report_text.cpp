// The inspection reports saved as text by pdftotext (with and without -layout) import to
// the same judgements, improvement points and inspectors as the PDFs.
#include <catch2/catch.hpp>

#include "findings/docparse/parser.hpp"
#include "gold_check.hpp"
#include "support.hpp"

using namespace findings::docparse;
using namespace letters_test;

#ifdef LETTERS_REPORT_TEXT_DIR

namespace {
const char* const kReports[] = {"herefordshire_2014-06-30", "herefordshire_2018-07-23", "herefordshire_2022-09-21",
                                "herefordshire_2026-01-12"};

void checkReportText(const char* mode) {
    for (const char* report : kReports) {
        std::string gold = std::string("ilacs/") + report + ".pdf";
        DYNAMIC_SECTION(report << "." << mode) {
            ParsedDocument doc = parseFile(std::string(LETTERS_REPORT_TEXT_DIR) + "/" + report + "." + mode + ".txt");
            Poco::JSON::Object::Ptr g = loadGold(gold);
            for (const char* key : {"doc_type", "local_authority", "date", "visit_start", "visit_end", "framework",
                                    "lead_inspector", "judgements", "improvement_points"})
                checkGoldKey(doc, g, key);
        }
    }
}
}  // namespace

TEST_CASE("reports as layout text match the gold", "[report][text][corpus]") { checkReportText("layout"); }

TEST_CASE("reports as plain extracted text match the gold", "[report][text][corpus]") { checkReportText("plain"); }

#endif
