// An exporter that writes half its output and then fails: the host must leave no file at the
// target (and keep any existing file unchanged).
#include <findings/sdk.hpp>

namespace {
using namespace findings;

class FailingExporter : public Exporter {
public:
    FailingExporter()
        : Exporter({"test.failing.export", "Failing exporter", "Fails half-way.", {"fail"}, {}}) {}
    void exportFindings(ExportCall& call) override {
        call.output.write("half of the output, then ");
        throw Error(FND_ERR_IO, "the failing exporter gave up half-way on purpose");
    }
};

Plugin define() {
    Plugin p({"test.failing", "Failing exporter plugin", "1.0.0", "Tests", "Fails."});
    p.add<FailingExporter>();
    return p;
}
}  // namespace
FINDINGS_PLUGIN(define)
