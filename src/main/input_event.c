/* SPDX-License-Identifier: MIT
 *
 * input_event.c — a GDK key event as Electron's Input object (the argument
 * of webContents' 'before-input-event'): type, key and code in the DOM's
 * vocabulary, the modifier flags, location and the modifiers list. Main
 * process.
 *
 * `key` follows the DOM's key values (the character a key produces, or a
 * named key such as "Enter"), `code` the physical key ("KeyA"), read from
 * the hardware keycode: X and Wayland both number keys as evdev + 8, which
 * is what GTK reports.
 */
#include "main.h"

#include <string.h>

/* evdev key number → DOM code, for the keys of a PC keyboard */
static const char *const evdev_codes[] = {
    [1] = "Escape", [2] = "Digit1", [3] = "Digit2", [4] = "Digit3", [5] = "Digit4",
    [6] = "Digit5", [7] = "Digit6", [8] = "Digit7", [9] = "Digit8", [10] = "Digit9",
    [11] = "Digit0", [12] = "Minus", [13] = "Equal", [14] = "Backspace", [15] = "Tab",
    [16] = "KeyQ", [17] = "KeyW", [18] = "KeyE", [19] = "KeyR", [20] = "KeyT",
    [21] = "KeyY", [22] = "KeyU", [23] = "KeyI", [24] = "KeyO", [25] = "KeyP",
    [26] = "BracketLeft", [27] = "BracketRight", [28] = "Enter", [29] = "ControlLeft",
    [30] = "KeyA", [31] = "KeyS", [32] = "KeyD", [33] = "KeyF", [34] = "KeyG",
    [35] = "KeyH", [36] = "KeyJ", [37] = "KeyK", [38] = "KeyL", [39] = "Semicolon",
    [40] = "Quote", [41] = "Backquote", [42] = "ShiftLeft", [43] = "Backslash",
    [44] = "KeyZ", [45] = "KeyX", [46] = "KeyC", [47] = "KeyV", [48] = "KeyB",
    [49] = "KeyN", [50] = "KeyM", [51] = "Comma", [52] = "Period", [53] = "Slash",
    [54] = "ShiftRight", [55] = "NumpadMultiply", [56] = "AltLeft", [57] = "Space",
    [58] = "CapsLock", [59] = "F1", [60] = "F2", [61] = "F3", [62] = "F4", [63] = "F5",
    [64] = "F6", [65] = "F7", [66] = "F8", [67] = "F9", [68] = "F10", [69] = "NumLock",
    [70] = "ScrollLock", [71] = "Numpad7", [72] = "Numpad8", [73] = "Numpad9",
    [74] = "NumpadSubtract", [75] = "Numpad4", [76] = "Numpad5", [77] = "Numpad6",
    [78] = "NumpadAdd", [79] = "Numpad1", [80] = "Numpad2", [81] = "Numpad3",
    [82] = "Numpad0", [83] = "NumpadDecimal", [86] = "IntlBackslash", [87] = "F11",
    [88] = "F12", [96] = "NumpadEnter", [97] = "ControlRight", [98] = "NumpadDivide",
    [99] = "PrintScreen", [100] = "AltRight", [102] = "Home", [103] = "ArrowUp",
    [104] = "PageUp", [105] = "ArrowLeft", [106] = "ArrowRight", [107] = "End",
    [108] = "ArrowDown", [109] = "PageDown", [110] = "Insert", [111] = "Delete",
    [119] = "Pause", [125] = "MetaLeft", [126] = "MetaRight", [127] = "ContextMenu",
};

static const struct { guint keyval; const char *key; } named_keys[] = {
    { GDK_KEY_Return, "Enter" }, { GDK_KEY_KP_Enter, "Enter" }, { GDK_KEY_ISO_Enter, "Enter" },
    { GDK_KEY_Tab, "Tab" }, { GDK_KEY_ISO_Left_Tab, "Tab" }, { GDK_KEY_BackSpace, "Backspace" },
    { GDK_KEY_Escape, "Escape" }, { GDK_KEY_Delete, "Delete" }, { GDK_KEY_KP_Delete, "Delete" },
    { GDK_KEY_Insert, "Insert" }, { GDK_KEY_KP_Insert, "Insert" }, { GDK_KEY_Home, "Home" },
    { GDK_KEY_KP_Home, "Home" }, { GDK_KEY_End, "End" }, { GDK_KEY_KP_End, "End" },
    { GDK_KEY_Page_Up, "PageUp" }, { GDK_KEY_KP_Page_Up, "PageUp" },
    { GDK_KEY_Page_Down, "PageDown" }, { GDK_KEY_KP_Page_Down, "PageDown" },
    { GDK_KEY_Left, "ArrowLeft" }, { GDK_KEY_KP_Left, "ArrowLeft" }, { GDK_KEY_Right, "ArrowRight" },
    { GDK_KEY_KP_Right, "ArrowRight" }, { GDK_KEY_Up, "ArrowUp" }, { GDK_KEY_KP_Up, "ArrowUp" },
    { GDK_KEY_Down, "ArrowDown" }, { GDK_KEY_KP_Down, "ArrowDown" },
    { GDK_KEY_Shift_L, "Shift" }, { GDK_KEY_Shift_R, "Shift" }, { GDK_KEY_Control_L, "Control" },
    { GDK_KEY_Control_R, "Control" }, { GDK_KEY_Alt_L, "Alt" }, { GDK_KEY_Alt_R, "Alt" },
    { GDK_KEY_Meta_L, "Meta" }, { GDK_KEY_Meta_R, "Meta" }, { GDK_KEY_Super_L, "Meta" },
    { GDK_KEY_Super_R, "Meta" }, { GDK_KEY_ISO_Level3_Shift, "AltGraph" },
    { GDK_KEY_Caps_Lock, "CapsLock" }, { GDK_KEY_Num_Lock, "NumLock" },
    { GDK_KEY_Scroll_Lock, "ScrollLock" }, { GDK_KEY_Pause, "Pause" }, { GDK_KEY_Print, "PrintScreen" },
    { GDK_KEY_Menu, "ContextMenu" }, { GDK_KEY_KP_Begin, "Clear" },
};

