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

MockHost::MockHost(std::string pluginDir, HostServices services)
    : pluginDir_(std::move(pluginDir)), userDataDir_(userDataDir()), services_(std::move(services)),
      callThread_(std::this_thread::get_id()) {
    host_.struct_size = sizeof host_;
    host_.sdk_version = FND_SDK_VERSION;
    host_.ctx = this;
    host_.log = &MockHost::log;
    host_.progress = &MockHost::progress;
    host_.is_cancelled = &MockHost::isCancelled;
    host_.plugin_dir = toC(pluginDir_);
    host_.user_data_dir = toC(userDataDir_);
    host_.status_text = &MockHost::statusText;
    // A service the test does not offer stays NULL, as under a host that cannot serve it.
    host_.input_sha256 = services_.inputSha256.empty() ? nullptr : &MockHost::inputSha256;
    host_.classify = services_.classify ? &MockHost::classify : nullptr;
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

fnd_str MockHost::statusText(void* ctx, fnd_status status) {
    static_cast<MockHost*>(ctx)->noteThread();
    return toC(std::string_view(fnd_status_words(status)));
}

fnd_str MockHost::inputSha256(void* ctx) {
    auto* self = static_cast<MockHost*>(ctx);
    self->noteThread();
    return toC(self->services_.inputSha256);
}

fnd_status MockHost::classify(void* ctx, fnd_str text, fnd_classification* out) {
    auto* self = static_cast<MockHost*>(ctx);
    self->noteThread();
    ++self->classifyCalls_;
    if (!out) return FND_ERR_INTERNAL;
    MockClassification result = self->services_.classify(toString(text));
    if (result.status != FND_OK) return result.status;
    if (result.themes.size() > 3) result.themes.resize(3);
    std::lock_guard<std::mutex> lock(self->mutex_);
    Answer& answer = self->answers_[std::this_thread::get_id()];
    answer.result = std::move(result);
    answer.themes.clear();
    for (const std::string& theme : answer.result.themes) answer.themes.push_back(toC(theme));
    // Fill only what the caller's struct has room for, as the host does.
    if (FND_HAS_FIELD(out, fnd_classification, themes)) out->themes = answer.themes.data();
    if (FND_HAS_FIELD(out, fnd_classification, theme_count)) out->theme_count = answer.themes.size();
    if (FND_HAS_FIELD(out, fnd_classification, polarity)) out->polarity = toC(answer.result.polarity);
    if (FND_HAS_FIELD(out, fnd_classification, confidence)) out->confidence = answer.result.confidence;
    return FND_OK;
}

}  // namespace findings::plugin_check
