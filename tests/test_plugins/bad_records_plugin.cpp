// A plugin that emits records the findings format forbids, one kind per input, so the tests
// can prove the host refuses each at the sink (sdk/record_check) and still imports the good
// files of the same batch. It claims files whose first line is "BADRECORDS <what>" and emits
// one source and three findings ("f-1" to "f-3"); <what> spoils the third finding (or the
// source) in one way, and "none" spoils nothing. "threads" emits from a thread of its own,
// which the sink contract forbids; "document-lines" gives the third finding lines past the
// end of the document text the importer gives (its document_text extension: the input as
// it is). Its options are declared badly on purpose, for `findings plugin-check` to find.
#include <findings/sdk.hpp>

#include <string>
#include <thread>

namespace {
using namespace findings;

/// Spoils `s` or `bad` as `what` says; false when `what` is not a known kind of bad record.
bool spoil(const std::string& what, Source& s, Finding& bad) {
    // The last two spoil nothing in the records: a source emitted twice, emitting from a thread.
    if (what == "none" || what == "duplicate-source-id" || what == "threads") return true;
    // A valid record, but its lines are not in the importer's document text.
    if (what == "document-lines") {
        bad.location.line_start = bad.location.line_end = 40;
        return true;
    }
    if (what == "source-kind") s.kind = "letter";
    else if (what == "finding-kind") bad.kind = "observation";
    else if (what == "polarity") bad.polarity = "good";
    else if (what == "confidence") bad.confidence = 7.5;
    else if (what == "date") bad.action.due = "31/03/2025";
    else if (what == "location") bad.location.page = 0;
    else if (what == "utf8") bad.text = "Caf\xE9 culture is not UTF-8";
    else if (what == "duplicate-finding-id") bad.id = "f-1";
    else if (what == "missing-source") bad.source = "src-nowhere";
    else if (what == "link") bad.links.push_back({"f-9", "follows_up", "improved", 0.5, "", "", ""});
    else return false;
    return true;
}

class BadRecordsImporter : public Importer, public DocumentTextSource {
public:
    BadRecordsImporter()
        : Importer({"test.badrecords.import", "Bad records test importer",
                    "Emits one kind of invalid record, as its input's first line says.", {"bad"},
                    {OptionSpec::choice("style", {"plain", "fancy"}, "gaudy", "A default that is no choice."),
                     OptionSpec{"verbose", FND_OPT_BOOL, "yes", "A boolean that defaults to yes.", {}},
                     OptionSpec::string("style", "", "Declared twice.")}}) {}
    Identification identify(const IdentifyCall& call) const override {
        if (call.head.rfind("BADRECORDS", 0) == 0) return Identification::of(95, "starts with BADRECORDS");
        return Identification::unknown();
    }
    void import(ImportCall& call) override {
        const std::string text = call.input.readAll(1 << 16);
        const size_t space = text.find(' '), eol = text.find('\n');
        const std::string what = space == std::string::npos ? "none" : text.substr(space + 1, eol - space - 1);
        Source s;
        s.id = "src-bad";
        s.kind = "other";
        s.title = "Bad records: " + what;
        Finding findings[3];
        for (int i = 0; i < 3; ++i) {
            findings[i].id = "f-" + std::to_string(i + 1);
            findings[i].source = s.id;
            findings[i].text = "Finding " + std::to_string(i + 1) + ".";
            findings[i].polarity = "neutral";
        }
        if (!spoil(what, s, findings[2])) throw Error(FND_ERR_BAD_OPTION, "no such bad record: " + what);
        auto emitAll = [&] {
            call.sink.emit(s);
            if (what == "duplicate-source-id") call.sink.emit(s);
            for (const Finding& f : findings) call.sink.emit(f);
        };
        if (what != "threads") return emitAll();
        // Logging from another thread is allowed; emitting from one is not.
        std::thread([&] {
            call.host.info("from-a-thread", "a diagnostic from a thread the importer started");
            emitAll();
        }).join();
    }
    void documentText(DocumentTextCall& call) override { call.out.write(call.input.readAll(1 << 16)); }
};

Plugin define() {
    Plugin p({"test.badrecords", "Bad records test plugin", "1.0.0", "Tests", "Emits invalid records."});
    p.add<BadRecordsImporter>();
    return p;
}
}  // namespace
FINDINGS_PLUGIN(define)
