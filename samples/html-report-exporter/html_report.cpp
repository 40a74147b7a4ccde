// A Findings Studio exporter in C++: writes a one-page HTML report, findings grouped by
// source, each coloured by polarity. Shows sdk.hpp: an Exporter subclass, declared options,
// the read-only view, and FINDINGS_PLUGIN.
#include <findings/sdk.hpp>

#include <map>
#include <string>

namespace {

using namespace findings;

std::string escapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

class HtmlReportExporter : public Exporter {
public:
    HtmlReportExporter()
        : Exporter({"org.example.html-report", "HTML report (sample, C++)",
                    "A one-page HTML report of findings grouped by source.",
                    {"html", "htm"},
                    {OptionSpec::string("title", "Findings report", "Heading of the page."),
                     OptionSpec::boolean("summary_only", false,
                                         "Show each finding's first sentence only.")}}) {}

    void exportFindings(ExportCall& call) override {
        const std::string title = call.options.get("title", "Findings report");
        const bool summaryOnly = call.options.getBool("summary_only", false);
        const View& view = call.view;

        std::map<std::string, std::vector<Finding>> bySource;
        for (size_t i = 0; i < view.findingCount(); ++i) {
            Finding f = view.finding(i);
            std::string key = f.source;
            bySource[key].push_back(std::move(f));
        }
        std::string html =
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" +
            escapeHtml(title) +
            "</title><style>body{font-family:sans-serif;max-width:60em;margin:auto}"
            ".strength{border-left:6px solid #2e7d32}.weakness{border-left:6px solid #c62828}"
            ".mixed{border-left:6px solid #f9a825}.neutral{border-left:6px solid #9e9e9e}"
            "li{padding-left:.5em;margin:.4em 0}</style></head><body>\n<h1>" +
            escapeHtml(title) + "</h1>\n";
        for (size_t i = 0; i < view.sourceCount(); ++i) {
            const Source s = view.source(i);
            html += "<h2>" + escapeHtml(s.title.empty() ? s.path : s.title) + "</h2>\n";
            if (!s.date.empty()) html += "<p>" + escapeHtml(s.date) + "</p>\n";
            html += "<ul>\n";
            for (const Finding& f : bySource[s.id]) {
                const std::string& body = summaryOnly && !f.summary.empty() ? f.summary : f.text;
                std::string themes;
                for (const auto& t : f.themes)
                    themes += (themes.empty() ? "" : ", ") + view.themeLabel(t);
                html += "<li class=\"" + escapeHtml(f.polarity.empty() ? "neutral" : f.polarity) +
                        "\">" + escapeHtml(body);
                if (!themes.empty()) html += " <small>(" + escapeHtml(themes) + ")</small>";
                html += "</li>\n";
            }
            html += "</ul>\n";
            call.host.throwIfCancelled();
        }
        html += "</body></html>\n";
        call.output.write(html);
    }
};

Plugin definePlugin() {
    Plugin p({"org.example.html", "HTML report (sample)", "1.0.0", "Example Ltd",
              "A sample exporter written with the C++ SDK layer."});
    p.add<HtmlReportExporter>();
    return p;
}

}  // namespace

FINDINGS_PLUGIN(definePlugin)
