// Dear ImGui build options for the page (IMGUI_USER_CONFIG).
#pragma once

// In a debug build a broken ImGui contract is reported on the browser console (stderr)
// with the rule and the place, and the page goes on; release builds leave the checks out
// (their texts alone would add tens of kilobytes to the single offline file).
#ifndef NDEBUG
#include <stdio.h>
#define IM_ASSERT(expr) \
    ((expr) ? (void)0 : (void)fprintf(stderr, "ImGui assertion failed: %s (%s:%d)\n", #expr, __FILE__, __LINE__))
#else
#define IM_ASSERT(expr) ((void)0)
#endif
