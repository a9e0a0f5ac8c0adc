// The UTF-16 code units the parser reads by number (`s.charCodeAt(i) === IDEOGRAPHIC_FULL_STOP`), named
// once here, each with its character: the hot loops compare codes instead of running a regex, and a
// name says which character a comparison means. No other parser file spells a code point as a number.

// ASCII.
export const TAB = 0x09; // \t
export const LINE_FEED = 0x0a; // \n
export const CARRIAGE_RETURN = 0x0d; // \r
export const SPACE = 0x20; // (space)
export const EXCLAMATION_MARK = 0x21; // !
export const QUOTATION_MARK = 0x22; // "
export const NUMBER_SIGN = 0x23; // #
export const LEFT_PARENTHESIS = 0x28; // (
export const RIGHT_PARENTHESIS = 0x29; // )
export const ASTERISK = 0x2a; // *
export const COMMA = 0x2c; // ,
export const HYPHEN_MINUS = 0x2d; // -
export const FULL_STOP = 0x2e; // .
export const DIGIT_ZERO = 0x30; // 0
export const DIGIT_NINE = 0x39; // 9
export const COLON = 0x3a; // :
export const SEMICOLON = 0x3b; // ;
export const GREATER_THAN_SIGN = 0x3e; // >
export const QUESTION_MARK = 0x3f; // ?
export const LATIN_CAPITAL_A = 0x41; // A
export const LATIN_CAPITAL_Z = 0x5a; // Z
export const LEFT_SQUARE_BRACKET = 0x5b; // [
export const RIGHT_SQUARE_BRACKET = 0x5d; // ]
export const LOW_LINE = 0x5f; // _
export const GRAVE_ACCENT = 0x60; // `
export const LATIN_SMALL_A = 0x61; // a
export const LATIN_SMALL_Z = 0x7a; // z
export const VERTICAL_LINE = 0x7c; // |
/** The last ASCII code. */
export const ASCII_LAST = 0x7f; // (delete)

// White space beyond ASCII (what `\s` and `String.prototype.trim` also take).
export const NO_BREAK_SPACE = 0xa0; // (no-break space)
export const OGHAM_SPACE_MARK = 0x1680; // (ogham space mark)
export const EN_QUAD = 0x2000; // (en quad: first of the spaces U+2000–U+200A)
export const HAIR_SPACE = 0x200a; // (hair space: last of the spaces U+2000–U+200A)
export const LINE_SEPARATOR = 0x2028; // (line separator)
export const PARAGRAPH_SEPARATOR = 0x2029; // (paragraph separator)
export const NARROW_NO_BREAK_SPACE = 0x202f; // (narrow no-break space)
export const MEDIUM_MATHEMATICAL_SPACE = 0x205f; // (medium mathematical space)
export const IDEOGRAPHIC_SPACE = 0x3000; // (ideographic space)
export const BYTE_ORDER_MARK = 0xfeff; // (zero-width no-break space, the BOM)

// General punctuation and symbols.
export const EN_DASH = 0x2013; // –
export const EM_DASH = 0x2014; // —
export const RIGHT_SINGLE_QUOTATION_MARK = 0x2019; // ’
export const LEFT_DOUBLE_QUOTATION_MARK = 0x201c; // “
export const RIGHT_DOUBLE_QUOTATION_MARK = 0x201d; // ”
export const HORIZONTAL_ELLIPSIS = 0x2026; // …
export const WHITE_CIRCLE = 0x25cb; // ○ (written for 〇 in years)

// CJK punctuation.
export const IDEOGRAPHIC_COMMA = 0x3001; // 、
export const IDEOGRAPHIC_FULL_STOP = 0x3002; // 。
export const IDEOGRAPHIC_NUMBER_ZERO = 0x3007; // 〇
export const RIGHT_CORNER_BRACKET = 0x300d; // 」
export const RIGHT_WHITE_CORNER_BRACKET = 0x300f; // 』
export const LEFT_BLACK_LENTICULAR_BRACKET = 0x3010; // 【
export const RIGHT_BLACK_LENTICULAR_BRACKET = 0x3011; // 】
export const LEFT_TORTOISE_SHELL_BRACKET = 0x3014; // 〔
export const RIGHT_TORTOISE_SHELL_BRACKET = 0x3015; // 〕

// CJK Unified Ideographs: the block, and the characters read by code.
export const CJK_FIRST = 0x4e00; // 一 (first of the block)
export const CJK_LAST = 0x9fff; // (last of the block)
export const CHINESE_ZERO = 0x96f6; // 零
export const CHINESE_ONE = 0x4e00; // 一
export const CHINESE_TWO = 0x4e8c; // 二
export const CHINESE_THREE = 0x4e09; // 三
export const CHINESE_FOUR = 0x56db; // 四
export const CHINESE_FIVE = 0x4e94; // 五
export const CHINESE_SIX = 0x516d; // 六
export const CHINESE_SEVEN = 0x4e03; // 七
export const CHINESE_EIGHT = 0x516b; // 八
export const CHINESE_NINE = 0x4e5d; // 九
export const CHINESE_TEN = 0x5341; // 十
/** 是, as in 一是…二是…: an enumeration in running text, not a heading. */
export const CHINESE_IS = 0x662f; // 是

// Halfwidth and Fullwidth Forms.
/** The start of the block: every full-width form is at or above it. */
export const FULLWIDTH_FORMS = 0xff00; // (start of the block)
/** Full-width ASCII runs from ！ to ～; each is its ASCII character plus FULLWIDTH_OFFSET. */
export const FULLWIDTH_FIRST = 0xff01; // ！
export const FULLWIDTH_LAST = 0xff5e; // ～
export const FULLWIDTH_OFFSET = 0xfee0; // ！ − !
export const FULLWIDTH_EXCLAMATION_MARK = 0xff01; // ！
export const FULLWIDTH_LEFT_PARENTHESIS = 0xff08; // （
export const FULLWIDTH_RIGHT_PARENTHESIS = 0xff09; // ）
export const FULLWIDTH_COMMA = 0xff0c; // ，
export const FULLWIDTH_HYPHEN_MINUS = 0xff0d; // －
export const FULLWIDTH_FULL_STOP = 0xff0e; // ．
export const FULLWIDTH_DIGIT_ZERO = 0xff10; // ０
export const FULLWIDTH_DIGIT_NINE = 0xff19; // ９
export const FULLWIDTH_COLON = 0xff1a; // ：
export const FULLWIDTH_SEMICOLON = 0xff1b; // ；
export const FULLWIDTH_QUESTION_MARK = 0xff1f; // ？

/** How many UTF-16 code units there are: the size of a table indexed by one. */
export const CODE_UNIT_COUNT = 0x10000;