static void dom_key(guint keyval, char out[16]) {
    if (keyval >= GDK_KEY_F1 && keyval <= GDK_KEY_F24) {
        g_snprintf(out, 16, "F%u", keyval - GDK_KEY_F1 + 1);
        return;
    }
    for (size_t i = 0; i < G_N_ELEMENTS(named_keys); i++) {
        if (named_keys[i].keyval == keyval) {
            g_strlcpy(out, named_keys[i].key, 16);
            return;
        }
    }
    gunichar c = gdk_keyval_to_unicode(keyval);
    if (c != 0 && !g_unichar_iscntrl(c)) {
        int n = g_unichar_to_utf8(c, out);
        out[n] = 0;
        return;
    }
    g_strlcpy(out, "Unidentified", 16);
}

/* 0 standard, 1 left, 2 right, 3 numpad (KeyboardEvent.location) */
static int key_location(const char *code) {
    if (g_str_has_suffix(code, "Left") && strncmp(code, "Arrow", 5) != 0 && strcmp(code, "BracketLeft") != 0)
        return 1;
    if (g_str_has_suffix(code, "Right") && strncmp(code, "Arrow", 5) != 0 && strcmp(code, "BracketRight") != 0)
        return 2;
    return g_str_has_prefix(code, "Numpad") ? 3 : 0;
}

JSObjectRef ctm_input_event(JSContextRef ctx, const GdkEventKey *ev) {
    /* GTK 3 does not flag repeats: a press of a key that is already down is one */
    static guint16 down_keycode;
    bool press = ev->type == GDK_KEY_PRESS;
    bool repeat = press && down_keycode != 0 && down_keycode == ev->hardware_keycode;
    if (press) down_keycode = ev->hardware_keycode;
    else if (down_keycode == ev->hardware_keycode) down_keycode = 0;

    char key[16];
    dom_key(ev->keyval, key);
    unsigned evdev = ev->hardware_keycode >= 8 ? ev->hardware_keycode - 8u : 0;
    const char *code = evdev < G_N_ELEMENTS(evdev_codes) && evdev_codes[evdev] ? evdev_codes[evdev] : "";
    GdkModifierType m = ev->state;
    bool shift = m & GDK_SHIFT_MASK, control = m & GDK_CONTROL_MASK, alt = m & GDK_MOD1_MASK;
    bool meta = m & (GDK_SUPER_MASK | GDK_META_MASK);
    int location = key_location(code);

    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    ct_js_set(ctx, o, "type", ct_js_str(ctx, press ? "keyDown" : "keyUp"));
    ct_js_set(ctx, o, "key", ct_js_str(ctx, key));
    ct_js_set(ctx, o, "code", ct_js_str(ctx, code));
    ct_js_set(ctx, o, "isAutoRepeat", JSValueMakeBoolean(ctx, repeat));
    ct_js_set(ctx, o, "isComposing", JSValueMakeBoolean(ctx, false));
    ct_js_set(ctx, o, "shift", JSValueMakeBoolean(ctx, shift));
    ct_js_set(ctx, o, "control", JSValueMakeBoolean(ctx, control));
    ct_js_set(ctx, o, "alt", JSValueMakeBoolean(ctx, alt));
    ct_js_set(ctx, o, "meta", JSValueMakeBoolean(ctx, meta));
    ct_js_set(ctx, o, "location", JSValueMakeNumber(ctx, location));
    JSValueRef mods[10];
    size_t n = 0;
    if (shift) mods[n++] = ct_js_str(ctx, "shift");
    if (control) mods[n++] = ct_js_str(ctx, "control");
    if (alt) mods[n++] = ct_js_str(ctx, "alt");
    if (meta) mods[n++] = ct_js_str(ctx, "meta");
    if (location == 3) mods[n++] = ct_js_str(ctx, "iskeypad");
    if (repeat) mods[n++] = ct_js_str(ctx, "isautorepeat");
    if (m & GDK_LOCK_MASK) mods[n++] = ct_js_str(ctx, "capslock");
    if (m & GDK_MOD2_MASK) mods[n++] = ct_js_str(ctx, "numlock");
    if (location == 1) mods[n++] = ct_js_str(ctx, "left");
    if (location == 2) mods[n++] = ct_js_str(ctx, "right");
    ct_js_set(ctx, o, "modifiers", JSObjectMakeArray(ctx, n, mods, NULL));
    return o;
}
