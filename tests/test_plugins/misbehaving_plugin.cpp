// Plugins that take down the process they run in, one way each (MISBEHAVIOUR: segv, abort,
// hang, hog), and one that only waits to be cancelled (wait), reporting progress: the host must fail only the file the plugin was on, naming the importer, the
// file and the cause, and import the rest of the batch. Each claims files that start with
// its own word in capitals ("SEGV", "ABORT", ...), and emits a source, a finding and a
// warning before it misbehaves, so the host must also drop the partial records it was sent.
// Its document text (the document_text extension) writes a line and then misbehaves alike.
#include <findings/sdk.hpp>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#ifndef MISBEHAVIOUR
#error "build with -DMISBEHAVIOUR=segv|abort|hang|hog|wait"
#endif
#define FND_STR2(x) #x
#define FND_STR(x) FND_STR2(x)

namespace {
using namespace findings;

const std::string kName = FND_STR(MISBEHAVIOUR);

std::string upper(std::string s) {
    for (char& c : s) c = static_cast<char>(c - 'a' + 'A');
    return s;
}

[[noreturn]] void misbehave() {
    if (kName == "segv") {
        volatile int* nowhere = nullptr;
        *nowhere = 1;
    } else if (kName == "abort") {
        std::abort();
    } else if (kName == "hang") {
        // Never looks at cancellation either: only the host's watchdog ends this.
        for (;;) std::this_thread::sleep_for(std::chrono::seconds(1));
    } else if (kName == "hog") {
        // 8 MB at a time, one byte written in each: the limit is on what is allocated, and
        // leaving the rest untouched keeps the test quick on a machine slow to fault pages in.
        std::vector<std::unique_ptr<char[]>> hoard;
        for (;;) {
            hoard.emplace_back(new char[8u << 20]);
            static_cast<volatile char*>(hoard.back().get())[0] = 'x';
        }
    }
    std::raise(SIGKILL);
    for (;;) {}
}

class MisbehavingImporter : public Importer, public DocumentTextSource {
public:
    MisbehavingImporter()
        : Importer({"test." + kName + ".import", "Misbehaving importer (" + kName + ")",
                    "Takes down its process.", {kName}, {}}) {}
    Identification identify(const IdentifyCall& call) const override {
        if (call.head.rfind(upper(kName), 0) == 0) return Identification::of(95, "starts with " + upper(kName));
        return Identification::unknown();
    }
    void import(ImportCall& call) override {
        Source s;
        s.kind = "other";
        s.title = "Partial source that must not reach the document";
        call.sink.emit(s);
        Finding f;
        f.polarity = "neutral";
        f.text = "Partial finding that must not reach the document";
        call.sink.emit(f);
        call.host.warning("about-to-misbehave", "the " + kName + " importer is about to misbehave");
        if (kName == "wait") {
            // Well behaved: progress until the user cancels, which must reach it in the worker.
            for (;;) {
                call.host.progress(-1, "waiting to be cancelled");
                call.host.throwIfCancelled();
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        }
        misbehave();
    }
    void documentText(DocumentTextCall& call) override {
        call.out.write("A line before the " + kName + " importer misbehaves\n");
        if (kName == "wait") {
            for (;;) {
                call.host.throwIfCancelled();
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        }
        misbehave();
    }
};

Plugin define() {
    Plugin p({"test." + kName, "Misbehaving test plugin (" + kName + ")", "1.0.0", "Tests", "Misbehaves."});
    p.add<MisbehavingImporter>();
    return p;
}
}  // namespace
FINDINGS_PLUGIN(define)
