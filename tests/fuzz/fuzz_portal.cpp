// libFuzzer target: see fuzz_entries.hpp.
#include "fuzz_entries.hpp"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, unsigned long size) {
    dvcscore::fuzz::portal_input(data, size);
    return 0;
}
