#include <findings/core/import_assembly.hpp>

#include <findings/core/file_input.hpp>
#include <findings/sdk/ids.hpp>

#include <stdexcept>
#include <utility>

namespace findings::core {

ImportAssembly::ImportAssembly(const PluginRegistry& registry, std::string path, std::size_t spoolAbove,
                               DiagnosticList& diagnostics)
    : registry_(registry), path_(std::move(path)), diagnostics_(diagnostics), findings_(spoolAbove) {}

template <class Step>
void ImportAssembly::guarded(Step&& step) {
    try {
        step();
    } catch (const std::exception& e) {
        if (failure_.empty()) failure_ = e.what();
    }
}

void ImportAssembly::importing(const std::string& importerId) {
    if (gate_) return;
    importerId_ = importerId;
    const ImporterEntry ref = registry_.findImporter(importerId);
    if (ref.plugin) importer_ = {ref.id(), ref.plugin->version()};
    else if (failure_.empty()) failure_ = "no importer with id " + importerId;
    // How many records will come is not known yet: the gate's id tables grow as they come.
    gate_.emplace(importerId, 0, 0);
}

const std::string& ImportAssembly::fileDigest() {
    // Hashing a large input costs as much as reading it again, so the file is hashed only
    // when a source lacks the digest; an importer that hashed the input already (for its
    // stable ids) has filled it in.
    if (digest_.empty()) digest_ = sha256OfFile(path_);
    return digest_;
}

void ImportAssembly::complete(Source& s, std::size_t index) {
    if (s.path.empty()) s.path = path_;
    if (s.sha256.empty()) s.sha256 = fileDigest();
    if (s.kind.empty()) s.kind = "other";
    if (s.importer.empty()) s.importer = importer_;
    if (s.id.empty()) {
        s.id = sourceIdForDigest(s.sha256);
        if (index > 0) s.id = childId(s.id, std::to_string(index + 1));
    }
}

void ImportAssembly::complete(Finding& f) {
    if (f.source.empty()) f.source = set_.sources.front().id;
    if (f.id.empty()) f.id = ordinalFindingId(f.source, ++ordinals_[f.source]);
    if (f.review.empty()) f.review = "unreviewed";
}

void ImportAssembly::source(Source source) {
    guarded([&] {
        if (!gate_) throw std::runtime_error("a source came before the importer was chosen");
        complete(source, set_.sources.size());
        if (!sourceIds_.insert(source.id).second)
            diagnostics_.add({path_, -1, {}, -1, -1, -1, {}, Severity::Warning, "duplicate-source",
                              "the importer emitted source id " + source.id + " twice"});
        gate_->source(source);
    });
    set_.sources.push_back(std::move(source));
}

void ImportAssembly::finding(Finding finding) {
    const std::size_t index = findingCount_++;
    if (!firstWaiting_ && finding.source.empty() && set_.sources.empty()) firstWaiting_ = index;
    if (!firstWaiting_)
        guarded([&] {
            if (!gate_) throw std::runtime_error("a finding came before the importer was chosen");
            complete(finding);
            gate_->finding(finding);
        });
    // The spool may find the disk full.
    guarded([&] { findings_.add(std::move(finding)); });
}

void ImportAssembly::finish(ImportResult& result) {
    if (!gate_) importing(result.importerId);
    // An importer that gave findings and no source: the file is their source.
    if (set_.sources.empty() && findingCount_ > 0) {
        Source file;
        file.kind = "other";
        source(std::move(file));
    }
    std::shared_ptr<FindingSpool> spool;
    guarded([&] { spool = findings_.finish(set_.findings); });
    if (firstWaiting_ && failure_.empty()) {
        guarded([&] {
            std::size_t index = 0;
            auto completeWaiting = [&](Finding& f) {
                if (index++ >= *firstWaiting_) {
                    complete(f);
                    gate_->finding(f);
                }
                return true;
            };
            for (Finding& f : set_.findings) completeWaiting(f);
            if (spool) spool->rewrite(completeWaiting);
        });
    }
    if (!failure_.empty()) throw std::runtime_error(failure_);
    gate_->finish();
    result.set = std::move(set_);
    result.spool = std::move(spool);
}

}  // namespace findings::core
