// A plugin whose importer throws in identify and in import: the host must turn both into
// diagnostics and go on with the rest of the batch.
#include <findings/sdk.hpp>

#include <stdexcept>

namespace {
using namespace findings;

class ThrowingImporter : public Importer {
public:
    ThrowingImporter()
        : Importer({"test.throwing.import", "Throwing importer", "Throws.", {"throw"}, {}}) {}
    Identification identify(const IdentifyCall& call) const override {
        if (call.head.rfind("THROW", 0) == 0) return Identification::of(95, "starts with THROW");
        if (call.head.rfind("IDENTIFY-THROWS", 0) == 0)
            throw std::runtime_error("identify exploded");
        return Identification::unknown();
    }
    void import(ImportCall& call) override {
        Source s;
        s.kind = "other";
        call.sink.emit(s);
        throw std::runtime_error("the throwing importer failed on purpose");
    }
};

Plugin define() {
    Plugin p({"test.throwing", "Throwing test plugin", "1.0.0", "Tests", "Misbehaves."});
    p.add<ThrowingImporter>();
    return p;
}
}  // namespace
FINDINGS_PLUGIN(define)
