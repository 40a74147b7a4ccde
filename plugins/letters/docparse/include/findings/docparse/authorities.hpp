// The English local authorities with children's services, as data: each one's short name
// (the findings format's `local_authority`), its official council name, common short
// forms, the authorities older reports name, and the trusts that run a council's
// children's services. Names found in a document are matched against it, so that a name is
// never cut short ("Windsor and") or taken from the wrong line.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace findings::docparse {

/// One place a directory name was found in a text.
struct AuthorityMention {
    std::string authority;  ///< the short name, or "" for a trust that serves several
    std::vector<std::string> candidates;  ///< a trust's authorities when it serves several
    std::size_t begin = 0;  ///< byte span of the name as written
    std::size_t end = 0;
    bool official = false;  ///< the official council name or a trust's name, not a short form
};

/// The shipped `authorities.json`, or a user's replacement for it. Immutable once loaded,
/// so imports running in parallel may share one.
class AuthorityDirectory {
public:
    /// Reads the JSON text of an authorities file. Throws std::invalid_argument saying what
    /// is wrong (not JSON, no "authorities" list, an entry without a name).
    static AuthorityDirectory fromJson(std::string_view json);

    /// The list compiled into the parser (the same file the build ships beside the
    /// plugins): used when no other is given.
    static const AuthorityDirectory& builtIn();

    /// Every directory name in `text`, in order, the longest at each place ("Newcastle upon
    /// Tyne", not "Newcastle"). Names must start with a capital letter as written.
    std::vector<AuthorityMention> mentions(std::string_view text) const;

    /// The authority a name written on its own means: the whole of `written` is a
    /// directory name, possibly followed by the council or service it heads ("Newcastle
    /// City Council", "Southend-on-Sea Borough Council", "Bradford Children and Families
    /// Trust"). "" when it is not, or names a trust serving several councils.
    std::string lookup(std::string_view written) const;

    /// True when `shortName` is an authority of the directory (current or former).
    bool knows(std::string_view shortName) const;

    /// How many authorities (current and former) the directory holds.
    std::size_t size() const { return names_.size(); }

private:
    struct Form {
        std::vector<std::string> tokens;  // lower case
        std::vector<std::string> authorities;
        bool official = false;
    };
    std::vector<std::string> names_;
    std::vector<Form> forms_;
    std::unordered_map<std::string, std::vector<std::size_t>> byFirstToken_;  // token -> forms
    void addForm(std::string_view written, std::vector<std::string> authorities, bool official);
};

}  // namespace findings::docparse
