// A well-behaved test plugin: imports ".good" files (one finding per non-empty line, with a
// polarity word before a colon; the option source=last|none emits its source late or never), gives their text (the document_text extension: the file as
// it is, whose lines the findings count) and exports ".good" files (one line per finding).
#include <findings/sdk.hpp>

namespace {
using namespace findings;

class GoodImporter : public Importer, public DocumentTextSource {
public:
    GoodImporter()
        : Importer({"test.good.import", "Good test importer", "One finding per line.", {"good"},
                    {OptionSpec::string("prefix", "", "Put before each finding's text."),
                     OptionSpec::string("source", "first",
                                        "When to emit the source: first, last (after the findings, "
                                        "breaking the sink's rule) or none."),
                     OptionSpec::string("map.*", "", "A family of options.")}}) {}
    Identification identify(const IdentifyCall& call) const override {
        if (call.head.rfind("GOOD", 0) == 0) return Identification::of(90, "starts with GOOD");
        return Identification::unknown();
    }
    void import(ImportCall& call) override {
        std::string text = call.input.readAll(1 << 20);
        Source s;
        s.id = "good-source";
        s.kind = "other";
        s.title = "Good test file";
        const std::string when = call.options.get("source");
        if (when != "last" && when != "none") call.sink.emit(s);
        const std::string prefix = call.options.get("prefix");
        size_t start = text.find('\n') + 1, line = 1;
        while (start < text.size()) {
            size_t end = text.find('\n', start);
            if (end == std::string::npos) end = text.size();
            ++line;
            std::string l = text.substr(start, end - start);
            start = end + 1;
            if (l.empty()) continue;
            Finding f;
            size_t colon = l.find(':');
            f.polarity = colon == std::string::npos ? "neutral" : l.substr(0, colon);
            f.text = prefix + (colon == std::string::npos ? l : l.substr(colon + 2));
            f.location.line_start = f.location.line_end = static_cast<int64_t>(line);
            call.sink.emit(f);
        }
        if (when == "last") call.sink.emit(s);
        call.host.warning("test-warning", "the good importer always warns once");
    }
    void documentText(DocumentTextCall& call) override { call.out.write(call.input.readAll(1 << 20)); }
};

class GoodExporter : public Exporter {
public:
    GoodExporter() : Exporter({"test.good.export", "Good test exporter", "Lines.", {"good"}, {}}) {}
    void exportFindings(ExportCall& call) override {
        call.output.write("GOOD\n");
        for (size_t i = 0; i < call.view.findingCount(); ++i) {
            Finding f = call.view.finding(i);
            call.output.write(f.polarity + ": " + f.text + "\n");
        }
    }
};

Plugin define() {
    Plugin p({"test.good", "Good test plugin", "2.3.4", "Tests", "Behaves."});
    p.add<GoodImporter>();
    p.add<GoodExporter>();
    return p;
}
}  // namespace
FINDINGS_PLUGIN(define)
