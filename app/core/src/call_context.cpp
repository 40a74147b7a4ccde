#include <findings/core/call_context.hpp>
#include <findings/core/plugin_registry.hpp>

#include <findings/sdk/convert.hpp>

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

}  // namespace findings::core
