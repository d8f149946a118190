#pragma once
// Batches in the CLI use every core: each assessment is scored or planned on its own (the
// core is pure), so a batch is cut into contiguous slices, one per thread, and each slice's
// text is joined in order — the output is byte for byte what one thread writes. The
// environment variable DVCSCORE_THREADS caps the threads (default: one per core).
#include <cstddef>
#include <functional>
#include <string>

namespace dvcscore::cli {

// Calls work(begin, end) for contiguous slices covering [0, count), each on its own thread,
// and returns when all are done. Small batches (and one-core machines) stay on this thread.
void in_slices(std::size_t count, const std::function<void(std::size_t begin, std::size_t end)>& work);

// Calls write(begin, end, out) for contiguous slices covering [0, count), each on its own
// thread with its own `out`, and returns the slices' texts joined in order.
std::string write_in_slices(std::size_t count,
                            const std::function<void(std::size_t begin, std::size_t end, std::string& out)>& write);

}  // namespace dvcscore::cli
