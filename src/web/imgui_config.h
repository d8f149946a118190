// Dear ImGui build options for the page (IMGUI_USER_CONFIG), the same for every file that
// includes imgui.h.
#pragma once

// Only ImGui 1.90's current API: no obsolete names, no io.KeyMap/io.KeysDown (input goes
// through io.AddKeyEvent and the other event functions, src/web/platform/browser_input.cpp).
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
#define IMGUI_DISABLE_OBSOLETE_KEYIO
// Nothing the page does not use: the demo, the metrics and debug windows, file access.
#define IMGUI_DISABLE_DEMO_WINDOWS
#define IMGUI_DISABLE_DEBUG_TOOLS
#define IMGUI_DISABLE_FILE_FUNCTIONS
// ImGui's item hooks, which feed the page's accessibility tree (src/web/a11y): every item
// added and every label shown. They cost a branch per item until the calculator turns them
// on (GImGui->TestEngineHookItems); the bare page never does.
#define IMGUI_ENABLE_TEST_ENGINE

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
