#include <findings/sheetread/read_ahead.hpp>

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace findings::sheetread {
namespace {

/// What the reading thread saw, in order, with every cell's text copied out of the reader's
/// buffers (its views are valid only during the callback).
struct Batch {
    enum class Kind { Start, Row, Problem, End };
    struct Event {
        Kind kind;
        size_t index; ///< into rows or problems
    };
    struct RowCopy {
        const SheetInfo* sheet;
        uint32_t number;
        bool hidden;
        size_t firstCell;
        size_t cellCount;
    };
    struct TextSpan {
        size_t textAt, textSize, formulaAt, formulaSize;
    };
    std::vector<Event> events;
    std::vector<RowCopy> rows;
    std::vector<Cell> cells;     ///< views pointed at `text` by rebase()
    std::vector<TextSpan> spans; ///< one per cell
    std::string text;            ///< every cell's text and formula, back to back
    std::vector<RowProblem> problems;
    std::optional<SheetStart> start;
    std::optional<SheetEnd> end;

    bool empty() const { return events.empty(); }
    /// Points each cell's views into `text`, which no longer grows.
    void rebase() {
        for (size_t i = 0; i < cells.size(); ++i) {
            const TextSpan& s = spans[i];
            cells[i].text = std::string_view(text.data() + s.textAt, s.textSize);
            cells[i].formula = std::string_view(text.data() + s.formulaAt, s.formulaSize);
        }
    }
};

/// Batches from the reading thread to the handling one, at most `capacity` waiting.
class BatchQueue {
public:
    explicit BatchQueue(size_t capacity) : capacity_(capacity ? capacity : 1) {}

    /// Waits for room; false (and the batch dropped) once the handler wants no more.
    bool push(std::unique_ptr<Batch> batch) {
        std::unique_lock<std::mutex> lock(mutex_);
        changed_.wait(lock, [&] { return stopped_ || batches_.size() < capacity_; });
        if (stopped_) return false;
        batches_.push_back(std::move(batch));
        changed_.notify_all();
        return true;
    }
    /// The reading is over: pop() returns null once the queue is empty.
    void close() {
        std::lock_guard<std::mutex> lock(mutex_);
        closed_ = true;
        changed_.notify_all();
    }
    /// The next batch, or null when the reading is over and everything was taken.
    std::unique_ptr<Batch> pop() {
        std::unique_lock<std::mutex> lock(mutex_);
        changed_.wait(lock, [&] { return closed_ || !batches_.empty(); });
        if (batches_.empty()) return nullptr;
        std::unique_ptr<Batch> batch = std::move(batches_.front());
        batches_.pop_front();
        changed_.notify_all();
        return batch;
    }
    /// The handler wants no more: the reader's next push fails, and what waits is dropped.
    void stop() {
        std::lock_guard<std::mutex> lock(mutex_);
        stopped_ = true;
        batches_.clear();
        changed_.notify_all();
    }
    bool stopped() {
        std::lock_guard<std::mutex> lock(mutex_);
        return stopped_;
    }

private:
    const size_t capacity_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::unique_ptr<Batch>> batches_;
    bool closed_ = false;
    bool stopped_ = false;
};

/// The handler the workbook reads into, on the reading thread: copies each call into the
/// current batch and hands full batches over.
class Forwarder : public SheetHandler {
public:
    Forwarder(BatchQueue& queue, const ReadAheadOptions& options)
        : queue_(queue), rowsPerBatch_(options.rowsPerBatch ? options.rowsPerBatch : 1) {}

    void onSheetStart(const SheetStart& start) override {
        batch_->start = start;
        batch_->events.push_back({Batch::Kind::Start, 0});
    }
    bool onRow(const Row& row) override {
        Batch& b = *batch_;
        b.events.push_back({Batch::Kind::Row, b.rows.size()});
        b.rows.push_back({row.sheet, row.number, row.hidden, b.cells.size(), row.cellCount});
        for (size_t i = 0; i < row.cellCount; ++i) {
            const Cell& cell = row.cells[i];
            b.spans.push_back({b.text.size(), cell.text.size(), b.text.size() + cell.text.size(), cell.formula.size()});
            b.text.append(cell.text).append(cell.formula);
            b.cells.push_back(cell);
        }
        if (b.rows.size() >= rowsPerBatch_) return handOver();
        return !queue_.stopped();
    }
    bool onRowProblem(const RowProblem& problem) override {
        batch_->events.push_back({Batch::Kind::Problem, batch_->problems.size()});
        batch_->problems.push_back(problem);
        return !queue_.stopped();
    }
    void onSheetEnd(const SheetEnd& end) override {
        end_ = end;
        batch_->end = end;
        batch_->events.push_back({Batch::Kind::End, 0});
        handOver();
    }

    /// Hands the current batch over (if it holds anything); false once the handler stopped.
    bool handOver() {
        if (batch_->empty()) return !queue_.stopped();
        const bool taken = queue_.push(std::move(batch_));
        batch_ = std::make_unique<Batch>();
        return taken;
    }
    /// The last onSheetEnd the reader delivered, if it got that far.
    const std::optional<SheetEnd>& end() const { return end_; }

private:
    BatchQueue& queue_;
    const size_t rowsPerBatch_;
    std::unique_ptr<Batch> batch_ = std::make_unique<Batch>();
    std::optional<SheetEnd> end_;
};

/// Stops the reading thread and waits for it, however the handling ends.
class ReaderJoin {
public:
    ReaderJoin(BatchQueue& queue, std::thread& reader) : queue_(queue), reader_(reader) {}
    ~ReaderJoin() { finish(); }
    void finish() {
        if (!reader_.joinable()) return;
        queue_.stop();
        reader_.join();
    }

private:
    BatchQueue& queue_;
    std::thread& reader_;
};

}  // namespace

SheetSummary readSheetAhead(XlsxWorkbook& workbook, const SheetInfo& sheet, SheetHandler& handler,
                            const SheetReadOptions& options, const ReadAheadOptions& ahead) {
    BatchQueue queue(ahead.batchesAhead);
    Forwarder forwarder(queue, ahead);
    SheetSummary readerSummary;
    std::exception_ptr readError;
    std::thread reader([&] {
        try {
            readerSummary = workbook.readSheet(sheet, forwarder, options);
        } catch (...) {
            readError = std::current_exception();
            // The rows read before the fault are handled before the fault is reported.
            forwarder.handOver();
        }
        queue.close();
    });
    ReaderJoin join(queue, reader);

    SheetSummary delivered;
    bool handlerStopped = false;
    while (!handlerStopped) {
        std::unique_ptr<Batch> batch = queue.pop();
        if (!batch) break;
        batch->rebase();
        for (const Batch::Event& event : batch->events) {
            if (handlerStopped) break;
            switch (event.kind) {
            case Batch::Kind::Start:
                handler.onSheetStart(*batch->start);
                break;
            case Batch::Kind::Row: {
                const Batch::RowCopy& copy = batch->rows[event.index];
                Row row;
                row.sheet = copy.sheet;
                row.number = copy.number;
                row.hidden = copy.hidden;
                row.cells = batch->cells.data() + copy.firstCell;
                row.cellCount = copy.cellCount;
                ++delivered.rowsDelivered;
                delivered.cells += copy.cellCount;
                handlerStopped = !handler.onRow(row);
                break;
            }
            case Batch::Kind::Problem: {
                const RowProblem& problem = batch->problems[event.index];
                if (!problem.rowDelivered) ++delivered.rowsWithProblems;
                handlerStopped = !handler.onRowProblem(problem);
                break;
            }
            case Batch::Kind::End:
                handler.onSheetEnd(*batch->end);
                break;
            }
        }
    }
    join.finish();
    if (!handlerStopped) {
        if (readError) std::rethrow_exception(readError);
        return readerSummary;
    }
    // The handler stopped: the reader may have read on past that row, so the end the handler
    // hears counts what it was given, as readSheet's would. A fault in the rows read ahead
    // is not the handler's concern: readSheet would never have read them.
    SheetEnd end = forwarder.end().value_or(SheetEnd{});
    end.sheet = &sheet;
    end.rowsDelivered = delivered.rowsDelivered;
    end.rowsWithProblems = delivered.rowsWithProblems;
    end.cells = delivered.cells;
    end.stoppedByHandler = true;
    handler.onSheetEnd(end);
    delivered.stoppedByHandler = true;
    return delivered;
}

}  // namespace findings::sheetread
