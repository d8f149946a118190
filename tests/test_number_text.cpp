// Numbers as people type and read them (number_text.hpp): decimal commas and dots, thousands
// in counts, two decimals for scores, the shortest text of a number, JSON's number text.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>

#include <nlohmann/json.hpp>

#include "core/number_text.hpp"

using namespace dvcscore;

TEST_CASE("parse_decimal: a decimal comma or dot, a sign, spaces around", "[number-text]") {
    CHECK(parse_decimal("93,25") == 93.25);
    CHECK(parse_decimal("93.25") == 93.25);
    CHECK(parse_decimal(",5") == 0.5);
    CHECK(parse_decimal(" \t7 ") == 7);
    CHECK(parse_decimal("-3") == -3);
    CHECK(parse_decimal("+3") == 3);
    CHECK(parse_decimal("100") == 100);
}

TEST_CASE("parse_decimal: anything else is not a number", "[number-text]") {
    for (const char* text : {"", "  ", ".", "-", "1.437,5", "1e5", "abc", "1 000", "5%", "3-", "0x10", "NaN", "inf"}) {
        INFO("«" << text << "»");
        CHECK_FALSE(parse_decimal(text).has_value());
    }
    CHECK_FALSE(parse_decimal(std::string(401, '9')).has_value());  // no real figure is this long
}

TEST_CASE("parse_count: thousands grouped by dot, comma or space are one whole number", "[number-text]") {
    CHECK(parse_count("1.437") == 1437);
    CHECK(parse_count("589 496") == 589496);
    CHECK(parse_count("1,065,150") == 1065150);
    CHECK(parse_count("1.437.000") == 1437000);
    CHECK(parse_count(" 12 ") == 12);
}

TEST_CASE("parse_count: what is not grouped by threes is read as a decimal", "[number-text]") {
    CHECK(parse_count("1.43") == 1.43);     // two digits after the dot: a decimal
    CHECK(parse_count("1,5") == 1.5);
    CHECK(parse_count("1.4370") == 1.437);  // four digits after the dot
    CHECK(parse_count("1234.567") == 1234.567);  // four digits before it
    CHECK_FALSE(parse_count("1.437,000").has_value());  // two kinds of separator
    CHECK_FALSE(parse_count("12 34").has_value());
    CHECK_FALSE(parse_count("").has_value());
}

TEST_CASE("format_2dp: two decimals, halves up on the exact binary value", "[number-text]") {
    CHECK(format_2dp(7.22) == "7.22");
    CHECK(format_2dp(0) == "0.00");
    CHECK(format_2dp(100) == "100.00");
    CHECK(format_2dp(1.125) == "1.13");  // 1.125 is exact in binary: a half, up
    CHECK(format_2dp(5.595) == "5.59");  // 5.595 is stored as 5.59499999…
}

TEST_CASE("format_number: the shortest text that reads back, without an exponent", "[number-text]") {
    CHECK(format_number(6) == "6");
    CHECK(format_number(0.8) == "0.8");
    CHECK(format_number(93.25) == "93.25");
    CHECK(format_number(93.245) == "93.245");
    CHECK(format_number(0.1 + 0.2) == "0.30000000000000004");
    CHECK(format_number(9007199254740992.0) == "9007199254740992");  // 2^53
    CHECK(format_number(0.00001) == "0.00001");
}

TEST_CASE("format_shortest: the fewest significant digits that read back, an exponent far out", "[number-text]") {
    // What share codes carry: 93.245 (stored as 93.24499…) reads back from 5 digits.
    CHECK(format_shortest(93.245) == "93.245");
    CHECK(format_shortest(6) == "6");
    CHECK(format_shortest(0.1 + 0.2) == "0.30000000000000004");  // 17 digits: 0.3 is another double
    // %g's form: one significant digit and an exponent for 10^6 and 10^-5.
    CHECK(format_shortest(1000000) == "1e+06");
    CHECK(format_shortest(0.00001) == "1e-05");
    CHECK(format_shortest(1437) == "1437");
}

TEST_CASE("format_count: thousands set apart in whole numbers only", "[number-text]") {
    CHECK(format_count(597894, " ") == "597 894");
    CHECK(format_count(1065150, ".") == "1.065.150");
    CHECK(format_count(1000, "\xE2\x80\xAF") == "1\xE2\x80\xAF" "000");
    CHECK(format_count(999, " ") == "999");
    CHECK(format_count(4.24, " ") == "4.24");
    CHECK(format_count(1437, "") == "1437");
}

TEST_CASE("format_json_number: as JSON writes numbers, \".0\" on whole ones, exponents far out", "[number-text]") {
    CHECK(format_json_number(6) == "6.0");
    CHECK(format_json_number(0) == "0.0");
    CHECK(format_json_number(-0.0) == "-0.0");
    CHECK(format_json_number(7.22) == "7.22");
    CHECK(format_json_number(0.5) == "0.5");
    CHECK(format_json_number(-2.5) == "-2.5");
    CHECK(format_json_number(93.245) == "93.245");
    CHECK(format_json_number(6.0 / 90) == "0.06666666666666667");  // 17 digits: 0.0666…7 reads back
    CHECK(format_json_number(1e20) == "1e+20");
    CHECK(format_json_number(1e-5) == "1e-05");
    CHECK(format_json_number(0.0001) == "0.0001");
}

TEST_CASE("format_json_number: the text nlohmann's dump() writes, for every hundredth and beyond", "[number-text]") {
    for (int hundredths = -10000; hundredths <= 100000; ++hundredths) {
        const double x = hundredths / 100.0;
        if (format_json_number(x) != nlohmann::json(x).dump()) FAIL_CHECK(hundredths << " hundredths");
    }
    for (double x : {1e12, 123456789012.34, 1e15, 999999999999999.0, 1.0 / 3, 2.0 / 3, 1e-4, 5e-324,
                     std::numeric_limits<double>::max(), 79.810454}) {
        INFO(x);
        CHECK(format_json_number(x) == nlohmann::json(x).dump());
    }
}
