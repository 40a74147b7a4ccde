// Helpers shared by the letters tests.
#include "support.hpp"

#include <Poco/JSON/Parser.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <iterator>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include "findings/docparse/identify.hpp"
#include "findings/docparse/parser.hpp"
#include "findings/docparse/readers.hpp"
#ifdef LETTERS_HAVE_PDF
#include "findings/docparse/pdf_reader.hpp"
#endif

namespace letters_test {

using namespace findings::docparse;

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string corpusPath(const std::string& relative) {
#ifdef LETTERS_CORPUS_DIR
    return std::string(LETTERS_CORPUS_DIR) + "/" + relative;
#else
    FAIL("the corpus was not found when the build was configured; [corpus] cases are not registered without it");
    return {};
#endif
}

std::string convertedDir() {
#ifdef LETTERS_CONVERTED_DIR
    return LETTERS_CONVERTED_DIR;
#else
    FAIL("the seed letters were not converted: the corpus or LibreOffice (soffice) was missing at configure time");
    return {};
#endif
}

Poco::JSON::Object::Ptr loadGold(const std::string& relative) {
    std::string path = corpusPath(relative);
    path = path.substr(0, path.rfind('.')) + ".gold.json";
    Poco::JSON::Parser parser;
    return parser.parse(readFile(path)).extract<Poco::JSON::Object::Ptr>();
}

Lines readAny(const std::string& path) {
    std::string bytes = readFile(path);
    switch (detectFormat(path, std::string_view(bytes).substr(0, 4096))) {
        case InputFormat::Docx: return readDocxLines(bytes);
#ifdef LETTERS_HAVE_PDF
        case InputFormat::Pdf: return readPdfLines(bytes);
#endif
        default: return readTextLines(bytes);
    }
}

ParsedDocument parseFile(const std::string& path) { return parseDocument(readAny(path)); }

ParsedDocument parseText(const std::string& text) { return parseDocument(readTextLines(text)); }

std::string goldString(const Poco::JSON::Object::Ptr& gold, const std::string& key) {
    if (!gold->has(key) || gold->isNull(key)) return {};
    return gold->getValue<std::string>(key);
}

std::vector<std::string> goldStrings(const Poco::JSON::Object::Ptr& gold, const std::string& key) {
    std::vector<std::string> out;
    if (!gold->has(key) || gold->isNull(key)) return out;
    Poco::JSON::Array::Ptr a = gold->getArray(key);
    for (std::size_t i = 0; i < a->size(); ++i) out.push_back(a->getElement<std::string>(unsigned(i)));
    return out;
}

std::vector<const Paragraph*> withRole(const ParsedDocument& doc, ParagraphRole role) {
    std::vector<const Paragraph*> out;
    for (const Paragraph& p : doc.paragraphs)
        if (p.role == role) out.push_back(&p);
    return out;
}

std::vector<std::string> areaWords(const std::string& area) {
    static const std::set<std::string> stop{"the", "of", "and", "a", "an", "in", "who", "with", "to", "for"};
    std::vector<std::string> words;
    std::string w;
    int depth = 0;
    auto flush = [&]() {
        if (!w.empty() && !stop.count(w)) words.push_back(w);
        w.clear();
    };
    for (char c : area) {
        if (c == '(') { flush(); ++depth; continue; }
        if (c == ')') { depth = depth ? depth - 1 : 0; continue; }
        if (depth) continue;
        if (std::isalnum(static_cast<unsigned char>(c))) w.push_back(char(std::tolower(static_cast<unsigned char>(c))));
        else flush();
    }
    flush();
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

std::vector<int> matchAreas(const std::vector<std::string>& goldAreas, const std::vector<JudgementInfo>& parsed) {
    // Score every pair by word overlap (Jaccard), then assign greedily from the best pair.
    struct Pair { double score; std::size_t g, p; };
    std::vector<Pair> pairs;
    for (std::size_t g = 0; g < goldAreas.size(); ++g) {
        auto gw = areaWords(goldAreas[g]);
        for (std::size_t p = 0; p < parsed.size(); ++p) {
            auto pw = areaWords(parsed[p].area);
            std::vector<std::string> common;
            std::set_intersection(gw.begin(), gw.end(), pw.begin(), pw.end(), std::back_inserter(common));
            double uni = double(gw.size() + pw.size() - common.size());
            double score = uni > 0 ? double(common.size()) / uni : 0.0;
            if (score >= 0.6) pairs.push_back({score, g, p});
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.score > b.score; });
    std::vector<int> out(goldAreas.size(), -1);
    std::vector<bool> used(parsed.size(), false);
    for (const Pair& pr : pairs) {
        if (out[pr.g] != -1 || used[pr.p]) continue;
        out[pr.g] = int(pr.p);
        used[pr.p] = true;
    }
    return out;
}

}  // namespace letters_test
