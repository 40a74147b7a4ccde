// Reading the labelled paragraph set (see labelled_set.hpp).
#include "labelled_set.hpp"

#include "seed_letter_fixture.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <cctype>
#include <map>
#include <sstream>
#include <stdexcept>

namespace findings::classify::testing {
namespace {

std::string trimmed(const std::string& s) {
    const char* ws = " \t\r\f\v";
    const auto b = s.find_first_not_of(ws);
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

/// The paragraph number opening a line ("12. Text" or "12."), or 0; `rest` gets the text after it.
int paragraphNumber(const std::string& line, std::string& rest) {
    std::size_t i = 0;
    while (i < line.size() && i < 3 && std::isdigit(static_cast<unsigned char>(line[i]))) ++i;
    if (i == 0 || i >= line.size() || line[i] != '.') return 0;
    if (i + 1 < line.size() && line[i + 1] != ' ') return 0;  // "1.5 million"
    rest = i + 1 < line.size() ? trimmed(line.substr(i + 1)) : std::string();
    return std::stoi(line.substr(0, i));
}

bool allDigits(const std::string& s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

std::vector<std::string> stringsOf(const Poco::JSON::Array::Ptr& array) {
    std::vector<std::string> out;
    if (!array) return out;
    for (std::size_t k = 0; k < array->size(); ++k) out.push_back(array->getElement<std::string>(static_cast<unsigned>(k)));
    return out;
}

}  // namespace

std::vector<std::pair<int, std::string>> numberedParagraphs(const std::string& reportText) {
    std::vector<std::string> lines;
    std::map<std::string, int> repeats;
    {
        std::istringstream in(reportText);
        std::string line;
        while (std::getline(in, line)) {
            line = trimmed(line);
            if (!line.empty() && line[0] == '\f') line = trimmed(line.substr(1));
            ++repeats[line];
            lines.push_back(line);
        }
    }
    std::vector<std::pair<int, std::string>> out;
    int number = 0;
    std::vector<std::string> block;
    bool blankSeen = false;
    auto flush = [&] {
        if (number != 0 && !block.empty()) out.emplace_back(number, joinLines(block));
        number = 0;
        block.clear();
    };
    for (const std::string& line : lines) {
        if (allDigits(line) || (line.size() >= 12 && repeats[line] >= 3)) continue;  // page furniture
        std::string rest;
        if (const int n = paragraphNumber(line, rest)) {
            flush();
            number = n;
            if (!rest.empty()) block.push_back(rest);
            blankSeen = false;
            continue;
        }
        if (number == 0) continue;
        if (line.empty()) { blankSeen = true; continue; }
        if (blankSeen && !block.empty() && endsSentence(block.back())) { flush(); continue; }
        blankSeen = false;
        block.push_back(line);
    }
    flush();
    return out;
}

std::vector<LabelledText> loadLabelledSet(const std::string& fixturePath, const std::string& reportTextDir) {
    Poco::JSON::Parser parser;
    Poco::JSON::Object::Ptr root;
    try {
        root = parser.parse(readFile(fixturePath)).extract<Poco::JSON::Object::Ptr>();
    } catch (const Poco::Exception& e) {
        throw std::runtime_error(fixturePath + ": " + e.displayText());
    }
    const auto items = root->getArray("paragraphs");
    if (!items) throw std::runtime_error(fixturePath + ": no \"paragraphs\" array");
    std::map<std::string, std::vector<std::pair<int, std::string>>> reports;
    std::vector<LabelledText> out;
    int written = 0;
    for (std::size_t i = 0; i < items->size(); ++i) {
        const auto item = items->getObject(static_cast<unsigned>(i));
        const std::string where = fixturePath + ": paragraph entry " + std::to_string(i + 1);
        if (!item) throw std::runtime_error(where + " is not an object");
        LabelledText p;
        p.era = item->optValue<std::string>("era", "");
        p.split = item->optValue<std::string>("split", "");
        p.polarity = item->optValue<std::string>("polarity", "");
        p.themes = stringsOf(item->getArray("themes"));
        if (p.split != "dev" && p.split != "heldout") throw std::runtime_error(where + ": split must be dev or heldout");
        if (p.themes.empty() || p.polarity.empty()) throw std::runtime_error(where + ": needs themes and a polarity");
        if (item->has("text")) {
            p.text = item->getValue<std::string>("text");
            p.source = "written #" + std::to_string(++written);
            out.push_back(std::move(p));
            continue;
        }
        const std::string report = item->optValue<std::string>("report", "");
        const int number = item->optValue<int>("paragraph", 0);
        const std::string starts = item->optValue<std::string>("starts", "");
        if (report.empty() || number <= 0 || starts.empty())
            throw std::runtime_error(where + ": needs either \"text\" or \"report\", \"paragraph\" and \"starts\"");
        if (reportTextDir.empty()) continue;
        auto found = reports.find(report);
        if (found == reports.end())
            found = reports.emplace(report, numberedParagraphs(readFile(reportTextDir + "/" + report + ".txt"))).first;
        p.source = report + " \xC2\xB6" + std::to_string(number);
        for (const auto& [n, text] : found->second)
            if (n == number && text.compare(0, starts.size(), starts) == 0) { p.text = text; break; }
        if (p.text.empty())
            throw std::runtime_error(where + ": " + p.source + " starting \"" + starts + "\" is not in the report");
        p.fromCorpus = true;
        out.push_back(std::move(p));
    }
    return out;
}

}  // namespace findings::classify::testing
