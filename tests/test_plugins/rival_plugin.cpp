// A third party's plugin that competes with others for files, kept in a folder of its own so
// it changes no other test's choice of importer: two importers that claim ".tie" files
// starting with TIE equally (a tie), and one that outbids the built-in CSV importer for CSV
// files whose header starts with "rival".
#include <findings/sdk.hpp>

namespace {
using namespace findings;

/// Imports every non-empty line after the first as a finding.
void importLines(ImportCall& call) {
    const std::string text = call.input.readAll(1 << 20);
    Source s;
    s.kind = "other";
    call.sink.emit(s);
    size_t start = text.find('\n');
    while (start != std::string::npos && start + 1 < text.size()) {
        const size_t end = text.find('\n', start + 1);
        Finding f;
        f.text = text.substr(start + 1, end == std::string::npos ? std::string::npos : end - start - 1);
        if (!f.text.empty()) call.sink.emit(f);
        start = end;
    }
}

class TieImporter : public Importer {
public:
    explicit TieImporter(std::string id)
        : Importer({std::move(id), "Tie test importer", "Claims TIE files as surely as its twin.",
                    {"tie"}, {}}) {}
    Identification identify(const IdentifyCall& call) const override {
        if (call.head.rfind("TIE", 0) == 0) return Identification::of(70, "starts with TIE");
        return Identification::unknown();
    }
    void import(ImportCall& call) override { importLines(call); }
};

class RivalCsvImporter : public Importer {
public:
    RivalCsvImporter()
        : Importer({"test.rival.csv", "Rival CSV importer", "Outbids the built-in CSV importer.",
                    {"csv"}, {}}) {}
    Identification identify(const IdentifyCall& call) const override {
        if (call.head.rfind("rival,", 0) == 0) return Identification::of(95, "header starts with rival");
        return Identification::unknown();
    }
    void import(ImportCall& call) override { importLines(call); }
};

Plugin define() {
    Plugin p({"test.rival", "Rival test plugin", "1.0.0", "Tests", "Competes for files."});
    p.add<TieImporter>("test.rival.tie_a");
    p.add<TieImporter>("test.rival.tie_b");
    p.add<RivalCsvImporter>();
    return p;
}
}  // namespace

FINDINGS_PLUGIN(define)
