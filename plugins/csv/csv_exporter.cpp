// CSV export: one row per finding with its source's columns joined in, so a spreadsheet user
// can filter by authority or visit without a lookup. UTF-8, with an optional BOM because
// Excel only recognises UTF-8 CSV (and so £ and curly quotes) when the BOM is there.
#include "csv_writer.hpp"

#include <findings/sdk.hpp>

#include <unordered_map>

namespace {

using namespace findings;

std::string joinStrings(const std::vector<std::string>& items, std::string_view sep) {
    std::string out;
    for (const auto& s : items) {
        if (!out.empty()) out.append(sep);
        out += s;
    }
    return out;
}

std::string number(std::int64_t n) { return n == kNone ? std::string() : std::to_string(n); }

class CsvExporter : public Exporter {
public:
    CsvExporter()
        : Exporter({"uk.findings.csv.export", "CSV (one row per finding)",
                    "Writes one row per finding with its source's columns, RFC 4180 quoted, "
                    "UTF-8.",
                    {"csv"},
                    {OptionSpec::boolean("bom", false,
                                         "Start with a UTF-8 byte order mark so Excel reads "
                                         "accents, £ and curly quotes correctly."),
                     OptionSpec::choice("delimiter", {"comma", "semicolon", "tab"}, "comma",
                                        "Field separator."),
                     // OWASP's advice on CSV injection; off only for programs that read
                     // the CSV as data.
                     OptionSpec::boolean("neutralise_formulas", true,
                                         "Put ' before cells starting with = + - @ so a "
                                         "spreadsheet shows them as text, not formulas.")}}) {}

    void exportFindings(ExportCall& call) override {
        const std::string d = call.options.get("delimiter", "comma");
        char delimiter = ',';
        if (d == "semicolon") delimiter = ';';
        else if (d == "tab") delimiter = '\t';
        else if (d != "comma")
            throw Error(FND_ERR_BAD_OPTION, "delimiter must be comma, semicolon or tab, not '" +
                                                d + "'");
        if (call.options.getBool("bom", false)) call.output.write("\xEF\xBB\xBF");
        // Findings text comes from letters and from workbooks people edited: a cell
        // "=HYPERLINK(...)" merged back from a workbook must not become a live formula.
        const bool neutralise = call.options.getBool("neutralise_formulas", true);

        const View& view = call.view;
        std::unordered_map<std::string, Source> sources;
        for (size_t i = 0; i < view.sourceCount(); ++i) {
            Source s = view.source(i);
            std::string id = s.id;
            sources.emplace(std::move(id), std::move(s));
        }
        call.output.write(csvout::makeRow(
            {"id", "source", "source_title", "source_kind", "local_authority", "source_date",
             "visit_ordinal", "visit_start", "visit_end", "section", "paragraph", "text",
             "summary", "themes", "theme_labels", "polarity", "attribution", "confidence",
             "review", "action", "owner", "due", "status", "line_start", "line_end", "page",
             "sheet", "row", "column", "source_path"},
            delimiter));

        const Source none;
        std::string buffer;
        const size_t n = view.findingCount();
        for (size_t i = 0; i < n; ++i) {
            const Finding f = view.finding(i);
            auto it = sources.find(f.source);
            const Source& s = it == sources.end() ? none : it->second;
            std::vector<std::string> labels;
            for (const auto& t : f.themes) labels.push_back(view.themeLabel(t));
            buffer += csvout::makeRow(
                {f.id, f.source, s.title, s.kind, s.local_authority, s.date,
                 number(s.visit.ordinal), s.visit.start, s.visit.end, f.section,
                 number(f.paragraph), f.text, f.summary, joinStrings(f.themes, "; "),
                 joinStrings(labels, "; "), f.polarity, f.attribution,
                 f.confidence >= 0 ? std::to_string(f.confidence).substr(0, 4) : "",
                 f.review, f.action.text, f.action.owner, f.action.due, f.action.status,
                 number(f.location.line_start), number(f.location.line_end),
                 number(f.location.page), f.location.sheet, number(f.location.row),
                 number(f.location.column), s.path},
                delimiter, neutralise);
            if (buffer.size() > (1 << 20)) {
                call.output.write(buffer);
                buffer.clear();
                call.host.throwIfCancelled();
                call.host.progress(static_cast<double>(i) / static_cast<double>(n));
            }
        }
        call.output.write(buffer);
    }
};

Plugin definePlugin() {
    Plugin p({"uk.findings.csv", "CSV export", "1.0.0", "Findings Studio",
              "Exports findings as CSV, one row per finding."});
    p.add<CsvExporter>();
    return p;
}

}  // namespace

FINDINGS_PLUGIN(definePlugin)
