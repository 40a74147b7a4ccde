#include <findings/plugin_check/mock_host.hpp>

#include <findings/sdk/convert.hpp>

#include <cstddef>
#include <cstdlib>

namespace findings::plugin_check {

const char* severityName(fnd_severity severity) {
    switch (severity) {
    case FND_SEV_ERROR: return "error";
    case FND_SEV_WARNING: return "warning";
    default: return "info";
    }
}

namespace {
std::string userDataDir() {
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : "/tmp") + "/.local/share/findings-studio";
}
}  // namespace

MockHost::MockHost(std::string pluginDir)
    : pluginDir_(std::move(pluginDir)), userDataDir_(userDataDir()),
      callThread_(std::this_thread::get_id()) {
    // The 1.0 services only: a later field this mock does not fill is not offered.
    host_.struct_size = static_cast<uint32_t>(offsetof(fnd_host, user_data_dir) + sizeof(fnd_str));
    host_.sdk_version = FND_SDK_VERSION;
    host_.ctx = this;
    host_.log = &MockHost::log;
    host_.progress = &MockHost::progress;
    host_.is_cancelled = &MockHost::isCancelled;
    host_.plugin_dir = toC(pluginDir_);
    host_.user_data_dir = toC(userDataDir_);
}

std::vector<Diagnostic> MockHost::diagnostics() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return diagnostics_;
}

bool MockHost::noteThread() {
    if (std::this_thread::get_id() == callThread_) return true;
    ++otherThread_;
    return false;
}

void MockHost::log(void* ctx, fnd_severity severity, fnd_str code, fnd_str message,
                   const fnd_diag_location*) {
    auto* self = static_cast<MockHost*>(ctx);
    self->noteThread();
    std::lock_guard<std::mutex> lock(self->mutex_);
    self->diagnostics_.push_back({severity, toString(code), toString(message)});
}

void MockHost::progress(void* ctx, double, fnd_str) {
    auto* self = static_cast<MockHost*>(ctx);
    self->noteThread();
    ++self->progress_;
}

int MockHost::isCancelled(void* ctx) {
    auto* self = static_cast<MockHost*>(ctx);
    self->noteThread();
    return self->cancelled_ ? 1 : 0;
}

}  // namespace findings::plugin_check
