#pragma once
// Which period a dashboard request asks for, from its body: timeType/year/quarter/month, or
// fromDate/toDate (handling-satisfaction). Internal to the portal import.
#include <optional>
#include <string>

namespace dvcscore {

struct Period {
    std::string text;  // "2026", "Quý III/2026", "Tháng 9/2026", or "01/01/2026–10/10/2026"
    int from = 0;      // yyyymmdd, inclusive
    int to = 0;
    bool range = false;  // dates that are not a whole year, quarter or month
};

Period year_period(int year);
Period quarter_period(int year, int quarter);  // quarter 1–4
Period month_period(int year, int month);      // month 1–12

// A date as the dashboard sends it: "2026-01-01", "2026-01-01T00:00:00", an instant such as
// "2025-12-31T17:00:00.000Z" (taken in Vietnam's time, UTC+7: 1 January 2026), or
// "01/01/2026". As yyyymmdd; none when it is not a date.
std::optional<int> parse_date(const std::string& text);

// The dates from..to (yyyymmdd): the year, quarter or month they span exactly, else a range.
Period range_period(int from, int to);

// A range "so far" fits a year, quarter or month that starts on the same day and contains
// its end: the dashboard asks for this year up to today that way.
bool fits(const Period& range, const Period& whole);

}  // namespace dvcscore
