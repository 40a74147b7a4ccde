#include "scratch_file.hpp"

#include <findings/sdk.hpp>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace findings::excel {

ScratchFile::ScratchFile(const std::string& dir, const std::string& prefix,
                         const std::string& suffix) {
    const char* tmp = std::getenv("TMPDIR");
    const std::string folder = !dir.empty() ? dir : (tmp && *tmp ? tmp : "/tmp");
    std::string pattern = folder + "/" + prefix + "XXXXXX" + suffix;
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemps(name.data(), static_cast<int>(suffix.size()));
    if (fd < 0)
        throw Error(FND_ERR_IO,
                    "cannot create a scratch file in " + folder + ": " + std::strerror(errno));
    ::close(fd);
    path_ = name.data();
}

ScratchFile::~ScratchFile() {
    if (!path_.empty()) ::unlink(path_.c_str());
}

}  // namespace findings::excel
