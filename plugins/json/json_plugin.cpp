// The findings format itself as a plugin: importing a .findings.json gives back exactly the
// records that were written, ids and all, so documents can be combined and re-exported.
#include <findings/core/findings_json.hpp>
#include <findings/sdk.hpp>

#include <ostream>

namespace {

using namespace findings;

constexpr size_t kMaxDocumentBytes = size_t{2} << 30;  // 2 GiB: far above any real set

class JsonImporter : public Importer {
public:
    JsonImporter()
        : Importer({"uk.findings.json.import", "Findings document (JSON)",
                    "Reads a .findings.json document of format version 1.x, losslessly.",
                    {"json"},
                    {}}) {}

    Identification identify(const IdentifyCall& call) const override {
        const std::string_view head = call.head;
        const size_t start = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
        if (start == std::string_view::npos || head[start] != '{') return Identification::unknown();
        if (head.find("\"format\"") != std::string_view::npos &&
            head.find("\"findings\"") != std::string_view::npos)
            return Identification::of(95, "JSON object with \"format\": \"findings\"");
        return Identification::of(5, "a JSON object, but not a findings document");
    }

    void import(ImportCall& call) override {
        const std::string text = call.input.readAll(kMaxDocumentBytes);
        core::FindingsSet set;
        try {
            set = core::parseFindingsJson(text);
        } catch (const core::FormatError& e) {
            throw Error(FND_ERR_INVALID_INPUT, e.what());
        }
        const size_t total = set.sources.size() + set.findings.size();
        size_t done = 0;
        for (const auto& s : set.sources) call.sink.emit(s);
        for (const auto& f : set.findings) {
            call.sink.emit(f);
            if (++done % 4096 == 0) {
                call.host.throwIfCancelled();
                call.host.progress(static_cast<double>(done) / static_cast<double>(total));
            }
        }
    }
};

class JsonExporter : public Exporter {
public:
    JsonExporter()
        : Exporter({"uk.findings.json.export", "Findings document (JSON)",
                    "Writes the findings format version 1.0.", {"json"}, {}}) {}

    void exportFindings(ExportCall& call) override {
        OutputStreamBuf buffer(call.output);
        std::ostream out(&buffer);
        out.exceptions(std::ios::badbit);  // a failed write surfaces as an Error, not silence
        core::FindingsJsonWriter writer(out);
        writer.begin();
        for (size_t i = 0; i < call.view.sourceCount(); ++i) writer.source(call.view.source(i));
        writer.findings();
        const size_t n = call.view.findingCount();
        for (size_t i = 0; i < n; ++i) {
            writer.finding(call.view.finding(i));
            if (i % 4096 == 0) {
                call.host.throwIfCancelled();
                call.host.progress(static_cast<double>(i) / static_cast<double>(n));
            }
        }
        writer.end();
        out.flush();
    }
};

Plugin definePlugin() {
    Plugin p({"uk.findings.json", "Findings JSON", "1.0.0", "Findings Studio",
              "Imports and exports the findings format itself."});
    p.add<JsonImporter>();
    p.add<JsonExporter>();
    return p;
}

}  // namespace

FINDINGS_PLUGIN(definePlugin)
