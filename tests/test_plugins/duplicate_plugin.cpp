// Built twice under two file names with one plugin id: the second must be refused.
#include <findings/sdk.hpp>

namespace {
using namespace findings;
class DupExporter : public Exporter {
public:
    DupExporter() : Exporter({"test.duplicate.export", "Duplicate", "Twice.", {"dup"}, {}}) {}
    void exportFindings(ExportCall& call) override { call.output.write("dup\n"); }
};
Plugin define() {
    Plugin p({"test.duplicate", "Duplicate plugin", "1.0.0", "Tests", "Loaded twice."});
    p.add<DupExporter>();
    return p;
}
}  // namespace
FINDINGS_PLUGIN(define)
