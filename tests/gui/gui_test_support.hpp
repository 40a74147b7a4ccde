// What the GUI tests share: an isolated XDG home, pumping the event loop until something
// happens, a main window with the test plugins, scripted answers to its questions, and
// small findings files to import.
#pragma once

#include "model/plugin_host.hpp"
#include "ui/main_frame.hpp"
#include "ui/user_prompts.hpp"

#include <test_support.hpp>

#include <functional>
#include <memory>
#include <string>
#include <vector>

class wxWindow;

namespace guitest {

/// Points XDG_CONFIG_HOME and XDG_DATA_HOME at a fresh folder for the life of the object,
/// with a small theme taxonomy installed as the user's override.
class IsolatedHome {
public:
    IsolatedHome();
    ~IsolatedHome();
    static std::string dataDir();   ///< $XDG_DATA_HOME/findings-studio
    static std::string configDir(); ///< $XDG_CONFIG_HOME

private:
    std::unique_ptr<testsupport::TempDir> dir_;
};

/// wx assertions seen so far in this run (the test main counts them).
void noteWxAssert();
int wxAssertCount();

/// Processes events (posted continuations, timers, redraws) for about `ms` milliseconds.
void pump(int ms = 50);
/// wx assertions seen so far in this run (the test main counts them).
void noteWxAssert();
int wxAssertCount();

/// Processes events until `done` is true; false after `timeoutMs`.
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 15000);

/// Answers the main window's questions from a script.
class ScriptedPrompts final : public findings::studio::UserPrompts {
public:
    SaveChoice saveAnswer = SaveChoice::Cancel;
    bool recoverAnswer = true;
    std::string savePath;
    int saveQuestions = 0;
    int recoverQuestions = 0;
    SaveChoice askSaveChanges(wxWindow*, const wxString&) override;
    bool askRecover(wxWindow*, const wxString&) override;
    wxString askSavePath(wxWindow*, const wxString&, const wxString&) override;
};

/// A main window over the built plugins and the test plugins, no modal dialogs, no
/// recovery offer unless asked. Destroys the window (discarding changes) at the end.
class FrameFixture {
public:
    /// `extraPluginDirs` are searched after the built and test plugins (the broken plugins).
    explicit FrameFixture(std::vector<std::string> startupFiles = {}, bool offerRecovery = false,
                          std::vector<std::string> extraPluginDirs = {});
    ~FrameFixture();
    findings::studio::MainFrame& frame() { return *frame_; }
    ScriptedPrompts& prompts() { return *prompts_; }
    findings::studio::PluginHost& host() { return *host_; }
    testsupport::TempDir& dir() { return dir_; }
    /// Waits for running and queued imports to finish.
    bool waitForImports(int timeoutMs = 15000);
    /// Writes a file the good test importer reads ("GOOD" then "polarity: text" lines).
    std::string goodFile(const std::string& name, const std::vector<std::string>& lines);
    /// Writes a project (imported through the json plugin) with the model tests' small set:
    /// 3 sources, 8 findings with themes, visits and review states.
    std::string smallProject(const std::string& name = "small.findings.json");

private:
    testsupport::TempDir dir_;
    int assertsBefore_;
    std::unique_ptr<findings::studio::PluginHost> host_;
    findings::studio::MainFrame* frame_ = nullptr;
    ScriptedPrompts* prompts_ = nullptr;
};

/// Saves a PNG of `window` as it is on screen; returns false when it cannot.
bool saveScreenshot(wxWindow* window, const std::string& path);

}  // namespace guitest
