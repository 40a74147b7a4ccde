// Reading the seed-letter fixture and the letters' paragraphs (see seed_letter_fixture.hpp).
#include "seed_letter_fixture.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <cctype>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

namespace findings::classify::testing {
namespace {

const char* const kHeadline = "Headline findings";
const char* const kFindings = "Findings and evaluation of progress";

std::string trim(const std::string& s) {
    const char* ws = " \t\r\f\v";
    const auto b = s.find_first_not_of(ws);
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

}  // namespace

bool endsSentence(const std::string& s) {
    if (s.empty()) return false;
    const char c = s.back();
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\'') return true;
    // closing curly quotes ” ’
    return s.size() >= 3 && (s.compare(s.size() - 3, 3, "\xE2\x80\x9D") == 0 ||
                             s.compare(s.size() - 3, 3, "\xE2\x80\x99") == 0);
}

std::string joinLines(const std::vector<std::string>& lines) {
    std::string text;
    for (const std::string& line : lines) {
        if (text.empty()) { text = line; continue; }
        const bool hyphenated = text.size() > 1 && text.back() == '-' &&
                                std::isalpha(static_cast<unsigned char>(text[text.size() - 2])) &&
                                std::islower(static_cast<unsigned char>(line[0]));
        text += hyphenated ? line : " " + line;
    }
    std::string collapsed;
    for (char c : text) {
        if (c == ' ' && !collapsed.empty() && collapsed.back() == ' ') continue;
        collapsed += c;
    }
    return collapsed;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open '" + path + "'");
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::pair<std::string, std::string>> letterParagraphs(const std::string& path) {
    std::string content = readFile(path);
    if (content.compare(0, 3, "\xEF\xBB\xBF") == 0) content.erase(0, 3);

    std::vector<std::pair<std::string, std::string>> paragraphs;
    std::string section;
    std::vector<std::string> block;
    auto flush = [&] {
        if (block.empty()) return;
        std::string text = joinLines(block);
        block.clear();
        const bool continues = !paragraphs.empty() && paragraphs.back().first == section &&
                               !endsSentence(paragraphs.back().second) &&
                               std::islower(static_cast<unsigned char>(text[0]));
        if (continues) paragraphs.back().second += " " + text;
        else paragraphs.emplace_back(section, text);
    };
    std::istringstream lines(content);
    std::string line;
    while (std::getline(lines, line)) {
        const std::string t = trim(line);
        if (t == kHeadline || t == kFindings) { flush(); section = t; continue; }
        if (t.rfind("I am copying this letter", 0) == 0) { flush(); section.clear(); continue; }
        if (section.empty()) continue;
        if (t.empty()) flush();
        else block.push_back(t);
    }
    flush();
    return paragraphs;
}

std::vector<LabelledParagraph> loadSeedLabels(const std::string& fixturePath, const std::string& seedsDir) {
    Poco::JSON::Parser parser;
    const auto root = parser.parse(readFile(fixturePath)).extract<Poco::JSON::Object::Ptr>();
    const auto items = root->getArray("paragraphs");
    std::map<std::string, std::vector<std::pair<std::string, std::string>>> letters;
    std::vector<LabelledParagraph> out;
    for (std::size_t i = 0; i < items->size(); ++i) {
        const auto item = items->getObject(static_cast<unsigned>(i));
        LabelledParagraph p;
        p.letter = item->getValue<std::string>("letter");
        p.section = item->getValue<std::string>("section");
        p.paragraph = item->getValue<int>("paragraph");
        p.polarity = item->getValue<std::string>("polarity");
        const auto themes = item->getArray("themes");
        for (std::size_t k = 0; k < themes->size(); ++k)
            p.themes.push_back(themes->getElement<std::string>(static_cast<unsigned>(k)));
        const std::string prefix = item->getValue<std::string>("text");

        auto found = letters.find(p.letter);
        if (found == letters.end())
            found = letters.emplace(p.letter, letterParagraphs(seedsDir + "/" + p.letter)).first;
        int ordinal = 0;
        for (const auto& [section, text] : found->second) {
            if (section != p.section || ++ordinal != p.paragraph) continue;
            p.text = text;
            break;
        }
        const std::string where = p.letter + " / " + p.section + " / " + std::to_string(p.paragraph);
        if (p.text.empty()) throw std::runtime_error(where + ": no such paragraph in the letter");
        if (p.text.compare(0, prefix.size(), prefix) != 0)
            throw std::runtime_error(where + ": the letter's paragraph does not start with \"" + prefix + "\"");
        out.push_back(std::move(p));
    }
    return out;
}

}  // namespace findings::classify::testing
