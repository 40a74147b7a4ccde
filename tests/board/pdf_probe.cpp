#include "pdf_probe.hpp"

#include <catch2/catch.hpp>

#include "test_support.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace boardtest {

using testsupport::runCommand;
using testsupport::shellQuote;

PdfInfo pdfInfo(const std::string& pdf) {
    const auto r = runCommand(shellQuote(BOARD_PDFINFO) + " " + shellQuote(pdf));
    INFO(r.err);
    REQUIRE(r.status == 0);
    PdfInfo info;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) {
        auto value = [&](const char* key) -> std::string {
            const std::string k = std::string(key) + ":";
            if (line.rfind(k, 0) != 0) return {};
            std::string v = line.substr(k.size());
            v.erase(0, v.find_first_not_of(' '));
            return v;
        };
        if (auto v = value("Pages"); !v.empty()) info.pages = std::stoi(v);
        if (auto v = value("Title"); !v.empty()) info.title = v;
        if (auto v = value("Page size"); !v.empty()) info.pageSize = v;
    }
    return info;
}

std::string squeezed(const std::string& text) {
    std::string out;
    for (char c : text)
        if (!std::isspace(static_cast<unsigned char>(c))) out += c;
    return out;
}

std::string squeezedText(const std::string& pdf) {
    const auto r = runCommand(shellQuote(BOARD_PDFTOTEXT) + " -raw " + shellQuote(pdf) + " -");
    INFO(r.err);
    REQUIRE(r.status == 0);
    return squeezed(r.out);
}

std::string squeezedPageText(const std::string& pdf, int page) {
    const std::string n = std::to_string(page);
    const auto r = runCommand(shellQuote(BOARD_PDFTOTEXT) + " -raw -f " + n + " -l " + n + " " + shellQuote(pdf) + " -");
    INFO(r.err);
    REQUIRE(r.status == 0);
    return squeezed(r.out);
}

std::vector<double> inkShares(const std::string& pdf, const std::string& workDir) {
    const std::string prefix = workDir + "/ink";
    const auto r = runCommand(shellQuote(BOARD_PDFTOPPM) + " -r 30 -gray " + shellQuote(pdf) + " " +
                              shellQuote(prefix));
    INFO(r.err);
    REQUIRE(r.status == 0);
    std::vector<std::string> pages;
    for (const auto& entry : std::filesystem::directory_iterator(workDir)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("ink-", 0) == 0 && entry.path().extension() == ".pgm") pages.push_back(entry.path().string());
    }
    std::sort(pages.begin(), pages.end());
    std::vector<double> shares;
    for (const std::string& page : pages) {
        std::ifstream in(page, std::ios::binary);
        std::string magic;
        int width = 0, height = 0, maxValue = 0;
        in >> magic >> width >> height >> maxValue;
        in.get();  // the one whitespace byte before the pixels
        REQUIRE(magic == "P5");
        REQUIRE(width > 0);
        std::string pixels(static_cast<size_t>(width) * static_cast<size_t>(height), '\0');
        in.read(pixels.data(), static_cast<std::streamsize>(pixels.size()));
        REQUIRE(in.gcount() == static_cast<std::streamsize>(pixels.size()));
        const auto dark = std::count_if(pixels.begin(), pixels.end(),
                                        [&](char p) { return static_cast<unsigned char>(p) < maxValue / 2; });
        shares.push_back(static_cast<double>(dark) / static_cast<double>(pixels.size()));
    }
    return shares;
}

}  // namespace boardtest
