// The source view: the document's text, as its importer reads it, with the selected
// finding's lines highlighted and scrolled into view; for a spreadsheet row, the row's cells;
// for a document whose importer gives no text, the finding and where it is. The importer
// reads off the UI thread: the view says it is loading and fills in when the text arrives.
#pragma once

#include "model/source_excerpt.hpp"
#include "model/source_text_cache.hpp"
#include "model/source_text_loader.hpp"

#include <findings/core/plugin_registry.hpp>

#include <wx/panel.h>

#include <functional>
#include <memory>
#include <optional>

class wxStaticText;
class wxTextCtrl;

namespace findings::studio {

class SourceView final : public wxPanel {
public:
    /// The plugins of the moment (PluginHost::registry), asked on the UI thread.
    using RegistryFn = std::function<std::shared_ptr<const core::PluginRegistry>()>;
    SourceView(wxWindow* parent, RegistryFn registry);
    ~SourceView() override;

    /// Shows the finding in its source (null: nothing selected).
    void show(const Finding* finding, const Source* source);

    wxTextCtrl* textControl() const { return text_; }
    wxStaticText* heading() const { return heading_; }
    /// The excerpt last shown (tests check the highlight).
    const SourceExcerpt& excerpt() const { return excerpt_; }
    /// True while the shown finding's text is being read.
    bool loading() const { return waiting_.has_value(); }
    /// The texts kept for moving between documents.
    const SourceTextCache& cache() const { return cache_; }

private:
    struct Waiting {
        Finding finding;
        std::optional<Source> source;
    };
    void render(const SourceExcerpt& excerpt);
    void textArrived(std::shared_ptr<const SourceText> text);

    RegistryFn registry_;
    wxStaticText* heading_;
    wxTextCtrl* text_;
    SourceTextCache cache_;
    SourceExcerpt excerpt_;
    std::string shownText_; ///< the text in the control, to avoid resetting it per finding
    /// The finding whose source text is on its way; a text for any other file is cached
    /// but not shown (the reviewer has moved on).
    std::optional<Waiting> waiting_;
    /// Lets a text arriving on the UI thread see whether this view still exists.
    std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
    SourceTextLoader loader_; ///< last member: its worker stops before the rest goes
};

}  // namespace findings::studio
