// Catch2's own main(); every other file in tests/ is one topic.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
