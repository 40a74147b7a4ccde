// Splitting decoded text into numbered lines, and joining them back.
#include "findings/docparse/line.hpp"
#include "findings/docparse/readers.hpp"

namespace findings::docparse {

Lines splitLines(std::string_view text, int page) {
    Lines lines;
    std::size_t start = 0;
    int number = 0;
    auto push = [&](std::size_t end) {
        Line l;
        l.text.assign(text.substr(start, end - start));
        l.page = page;
        l.number = ++number;
        l.offset = start;
        // A form feed inside a line starts a new page (text extracted from PDF).
        std::size_t ff;
        while (page > 0 && (ff = l.text.find('\f')) != std::string::npos) {
            l.text.erase(ff, 1);
            ++page;
            l.page = page;
        }
        lines.push_back(std::move(l));
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            push(i);
            start = i + 1;
        } else if (text[i] == '\r') {
            push(i);
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
            start = i + 1;
        }
    }
    if (start < text.size()) push(text.size());
    return lines;
}

std::string joinLines(const Lines& lines) {
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i) out.push_back('\n');
        out += lines[i].text;
    }
    return out;
}

}  // namespace findings::docparse
