// Writes the synthetic dashboard capture (portal_capture.hpp) for scripts/bench:
//   make_portal_capture OUT.har [UNITS]   (200 units by default)
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "portal_capture.hpp"

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: make_portal_capture OUT.har [UNITS]\n";
        return 2;
    }
    const int units = argc > 2 ? std::atoi(argv[2]) : 200;
    if (units < 1) {
        std::cerr << "UNITS must be at least 1\n";
        return 2;
    }
    std::ofstream out(argv[1], std::ios::binary);
    out << dvcscore::bench::synthesize_portal_capture(DVCSCORE_PORTAL_SAMPLES, units);
    return out ? 0 : 1;
}
