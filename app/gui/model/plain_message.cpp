#include "model/plain_message.hpp"

#include <cctype>

namespace findings::studio {

namespace {
/// True when `text` from `at` reads "name=value": a lower-case identifier, then "=".
bool optionSyntaxAt(const std::string& text, size_t at) {
    size_t i = at;
    while (i < text.size() && (std::islower(static_cast<unsigned char>(text[i])) || text[i] == '_' ||
                               std::isdigit(static_cast<unsigned char>(text[i]))))
        ++i;
    return i > at && i < text.size() && text[i] == '=';
}
}  // namespace

std::string plainMessage(const std::string& message) {
    std::string out;
    size_t from = 0;
    while (from < message.size()) {
        const size_t open = message.find('(', from);
        if (open == std::string::npos) break;
        const size_t close = message.find(')', open);
        if (close == std::string::npos || !optionSyntaxAt(message, open + 1)) {
            out.append(message, from, open + 1 - from);
            from = open + 1;
            continue;
        }
        size_t keep = open;
        while (keep > from && message[keep - 1] == ' ') --keep;  // the space before it too
        out.append(message, from, keep - from);
        from = close + 1;
    }
    out.append(message, from, std::string::npos);
    return out;
}

}  // namespace findings::studio
