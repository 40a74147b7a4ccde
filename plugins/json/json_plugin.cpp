// The findings format itself as a plugin: importing a .findings.json gives back exactly the
// records that were written, ids and all, so documents can be combined and re-exported.
#include <findings/format/findings_json.hpp>
#include <findings/format/json_reader.hpp>
#include <findings/format/validator.hpp>
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

    // Streams: each record goes to the sink as soon as it is read and checked, so the
    // document is never held as text and records at once. The reader checks everything
    // `findings validate` checks; a document with any problem fails the import (the host
    // drops what was emitted), so convert never accepts what validate rejects.
    void import(ImportCall& call) override {
        const int64_t total = call.input.size();
        auto tooLarge = [&] {
            throw Error(FND_ERR_LIMIT, call.input.path() + " is more than the limit of " +
                                           std::to_string(kMaxDocumentBytes >> 20) +
                                           " MB for a findings document");
        };
        if (total > 0 && static_cast<uint64_t>(total) > kMaxDocumentBytes) tooLarge();
        uint64_t read = 0;
        size_t records = 0;
        findings::JsonReader reader([&](char* buffer, size_t size) {
            const size_t n = call.input.read(buffer, size);
            read += n;
            if (read > kMaxDocumentBytes) tooLarge();
            return n;
        });
        findings::FindingsDocumentHandlers handlers;
        auto tick = [&] {
            if (++records % 4096 == 0) {
                call.host.throwIfCancelled();
                if (total > 0) call.host.progress(static_cast<double>(read) / static_cast<double>(total));
            }
        };
        handlers.source = [&](Source&& s) {
            call.sink.emit(s);
            tick();
        };
        handlers.finding = [&](Finding&& f) {
            call.sink.emit(f);
            tick();
        };
        const auto problems = findings::readFindingsDocument(reader, handlers, 100);
        if (!problems.empty()) throw Error(FND_ERR_INVALID_INPUT, findings::describeProblems(problems));
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
        findings::FindingsJsonWriter writer(out);
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
