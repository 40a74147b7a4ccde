// A test plugin whose import takes until it is cancelled (at most 30 s): it imports ".slow"
// files, emits one finding, writes "<input>.started" so a test knows the import is under
// way, then waits, checking for cancellation as a well-behaved long import does. The tests
// interrupt it with SIGINT/SIGTERM. Its document text (the document_text extension) waits
// alike, for the tests that cancel a source view's reading.
#include <findings/sdk.hpp>

#include <chrono>
#include <fstream>
#include <thread>

namespace {
using namespace findings;

class SlowImporter : public Importer, public DocumentTextSource {
public:
    SlowImporter() : Importer({"test.slow.import", "Slow test importer", "Waits.", {"slow"}, {}}) {}
    Identification identify(const IdentifyCall& call) const override {
        if (call.head.rfind("SLOW", 0) == 0) return Identification::of(90, "starts with SLOW");
        return Identification::unknown();
    }
    void import(ImportCall& call) override {
        Source s;
        s.id = "slow-source";
        s.kind = "other";
        call.sink.emit(s);
        Finding f;
        f.text = "A finding from a slow import";
        call.sink.emit(f);
        waitForCancel(call.input, call.host);
    }
    void documentText(DocumentTextCall& call) override {
        call.out.write("SLOW\n");
        waitForCancel(call.input, call.host);
    }

private:
    static void waitForCancel(const Input& input, const Host& host) {
        std::ofstream(input.path() + ".started") << "started\n";
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        while (std::chrono::steady_clock::now() < until) {
            host.throwIfCancelled();
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    }
};

Plugin define() {
    Plugin p({"test.slow", "Slow test plugin", "1.0.0", "Tests", "Takes its time."});
    p.add<SlowImporter>();
    return p;
}
}  // namespace
FINDINGS_PLUGIN(define)
