#include "gui_test_support.hpp"

#include "model/project_file.hpp"
#include "model_fixtures.hpp"

#include <catch2/catch.hpp>

#include <wx/app.h>
#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/evtloop.h>
#include <wx/toplevel.h>
#include <wx/utils.h>
#include <wx/weakref.h>

#include <chrono>
#include <exception>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <thread>

namespace guitest {

using namespace findings::studio;

namespace {
std::string g_root;  // the isolated home of this run
int g_wxAsserts = 0;
}  // namespace

void noteWxAssert() { ++g_wxAsserts; }
int wxAssertCount() { return g_wxAsserts; }

IsolatedHome::IsolatedHome() : dir_(std::make_unique<testsupport::TempDir>()) {
    g_root = dir_->path();
    const std::string config = g_root + "/config", data = g_root + "/data";
    std::filesystem::create_directories(config);
    std::filesystem::create_directories(data + "/findings-studio");
    ::setenv("XDG_CONFIG_HOME", config.c_str(), 1);
    ::setenv("XDG_DATA_HOME", data.c_str(), 1);
    // The user's taxonomy override: the same small taxonomy the model tests use, so the
    // tests do not depend on which plugins (and their data) happen to be built.
    testsupport::writeFile(data + "/findings-studio/themes.json", fixtures::themesJson());
}

IsolatedHome::~IsolatedHome() { g_root.clear(); }

std::string IsolatedHome::dataDir() { return g_root + "/data/findings-studio"; }
std::string IsolatedHome::configDir() { return g_root + "/config"; }

void pump(int ms) {
    const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    do {
        wxTheApp->ProcessPendingEvents();
        wxTheApp->Yield(true);
        // Idle processing runs update-UI handlers and deletes destroyed windows.
        wxTheApp->ProcessIdle();
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    } while (std::chrono::steady_clock::now() < end);
}

bool waitUntil(const std::function<bool()>& done, int timeoutMs) {
    const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (!done()) {
        if (std::chrono::steady_clock::now() > end) return false;
        pump(10);
    }
    return true;
}

UserPrompts::SaveChoice ScriptedPrompts::askSaveChanges(wxWindow*, const wxString&) {
    ++saveQuestions;
    return saveAnswer;
}

bool ScriptedPrompts::askRecover(wxWindow*, const wxString&) {
    ++recoverQuestions;
    return recoverAnswer;
}

wxString ScriptedPrompts::askSavePath(wxWindow*, const wxString&, const wxString&) {
    return wxString::FromUTF8(savePath);
}

FrameFixture::FrameFixture(std::vector<std::string> startupFiles, bool offerRecovery,
                           std::vector<std::string> extraPluginDirs)
    : assertsBefore_(wxAssertCount()) {
    PluginHostOptions hostOptions;
    hostOptions.defaultDirs = false;
    hostOptions.extraDirs = {FINDINGS_PLUGIN_DIR, FINDINGS_TEST_PLUGIN_DIR};
    hostOptions.extraDirs.insert(hostOptions.extraDirs.end(), extraPluginDirs.begin(), extraPluginDirs.end());
    host_ = std::make_unique<PluginHost>(hostOptions);
    MainFrameOptions options;
    options.startupFiles = std::move(startupFiles);
    options.offerRecovery = offerRecovery;
    options.interactive = false;
    frame_ = new MainFrame(*host_, options);
    auto prompts = std::make_unique<ScriptedPrompts>();
    prompts_ = prompts.get();
    frame_->setPrompts(std::move(prompts));
    frame_->SetSize(frame_->FromDIP(wxSize(1400, 900)));
    frame_->Show();
    frame_->Raise();
    pump(100);  // the window shows and its start-up work (CallAfter) runs
}

FrameFixture::~FrameFixture() {
    frame_->Close(true);  // force: no unsaved-changes question
    // The window must really be gone before the plugin host it uses is destroyed.
    wxWeakRef<wxFrame> frame(frame_);
    waitUntil([&] { return !frame; }, 5000);
    if (!std::uncaught_exceptions()) CHECK(wxAssertCount() == assertsBefore_);
}

bool FrameFixture::waitForImports(int timeoutMs) {
    return waitUntil([this] { return !frame_->importRunning() && frame_->queuedImports() == 0; }, timeoutMs);
}

std::string FrameFixture::goodFile(const std::string& name, const std::vector<std::string>& lines) {
    std::string text = "GOOD\n";
    for (const auto& l : lines) text += l + "\n";
    testsupport::writeFile(dir_.file(name), text);
    return dir_.file(name);
}

std::string FrameFixture::smallProject(const std::string& name) {
    writeProject(fixtures::smallSet(), dir_.file(name));
    return dir_.file(name);
}

bool saveScreenshot(wxWindow* window, const std::string& path) {
    window->Update();
    pump(200);
    // Copy what is on the screen where the window is: the window's own DC cannot be read
    // back under GTK 3, the X server's screen can.
    const wxRect rect = window->GetScreenRect();
    wxBitmap bitmap(rect.GetSize(), 24);
    {
        wxScreenDC screen;
        wxMemoryDC memory(bitmap);
        if (!memory.Blit(0, 0, rect.width, rect.height, &screen, rect.x, rect.y)) return false;
    }
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    return bitmap.SaveFile(wxString::FromUTF8(path), wxBITMAP_TYPE_PNG);
}

}  // namespace guitest
