// An importer of edited files whose record of what was exported is damaged: it reads the
// edited records of a ".orig" file (one finding per line, ids given) but fails when asked for
// the original ones (roundtrip.original), as our workbook's importer would on a hidden sheet
// that was tampered with. Merging such a file must fail whole, saying which read failed.
#include <findings/sdk.hpp>

namespace {
using namespace findings;

class DamagedOriginalImporter : public Importer {
public:
    DamagedOriginalImporter()
        : Importer({"test.damaged-original.import", "Damaged original test importer",
                    "Edited records read; the original ones are damaged.", {"orig"},
                    {OptionSpec::boolean("roundtrip.original", false, "Give the records as exported.")}}) {}
    Identification identify(const IdentifyCall& call) const override {
        if (call.head.rfind("ORIG", 0) == 0) return Identification::of(90, "starts with ORIG");
        return Identification::unknown();
    }
    void import(ImportCall& call) override {
        if (call.options.getBool("roundtrip.original", false))
            throw Error(FND_ERR_INVALID_INPUT, "the record of what was exported is damaged");
        const std::string text = call.input.readAll(1 << 20);
        Source s;
        s.id = "orig-source";
        s.kind = "other";
        call.sink.emit(s);
        // "ID TEXT" per line after the first.
        size_t start = text.find('\n') + 1;
        while (start < text.size()) {
            size_t end = text.find('\n', start);
            if (end == std::string::npos) end = text.size();
            const std::string line = text.substr(start, end - start);
            start = end + 1;
            const size_t space = line.find(' ');
            if (space == std::string::npos) continue;
            Finding f;
            f.id = line.substr(0, space);
            f.text = line.substr(space + 1);
            f.polarity = "weakness";
            f.action.owner = "Edited Owner";
            call.sink.emit(f);
        }
    }
};

Plugin define() {
    Plugin p({"test.damaged-original", "Damaged original test plugin", "1.0.0", "Tests",
              "Fails when asked for the original records."});
    p.add<DamagedOriginalImporter>();
    return p;
}
}  // namespace
FINDINGS_PLUGIN(define)
