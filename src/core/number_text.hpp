#pragma once
// Numbers as people type and read them.
#include <optional>
#include <string>
#include <string_view>

namespace dvcscore {

// A decimal typed by a person: optional surrounding spaces, optional sign, digits with a
// decimal comma or dot ("93,25", "93.25", ",5"). Thousands separators, exponents and
// anything else make it not a number. Empty text is not a number either.
std::optional<double> parse_decimal(std::string_view text);

// A count typed by a person: like parse_decimal, but digits grouped by threes with a
// dot, comma or space ("1.437", "589 496", "1,065,150") are one whole number, as
// Vietnamese and English spreadsheets write thousands.
std::optional<double> parse_count(std::string_view text);

// Exactly two decimals, as the portal shows scores: 7.22, 0.00.
std::string format_2dp(double x);

// The shortest text that reads back as x: 6, 0.8, 93.25. Fixed notation below 1e21.
std::string format_number(double x);

// The shortest text that reads back as x in printf's %g form, with an exponent for large
// and small numbers (93.245, 1e+06, 1e-05): what share codes carry.
std::string format_shortest(double x);

// The shortest decimal that reads back as x, as JSON numbers are written (nlohmann's
// dump()): 93.245, 0.06666666666666667, a whole number with ".0" (6.0), an exponent from
// 1e15 and below 1e-4 (1e+20, 1e-05). Not for NaN or infinity.
std::string format_json_number(double x);

// A whole number with its thousands set apart by `separator` ("597 894" with a thin
// space); other numbers as format_number.
std::string format_count(double x, std::string_view separator);

}  // namespace dvcscore
