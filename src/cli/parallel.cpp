#include "parallel.hpp"

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <thread>
#include <vector>

namespace dvcscore::cli {

namespace {
// Below this many items per thread, starting threads costs more than it saves (a plan takes
// tens of microseconds, a thread tens).
constexpr std::size_t kLeastPerThread = 64;

// Every core, or DVCSCORE_THREADS of them (a positive whole number) — to share a server, or
// to measure one core.
std::size_t threads_wanted() {
    if (const char* chosen = std::getenv("DVCSCORE_THREADS")) {
        char* end = nullptr;
        const unsigned long n = std::strtoul(chosen, &end, 10);
        if (end != chosen && *end == '\0' && n > 0) return std::min<unsigned long>(n, 256);
    }
    return std::max(1u, std::thread::hardware_concurrency());
}

std::size_t slices_for(std::size_t count) {
    return std::clamp<std::size_t>(count / kLeastPerThread, 1, threads_wanted());
}

// Cuts [0, count) into `slices` contiguous slices and runs work(slice, begin, end) for each,
// slice 0 on this thread; an exception in any slice is thrown again here once all have
// stopped.
void run_slices(std::size_t count, std::size_t slices,
                const std::function<void(std::size_t slice, std::size_t begin, std::size_t end)>& work) {
    std::vector<std::exception_ptr> failures(slices);
    auto guarded = [&](std::size_t slice) {
        try {
            work(slice, count * slice / slices, count * (slice + 1) / slices);
        } catch (...) {
            failures[slice] = std::current_exception();
        }
    };
    std::vector<std::thread> workers;
    workers.reserve(slices - 1);
    for (std::size_t slice = 1; slice < slices; ++slice) workers.emplace_back(guarded, slice);
    guarded(0);
    for (std::thread& w : workers) w.join();
    for (const std::exception_ptr& failure : failures)
        if (failure) std::rethrow_exception(failure);
}

}  // namespace

void in_slices(std::size_t count, const std::function<void(std::size_t begin, std::size_t end)>& work) {
    run_slices(count, slices_for(count), [&](std::size_t, std::size_t begin, std::size_t end) { work(begin, end); });
}

std::string write_in_slices(std::size_t count,
                            const std::function<void(std::size_t begin, std::size_t end, std::string& out)>& write) {
    const std::size_t slices = slices_for(count);
    std::vector<std::string> texts(slices);
    run_slices(count, slices,
               [&](std::size_t slice, std::size_t begin, std::size_t end) { write(begin, end, texts[slice]); });
    if (slices == 1) return std::move(texts[0]);
    std::size_t size = 0;
    for (const std::string& text : texts) size += text.size();
    std::string out;
    out.reserve(size);
    for (const std::string& text : texts) out += text;
    return out;
}

}  // namespace dvcscore::cli
