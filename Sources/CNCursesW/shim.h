// Wide-character ncurses for Swift. pkg-config's -D flags are dropped by SwiftPM, so the
// wide API is switched on here; macros and globals that Swift cannot import become functions.
#ifndef TAHALUF_CNCURSESW_SHIM_H
#define TAHALUF_CNCURSESW_SHIM_H
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <ncursesw/curses.h>

static inline WINDOW *tah_stdscr(void) { return stdscr; }
static inline int tah_lines(void) { return LINES; }
static inline int tah_cols(void) { return COLS; }
static inline int tah_color_pairs(void) { return COLOR_PAIRS; }
static inline int tah_colors(void) { return COLORS; }
static inline void tah_set_escdelay(int ms) { set_escdelay(ms); }

static inline attr_t tah_a_normal(void) { return A_NORMAL; }
static inline attr_t tah_a_bold(void) { return A_BOLD; }
static inline attr_t tah_a_dim(void) { return A_DIM; }
static inline attr_t tah_a_reverse(void) { return A_REVERSE; }
static inline attr_t tah_a_underline(void) { return A_UNDERLINE; }
static inline attr_t tah_a_italic(void) { return A_ITALIC; }
static inline attr_t tah_color_pair(int n) { return COLOR_PAIR(n); }

static inline int tah_key_resize(void) { return KEY_RESIZE; }
static inline int tah_key_mouse(void) { return KEY_MOUSE; }
static inline int tah_key_f(int n) { return KEY_F(n); }

static inline mmask_t tah_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t tah_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t tah_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t tah_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t tah_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t tah_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t tah_button5_pressed(void) { return BUTTON5_PRESSED; }

/// Is the current locale's codeset UTF-8? (call after setlocale)
static inline int tah_locale_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    if (!cs) return 0;
    return (cs[0]=='U'||cs[0]=='u') && (cs[1]=='T'||cs[1]=='t') && (cs[2]=='F'||cs[2]=='f');
}
#endif
