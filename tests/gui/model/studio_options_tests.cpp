// The command line of findings-studio, parsed before any toolkit starts.
#include "model/studio_options.hpp"

#include <catch2/catch.hpp>

using namespace findings::studio;

TEST_CASE("files, plugin folders and flags are parsed", "[options]") {
    const char* argv[] = {"findings-studio", "a.txt", "--plugin-dir", "/p1", "--plugin-dir=/p2",
                          "--no-default-plugins", "--", "--odd-name.txt"};
    const StudioOptions o = parseStudioArgs(8, argv);
    CHECK(o.files == std::vector<std::string>{"a.txt", "--odd-name.txt"});
    CHECK(o.pluginDirs == std::vector<std::string>{"/p1", "/p2"});
    CHECK(o.noDefaultPlugins);
    CHECK_FALSE(o.help);
}

TEST_CASE("help and version are recognised and GTK's own options are left alone", "[options]") {
    const char* argv[] = {"findings-studio", "-h", "--version", "--display", ":1", "--g-fatal-warnings"};
    const StudioOptions o = parseStudioArgs(6, argv);
    CHECK(o.help);
    CHECK(o.version);
    CHECK(o.files.empty());
}

TEST_CASE("unknown options and a missing folder are usage errors", "[options]") {
    const char* bad[] = {"findings-studio", "--frobnicate"};
    CHECK_THROWS_AS(parseStudioArgs(2, bad), StudioUsageError);
    const char* missing[] = {"findings-studio", "--plugin-dir"};
    CHECK_THROWS_WITH(parseStudioArgs(2, missing), "--plugin-dir needs a folder");
    CHECK(studioHelpText().find("--plugin-dir DIR") != std::string::npos);
}
