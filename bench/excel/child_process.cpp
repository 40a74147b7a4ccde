#include "child_process.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <spawn.h>
#include <stdexcept>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace excel_bench {

ChildResult runChild(const std::vector<std::string>& argv) {
    std::string command;
    for (const auto& a : argv) command += (command.empty() ? "" : " ") + a;
    int out[2];
    if (pipe(out) != 0) throw std::runtime_error("cannot make a pipe for " + command);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (rc != 0) {
        close(out[0]);
        throw std::runtime_error("cannot start " + command);
    }
    ChildResult result;
    char buffer[4096];
    for (ssize_t n; (n = read(out[0], buffer, sizeof buffer)) > 0;)
        result.output.append(buffer, static_cast<std::size_t>(n));
    close(out[0]);
    int status = 0;
    struct rusage usage {};
    if (wait4(pid, &status, 0, &usage) < 0) throw std::runtime_error("lost the child " + command);
    result.peakRssKb = usage.ru_maxrss;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw std::runtime_error(command + " failed (wait status " + std::to_string(status) + ")");
    return result;
}

double field(const std::string& output, const std::string& key) {
    std::istringstream in(output);
    std::string word;
    while (in >> word)
        if (word == key) {
            double v = 0;
            if (in >> v) return v;
        }
    throw std::runtime_error("no \"" + key + "\" in the child's output: " + output);
}

long currentRssKb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0) return std::atol(line.c_str() + 6);
    return 0;
}

}  // namespace excel_bench
