#include <findings/core/call_context.hpp>
#include <findings/core/host_services.hpp>
#include <findings/core/plugin_registry.hpp>

#include <findings/classify/classifier.hpp>
#include <findings/sha256.hpp>
#include <findings/sdk/convert.hpp>

#include <algorithm>
#include <cstring>
#include <vector>

namespace findings::core {

std::string withoutFilePrefix(std::string message, std::string_view file) {
    const size_t slash = file.find_last_of('/');
    const std::string_view base = slash == std::string_view::npos ? file : file.substr(slash + 1);
    for (std::string_view name : {file, base}) {
        if (name.empty() || message.size() <= name.size() + 2) continue;
        if (message.compare(0, name.size(), name) == 0 &&
            message.compare(name.size(), 2, ": ") == 0) {
            message.erase(0, name.size() + 2);
            break;
        }
    }
    return message;
}

CallContext::CallContext(std::string file, DiagnosticList& diagnostics, std::string pluginDir,
                         const std::atomic<bool>* cancel, ProgressFn progress)
    : file_(std::move(file)),
      diagnostics_(diagnostics),
      pluginDir_(std::move(pluginDir)),
      userDataDir_(userDataDir()),
      cancel_(cancel),
      progress_(std::move(progress)) {
    host_.struct_size = sizeof host_;
    host_.sdk_version = FND_SDK_VERSION;
    host_.ctx = this;
    host_.log = &CallContext::log;
    host_.progress = &CallContext::progress;
    host_.is_cancelled = &CallContext::isCancelled;
    host_.plugin_dir = toC(pluginDir_);
    host_.user_data_dir = toC(userDataDir_);
    host_.status_text = &CallContext::statusText;
    // input_sha256 and classify only once serveInput says what the input is.
}

void CallContext::serveInput(const std::string& inputPath, HostServices& services,
                             const Properties& options) {
    inputPath_ = inputPath;
    services_ = &services;
    if (const std::string* themes = findProperty(options, "themes")) themesOption_ = *themes;
    host_.input_sha256 = &CallContext::inputSha256;
    // A host without a taxonomy has nothing to classify with: it does not offer the service,
    // and importers fall back to their own.
    if (!themesOption_.empty() || !services.taxonomyFile().empty()) host_.classify = &CallContext::classify;
}

const fnd_sink* CallContext::sinkFillingDigest(const fnd_sink* inner) {
    innerSink_ = inner;
    fillingSink_.struct_size = sizeof fillingSink_;
    fillingSink_.ctx = this;
    fillingSink_.source = &CallContext::forwardSource;
    fillingSink_.finding = &CallContext::forwardFinding;
    return &fillingSink_;
}

void CallContext::log(void* ctx, fnd_severity severity, fnd_str code, fnd_str message,
                      const fnd_diag_location* where) {
    auto* self = static_cast<CallContext*>(ctx);
    Diagnostic d;
    d.file = self->file_;
    d.severity = severity == FND_SEV_INFO      ? Severity::Info
                 : severity == FND_SEV_WARNING ? Severity::Warning
                                               : Severity::Error;
    d.code = toString(code);
    d.message = withoutFilePrefix(toString(message), self->file_);
    if (where) {
        if (FND_HAS_FIELD(where, fnd_diag_location, line)) d.line = where->line;
        if (FND_HAS_FIELD(where, fnd_diag_location, sheet)) d.sheet = toString(where->sheet);
        if (FND_HAS_FIELD(where, fnd_diag_location, row)) d.row = where->row;
        if (FND_HAS_FIELD(where, fnd_diag_location, column)) d.column = where->column;
        if (FND_HAS_FIELD(where, fnd_diag_location, page)) d.page = where->page;
    }
    // Only the first error's caller sees 0, so only it writes firstError_; the caller reads
    // it after the plugin call has returned.
    if (d.severity == Severity::Error && self->errors_.fetch_add(1) == 0)
        self->firstError_ = d.message;
    self->diagnostics_.add(std::move(d));
}

void CallContext::progress(void* ctx, double fraction, fnd_str what) {
    auto* self = static_cast<CallContext*>(ctx);
    if (self->progress_) self->progress_(self->file_, fraction, toString(what));
}

int CallContext::isCancelled(void* ctx) {
    auto* self = static_cast<CallContext*>(ctx);
    return self->cancel_ && self->cancel_->load(std::memory_order_relaxed) ? 1 : 0;
}

fnd_str CallContext::statusText(void*, fnd_status status) {
    const char* words = fnd_status_words(status);
    return fnd_str{words, std::char_traits<char>::length(words)};
}

fnd_str CallContext::inputSha256(void* ctx) {
    auto* self = static_cast<CallContext*>(ctx);
    std::lock_guard<std::mutex> lock(self->servicesMutex_);
    if (!self->digestTried_) {
        self->digestTried_ = true;
        try {
            self->digest_ = digest::sha256OfFile(self->inputPath_);
        } catch (const std::exception& e) {
            // Not the import's failure: the plugin may hash the bytes it read itself.
            Diagnostic d;
            d.file = self->file_;
            d.severity = Severity::Warning;
            d.code = "input-digest";
            d.message = std::string("cannot compute the file's SHA-256: ") + e.what();
            self->diagnostics_.add(std::move(d));
        }
    }
    return toC(self->digest_);
}

fnd_status CallContext::classify(void* ctx, fnd_str text, fnd_classification* out) {
    auto* self = static_cast<CallContext*>(ctx);
    std::shared_ptr<const classify::Classifier> classifier;
    {
        std::lock_guard<std::mutex> lock(self->servicesMutex_);
        if (!self->classifierTried_) {
            self->classifierTried_ = true;
            try {
                self->classifier_ = self->services_->classifier(self->themesOption_);
                if (!self->classifier_) self->classifierFailure_ = FND_ERR_UNSUPPORTED;
            } catch (const classify::TaxonomyLoadError& e) {
                // Logged as the call's error, once: the import fails with this cause.
                self->classifierFailure_ = e.fromOption() ? FND_ERR_BAD_OPTION : FND_ERR_IO;
                const std::string message = e.fromOption()
                                                ? std::string("option themes: cannot use the taxonomy: ") + e.what()
                                                : std::string("cannot load the theme taxonomy: ") + e.what();
                const std::string code = "taxonomy";
                log(ctx, FND_SEV_ERROR, toC(code), toC(message), nullptr);
            }
        }
        if (self->classifierFailure_ != FND_OK) return self->classifierFailure_;
        classifier = self->classifier_;
    }
    if (!out) return FND_ERR_INVALID_INPUT;
    // What `out` points to lives here until this thread's next classify call, as plugin.h
    // promises: the plugin may classify from threads of its own.
    struct Scratch {
        classify::Classification result;
        std::vector<fnd_str> themes;
    };
    thread_local Scratch scratch;
    scratch.result = classifier->classify(toView(text));
    scratch.themes.clear();
    for (const auto& id : scratch.result.themes) scratch.themes.push_back(toC(id));
    fnd_classification filled{};
    filled.struct_size = sizeof filled;
    filled.themes = scratch.themes.empty() ? nullptr : scratch.themes.data();
    filled.theme_count = scratch.themes.size();
    filled.polarity = toC(scratch.result.polarity);
    filled.confidence = scratch.result.confidence;
    // Only the fields the caller's struct has room for (a caller built with an older header).
    const size_t room = std::min<size_t>(out->struct_size, sizeof filled);
    const uint32_t callerSize = out->struct_size;
    std::memcpy(out, &filled, room);
    out->struct_size = callerSize;
    return FND_OK;
}

int CallContext::forwardSource(void* ctx, const fnd_source* source) {
    auto* self = static_cast<CallContext*>(ctx);
    bool fill = false;
    {
        std::lock_guard<std::mutex> lock(self->servicesMutex_);
        fill = !self->digest_.empty() && source && FND_HAS_FIELD(source, fnd_source, sha256) &&
               (!source->sha256.data || source->sha256.size == 0);
    }
    if (!fill) return self->innerSink_->source(self->innerSink_->ctx, source);
    // Copied only as far as its writer knew it (a 1.0 plugin's source is shorter); the
    // struct_size stays the writer's, so the fields it never had still read as absent.
    fnd_source copy{};
    std::memcpy(&copy, source, std::min<size_t>(source->struct_size, sizeof copy));
    copy.sha256 = toC(self->digest_);
    return self->innerSink_->source(self->innerSink_->ctx, &copy);
}

int CallContext::forwardFinding(void* ctx, const fnd_finding* finding) {
    auto* self = static_cast<CallContext*>(ctx);
    return self->innerSink_->finding(self->innerSink_->ctx, finding);
}

std::string CallContext::failure(fnd_status status, const std::string& importerId) const {
    return (firstError_.empty() ? std::string(fnd_status_words(status)) : firstError_) + " (importer " + importerId +
           ")";
}

}  // namespace findings::core
